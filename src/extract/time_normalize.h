// Calendar arithmetic and TimeML value strings for the time-expression extractor: formatting
// dates at a granularity ("2025-W12", "2025-Q1", "199"), shifting them, duration values
// ("P3Y", "PT1H30M"), and the calendar days a value names (its interval).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "extract/lexicon/time_words.h"

namespace claimline::timenorm {

using date::year_month_day;

// The granularity of a calendar value, coarsest last.
enum class Grain { kDay, kWeekend, kWeek, kMonth, kQuarter, kHalf, kSeason, kYear, kDecade, kCentury };

// ---- Values at a granularity --------------------------------------------------------------
std::string day_value(year_month_day d);              // "2025-03-16"
std::string week_value(year_month_day d);             // ISO week of d: "2025-W12"
std::string weekend_value(year_month_day d);          // "2025-W12-WE"
std::string month_value(int year, int month);         // "2025-03"
std::string quarter_value(int year, int quarter);     // "2025-Q1"
std::string half_value(int year, int half);           // "2025-H1"
std::string season_value(int year, std::string_view code);  // "2025-SU"
std::string year_value(int year);                     // "2025" (4 digits, zero padded)
std::string decade_value(int year);                   // decade of `year`: 1994 -> "199"
std::string century_value(int year);                  // century of `year`: 1994 -> "19"

// `d` expressed at `grain` (seasons use the meteorological season d falls in).
std::string value_at(year_month_day d, Grain grain);
// The placeholder of an unanchored value at `grain`: "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX",
// "XXXX-QX", "XXXX-HX", "XXXX-XX" (season), "XXXX", "XXX", "XX".
std::string unknown_at(Grain grain);

// ---- Shifting ------------------------------------------------------------------------------
// d moved by n units of `grain` (months and longer clamp the day: Mar 31 - 1 month = Feb 28).
year_month_day shift(year_month_day d, Grain grain, int n);
int quarter_of(unsigned month);  // 1..4
// Meteorological season code of a month: Dec-Feb "WI", Mar-May "SP", Jun-Aug "SU", Sep-Nov "FA".
std::string_view season_of(unsigned month);
// The year a season of a given year starts counting from for ordering: a season's index
// (0 = SP, 1 = SU, 2 = FA, 3 = WI), -1 if `code` is not a season.
int season_index(std::string_view code);

// The day of a holiday in `year`: `code` is "MM-DD" for fixed ones, or THANKSGIVING (US, fourth
// Thursday of November), LABOR_DAY (first Monday of September), MEMORIAL_DAY (last Monday of
// May), ELECTION_DAY (Tuesday after the first Monday of November), EASTER (Gregorian),
// GOOD_FRIDAY. nullopt for an unknown code or an impossible day.
std::optional<year_month_day> holiday_in(std::string_view code, int year);

// ---- Durations -----------------------------------------------------------------------------
// TimeML duration of `amount` units: (3, kYear) -> "P3Y", (48, kHour) -> "PT48H",
// (2.5, kYear) -> "P2Y6M", (1.5, kHour) -> "PT1H30M", (1, kDecade) -> "P10Y",
// (2, kQuarter) -> "P6M", (1, kWeekend) -> "P2D". Non-integral amounts that cannot be
// split into a smaller unit keep a decimal ("P1.5W").
std::string duration_value(double amount, lexicon::UnitKind unit);
// An unknown number of units: "PXY", "PXM", "PTXH"...
std::string vague_duration_value(lexicon::UnitKind unit);

// ---- Intervals -----------------------------------------------------------------------------
struct DayRange {
  year_month_day first;
  year_month_day last;  // inclusive
};
// The calendar days a TimeML DATE/TIME value names: "2025" -> Jan 1..Dec 31,
// "2025-W12" -> Mar 17..Mar 23, "2025-Q1", "2025-H2", "2025-SU" (Jun..Aug), "2025-WI"
// (Dec 2025..Feb 2026), "199" (the 1990s), "19" (1900..1999), "2025-W12-WE" (Sat..Sun),
// "2025-03-16T15:00" (that day). nullopt for anything else (durations, X placeholders,
// PAST_REF...).
std::optional<DayRange> interval_of(std::string_view value);

}  // namespace claimline::timenorm
