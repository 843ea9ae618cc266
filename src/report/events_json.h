// JSON form of event mentions, the "events" part of the extraction contract (DESIGN.md):
// {"id": "v1", "text", "trigger", "status", "when": {"value", "start", "end"} or null,
//  "participants": ["e2", "e3"], "span": [start, end]}
// plus "class", "lemma", "trigger_span", "precision" and "time_source" (inside "when"),
// "time_id" ("t3", the governing time expression), "same_as" (the id of the first mention
// of the same event in the article, or null), "polarity", "certainty", "future", "rule" and
// "confidence". Spans are byte offsets into the body, half-open. In "when", "start" is null
// when only an upper bound is known (an occurred event dated by its article's publication).
#pragma once

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/event.h"

namespace claimline::report {

// One event; ids are "v" + (index + 1), entities "e" + (index + 1), times "t" + (index + 1).
nlohmann::json event_json(const Event& e, size_t index, std::string_view body);

// "when" alone: {"value", "start", "end", "precision", "time_source"} or null.
nlohmann::json event_time_json(const std::optional<EventTime>& when);

// A JSON array of events, in the given order.
nlohmann::json events_json(const std::vector<Event>& events, std::string_view body);

}  // namespace claimline::report
