#include "extract/events.h"

#include <algorithm>
#include <limits>

#include "extract/event_modality.h"
#include "extract/event_triggers.h"
#include "extract/time_normalize.h"

namespace claimline {
namespace {

namespace tw = trigger_words;
constexpr size_t kNone = std::numeric_limits<size_t>::max();

// Which entity each token names, and the person a personal pronoun refers to.
class EntityIndex {
 public:
  EntityIndex(const Document& doc, const std::vector<Entity>& entities)
      : doc_(doc), entities_(entities), of_token_(doc.tokens().size(), kNone) {
    for (size_t e = 0; e < entities.size(); ++e) {
      for (const Span& m : entities[e].mentions) {
        for (size_t t = doc.token_at(m.start); t < doc.tokens().size() && doc.tokens()[t].start < m.end; ++t) {
          of_token_[t] = e;
        }
      }
    }
  }

  // The entity token `t` names, resolving "he", "she", "him", "her", "his" to the last
  // person named before it within three sentences.
  size_t at(size_t t) const {
    if (of_token_[t] != kNone) return of_token_[t];
    const std::string_view w = doc_.lower(t);
    if (w != "he" && w != "she" && w != "him" && w != "his" && w != "her") return kNone;
    const size_t s = doc_.sentence_at(doc_.tokens()[t].start);
    const size_t floor = doc_.sentences()[s >= 3 ? s - 3 : 0].first_token;
    for (size_t j = t; j > floor;) {
      --j;
      const size_t e = of_token_[j];
      if (e != kNone && entities_[e].kind == EntityKind::kPerson) return e;
    }
    return kNone;
  }

 private:
  const Document& doc_;
  const std::vector<Entity>& entities_;
  std::vector<size_t> of_token_;
};

bool is_hard_boundary(const Document& doc, size_t i) {
  const Token& t = doc.tokens()[i];
  if (t.kind != TokenKind::kPunct) return false;
  const std::string_view p = doc.text(t);
  return !(p == "-" || p == "'" || p == "%" || p == "$" || p == "&" || p == "/" || p == "," || p == ".");
}
bool is_comma(const Document& doc, size_t i) { return doc.text(i) == ","; }

class SentenceEvents {
 public:
  SentenceEvents(const Document& doc, size_t sentence, const EntityIndex& entities)
      : doc_(doc), s_(doc.sentences()[sentence]), entities_(entities), triggers_(find_triggers(doc, sentence)) {
    trigger_of_.assign(s_.end_token - s_.first_token, kNone);
    for (size_t k = 0; k < triggers_.size(); ++k) {
      for (size_t t = triggers_[k].first; t < triggers_[k].end; ++t) trigger_of_[t - s_.first_token] = k;
    }
  }

  const std::vector<Trigger>& triggers() const { return triggers_; }

