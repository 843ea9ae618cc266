// JSON form of time expressions, the "times" part of the extraction contract (DESIGN.md):
// {"text", "type", "value", "span": [start, end]} plus "mod", "rule", "resolved", "start",
// "end". Spans are byte offsets into the body, half-open; "mod", "start" and "end" are null
// when the expression has none.
#pragma once

#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/time_expr.h"

namespace claimline::report {

// One time expression; `body` is the text its span points into.
nlohmann::json time_json(const TimeExpr& t, std::string_view body);

// A JSON array of time expressions, in the given order.
nlohmann::json times_json(const std::vector<TimeExpr>& times, std::string_view body);

}  // namespace claimline::report
