// Valid time of a timeline row: when something was said or happened, as precisely as the
// text says and no more precisely. A statement said "this week" is the week, never a day
// of it; a row the text does not date falls back to its article's publication, and an
// undated article gives "undated".
//
// Days are ISO dates ("2025-03-17"); `start` and `end` are inclusive. Either may be empty:
// both for "undated", `start` alone for an event known only to have happened by a day
// ("on or before 2025-03-19").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimline::query {

struct ValidTime {
  std::string value;      // TimeML value ("2025-W12", "2025-03-18"), or the publication ISO
                          // time at its precision; empty when undated
  std::string start;      // first day, inclusive; empty when unknown
  std::string end;        // last day, inclusive; empty when unknown
  std::string precision;  // second, minute, day, week, month, quarter, year, range,
                          // unknown (only a bound is known) or none (undated)
  std::string source;     // said | event | publication | none

  bool dated() const { return !start.empty() || !end.empty(); }
  // The first day the row can sort on: start, else end; empty when undated.
  const std::string& sort_day() const { return start.empty() ? end : start; }

  friend bool operator==(const ValidTime&, const ValidTime&) = default;
};

// "2025-03-18", "week of 2025-03-17", "March 2025", "Q1 2025", "2025",
// "2025-03-14 to 2025-03-16", "on or before 2025-03-19", "2025-03-17T14:05Z", "undated".
std::string valid_time_label(const ValidTime& t);

// The precision a TimeML value names: "2025-03-18" day, "2025-W12" week, "2025-03" month,
// "2025-Q1" quarter, "2025" year, "2025-03-16T15:00" minute; "range" for other values
// with an interval (seasons, halves, weekends, decades); "unknown" otherwise.
std::string precision_of_value(std::string_view value);

// From a statement's said-time columns; nullopt when it has no day range.
std::optional<ValidTime> said_time(const std::optional<std::string>& value, const std::optional<std::string>& first,
                                   const std::optional<std::string>& last);

// From an article's publication: ISO at its precision ("2025-03-17T05:30Z", "2025-03-17",
// "2025-03") and the precision name stored with it; "undated" when absent.
ValidTime publication_time(const std::optional<std::string>& published, const std::string& precision);

// From an event mention's stored dating. `source` "publication" means only that it had
// happened by that day (precision "unknown", no start).
std::optional<ValidTime> event_time(const std::optional<std::string>& value, const std::optional<std::string>& first,
                                    const std::optional<std::string>& last, const std::optional<std::string>& precision,
                                    const std::optional<std::string>& source);

// Does [t.start, t.end] meet [from, to] (ISO days, inclusive; an empty bound is open)?
// Undated rows meet only a fully open window.
bool overlaps(const ValidTime& t, const std::string& from, const std::string& to);

}  // namespace claimline::query
