// When two event mentions from different articles are one real-world event: the rule
// behind the store's event rows and the evaluation's cross-document instances, with a
// human-readable reason for every decision (shown by `claimline events show`).
//
// Two mentions are compatible when all three hold:
// - class: the same event class ("call"), or a conversation and a call, talks or meeting;
//   mentions without a class need the same lemma. Statements ("said") never merge.
// - participants: both name at least one, and every participant of the mention naming
//   fewer is one of the other's ("Trump, Putin" and "Putin" are compatible; "Trump, Putin"
//   and "Trump, Macron" are not). Participants match by any shared key. When only one
//   participant is shared, the triggers must have the same lemma.
// - time: the intervals the mentions allow overlap. A mention dated by an expression
//   allows its days ("Tuesday" 2025-03-18; "this week" 2025-03-17..23); an occurred mention
//   dated only by its article allows the week up to publication; an expected or proposed
//   mention without a date allows the two weeks after publication; anything else has no
//   interval and never merges. One of the two intervals must be at most a month long:
//   "in 2010" and "in 2010" are too coarse to tell.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <string>
#include <vector>

#include <date/date.h>

#include "model/entity.h"
#include "model/event.h"
#include "model/timestamp.h"

namespace claimline {

struct MergeParticipant {
  std::string name;               // for reasons
  std::vector<std::string> keys;  // matching keys: entity_key()s of its names, or a store id
};

struct MergeCandidate {
  std::string event_class;
  std::string lemma;
  std::vector<MergeParticipant> participants;
  std::optional<date::year_month_day> first;  // the interval the mention allows, inclusive
  std::optional<date::year_month_day> last;
  std::string time_text;                      // "2025-W12", "published 2025-03-17", ...
};

// The classes a mention of `event_class` may merge with (itself first): a conversation
// with a call, talks or a meeting, and each of those with a conversation.
std::vector<std::string> mergeable_classes(const std::string& event_class);

// The candidate of an event extracted from an article with these entities and publication
// time; participants keyed by entity_key() of each entity's name and aliases.
MergeCandidate merge_candidate(const Event& e, const std::vector<Entity>& entities, const Timestamp& published);

// The allowed interval of an event's time (see above); sets first/last/time_text.
void set_merge_interval(MergeCandidate* c, const Event& e, const Timestamp& published);

struct MergeVerdict {
  bool compatible = false;
  std::string reason;  // why (or why not): "class call; participants Putin within Trump, Putin; ..."
};

MergeVerdict compare_mentions(const MergeCandidate& a, const MergeCandidate& b);

// A candidate reduced to what the verdict depends on, for deciding many pairs without
// building reasons: each participant one id (sorted, each once), the interval as day
// numbers (kNoDay: none). The views must outlive the comparison.
struct MergeForm {
  static constexpr int64_t kNoDay = INT64_MIN;
  std::string_view event_class, lemma;
  int64_t first = kNoDay, last = kNoDay;
  std::span<const int64_t> participants;
};

// compare_mentions(a, b).compatible for the candidates these forms stand for (participants
// with the one key each), without allocating.
bool forms_compatible(const MergeForm& a, const MergeForm& b);

}  // namespace claimline
