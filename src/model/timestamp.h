// A point in time with an explicit precision: an article published "2025-03-17" is not
// published at midnight, and an undated article has no time at all.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace claimline {

enum class Precision { kNone = 0, kYear, kMonth, kDay, kMinute, kSecond };

std::string_view precision_name(Precision p);  // "none", "year", "month", "day", "minute", "second"
std::optional<Precision> parse_precision_name(std::string_view name);

struct Timestamp {
  // UTC. Fields finer than `precision` are zero.
  date::sys_seconds time{};
  Precision precision = Precision::kNone;

  bool known() const { return precision != Precision::kNone; }
  date::year_month_day day() const { return date::year_month_day{date::floor<date::days>(time)}; }

  // ISO 8601 at the stored precision: "2025", "2025-03", "2025-03-17", "2025-03-17T14:05Z",
  // "2025-03-17T14:05:09Z"; empty when unknown.
  std::string iso() const;

  static Timestamp undated() { return {}; }
  static Timestamp from_day(date::year_month_day d);

  friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

// Parses the date forms found in article metadata and on the command line: ISO 8601 dates
// and date-times (with "Z", an offset such as "+02:00" or "+0200", or none = UTC),
// "2025-03", "2025", "20250317", RFC 822 ("Mon, 17 Mar 2025 14:05:00 GMT"), and English
// "March 17, 2025" / "17 March 2025" / "Mar. 17, 2025" with an optional time.
// Returns nullopt for anything else, including impossible dates such as 2025-02-30.
std::optional<Timestamp> parse_timestamp(std::string_view text);

}  // namespace claimline
