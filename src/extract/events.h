// Events of one article: dated happenings with status, participants and valid time.
//
// Contract:
// - Pure and deterministic: a function of the Document, the time expressions and entities
//   already extracted from it (extract/times.h, extract/statements.h) and the publication
//   time. Results are in text order; `trigger` spans never overlap.
// - Triggers come from extract/event_triggers.h, status and factuality from
//   extract/event_modality.h.
// - Participants are the entities named in the trigger's clause (its subject side back to
//   the clause start, its object side up to the next predicate), plus the person a "he" or
//   "she" there refers to (the last person named before it, within three sentences).
// - Time: the DATE or TIME expression that governs the trigger: in the same clause first
//   (the nearest), else one in the same sentence that no other predicate of its own clause
//   claims. Durations, sets and vague values (PAST_REF) never date an event. With no such
//   expression, an occurred event of a dated article gets the publication day as an upper
//   bound (precision unknown, no start day): never a guessed day. An undated article or an
//   expected event with no expression gives no time at all.
// - `coref` links a mention to an earlier mention of the same event in the article (same
//   class, compatible participants and time, and a definite or participant-sharing
//   mention: "a phone call ..." ... "The call, expected ...").
#pragma once

#include <vector>

#include "extract/document.h"
#include "model/entity.h"
#include "model/event.h"
#include "model/time_expr.h"
#include "model/timestamp.h"

namespace claimline {

struct EventOptions {
  // false: only the events claimline tracks (classed happenings: calls, talks, ceasefires,
  // attacks ...; no speech, copulas or generic verbs). true: every event mention in
  // MEANTIME's sense, for evaluation.
  bool all_mentions = false;
};

std::vector<Event> find_events(const Document& doc, const std::vector<TimeExpr>& times,
                               const std::vector<Entity>& entities, const Timestamp& published,
                               const EventOptions& opts = {});

// The precision of a TimeML value: "2025-03-18" day, "2025-W12" week, "2025-03" month,
// "2025-Q1" quarter, "2025" year; kRange for anything else with an interval.
TimePrecision precision_of_value(std::string_view value);

}  // namespace claimline
