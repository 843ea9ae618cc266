#include "extract/event_modality.h"

#include <optional>

#include "extract/lexicon/event_words.h"
#include "extract/lexicon/word_set.h"

namespace claimline {
namespace {

using lexicon::WordSet;
namespace tw = trigger_words;

template <const auto& Table>
const WordSet& set_of() {
  static const WordSet set(std::begin(Table), std::end(Table));
  return set;
}

// Governors whose infinitive reports rather than predicts: "is said to be", "used to".
constexpr std::string_view kEvidentialGovernors[] = {
    "used", "seem", "seems", "seemed", "appear", "appears", "appeared", "said", "reported", "believed",
    "thought", "known", "claimed", "alleged", "rumored", "rumoured", "supposed", "happened", "tends",
    "tend", "tended", "proved", "proven", "turned", "claims", "claim",
    // aspect, not modality: "has begun to sell" sells now
    "begin", "begins", "began", "begun", "start", "starts", "started",
};
// Governors that make an infinitive or object merely possible.
constexpr std::string_view kPossibleGovernors[] = {"hope", "hopes", "hoped", "hoping", "hopeful", "want", "wants",
                                                   "wanted", "seek", "seeks", "sought", "try", "tries", "tried",
                                                   "trying", "potential", "possible", "chance", "chances",
                                                   "prospect", "prospects", "attempt", "attempted", "attempts"};
constexpr std::string_view kProbableGovernors[] = {"expected", "expect", "expects", "likely", "due", "set",
                                                   "scheduled", "slated", "poised", "plan", "plans", "planned",
                                                   "intend", "intends", "intended", "upcoming", "forthcoming"};
constexpr std::string_view kAcceptCues[] = {"accept", "accepts", "accepted", "accepting", "acceptance",
                                            "endorse", "endorsed", "backed", "commitment", "committed",
                                            "agree", "agrees", "agreed", "agreeing"};
constexpr std::string_view kCancelLemmas[] = {"call off", "cancel", "postpone", "scrap", "abandon", "shelve",
                                              "suspend", "delay", "halt", "stop", "end", "break off", "put off",
                                              "rule out", "drop", "freeze"};
constexpr std::string_view kDenyLemmas[] = {"deny", "dismiss", "refute", "rebut", "reject", "contradict",
                                            "dispute", "rule out", "turn down"};
constexpr std::string_view kProposeLemmas[] = {"propose", "suggest", "offer", "urge", "call for", "push",
                                               "demand", "advocate", "recommend", "proposal", "plan", "offer",
                                               "accept", "acceptance", "endorse", "initiative", "pitch"};
constexpr std::string_view kOngoingLemmas[] = {"continue", "keep", "remain", "persist"};
constexpr std::string_view kOccurredAfter[] = {"took", "happened", "occurred", "ended", "came", "began",
                                               "started", "finished", "concluded", "went", "lasted"};

Modality make(EventStatus s, bool future, std::string rule, Certainty c = Certainty::kCertain) {
  Modality m;
  m.status = s;
  m.future = future;
  m.certainty = c;
  m.rule = std::move(rule);
  return m;
}

bool is_boundary(const Document& doc, size_t i) {
  const Token& t = doc.tokens()[i];
  if (t.kind != TokenKind::kPunct) return false;
  const std::string_view p = doc.text(t);
  return !(p == "-" || p == "\xE2\x80\x91" || p == "'" || p == "%" || p == "$" || p == "&" || p == "/");
}

class Reader {
 public:
  Reader(const Document& doc, const std::vector<Trigger>& triggers)
      : doc_(doc), ts_(triggers),
        first_(triggers.empty() ? 0 : doc.sentences()[doc.sentence_at(doc.tokens()[triggers[0].first].start)].first_token),
        end_(triggers.empty() ? 0 : doc.sentences()[doc.sentence_at(doc.tokens()[triggers[0].first].start)].end_token) {}

  Modality read(size_t k, int depth = 0) {
    const Trigger& t = ts_[k];
    if (t.kind == TriggerKind::kNoun) return noun(k, depth);
    return verb(k, depth);
  }

