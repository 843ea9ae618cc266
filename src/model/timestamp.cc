#include "model/timestamp.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace claimline {
namespace {

using date::days;
using date::sys_days;

// A tiny cursor over the text: each accessor consumes on success and leaves the position
// unchanged on failure, so alternatives can be tried in order.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  size_t pos() const { return i_; }
  void reset(size_t p) { i_ = p; }
  char peek() const { return done() ? '\0' : s_[i_]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void skip_spaces() {
    while (!done() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  // Exactly `n` digits (n > 0), or 1..max digits when n == 0.
  std::optional<int> digits(size_t n, size_t max = 4) {
    size_t j = i_;
    int v = 0;
    while (j < s_.size() && std::isdigit(static_cast<unsigned char>(s_[j])) &&
           (n == 0 ? j - i_ < max : j - i_ < n)) {
      v = v * 10 + (s_[j] - '0');
      ++j;
    }
    const size_t got = j - i_;
    if (got == 0 || (n != 0 && got != n)) return std::nullopt;
    if (j < s_.size() && std::isdigit(static_cast<unsigned char>(s_[j]))) return std::nullopt;
    i_ = j;
    return v;
  }
  std::string word() {
    size_t j = i_;
    std::string w;
    while (j < s_.size() && std::isalpha(static_cast<unsigned char>(s_[j]))) {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s_[j]))));
      ++j;
    }
    i_ = j;
    return w;
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

int month_from_name(const std::string& w) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (size_t m = 0; m < kNames.size(); ++m) {
    if (kNames[m] == w) return static_cast<int>(m) + 1;
    if (w.size() <= kNames[m].size() && kNames[m].compare(0, w.size(), w) == 0 &&
        (w.size() == 3 || (w == "sept" && m == 8))) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

bool is_weekday_name(const std::string& w) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (auto n : kNames) {
    if (n == w || (w.size() == 3 && n.compare(0, 3, w) == 0)) return true;
  }
  return w == "tues" || w == "thur" || w == "thurs";
}

std::optional<int> zone_minutes(const std::string& w) {
  struct Zone { std::string_view name; int minutes; };
  static constexpr Zone kZones[] = {
      {"z", 0}, {"gmt", 0}, {"utc", 0}, {"ut", 0}, {"est", -300}, {"edt", -240},
      {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480},
      {"pdt", -420}, {"bst", 60}, {"cet", 60}, {"cest", 120}, {"eet", 120},
      {"eest", 180}, {"msk", 180}};
  for (const auto& z : kZones) {
    if (z.name == w) return z.minutes;
  }
  return std::nullopt;
}

struct Clock {
  int hour = 0, minute = 0, second = 0, offset_minutes = 0;
  Precision precision = Precision::kDay;
};

// "+02:00", "+0200", "-05", "Z", "GMT", "EDT"; absent means UTC. False on garbage.
bool parse_zone(Cursor& c, Clock* clock) {
  c.skip_spaces();
  if (c.done()) return true;
  const char sign = c.peek();
  if (sign == '+' || sign == '-') {
    c.eat(sign);
    int hh_value, mm = 0;
    if (auto hhmm = c.digits(4)) {  // "+0200"
      hh_value = *hhmm / 100;
      mm = *hhmm % 100;
    } else {
      auto hh = c.digits(2);
      if (!hh) return false;
      hh_value = *hh;
      if (c.eat(':')) {
        auto m = c.digits(2);
        if (!m) return false;
        mm = *m;
      }
    }
    auto hh = std::optional<int>(hh_value);
    if (*hh > 14 || mm > 59) return false;
    clock->offset_minutes = (sign == '-' ? -1 : 1) * (*hh * 60 + mm);
    return true;
  }
  const std::string w = c.word();
  auto z = zone_minutes(w);
  if (!z) return false;
  clock->offset_minutes = *z;
  return true;
}

// "14:05", "14:05:09", "14:05:09.123", "2:05 pm", then a zone.
bool parse_clock(Cursor& c, Clock* clock) {
  auto hh = c.digits(0, 2);
  if (!hh || !c.eat(':')) return false;
  auto mm = c.digits(2);
  if (!mm) return false;
  clock->hour = *hh;
  clock->minute = *mm;
  clock->precision = Precision::kMinute;
  if (c.eat(':')) {
    auto ss = c.digits(2);
    if (!ss) return false;
    clock->second = *ss;
    clock->precision = Precision::kSecond;
    if (c.eat('.') || c.eat(',')) {
      while (std::isdigit(static_cast<unsigned char>(c.peek()))) c.eat(c.peek());
    }
  }
  c.skip_spaces();
  const size_t save = c.pos();
  const std::string ampm = c.word();
  if (ampm == "am" || ampm == "pm") {
    if (clock->hour < 1 || clock->hour > 12) return false;
    clock->hour = clock->hour % 12 + (ampm == "pm" ? 12 : 0);
  } else {
    c.reset(save);
  }
  if (clock->hour > 23 || clock->minute > 59 || clock->second > 60) return false;
  return parse_zone(c, clock);
}

std::optional<Timestamp> build(int y, int m, int d, Precision p, const Clock& clock) {
  if (y < 1 || y > 9999) return std::nullopt;
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m == 0 ? 1 : m)},
                                 date::day{static_cast<unsigned>(d == 0 ? 1 : d)}};
  if (!ymd.ok()) return std::nullopt;
  Timestamp t;
  t.precision = p;
  t.time = date::sys_seconds{sys_days{ymd}};
  if (p == Precision::kMinute || p == Precision::kSecond) {
    t.time += std::chrono::hours{clock.hour} + std::chrono::minutes{clock.minute} +
              std::chrono::seconds{clock.second} - std::chrono::minutes{clock.offset_minutes};
  }
  return t;
}

