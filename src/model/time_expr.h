// A time expression found in an article body and normalised the way TimeML's TIMEX3 does
// ("this week" -> DATE 2025-W12, "over three years" -> DURATION P3Y mod MORE_THAN).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "model/span.h"

namespace claimline {

enum class TimeType { kDate, kTime, kDuration, kSet };

// "DATE", "TIME", "DURATION", "SET": the TIMEX3 `type` attribute.
constexpr std::string_view time_type_name(TimeType t) {
  switch (t) {
    case TimeType::kDate: return "DATE";
    case TimeType::kTime: return "TIME";
    case TimeType::kDuration: return "DURATION";
    case TimeType::kSet: return "SET";
  }
  return "DATE";
}

constexpr std::optional<TimeType> parse_time_type(std::string_view name) {
  if (name == "DATE") return TimeType::kDate;
  if (name == "TIME") return TimeType::kTime;
  if (name == "DURATION") return TimeType::kDuration;
  if (name == "SET") return TimeType::kSet;
  return std::nullopt;
}

struct TimeExpr {
  Span span;                   // byte span into the body, half-open, on UTF-8 boundaries
  TimeType type = TimeType::kDate;
  std::string value;           // TIMEX3 value: "2025-W12", "2025-03-16T15:00", "P3Y", "PAST_REF",
                               // "XXXX-WXX" (a week that could not be anchored)...
  std::string mod;             // TIMEX3 mod ("APPROX", "START", "MORE_THAN"...) or empty
  std::string rule;            // name of the rule that found it, for provenance
  // False only when the expression is relative ("this week", "Sunday") and the article is
  // undated, so `value` keeps TimeML placeholders (X) instead of a guessed date.
  bool resolved = true;
  // The calendar days the value names, inclusive, when it names an interval with a known
  // year: "2025-W12" -> 2025-03-17..2025-03-23, "2025-03" -> 2025-03-01..2025-03-31.
  // Empty for durations, sets, vague values (PAST_REF) and unresolved values.
  std::optional<date::year_month_day> start;
  std::optional<date::year_month_day> end;

  friend bool operator==(const TimeExpr&, const TimeExpr&) = default;
};

}  // namespace claimline