 private:
  std::string_view lw(size_t i) const { return doc_.lower(i); }

  // The trigger covering token i, or nullopt.
  std::optional<size_t> trigger_at(size_t i) const {
    for (size_t k = 0; k < ts_.size(); ++k) {
      if (i >= ts_[k].first && i < ts_[k].end) return k;
    }
    return std::nullopt;
  }

  struct Group {
    bool negated = false;
    std::string modal;        // "will", "would", "could", ... normalised
    bool be = false, be_past = false, have = false, did = false;
    bool infinitive = false;  // "to" before the verb
    size_t start = 0;         // first token of the group
  };

  static std::string_view modal_of_contraction(std::string_view w) {
    const std::string_view stem = w.substr(0, w.size() - 3);
    if (stem == "wo") return "will";
    if (stem == "ca") return "can";
    return stem;
  }

  Group group(size_t head) const {
    Group g;
    size_t j = head;
    while (j > first_) {
      const std::string_view w = lw(j - 1);
      if (w.size() > 3 && w.substr(w.size() - 3) == "n't") {
        g.negated = true;
        const std::string_view stem = modal_of_contraction(w);
        if (tw::is_modal(stem) || stem == "will" || stem == "can") g.modal = std::string(stem);
        else if (tw::is_have(stem)) g.have = true;
        else if (stem == "did") g.did = true;
        else if (tw::is_be(stem)) g.be = true, g.be_past = stem == "was" || stem == "were";
      } else if (w == "cannot") {
        g.negated = true;
        g.modal = "can";
      } else if (tw::is_negator(w) && w != "no" && w != "without") {
        g.negated = true;
      } else if (tw::is_modal(w)) {
        g.modal = (w == "'ll" || w == "wo") ? std::string("will") : w == "ca" ? std::string("can") : std::string(w);
      } else if (tw::is_be(w)) {
        g.be = true;
        g.be_past = g.be_past || w == "was" || w == "were";
      } else if (tw::is_have(w)) {
        g.have = true;
      } else if (tw::is_do(w)) {
        g.did = g.did || w == "did";
      } else if (w == "to") {
        // "in response to mounting concerns": "to" before a gerund is a preposition.
        if (j == head && ts_.size() && head_is_gerund(head)) break;
        g.infinitive = true;
        --j;
        break;
      } else if (!tw::is_group_adverb(w)) {
        break;
      }
      --j;
    }
    g.start = j;
    return g;
  }

  bool head_is_gerund(size_t head) const {
    const auto k = trigger_at(head);
    return k && ts_[*k].kind == TriggerKind::kVerb && ts_[*k].form == VerbForm::kGerund;
  }

  // The word governing an infinitive that starts at `to` (skipping "not" and adverbs).
  std::optional<size_t> governor_before(size_t to) const {
    size_t j = to;
    while (j > first_ && (tw::is_group_adverb(lw(j - 1)) || lw(j - 1) == "not")) --j;
    if (j == first_ || is_boundary(doc_, j - 1)) return std::nullopt;
    return j - 1;
  }

  Modality infinitive(size_t to, int depth) {
    const auto gi = governor_before(to);
    if (!gi) return make(EventStatus::kExpected, true, "status.infinitive");
    const std::string_view g = lw(*gi);
    if (g == "going") return make(EventStatus::kExpected, true, "status.going_to");
    if (g == "remain" || g == "remains" || g == "remained")  // "remained to be settled"
      return make(EventStatus::kExpected, true, "status.infinitive.remains");
    if (set_of<lexicon::kOngoingCues>().contains(g)) {
      // "will continue to use": ongoing from a governor that is itself still to come.
      if (auto k = trigger_at(*gi); k && depth < 3) {
        if (Modality m = read(*k, depth + 1); m.future) return make(EventStatus::kExpected, true, "status.infinitive.ongoing_future");
      }
      return make(EventStatus::kOngoing, false, "status.infinitive.ongoing");
    }
    if (set_of<lexicon::kDenyCues>().contains(g)) {
      Modality m = make(EventStatus::kDenied, false, "status.infinitive.refused");
      m.polarity = Polarity::kNeg;
      return m;
    }
    if (set_of<kEvidentialGovernors>().contains(g)) {
      // "is said to be": the status of the governor itself.
      if (auto k = trigger_at(*gi); k && depth < 3) return read(*k, depth + 1);
      return make(EventStatus::kOccurred, false, "status.infinitive.evidential");
    }
    if (set_of<lexicon::kProposeCues>().contains(g)) return make(EventStatus::kProposed, true, "status.infinitive.proposed");
    if (set_of<kProbableGovernors>().contains(g))
      return make(EventStatus::kExpected, true, "status.infinitive.expected", Certainty::kProbable);
    if (set_of<kPossibleGovernors>().contains(g))
      return make(EventStatus::kExpected, true, "status.infinitive.hoped", Certainty::kPossible);
    return make(EventStatus::kExpected, true, "status.infinitive");
  }

