#include "extract/time_normalize.h"

#include <cmath>
#include <cstdio>

#include <date/iso_week.h>

#include "util/digits.h"

namespace claimline::timenorm {
namespace {

using date::days;
using date::sys_days;

std::string pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}

int year_of(year_month_day d) { return static_cast<int>(d.year()); }
unsigned month_of(year_month_day d) { return static_cast<unsigned>(d.month()); }

year_month_day add_months(year_month_day d, int n) {
  const int total = year_of(d) * 12 + static_cast<int>(month_of(d)) - 1 + n;
  const int y = total >= 0 ? total / 12 : (total - 11) / 12;
  const auto m = static_cast<unsigned>(total - y * 12 + 1);
  const date::year_month ym{date::year{y}, date::month{m}};
  const auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
  const date::day day = d.day() > last ? last : d.day();
  return year_month_day{ym.year(), ym.month(), day};
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) { return util::saturated_digits(s); }

std::optional<year_month_day> make_day(int y, int m, int d) {
  const year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

year_month_day last_of_month(int y, int m) {
  return year_month_day{date::year_month_day_last{date::year{y}, date::month_day_last{date::month{static_cast<unsigned>(m)}}}};
}

DayRange months(int y, int first_month, int last_month_inclusive) {
  // last_month_inclusive may pass 12 (winter runs into the next year).
  const int ly = y + (last_month_inclusive - 1) / 12;
  const int lm = (last_month_inclusive - 1) % 12 + 1;
  return {year_month_day{date::year{y}, date::month{static_cast<unsigned>(first_month)}, date::day{1}},
          last_of_month(ly, lm)};
}

std::optional<DayRange> week_range(int iso_year, int week, bool weekend_only) {
  if (week < 1 || week > 53) return std::nullopt;
  const iso_week::year_weeknum_weekday monday{iso_week::year{iso_year}, iso_week::weeknum{static_cast<unsigned>(week)},
                                              iso_week::mon};
  if (!monday.ok()) return std::nullopt;
  const sys_days first = sys_days{monday};
  if (weekend_only) return DayRange{year_month_day{first + days{5}}, year_month_day{first + days{6}}};
  return DayRange{year_month_day{first}, year_month_day{first + days{6}}};
}

// "2025-..." after the year: the part names a month, week, quarter, half or season.
std::optional<DayRange> interval_in_year(int y, std::string_view rest) {
  if (rest.empty()) return months(y, 1, 12);
  if (rest.size() >= 2 && rest[0] == 'W' && all_digits(rest.substr(1, 2))) {
    const int w = to_int(rest.substr(1, 2));
    if (rest.size() == 3) return week_range(y, w, false);
    if (rest.substr(3) == "-WE") return week_range(y, w, true);
    if (rest.size() == 5 && rest[3] == '-' && rest[4] >= '1' && rest[4] <= '7') {
      auto r = week_range(y, w, false);
      if (!r) return std::nullopt;
      const year_month_day d{sys_days{r->first} + days{rest[4] - '1'}};
      return DayRange{d, d};
    }
    return std::nullopt;
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    const int q = rest[1] - '0';
    return months(y, 3 * q - 2, 3 * q);
  }
  if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
    return rest[1] == '1' ? months(y, 1, 6) : months(y, 7, 12);
  }
  if (rest == "SP") return months(y, 3, 5);
  if (rest == "SU") return months(y, 6, 8);
  if (rest == "FA") return months(y, 9, 11);
  if (rest == "WI") return months(y, 12, 14);
  if (rest.size() >= 2 && all_digits(rest.substr(0, 2))) {
    const int m = to_int(rest.substr(0, 2));
    if (m < 1 || m > 12) return std::nullopt;
    if (rest.size() == 2) return months(y, m, m);
    if (rest.size() >= 5 && rest[2] == '-' && all_digits(rest.substr(3, 2)) && (rest.size() == 5 || rest[5] == 'T')) {
      const auto d = make_day(y, m, to_int(rest.substr(3, 2)));
      if (!d) return std::nullopt;
      return DayRange{*d, *d};
    }
  }
  return std::nullopt;
}

}  // namespace

std::string day_value(year_month_day d) {
  return pad(year_of(d), 4) + "-" + pad(static_cast<int>(month_of(d)), 2) + "-" +
         pad(static_cast<int>(static_cast<unsigned>(d.day())), 2);
}

std::string week_value(year_month_day d) {
  const iso_week::year_weeknum_weekday w{sys_days{d}};
  return pad(static_cast<int>(w.year()), 4) + "-W" + pad(static_cast<int>(static_cast<unsigned>(w.weeknum())), 2);
}

