// An event mention found in one article body: a dated happening ("Trump and Putin are
// expected to hold a phone call this week") with its trigger, status, participants and
// valid time.
//
// Span conventions (byte offsets into the body, half-open, on UTF-8 boundaries):
// - `trigger` covers the words that name the happening, compound modifier and particle
//   included ("phone conversation", "called off", "peace talks").
// - `span` is the sentence the trigger sits in (the text a reader needs to judge it).
//
// Time: `when` is the valid time, an interval of calendar days plus the TimeML value it
// came from. `time_source` says where it came from: a time expression of the article
// (`time_index` names it), or the publication date of the article for an event that had
// occurred by then (precision kUnknown: "on or before that day", never a guessed day).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "model/span.h"

namespace claimline {

enum class EventStatus : uint8_t { kOccurred, kExpected, kProposed, kOngoing, kCancelled, kDenied };

// "occurred", "expected", "proposed", "ongoing", "cancelled", "denied".
constexpr std::string_view event_status_name(EventStatus s) {
  switch (s) {
    case EventStatus::kOccurred: return "occurred";
    case EventStatus::kExpected: return "expected";
    case EventStatus::kProposed: return "proposed";
    case EventStatus::kOngoing: return "ongoing";
    case EventStatus::kCancelled: return "cancelled";
    case EventStatus::kDenied: return "denied";
  }
  return "occurred";
}

constexpr std::optional<EventStatus> parse_event_status(std::string_view name) {
  for (EventStatus s : {EventStatus::kOccurred, EventStatus::kExpected, EventStatus::kProposed,
                        EventStatus::kOngoing, EventStatus::kCancelled, EventStatus::kDenied}) {
    if (event_status_name(s) == name) return s;
  }
  return std::nullopt;
}

// MEANTIME factuality attributes (Minard et al. 2016), kept alongside the status.
enum class Polarity : uint8_t { kPos, kNeg, kUnderspecified };
enum class Certainty : uint8_t { kCertain, kProbable, kPossible, kUnderspecified };

constexpr std::string_view polarity_name(Polarity p) {
  switch (p) {
    case Polarity::kPos: return "POS";
    case Polarity::kNeg: return "NEG";
    case Polarity::kUnderspecified: return "UNDERSPECIFIED";
  }
  return "POS";
}

constexpr std::string_view certainty_name(Certainty c) {
  switch (c) {
    case Certainty::kCertain: return "CERTAIN";
    case Certainty::kProbable: return "PROBABLE";
    case Certainty::kPossible: return "POSSIBLE";
    case Certainty::kUnderspecified: return "UNDERSPECIFIED";
  }
  return "CERTAIN";
}

// How precisely `when` is known: the granularity of the time expression it came from, or
// kUnknown when it is the publication date of an article reporting a past event.
enum class TimePrecision : uint8_t { kUnknown, kDay, kWeek, kMonth, kQuarter, kYear, kRange };

constexpr std::string_view time_precision_name(TimePrecision p) {
  switch (p) {
    case TimePrecision::kUnknown: return "unknown";
    case TimePrecision::kDay: return "day";
    case TimePrecision::kWeek: return "week";
    case TimePrecision::kMonth: return "month";
    case TimePrecision::kQuarter: return "quarter";
    case TimePrecision::kYear: return "year";
    case TimePrecision::kRange: return "range";
  }
  return "unknown";
}

constexpr std::optional<TimePrecision> parse_time_precision(std::string_view name) {
  for (TimePrecision p : {TimePrecision::kUnknown, TimePrecision::kDay, TimePrecision::kWeek, TimePrecision::kMonth,
                          TimePrecision::kQuarter, TimePrecision::kYear, TimePrecision::kRange}) {
    if (time_precision_name(p) == name) return p;
  }
  return std::nullopt;
}

enum class TimeSource : uint8_t { kExpression, kPublication };

struct EventTime {
  std::string value;               // TimeML value: "2025-W12", "2025-03-18"; the publication day
                                   // ("2025-03-17") when source is kPublication
  // First and last day, inclusive. `start` is empty when only an upper bound is known (an
  // event reported as past, dated by its article: it happened on or before `end`).
  std::optional<date::year_month_day> start;
  date::year_month_day end{};
  TimePrecision precision = TimePrecision::kUnknown;
  TimeSource source = TimeSource::kExpression;
  std::optional<size_t> time_index;  // the governing expression, index into Extraction::times

  friend bool operator==(const EventTime&, const EventTime&) = default;
};

struct Event {
  Span trigger;                  // the words naming the happening
  Span span;                     // the sentence holding it
  std::string lemma;             // normalised trigger: "phone call", "call off", "meet"
  std::string event_class;       // "call", "talks", "ceasefire", ... (lexicon/event_words.h)
  EventStatus status = EventStatus::kOccurred;
  Polarity polarity = Polarity::kPos;
  Certainty certainty = Certainty::kCertain;
  bool future = false;           // MEANTIME time attribute: FUTURE (true) or NON_FUTURE
  std::vector<size_t> participants;  // indexes into Extraction::entities, ascending
  std::optional<EventTime> when;     // none: the text does not date it and it has not occurred
  std::optional<size_t> coref;       // index of an earlier event of the same article that this
                                     // mention refers to again; none = first mention
  std::string rule;                  // rule that found the trigger and set the status
  double confidence = 0.0;           // in [0, 1]
};

}  // namespace claimline
