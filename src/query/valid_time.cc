#include "query/valid_time.h"

#include <array>
#include <cctype>

#include <date/date.h>

namespace claimline::query {
namespace {

constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "YYYY-MM-DD" -> that day; nullopt when not an ISO day.
std::optional<date::year_month_day> parse_day(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) || !digits(s.substr(8, 2))) return std::nullopt;
  const date::year_month_day d{date::year{std::stoi(std::string(s.substr(0, 4)))},
                               date::month{static_cast<unsigned>(std::stoi(std::string(s.substr(5, 2))))},
                               date::day{static_cast<unsigned>(std::stoi(std::string(s.substr(8, 2))))}};
  if (!d.ok()) return std::nullopt;
  return d;
}

std::string iso(date::year_month_day d) { return date::format("%F", date::sys_days{d}); }

std::string month_label(std::string_view yyyy_mm) {
  const int m = std::stoi(std::string(yyyy_mm.substr(5, 2)));
  if (m < 1 || m > 12) return std::string(yyyy_mm);
  return std::string(kMonths[m - 1]) + " " + std::string(yyyy_mm.substr(0, 4));
}

bool is_month_value(std::string_view v) {
  if (v.size() != 7 || v[4] != '-' || !digits(v.substr(0, 4)) || !digits(v.substr(5, 2))) return false;
  const int m = std::stoi(std::string(v.substr(5, 2)));
  return m >= 1 && m <= 12;
}

}  // namespace

std::string precision_of_value(std::string_view v) {
  if (v.size() >= 10 && parse_day(v.substr(0, 10))) {
    if (v.size() == 10) return "day";
    if (v[10] == 'T') return v.size() > 16 && v[16] == ':' ? "second" : "minute";
  }
  if (v.size() == 8 && v[4] == '-' && v[5] == 'W' && digits(v.substr(0, 4)) && digits(v.substr(6, 2))) return "week";
  if (is_month_value(v)) return "month";
  if (v.size() == 7 && v[4] == '-' && v[5] == 'Q' && digits(v.substr(0, 4)) && v[6] >= '1' && v[6] <= '4')
    return "quarter";
  if (v.size() == 4 && digits(v)) return "year";
  return "unknown";
}

std::string valid_time_label(const ValidTime& t) {
  if (!t.dated()) return "undated";
  if (t.start.empty()) return "on or before " + t.end;
  const std::string& p = t.precision;
  if (p == "second" || p == "minute") return t.value;
  if (p == "day") return t.start;
  if (p == "week") return "week of " + t.start;
  if (p == "month") return month_label(is_month_value(t.value) ? t.value : t.start.substr(0, 7));
  if (p == "quarter" && t.value.size() == 7) return t.value.substr(5) + " " + t.value.substr(0, 4);
  if (p == "year") return t.start.substr(0, 4);
  if (t.start == t.end) return t.start;
  return t.start + " to " + t.end;
}

std::optional<ValidTime> said_time(const std::optional<std::string>& value, const std::optional<std::string>& first,
                                   const std::optional<std::string>& last) {
  if (!first || !last || !parse_day(*first) || !parse_day(*last)) return std::nullopt;
  ValidTime t;
  t.value = value.value_or(*first == *last ? *first : *first + "/" + *last);
  t.start = *first;
  t.end = *last;
  t.precision = value ? precision_of_value(*value) : (*first == *last ? "day" : "range");
  if (t.precision == "unknown") t.precision = t.start == t.end ? "day" : "range";
  t.source = "said";
  return t;
}

ValidTime publication_time(const std::optional<std::string>& published, const std::string& precision) {
  ValidTime t;
  if (!published || published->size() < 4 || precision == "none") {
    t.precision = "none";
    t.source = "none";
    return t;
  }
  t.value = *published;
  t.precision = precision;
  t.source = "publication";
  const std::string& p = *published;
  if (precision == "year") {
    t.start = p.substr(0, 4) + "-01-01";
    t.end = p.substr(0, 4) + "-12-31";
  } else if (precision == "month" && p.size() >= 7) {
    const auto first = parse_day(p.substr(0, 7) + "-01");
    if (first) {
      t.start = iso(*first);
      t.end = iso(date::year_month_day{first->year() / first->month() / date::last});
    }
  } else if (p.size() >= 10 && parse_day(p.substr(0, 10))) {
    t.start = t.end = p.substr(0, 10);
  }
  if (!t.dated()) {
    t.precision = "none";
    t.source = "none";
    t.value.clear();
  }
  return t;
}

std::optional<ValidTime> event_time(const std::optional<std::string>& value, const std::optional<std::string>& first,
                                    const std::optional<std::string>& last, const std::optional<std::string>& precision,
                                    const std::optional<std::string>& source) {
  if (!last || !parse_day(*last)) return std::nullopt;
  ValidTime t;
  t.value = value.value_or(*last);
  t.end = *last;
  t.source = "event";
  if (source && *source == "publication") {
    t.precision = "unknown";  // it had happened by the day of the report; when exactly, the text does not say
    return t;
  }
  if (first && parse_day(*first)) t.start = *first;
  t.precision = precision.value_or(t.start == t.end ? "day" : "range");
  if (t.start.empty()) t.precision = "unknown";
  return t;
}

bool overlaps(const ValidTime& t, const std::string& from, const std::string& to) {
  if (from.empty() && to.empty()) return true;
  if (!t.dated()) return false;
  if (!from.empty() && t.end < from) return false;
  // Without a start it may have happened on any day up to its end, so `to` cannot rule it out.
  if (!to.empty() && !t.start.empty() && t.start > to) return false;
  return true;
}

}  // namespace claimline::query