std::string weekend_value(year_month_day d) { return week_value(d) + "-WE"; }
std::string month_value(int year, int month) { return pad(year, 4) + "-" + pad(month, 2); }
std::string quarter_value(int year, int quarter) { return pad(year, 4) + "-Q" + std::to_string(quarter); }
std::string half_value(int year, int half) { return pad(year, 4) + "-H" + std::to_string(half); }
std::string season_value(int year, std::string_view code) { return pad(year, 4) + "-" + std::string(code); }
std::string year_value(int year) { return pad(year, 4); }
std::string decade_value(int year) { return pad(year / 10, 3); }
std::string century_value(int year) { return pad(year / 100, 2); }

int quarter_of(unsigned month) { return static_cast<int>((month - 1) / 3 + 1); }

std::string_view season_of(unsigned month) {
  if (month == 12 || month <= 2) return "WI";
  if (month <= 5) return "SP";
  if (month <= 8) return "SU";
  return "FA";
}

int season_index(std::string_view code) {
  if (code == "SP") return 0;
  if (code == "SU") return 1;
  if (code == "FA") return 2;
  if (code == "WI") return 3;
  return -1;
}

std::string value_at(year_month_day d, Grain grain) {
  const int y = year_of(d);
  switch (grain) {
    case Grain::kDay: return day_value(d);
    case Grain::kWeekend: return weekend_value(d);
    case Grain::kWeek: return week_value(d);
    case Grain::kMonth: return month_value(y, static_cast<int>(month_of(d)));
    case Grain::kQuarter: return quarter_value(y, quarter_of(month_of(d)));
    case Grain::kHalf: return half_value(y, month_of(d) <= 6 ? 1 : 2);
    case Grain::kSeason: {
      // December belongs to the winter that starts in its year; January and February to
      // the winter that started the year before.
      const unsigned m = month_of(d);
      return season_value(m <= 2 ? y - 1 : y, season_of(m));
    }
    case Grain::kYear: return year_value(y);
    case Grain::kDecade: return decade_value(y);
    case Grain::kCentury: return century_value(y);
  }
  return day_value(d);
}

std::string unknown_at(Grain grain) {
  switch (grain) {
    case Grain::kDay: return "XXXX-XX-XX";
    case Grain::kWeekend: return "XXXX-WXX-WE";
    case Grain::kWeek: return "XXXX-WXX";
    case Grain::kMonth: return "XXXX-XX";
    case Grain::kQuarter: return "XXXX-QX";
    case Grain::kHalf: return "XXXX-HX";
    case Grain::kSeason: return "XXXX-XX";
    case Grain::kYear: return "XXXX";
    case Grain::kDecade: return "XXX";
    case Grain::kCentury: return "XX";
  }
  return "XXXX-XX-XX";
}

year_month_day shift(year_month_day d, Grain grain, int n) {
  switch (grain) {
    case Grain::kDay: return year_month_day{sys_days{d} + days{n}};
    case Grain::kWeekend:
    case Grain::kWeek: return year_month_day{sys_days{d} + days{7 * n}};
    case Grain::kMonth: return add_months(d, n);
    case Grain::kQuarter: return add_months(d, 3 * n);
    case Grain::kHalf: return add_months(d, 6 * n);
    case Grain::kSeason: return add_months(d, 12 * n);
    case Grain::kYear: return add_months(d, 12 * n);
    case Grain::kDecade: return add_months(d, 120 * n);
    case Grain::kCentury: return add_months(d, 1200 * n);
  }
  return d;
}

namespace {

// The n-th (1-based; 0 = last) weekday `wd` of a month.
year_month_day nth_weekday(int year, unsigned month, date::weekday wd, unsigned n) {
  const date::year_month ym{date::year{year}, date::month{month}};
  if (n == 0) return year_month_day{sys_days{ym / date::weekday_last{wd}}};
  return year_month_day{sys_days{ym / date::weekday_indexed{wd, n}}};
}

year_month_day easter(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return year_month_day{date::year{y}, date::month{static_cast<unsigned>(month)}, date::day{static_cast<unsigned>(day)}};
}

}  // namespace

std::optional<year_month_day> holiday_in(std::string_view code, int year) {
  if (code == "THANKSGIVING") return nth_weekday(year, 11, date::Thursday, 4);
  if (code == "LABOR_DAY") return nth_weekday(year, 9, date::Monday, 1);
  if (code == "MEMORIAL_DAY") return nth_weekday(year, 5, date::Monday, 0);
  if (code == "ELECTION_DAY") {
    return year_month_day{sys_days{nth_weekday(year, 11, date::Monday, 1)} + days{1}};
  }
  if (code == "EASTER") return easter(year);
  if (code == "GOOD_FRIDAY") return year_month_day{sys_days{easter(year)} - days{2}};
  if (code.size() == 5 && code[2] == '-' && all_digits(code.substr(0, 2)) && all_digits(code.substr(3))) {
    return make_day(year, to_int(code.substr(0, 2)), to_int(code.substr(3)));
  }
  return std::nullopt;
}