  std::vector<size_t> participants(const Trigger& t) const {
    std::vector<size_t> out;
    auto add = [&](size_t tok) {
      const size_t e = entities_.at(tok);
      if (e != kNone && std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    };
    int commas = 0;
    for (size_t j = t.first; j > s_.first_token && t.first - j < 16;) {
      --j;
      if (is_hard_boundary(doc_, j)) break;
      if (is_comma(doc_, j) && ++commas > 1) break;
      const std::string_view w = doc_.lower(j);
      if (tw::is_clause_breaker(w) || w == "that") break;
      // "Officials in Washington have said the call will ...": a speaker is not a participant.
      if (const size_t k = trigger_at(j); k != kNone && triggers_[k].event_class == "statement" &&
                                          triggers_[k].kind != TriggerKind::kNoun) {
        break;
      }
      add(j);
    }
    for (size_t j = t.end; j < s_.end_token && j < t.end + 10; ++j) {
      if (doc_.tokens()[j].kind == TokenKind::kPunct && !(doc_.text(j) == "-" || doc_.text(j) == "'")) break;
      const std::string_view w = doc_.lower(j);
      if (tw::is_clause_breaker(w) || w == "that" || starts_infinitive(j)) break;
      const size_t k = trigger_at(j);
      if (k != kNone && triggers_[k].kind != TriggerKind::kNoun && !triggers_[k].light) break;
      add(j);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  // The governing time expression of trigger k among `times` (indexes of expressions in
  // this sentence that can date an event), or kNone.
  size_t governing_time(size_t k, const std::vector<TimeExpr>& all, const std::vector<size_t>& given) const {
    // "this year's conference" dates the conference, not the verb: a possessive time
    // expression only counts when nothing else does.
    std::vector<size_t> times;
    for (size_t x : given) {
      if (!possessive(all[x])) times.push_back(x);
    }
    if (times.empty()) times = given;
    size_t best = kNone, best_dist = kNone;
    for (size_t x : times) {
      const auto [breaks, dist] = separation(triggers_[k], all[x]);
      if (breaks == 0 && dist < best_dist) best = x, best_dist = dist;
    }
    if (best != kNone) return best;
    for (size_t x : times) {
      if (claimed_by_other(k, all[x])) continue;
      const auto [breaks, dist] = separation(triggers_[k], all[x]);
      (void)breaks;
      if (dist < best_dist) best = x, best_dist = dist;
    }
    return best;
  }

 private:
  size_t trigger_at(size_t tok) const {
    return tok >= s_.first_token && tok < s_.end_token ? trigger_of_[tok - s_.first_token] : kNone;
  }

  bool possessive(const TimeExpr& x) const {
    const size_t t = doc_.token_at(x.span.end);
    if (t >= s_.end_token || doc_.tokens()[t].start != x.span.end) return false;
    const std::string_view w = doc_.lower(t);
    return w == "'s" || w == "\xE2\x80\x99s";
  }

  // "to" that opens an infinitive: the next token starts a verb trigger.
  bool starts_infinitive(size_t j) const {
    if (doc_.lower(j) != "to" || j + 1 >= s_.end_token) return false;
    const size_t k = trigger_at(j + 1);
    return k != kNone && triggers_[k].kind != TriggerKind::kNoun;
  }

  bool is_break(size_t j) const {
    if (doc_.tokens()[j].kind == TokenKind::kPunct) {
      const std::string_view p = doc_.text(j);
      return !(p == "-" || p == "'" || p == "%" || p == "$" || p == "/");
    }
    const std::string_view w = doc_.lower(j);
    return tw::is_clause_breaker(w) || w == "that" || starts_infinitive(j);
  }

  // Clause breaks and tokens between a trigger and a time expression.
  std::pair<size_t, size_t> separation(const Trigger& t, const TimeExpr& x) const {
    const size_t xf = doc_.token_at(x.span.start);
    size_t xe = xf;
    while (xe < s_.end_token && doc_.tokens()[xe].start < x.span.end) ++xe;
    size_t lo, hi;
    if (xe <= t.first) lo = xe, hi = t.first;
    else if (xf >= t.end) lo = t.end, hi = xf;
    else return {0, 0};
    size_t breaks = 0;
    for (size_t j = lo; j < hi; ++j) breaks += is_break(j);
    // A break right before the trigger's own infinitive "to" does not separate it
    // from what follows ("to hold a call this week").
    return {breaks, hi - lo};
  }

  // Whether another verb trigger shares a clause with the expression (it dates that one).
  bool claimed_by_other(size_t k, const TimeExpr& x) const {
    for (size_t o = 0; o < triggers_.size(); ++o) {
      if (o == k || triggers_[o].light) continue;
      if (separation(triggers_[o], x).first == 0) return true;
    }
    return false;
  }

  const Document& doc_;
  const Sentence& s_;
  const EntityIndex& entities_;
  std::vector<Trigger> triggers_;
  std::vector<size_t> trigger_of_;
};

// "since February", "until Friday", "before the vote": a reference point the event is
// measured from, not its own time.
bool reference_point(const Document& doc, const TimeExpr& x) {
  auto cue = [&](size_t t) {
    const std::string_view w = doc.lower(t);
    return w == "since" || w == "until" || w == "till" || w == "before" || w == "after";
  };
  const size_t t = doc.token_at(x.span.start);
  if (t >= doc.tokens().size()) return false;
  return cue(t) || (t > 0 && cue(t - 1));
}

bool can_date(const Document& doc, const TimeExpr& x) {
  return (x.type == TimeType::kDate || x.type == TimeType::kTime) && x.resolved && x.start && x.end &&
         !reference_point(doc, x);
}

// Whether a trigger overlaps a time expression (those from index `from` on).
bool inside_time(Span trigger, const std::vector<TimeExpr>& times, size_t from) {
  for (size_t x = from; x < times.size() && times[x].span.start < trigger.end; ++x) {
    if (times[x].span.end > trigger.start) return true;
  }
  return false;
}

std::optional<EventTime> time_from(const TimeExpr& x, size_t index) {
  EventTime t;
  t.value = x.value;
  t.start = *x.start;
  t.end = *x.end;
  t.precision = precision_of_value(x.value);
  t.source = TimeSource::kExpression;
  t.time_index = index;
  return t;
}

std::optional<EventTime> publication_time(const Timestamp& published) {
  if (!published.known() || published.precision < Precision::kDay) return std::nullopt;
  EventTime t;
  t.value = timenorm::day_value(published.day());
  t.end = published.day();
  t.precision = TimePrecision::kUnknown;
  t.source = TimeSource::kPublication;
  return t;
}

// Whether a time expression lies after the publication day, or is "later" that day.
bool after_publication(const TimeExpr& x, const Document& doc, const Timestamp& published) {
  if (!published.known() || published.precision < Precision::kDay || !x.start) return false;
  const date::year_month_day day = published.day();
  if (*x.start > day) return true;
  if (*x.start != day) return false;
  const std::string_view text = doc.lower().substr(x.span.start, x.span.size());
  if (text.rfind("later", 0) == 0 || text.find("tonight") != std::string_view::npos) return true;
  // "later on Tuesday", "later today": the cue may stand just outside the expression.
  size_t t = doc.token_at(x.span.start);
  if (t == 0 || t >= doc.tokens().size()) return false;
  if (doc.lower(t - 1) == "on" && t >= 2) --t;
  return doc.lower(t - 1) == "later";
}

double confidence_of(const Trigger& t, const Modality& m) {
  double c = t.kind == TriggerKind::kNoun ? 0.7 : 0.75;
  if (t.rule == "noun.suffix") c -= 0.1;
  if (m.rule == "status.noun") c -= 0.05;
  if (!t.event_class.empty() && t.event_class != "statement") c += 0.1;
  return c;
}

bool definite(const Document& doc, const Event& e) {
  const size_t t = doc.token_at(e.trigger.start);
  if (t == 0) return false;
  const std::string_view l = doc.lower(t - 1);
  return l == "the" || l == "this" || l == "that" || l == "its" || l == "their" || l == "his" || l == "her" ||
         l == "'s" || l == "\xE2\x80\x99s";
}

bool participants_compatible(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  if (a.empty() || b.empty()) return true;
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& large = a.size() <= b.size() ? b : a;
  return std::includes(large.begin(), large.end(), small.begin(), small.end());
}

bool shares_participant(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  for (size_t x : a) {
    if (std::binary_search(b.begin(), b.end(), x)) return true;
  }
  return false;
}

bool times_compatible(const std::optional<EventTime>& a, const std::optional<EventTime>& b) {
  if (!a || !b || a->source == TimeSource::kPublication || b->source == TimeSource::kPublication) return true;
  return a->start <= b->end && b->start <= a->end;
}

// Links each mention to the first mention of the same event earlier in the article.
void link_coreference(const Document& doc, std::vector<Event>& events) {
  for (size_t k = 1; k < events.size(); ++k) {
    Event& e = events[k];
    if (e.event_class.empty() || e.event_class == "statement") continue;
    for (size_t j = k; j-- > 0;) {
      const Event& p = events[j];
      if (p.event_class != e.event_class || p.lemma.empty()) continue;
      if (!participants_compatible(p.participants, e.participants) || !times_compatible(p.when, e.when)) continue;
      if (!definite(doc, e) && !shares_participant(p.participants, e.participants)) continue;
      e.coref = p.coref ? *p.coref : j;
      break;
    }
  }
}

}  // namespace

TimePrecision precision_of_value(std::string_view v) {
  auto digits = [&](size_t from, size_t n) {
    if (v.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4)) return TimePrecision::kRange;
  if (v.size() == 4) return TimePrecision::kYear;
  if (v.size() >= 10 && v[4] == '-' && digits(5, 2) && v[7] == '-' && digits(8, 2)) return TimePrecision::kDay;
  if (v.size() == 8 && v.substr(4, 2) == "-W" && digits(6, 2)) return TimePrecision::kWeek;
  if (v.size() == 7 && v[4] == '-' && digits(5, 2)) return TimePrecision::kMonth;
  if (v.size() == 7 && v.substr(4, 2) == "-Q") return TimePrecision::kQuarter;
  return TimePrecision::kRange;
}

std::vector<Event> find_events(const Document& doc, const std::vector<TimeExpr>& times,
                               const std::vector<Entity>& entities, const Timestamp& published,
                               const EventOptions& opts) {
  std::vector<Event> out;
  const EntityIndex index(doc, entities);
  const std::optional<EventTime> pub = publication_time(published);
  size_t next_time = 0;
  for (size_t s = 0; s < doc.sentences().size(); ++s) {
    const Sentence& sent = doc.sentences()[s];
    std::vector<size_t> sentence_times;
    while (next_time < times.size() && times[next_time].span.start < sent.start) ++next_time;
    for (size_t x = next_time; x < times.size() && times[x].span.start < sent.end; ++x) {
      if (can_date(doc, times[x])) sentence_times.push_back(x);
    }
    const SentenceEvents se(doc, s, index);
    const auto& ts = se.triggers();
    for (size_t k = 0; k < ts.size(); ++k) {
      const Trigger& t = ts[k];
      if (!opts.all_mentions && !t.tracked) continue;
      const Span trigger(doc.tokens()[t.first].start, doc.tokens()[t.end - 1].end);
      // "March 17, 2025" on a line of its own: a word of a time expression names no event.
      if (inside_time(trigger, times, next_time)) continue;
      const Modality m = read_modality(doc, ts, k);
      Event e;
      e.trigger = trigger;
      e.span = sent.span();
      e.lemma = t.lemma;
      e.event_class = t.event_class;
      e.status = m.status;
      e.polarity = m.polarity;
      e.certainty = m.certainty;
      e.future = m.future;
      e.participants = se.participants(t);
      e.rule = t.rule + "+" + m.rule;
      if (const size_t x = se.governing_time(k, times, sentence_times); x != kNone) {
        e.when = time_from(times[x], x);
        if (after_publication(times[x], doc, published) &&
            (e.status == EventStatus::kOccurred || e.status == EventStatus::kOngoing)) {
          // "talks continue later on Tuesday", "the summit opens on Friday": a present tense
          // dated after publication is a plan.
          e.status = EventStatus::kExpected;
          e.future = true;
          e.rule += ".dated_after_publication";
        }
      } else if (m.status == EventStatus::kOccurred && pub) {
        e.when = pub;
      }
      e.confidence = confidence_of(t, m);
      out.push_back(std::move(e));
    }
  }
  link_coreference(doc, out);
  return out;
}

}  // namespace claimline