  Modality modal(const Group& g) const {
    const std::string& m = g.modal;
    if (m == "will" || m == "shall") return make(EventStatus::kExpected, true, "status.modal.will");
    if (m == "would" || m == "should" || m == "must" || m == "ought")
      return make(EventStatus::kExpected, true, "status.modal." + m, Certainty::kProbable);
    if (m == "can") return make(EventStatus::kOccurred, false, "status.modal.can", Certainty::kPossible);
    if (g.have) return make(EventStatus::kOccurred, false, "status.modal.could_have", Certainty::kPossible);
    return make(EventStatus::kExpected, true, "status.modal." + m, Certainty::kPossible);
  }

  Modality tense(const Trigger& t, const Group& g) const {
    if (!g.modal.empty()) return modal(g);
    if (g.be && t.form == VerbForm::kGerund && !g.have)
      return g.be_past ? make(EventStatus::kOccurred, false, "status.past_progressive")
                       : make(EventStatus::kOngoing, false, "status.progressive");
    if (g.have || g.did || t.form == VerbForm::kPast || t.form == VerbForm::kIrregular)
      return make(EventStatus::kOccurred, false, "status.past");
    return make(EventStatus::kOccurred, false, "status.present");
  }

  // "will create applications and then distribute them": a bare verb after "and"/"or"
  // shares the verb group of the verb it is coordinated with.
  std::optional<Modality> coordinated(size_t k, const Group& g, int depth) {
    const Trigger& t = ts_[k];
    if (t.form != VerbForm::kBase || g.infinitive || !g.modal.empty() || g.be || g.have || g.did || g.negated)
      return std::nullopt;
    size_t j = g.start;
    if (j > first_ && lw(j - 1) == "then") --j;
    if (j == first_ || (lw(j - 1) != "and" && lw(j - 1) != "or") || depth >= 3) return std::nullopt;
    for (size_t o = k; o-- > 0;) {
      if (ts_[o].kind != TriggerKind::kVerb) continue;
      Modality m = read(o, depth + 1);
      m.rule += ".coordinated";
      return m;
    }
    return std::nullopt;
  }

  Modality verb(size_t k, int depth) {
    const Trigger& t = ts_[k];
    const Group g = group(t.head);
    if (auto m = coordinated(k, g, depth)) return *m;
    Modality m = g.infinitive ? infinitive(g.start, depth) : tense(t, g);
    if (const auto cue = clause_cue(g.start, /*verb=*/true)) m = *cue;
    if (g.negated) negate(&m);
    return m;
  }

  static void negate(Modality* m) {
    m->polarity = Polarity::kNeg;
    if (m->status != EventStatus::kCancelled) m->status = EventStatus::kDenied;
    m->rule += ".negated";
  }