std::string duration_value(double amount, lexicon::UnitKind unit) {
  using lexicon::UnitKind;
  struct Designator {
    bool time;        // after "T"
    const char* code;
    double factor;    // multiply amount by this before formatting
    UnitKind smaller;  // for the fractional part
    double smaller_per_unit;
  };
  Designator d{false, "D", 1, UnitKind::kHour, 24};
  switch (unit) {
    case UnitKind::kSecond: d = {true, "S", 1, UnitKind::kSecond, 0}; break;
    case UnitKind::kMinute: d = {true, "M", 1, UnitKind::kSecond, 60}; break;
    case UnitKind::kHour: d = {true, "H", 1, UnitKind::kMinute, 60}; break;
    case UnitKind::kDay: d = {false, "D", 1, UnitKind::kHour, 24}; break;
    case UnitKind::kWeek: d = {false, "W", 1, UnitKind::kDay, 7}; break;
    case UnitKind::kFortnight: d = {false, "W", 2, UnitKind::kDay, 7}; break;
    case UnitKind::kWeekend: d = {false, "D", 2, UnitKind::kHour, 24}; break;
    case UnitKind::kMonth: d = {false, "M", 1, UnitKind::kDay, 30}; break;
    case UnitKind::kQuarter: d = {false, "M", 3, UnitKind::kDay, 30}; break;
    case UnitKind::kYear: d = {false, "Y", 1, UnitKind::kMonth, 12}; break;
    case UnitKind::kDecade: d = {false, "Y", 10, UnitKind::kMonth, 12}; break;
    case UnitKind::kCentury: d = {false, "Y", 100, UnitKind::kMonth, 12}; break;
    case UnitKind::kMillennium: d = {false, "Y", 1000, UnitKind::kMonth, 12}; break;
  }
  const double total = amount * d.factor;
  const double whole = std::floor(total + 1e-9);
  const double frac = total - whole;
  std::string out = d.time ? "PT" : "P";
  auto number = [](double v) {
    char buf[32];
    if (std::fabs(v - std::round(v)) < 1e-9) {
      std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
    } else {
      std::snprintf(buf, sizeof buf, "%g", v);
    }
    return std::string(buf);
  };
  if (frac < 1e-9) return out + number(whole) + d.code;
  const double part = frac * d.smaller_per_unit;
  if (d.smaller_per_unit == 0 || std::fabs(part - std::round(part)) > 1e-6) return out + number(total) + d.code;
  // Split into the unit and the next smaller one: 2.5 years -> P2Y6M, 1.5 hours -> PT1H30M.
  std::string small = duration_value(std::round(part), d.smaller);
  std::string head = whole > 0 ? number(whole) + d.code : "";
  if (d.time) return "PT" + head + small.substr(2);
  if (small.rfind("PT", 0) == 0) return "P" + head + small.substr(1);
  return "P" + head + small.substr(1);
}

std::string vague_duration_value(lexicon::UnitKind unit) {
  using lexicon::UnitKind;
  switch (unit) {
    case UnitKind::kSecond: return "PTXS";
    case UnitKind::kMinute: return "PTXM";
    case UnitKind::kHour: return "PTXH";
    case UnitKind::kDay: return "PXD";
    case UnitKind::kWeekend: return "PXD";
    case UnitKind::kWeek: return "PXW";
    case UnitKind::kFortnight: return "PXW";
    case UnitKind::kMonth: return "PXM";
    case UnitKind::kQuarter: return "PXM";
    case UnitKind::kYear: return "PXY";
    // TimeBank's designators for uncounted long units: E decade, C century, L millennium.
    case UnitKind::kDecade: return "PXE";
    case UnitKind::kCentury: return "PXC";
    case UnitKind::kMillennium: return "PXL";
  }
  return "PXD";
}

std::optional<DayRange> interval_of(std::string_view value) {
  if (value.size() == 2 && all_digits(value)) {
    const int c = to_int(value);
    return months(c * 100, 1, 12 * 100);
  }
  if (value.size() == 3 && all_digits(value)) {
    const int dec = to_int(value);
    return months(dec * 10, 1, 12 * 10);
  }
  if (value.size() < 4 || !all_digits(value.substr(0, 4))) return std::nullopt;
  const int y = to_int(value.substr(0, 4));
  if (value.size() == 4) return months(y, 1, 12);
  if (value[4] != '-') return std::nullopt;
  return interval_in_year(y, value.substr(5));
}

}  // namespace claimline::timenorm