std::optional<Timestamp> parse_iso(std::string_view text) {
  Cursor c(text);
  auto y = c.digits(4);
  if (!y) {
    // Compact 20250317.
    if (text.size() == 8) {
      Cursor k(text);
      auto all = k.digits(0, 8);
      if (all && k.done()) return build(*all / 10000, *all / 100 % 100, *all % 100, Precision::kDay, {});
    }
    return std::nullopt;
  }
  if (c.done()) return build(*y, 0, 0, Precision::kYear, {});
  if (!c.eat('-')) return std::nullopt;
  auto m = c.digits(2);
  if (!m) return std::nullopt;
  if (c.done()) return build(*y, *m, 0, Precision::kMonth, {});
  if (!c.eat('-')) return std::nullopt;
  auto d = c.digits(2);
  if (!d) return std::nullopt;
  Clock clock;
  if (!c.done()) {
    if (!c.eat('T') && !c.eat('t') && !c.eat(' ')) return std::nullopt;
    if (!parse_clock(c, &clock)) return std::nullopt;
  }
  if (!c.done()) return std::nullopt;
  return build(*y, *m, *d, clock.precision, clock);
}

// "Mon, 17 Mar 2025 14:05:00 GMT", "March 17, 2025", "17 March 2025 2:05 pm EDT".
std::optional<Timestamp> parse_english(std::string_view text) {
  Cursor c(text);
  std::string w = c.word();
  if (!w.empty() && is_weekday_name(w)) {
    c.eat('.');
    c.eat(',');
    c.skip_spaces();
    w = c.word();
  }
  int month = 0, day = 0;
  if (!w.empty()) {
    month = month_from_name(w);
    if (month == 0) return std::nullopt;
    c.eat('.');
    c.skip_spaces();
    auto d = c.digits(0, 2);
    if (!d) return std::nullopt;
    day = *d;
    const size_t save = c.pos();
    if (c.word().empty()) c.reset(save);  // "17th"
    c.eat(',');
  } else {
    auto d = c.digits(0, 2);
    if (!d) return std::nullopt;
    day = *d;
    const size_t save = c.pos();
    if (c.word().empty()) c.reset(save);
    c.skip_spaces();
    month = month_from_name(c.word());
    if (month == 0) return std::nullopt;
    c.eat('.');
    c.eat(',');
  }
  c.skip_spaces();
  auto y = c.digits(4);
  if (!y) return std::nullopt;
  Clock clock;
  c.eat(',');
  c.skip_spaces();
  if (!c.done()) {
    const size_t save = c.pos();
    if (c.word() != "at") c.reset(save);
    c.skip_spaces();
    if (!parse_clock(c, &clock)) return std::nullopt;
  }
  if (!c.done()) return std::nullopt;
  return build(*y, month, day, clock.precision, clock);
}

}  // namespace

std::string_view precision_name(Precision p) {
  switch (p) {
    case Precision::kNone: return "none";
    case Precision::kYear: return "year";
    case Precision::kMonth: return "month";
    case Precision::kDay: return "day";
    case Precision::kMinute: return "minute";
    case Precision::kSecond: return "second";
  }
  return "none";
}

std::optional<Precision> parse_precision_name(std::string_view name) {
  for (Precision p : {Precision::kNone, Precision::kYear, Precision::kMonth, Precision::kDay,
                      Precision::kMinute, Precision::kSecond}) {
    if (precision_name(p) == name) return p;
  }
  return std::nullopt;
}

Timestamp Timestamp::from_day(date::year_month_day d) {
  return Timestamp{date::sys_seconds{sys_days{d}}, Precision::kDay};
}

std::string Timestamp::iso() const {
  if (!known()) return {};
  const auto dp = date::floor<days>(time);
  const date::year_month_day ymd{dp};
  const date::hh_mm_ss hms{time - dp};
  char buf[40];
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  switch (precision) {
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", y); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02u", y, m); break;
    case Precision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d); break;
    case Precision::kMinute:
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02dZ", y, m, d,
                    static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()));
      break;
    default:
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", y, m, d,
                    static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                    static_cast<int>(hms.seconds().count()));
      break;
  }
  return buf;
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.empty() || text.size() > 64) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(text[0]))) {
    if (auto t = parse_iso(text)) return t;
  }
  return parse_english(text);
}

}  // namespace claimline