  // A cue to the left that governs the trigger: for a verb only across "that" or a report
  // noun (a complement clause), for a noun across determiners, modifiers and "of"/"for".
  std::optional<Modality> clause_cue(size_t from, bool verb) {
    bool crossed_complement = false;
    for (size_t j = from; j > first_ && from - j < 10;) {
      --j;
      if (is_boundary(doc_, j)) return std::nullopt;
      const std::string_view w = lw(j);
      if (w == "that" || set_of<lexicon::kReportNouns>().contains(w)) {
        crossed_complement = true;
        continue;
      }
      if (tw::is_clause_breaker(w)) return std::nullopt;
      if (const auto k = trigger_at(j)) {
        const Trigger& c = ts_[*k];
        if (auto m = lemma_cue(c.lemma, w)) {
          // Across "that" only denial reaches a verb: "denied that troops were encircled";
          // "a proposal that Kyiv accepted" is a relative clause.
          if (!verb || (crossed_complement && m->status == EventStatus::kDenied)) return m;
          return std::nullopt;
        }
        if (set_of<lexicon::kReportNouns>().contains(c.lemma) || c.lemma == "report" || c.lemma == "claim") {
          crossed_complement = true;
          j = c.first;
          continue;
        }
        return std::nullopt;
      }
      if (auto m = word_cue(w)) {
        if (!verb && from - j <= 3 && !preposition_between(j + 1, from, w)) return m;
        if (verb && crossed_complement) return m;
      }
    }
    return std::nullopt;
  }

  // Whether a preposition stands between a word cue and its noun ("next steps following
  // discussions"): then the cue modifies another noun. "commitment to a ceasefire" and
  // "prospect of talks" take theirs across one.
  bool preposition_between(size_t from, size_t to, std::string_view cue) const {
    for (size_t j = from; j < to; ++j) {
      const std::string_view w = lw(j);
      const bool prep = w == "of" || w == "for" || w == "to" || w == "on" || w == "in" || w == "about" ||
                        w == "with" || w == "at" || w == "by" || w == "following" || w == "over";
      if (!prep) continue;
      if ((cue == "commitment" || cue == "prospect" || cue == "prospects") && (w == "to" || w == "of" || w == "for"))
        continue;
      return true;
    }
    return false;
  }

  static std::optional<Modality> lemma_cue(std::string_view lemma, std::string_view word) {
    if (set_of<kDenyLemmas>().contains(lemma)) return make(EventStatus::kDenied, false, "status.cue.deny");
    if (set_of<kCancelLemmas>().contains(lemma)) return make(EventStatus::kCancelled, false, "status.cue.cancel");
    if (set_of<kProposeLemmas>().contains(lemma) || set_of<kAcceptCues>().contains(word))
      return make(EventStatus::kProposed, true, "status.cue.propose");
    if (set_of<kOngoingLemmas>().contains(lemma)) return make(EventStatus::kOngoing, false, "status.cue.ongoing");
    return std::nullopt;
  }

  static std::optional<Modality> word_cue(std::string_view w) {
    if (w == "ongoing" || w == "continuing" || w == "continued" || w == "protracted")
      return make(EventStatus::kOngoing, false, "status.cue.ongoing");
    if (w == "potential" || w == "possible" || w == "proposed" || w == "draft" || w == "suggested")
      return make(EventStatus::kProposed, true, "status.cue.propose",
                  w == "proposed" ? Certainty::kCertain : Certainty::kPossible);
    if (w == "upcoming" || w == "forthcoming" || w == "planned" || w == "expected" || w == "scheduled" ||
        w == "future" || w == "next" || w == "commitment" || w == "prospective")
      return make(EventStatus::kExpected, true, "status.cue.expected", Certainty::kProbable);
    if (w == "cancelled" || w == "canceled" || w == "postponed" || w == "aborted" || w == "scrapped")
      return make(EventStatus::kCancelled, false, "status.cue.cancel");
    if (set_of<kAcceptCues>().contains(w)) return make(EventStatus::kProposed, true, "status.cue.accepted");
    return std::nullopt;
  }

