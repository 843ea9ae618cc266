// Everything extracted from one article body (the extraction contract of DESIGN.md).
#pragma once

#include <optional>
#include <vector>

#include "model/entity.h"
#include "model/event.h"
#include "model/statement.h"
#include "model/time_expr.h"

namespace claimline {

struct Extraction {
  std::vector<Entity> entities;
  std::vector<Statement> statements;  // speaker_entity indexes `entities`
  std::vector<TimeExpr> times;
  // Parallel to `statements`: the time expression (index into `times`) that says when the
  // statement was made, when the text says it.
  std::vector<std::optional<size_t>> said_time;
  // Event mentions in text order (extract/events.h): participants index `entities`, a
  // time's time_index indexes `times`, `coref` indexes `events`.
  std::vector<Event> events;
};

}  // namespace claimline
