#include "cli/options.h"

#include <chrono>

#include "util/error.h"

namespace claimline::cli {

Timestamp parse_user_time(const std::string& text, const std::string& option) {
  auto t = parse_timestamp(text);
  if (!t) {
    throw Error::usage(option + ": '" + text + "' is not a date", "use YYYY-MM-DD or an ISO 8601 date-time");
  }
  return *t;
}

int64_t unix_start(const Timestamp& t) { return t.time.time_since_epoch().count(); }

int64_t unix_end(const Timestamp& t) {
  using namespace std::chrono;
  const date::year_month_day d = t.day();
  date::sys_seconds end;
  switch (t.precision) {
    case Precision::kYear: end = date::sys_days{date::year_month_day{d.year() + date::years{1}, date::January, date::day{1}}}; break;
    case Precision::kMonth: end = date::sys_days{date::year_month_day{d.year() / d.month() / 1} + date::months{1}}; break;
    case Precision::kDay: end = t.time + days{1}; break;
    case Precision::kMinute: end = t.time + minutes{1}; break;
    default: end = t.time + seconds{1}; break;
  }
  return end.time_since_epoch().count();
}

std::string now_iso() {
  const auto now = date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return date::format("%FT%TZ", now);
}

}  // namespace claimline::cli
