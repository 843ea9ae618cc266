// The status of an event mention from tense, modality and negation around its trigger, with
// MEANTIME's factuality attributes (polarity, certainty, FUTURE vs NON_FUTURE).
//
// Rules, in order (the rule name of the one that decided goes into `rule`):
// - verbs: the verb group before the trigger: a negator makes it denied ("did not meet");
//   "will"/"shall" expected; "would", "should", "must" expected and probable; "could",
//   "may", "might" expected and possible; "can" possible, not future; be + gerund ongoing
//   ("are fighting"); an infinitive takes the status its governor gives ("expected to hold"
//   expected, "proposed to hold" proposed, "continue to hold" ongoing, "refused to meet"
//   denied, "used to", "seem to" occurred; any other governor: expected, future);
//   otherwise past and present tenses are occurred.
// - a cue that governs a complement clause ("denied that troops were encircled") or a noun
//   ("denying reports of encirclement", "called off the talks", "a proposal for a 30-day
//   cessation of hostilities", "the upcoming visit", "the ongoing war") decides for it;
//   reports and claims are transparent.
// - nouns: a cue right after ("the deal proposed by", "the visit was cancelled", "a
//   ceasefire will be established", "the call, expected ...") decides; else a noun inherits
//   the status of the verb that governs it ("expected to hold a phone call" -> expected);
//   else occurred.
#pragma once

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/event_triggers.h"
#include "model/event.h"

namespace claimline {

struct Modality {
  EventStatus status = EventStatus::kOccurred;
  Polarity polarity = Polarity::kPos;
  Certainty certainty = Certainty::kCertain;
  bool future = false;  // MEANTIME time = FUTURE
  std::string rule;     // "status.past", "status.modal.will", "status.cue.deny", ...
};

// The modality of triggers[k]. `triggers` are all the triggers of one sentence, in order
// (find_triggers(doc, sentence)).
Modality read_modality(const Document& doc, const std::vector<Trigger>& triggers, size_t k);

}  // namespace claimline
