#include "extract/event_merge.h"

#include <algorithm>

#include "extract/entities.h"
#include "extract/time_normalize.h"

namespace claimline {
namespace {

std::string day(const date::year_month_day& d) { return timenorm::day_value(d); }

bool talk_class(const std::string& c) { return c == "call" || c == "talks" || c == "meeting"; }

bool classes_compatible(const MergeCandidate& a, const MergeCandidate& b, std::string* why) {
  if (a.event_class == "statement" || b.event_class == "statement") {
    *why = "statements are not merged as events";
    return false;
  }
  if (a.event_class.empty() || b.event_class.empty()) {
    if (a.event_class == b.event_class && a.lemma == b.lemma && !a.lemma.empty()) {
      *why = "same trigger '" + a.lemma + "'";
      return true;
    }
    *why = "different triggers ('" + a.lemma + "', '" + b.lemma + "')";
    return false;
  }
  if (a.event_class == b.event_class) {
    *why = "class " + a.event_class;
    return true;
  }
  const auto family = mergeable_classes(a.event_class);
  if (std::find(family.begin(), family.end(), b.event_class) != family.end()) {
    *why = "class " + a.event_class + "~" + b.event_class;
    return true;
  }
  *why = "different classes (" + a.event_class + ", " + b.event_class + ")";
  return false;
}

bool same_participant(const MergeParticipant& a, const MergeParticipant& b) {
  for (const auto& k : a.keys) {
    if (std::find(b.keys.begin(), b.keys.end(), k) != b.keys.end()) return true;
  }
  return false;
}

std::string names(const std::vector<MergeParticipant>& ps) {
  std::string out;
  for (const auto& p : ps) {
    if (!out.empty()) out += ", ";
    out += p.name;
  }
  return out;
}

bool participants_compatible(const MergeCandidate& a, const MergeCandidate& b, std::string* why) {
  if (a.participants.empty() || b.participants.empty()) {
    *why = "a mention names no participant";
    return false;
  }
  const auto& small = a.participants.size() <= b.participants.size() ? a.participants : b.participants;
  const auto& large = a.participants.size() <= b.participants.size() ? b.participants : a.participants;
  for (const auto& p : small) {
    const bool found = std::any_of(large.begin(), large.end(), [&](const auto& q) { return same_participant(p, q); });
    if (!found) {
      *why = "participants differ (" + names(a.participants) + " / " + names(b.participants) + ")";
      return false;
    }
  }
  // One shared participant ("Apple") is weak evidence unless the triggers agree too.
  if (small.size() < 2 && a.lemma != b.lemma) {
    *why = "only one participant (" + names(small) + ") and different triggers ('" + a.lemma + "', '" + b.lemma + "')";
    return false;
  }
  *why = "participants " + names(small) + (small.size() == large.size() ? " = " : " within ") + names(large);
  return true;
}

bool times_compatible(const MergeCandidate& a, const MergeCandidate& b, std::string* why) {
  if (!a.first || !b.first) {
    *why = "a mention has no time to compare";
    return false;
  }
  // Two coarse datings ("in 2010" and "in 2010") are weak evidence of one event: one of
  // the mentions must be dated to within a month.
  using date::sys_days;
  const auto span_a = (sys_days{*a.last} - sys_days{*a.first}).count();
  const auto span_b = (sys_days{*b.last} - sys_days{*b.first}).count();
  if (std::min(span_a, span_b) > 31) {
    *why = "both times too coarse to tell (" + a.time_text + " / " + b.time_text + ")";
    return false;
  }
  if (*a.first <= *b.last && *b.first <= *a.last) {
    *why = "times overlap (" + a.time_text + " / " + b.time_text + ")";
    return true;
  }
  *why = "times differ (" + a.time_text + " / " + b.time_text + ")";
  return false;
}

}  // namespace

void set_merge_interval(MergeCandidate* c, const Event& e, const Timestamp& published) {
  using date::days;
  using date::sys_days;
  c->first.reset();
  c->last.reset();
  if (e.when && e.when->source == TimeSource::kExpression && e.when->start) {
    c->first = *e.when->start;
    c->last = e.when->end;
    c->time_text = e.when->value;
  } else if (e.when && e.when->source == TimeSource::kPublication) {
    c->first = date::year_month_day{sys_days{e.when->end} - days{6}};
    c->last = e.when->end;
    c->time_text = "on or before " + day(e.when->end);
  } else if ((e.status == EventStatus::kExpected || e.status == EventStatus::kProposed) && published.known() &&
             published.precision >= Precision::kDay) {
    c->first = published.day();
    c->last = date::year_month_day{sys_days{published.day()} + days{13}};
    c->time_text = "expected after " + day(published.day());
  }
}

MergeCandidate merge_candidate(const Event& e, const std::vector<Entity>& entities, const Timestamp& published) {
  MergeCandidate c;
  c.event_class = e.event_class;
  c.lemma = e.lemma;
  for (size_t p : e.participants) {
    if (p >= entities.size()) continue;
    const Entity& ent = entities[p];
    MergeParticipant mp;
    mp.name = ent.name;
    mp.keys.push_back(entity_key(ent.name));
    for (const auto& a : ent.aliases) mp.keys.push_back(entity_key(a));
    if (ent.kind == EntityKind::kPerson && ent.name.find(' ') != std::string::npos) {
      mp.keys.push_back("surname:" + surname_key(ent.name));
    } else if (ent.kind == EntityKind::kPerson) {
      mp.keys.push_back("surname:" + entity_key(ent.name));
    }
    c.participants.push_back(std::move(mp));
  }
  set_merge_interval(&c, e, published);
  return c;
}

MergeVerdict compare_mentions(const MergeCandidate& a, const MergeCandidate& b) {
  MergeVerdict v;
  std::string cls, parts, time;
  if (!classes_compatible(a, b, &cls)) {
    v.reason = cls;
    return v;
  }
  if (!participants_compatible(a, b, &parts)) {
    v.reason = cls + "; " + parts;
    return v;
  }
  v.compatible = times_compatible(a, b, &time);
  v.reason = cls + "; " + parts + "; " + time;
  return v;
}

namespace {

// Whether `b` is one of mergeable_classes(a), without building the list.
bool in_family(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const auto talk = [](std::string_view c) { return c == "call" || c == "talks" || c == "meeting"; };
  return (a == "conversation" && talk(b)) || (talk(a) && b == "conversation");
}

}  // namespace

bool forms_compatible(const MergeForm& a, const MergeForm& b) {
  // The checks of compare_mentions, in its order.
  if (a.event_class == "statement" || b.event_class == "statement") return false;
  if (a.event_class.empty() || b.event_class.empty()) {
    if (!(a.event_class == b.event_class && a.lemma == b.lemma && !a.lemma.empty())) return false;
  } else if (!in_family(a.event_class, b.event_class)) {
    return false;
  }
  if (a.participants.empty() || b.participants.empty()) return false;
  const bool a_small = a.participants.size() <= b.participants.size();
  const auto small = a_small ? a.participants : b.participants;
  const auto large = a_small ? b.participants : a.participants;
  if (!std::includes(large.begin(), large.end(), small.begin(), small.end())) return false;
  if (small.size() < 2 && a.lemma != b.lemma) return false;
  if (a.first == MergeForm::kNoDay || b.first == MergeForm::kNoDay) return false;
  if (std::min(a.last - a.first, b.last - b.first) > 31) return false;
  return a.first <= b.last && b.first <= a.last;
}

std::vector<std::string> mergeable_classes(const std::string& event_class) {
  if (event_class == "conversation") return {"conversation", "call", "talks", "meeting"};
  if (talk_class(event_class)) return {event_class, "conversation"};
  return {event_class};
}

}  // namespace claimline
