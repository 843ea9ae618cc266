// Time expressions: finds DATE, TIME, DURATION and SET expressions in an article body and
// normalises them TimeML-style (TIMEX3) against the article's publication date.
//
// Contract:
// - Pure and deterministic: the result depends only on the text and `published`, never on
//   the clock. Spans are byte spans into doc.body(), half-open, in text order, never
//   overlapping. Extents follow TimeML: determiners and modifiers belong to the expression
//   ("the third quarter", "about two years", "early next year"); prepositions do not
//   ("on Sunday" -> "Sunday", "for over three years" -> "over three years").
// - Relative expressions ("this week", "yesterday", "on Sunday", "March 13" without a year)
//   are anchored at `published`. Tense decides the direction of bare weekdays and months:
//   "said on Sunday" is the Sunday on or before the publication day, "will meet on Tuesday"
//   the Tuesday on or after it.
// - When `published.known()` is false (an undated article) relative expressions are still
//   found but keep TimeML placeholders ("XXXX-WXX", "XXXX-XX-XX", "XXXX-03-13") with
//   resolved = false and no start/end: never a guessed date. Absolute dates ("March 13,
//   2025") resolve either way.
// - Vague expressions get PAST_REF / PRESENT_REF / FUTURE_REF ("recently", "now", "soon").
#pragma once

#include <vector>

#include "extract/document.h"
#include "model/time_expr.h"
#include "model/timestamp.h"

namespace claimline {

std::vector<TimeExpr> find_times(const Document& doc, const Timestamp& published);

}  // namespace claimline