  // Cues right after a noun: "the deal proposed by", "the visit was cancelled", "a
  // ceasefire will be established", "the call, expected ...", "the call took place".
  std::optional<Modality> right_cue(const Trigger& t) {
    size_t j = t.end;
    if (j < end_ && lw(j) == ",") ++j;
    if (j < end_ && (lw(j) == "which" || lw(j) == "that")) ++j;
    bool negated = false, be = false;
    for (; j < end_ && j < t.end + 8; ++j) {
      const std::string_view w = lw(j);
      if (is_boundary(doc_, j)) return std::nullopt;
      if (tw::is_negator(w)) {
        negated = true;
        if (w.size() > 3 && w.substr(w.size() - 3) == "n't") {
          const std::string_view stem = modal_of_contraction(w);
          if (stem == "will" || stem == "would" || stem == "could") return negated_modal(stem);
        }
        continue;
      }
      if (tw::is_group_adverb(w)) continue;
      if (tw::is_modal(w)) {
        Group g;
        g.modal = w == "'ll" || w == "wo" ? "will" : std::string(w);
        Modality m = modal(g);
        m.rule += ".subject";
        if (negated || (j + 1 < end_ && tw::is_negator(lw(j + 1)))) negate(&m);
        return m;
      }
      if (tw::is_be(w) || tw::is_have(w) || tw::is_do(w)) {
        be = true;
        continue;
      }
      // "the summit was called off", "talks were broken off": a phrasal cancel verb.
      if (const auto k = trigger_at(j); k && set_of<kCancelLemmas>().contains(ts_[*k].lemma)) {
        Modality m = make(EventStatus::kCancelled, false, "status.cue.cancelled_after");
        return m;
      }
      if (w == "proposed" || w == "offered" || w == "suggested" || w == "floated" || w == "put")
        return be ? std::nullopt : std::optional<Modality>(make(EventStatus::kProposed, true, "status.cue.proposed_by"));
      if (w == "expected" || w == "set" || w == "scheduled" || w == "due" || w == "slated" || w == "planned")
        return make(EventStatus::kExpected, true, "status.cue.expected_after", Certainty::kProbable);
      if (set_of<lexicon::kCancelCues>().contains(w) && w != "end" && w != "ends" && w != "ended" && w != "stopped")
        return make(EventStatus::kCancelled, false, "status.cue.cancelled_after");
      if (w == "continue" || w == "continues" || w == "continued" || w == "remains" || w == "remain")
        return make(EventStatus::kOngoing, false, "status.cue.continues");
      if (set_of<kOccurredAfter>().contains(w)) {
        Modality m = make(EventStatus::kOccurred, false, "status.cue.took_place");
        if (negated) negate(&m);
        return m;
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  static Modality negated_modal(std::string_view stem) {
    Group g;
    g.modal = std::string(stem);
    Modality m = Reader::modal_static(g);
    negate(&m);
    return m;
  }
  static Modality modal_static(const Group& g) {
    if (g.modal == "will") return make(EventStatus::kExpected, true, "status.modal.will");
    if (g.modal == "would") return make(EventStatus::kExpected, true, "status.modal.would", Certainty::kProbable);
    return make(EventStatus::kExpected, true, "status.modal." + g.modal, Certainty::kPossible);
  }

  Modality noun(size_t k, int depth) {
    const Trigger& t = ts_[k];
    // A negated determiner: "no encirclement", "without a ceasefire".
    const bool no = t.first > first_ && (lw(t.first - 1) == "no" || lw(t.first - 1) == "without");
    if (auto cue = clause_cue(t.first, /*verb=*/false)) {
      if (no) negate(&*cue);
      return *cue;
    }
    if (auto cue = right_cue(t)) return *cue;
    // The verb that governs the noun: the nearest verb trigger before it in the clause.
    for (size_t j = t.first; j > first_ && t.first - j < 8;) {
      --j;
      if (is_boundary(doc_, j) || tw::is_clause_breaker(lw(j))) break;
      const auto g = trigger_at(j);
      if (!g) continue;
      if (ts_[*g].kind == TriggerKind::kNoun) break;
      if (depth >= 3) break;
      Modality m = read(*g, depth + 1);
      m.rule = "status.object." + m.rule.substr(m.rule.find('.') + 1);
      if (no) negate(&m);
      return m;
    }
    Modality m = make(EventStatus::kOccurred, false, "status.noun");
    if (no) negate(&m);
    return m;
  }

  const Document& doc_;
  const std::vector<Trigger>& ts_;
  size_t first_, end_;
};

}  // namespace

Modality read_modality(const Document& doc, const std::vector<Trigger>& triggers, size_t k) {
  return Reader(doc, triggers).read(k);
}

}  // namespace claimline
