#include "extract/stance_passage.h"

#include <algorithm>

namespace claimline::stance {

namespace {

using lexicon::StanceCue;

// How far before a predicate a negation still governs it ("not the same as being surrounded").
constexpr uint32_t kNegationWindow = 5;
// Relevance above which a claim without a known predicate counts as asserted when nothing
// negates or refutes it.
constexpr double kAssertRelevance = 0.6;

bool occurs_in(std::span<const uint32_t> occ, uint32_t begin, uint32_t end) {
  const auto it = std::lower_bound(occ.begin(), occ.end(), begin);
  return it != occ.end() && *it < end;
}

bool negated_before(const StanceText& text, uint32_t begin, uint32_t word) {
  const auto& words = text.words();
  const uint32_t from = word > begin + kNegationWindow ? word - kNegationWindow : begin;
  for (uint32_t i = from; i < word; ++i) {
    if (words[i].cue == StanceCue::kNegation && words[i].sentence == words[word].sentence) return true;
  }
  return false;
}

// "Encirclement has a precise meaning, and nothing on the ground matches it": a later
// clause of the same sentence whose subject is a negative quantifier (nothing, nobody, no
// one, none) after "and", "but" or a comma takes back what the predicate at `word` named.
bool taken_back_after(const StanceText& text, uint32_t word, uint32_t end) {
  const auto& words = text.words();
  const auto& doc = text.doc();
  for (uint32_t i = word + 1; i < end && words[i].sentence == words[word].sentence; ++i) {
    if (words[i].cue != StanceCue::kNegation) continue;
    const size_t t = words[i].token;
    const std::string_view w = doc.lower(t);
    const bool quantifier = w == "nothing" || w == "nobody" || w == "none" || (w == "no" && t + 1 < doc.tokens().size() &&
                                                                                doc.lower(t + 1) == "one");
    if (!quantifier || t == 0) continue;
    const std::string_view before = doc.lower(t - 1);
    if (before == "and" || before == "but" || before == "," || before == ";") return true;
  }
  return false;
}

struct Signals {
  double relevance = 0;
  bool pred_same = false, pred_same_negated = false;
  bool pred_contrary = false, pred_contrary_negated = false;
  bool refute = false, doubt = false, question = false;
  bool terms_negated = false;  // a negation just before a matched claim term
  bool off_topic = false;      // the claim names someone or something the passage does not
};

// "trying to", "attempted to", "sought to" just before word `word`.
bool attempted_before(const StanceText& text, uint32_t begin, uint32_t word) {
  const auto& doc = text.doc();
  const size_t t = text.words()[word].token;
  if (t < 2 || word == begin || doc.lower(t - 1) != "to") return false;
  const std::string_view v = doc.lower(t - 2);
  for (std::string_view a : {"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting",
                             "seek", "seeks", "sought", "seeking", "struggling", "struggled"}) {
    if (v == a) return true;
  }
  return false;
}

bool claim_has_predicate(const StanceClaim& claim, int8_t group) {
  const auto& p = claim.predicates();
  return std::find(p.begin(), p.end(), group) != p.end();
}

void scan_words(const StanceClaim& claim, const StanceText& text, uint32_t begin, uint32_t end,
                Signals* s) {
  const auto& words = text.words();
  for (uint32_t i = begin; i < end; ++i) {
    const Word& w = words[i];
    if (w.cue == StanceCue::kRefute) s->refute = true;
    if (w.cue == StanceCue::kDoubt) s->doubt = true;
    if (w.predicate == kNoPredicate) continue;
    const bool negated = negated_before(text, begin, i) || taken_back_after(text, i, end);
    if (claim_has_predicate(claim, w.predicate)) {
      (negated ? s->pred_same_negated : s->pred_same) = true;
    }
    const int8_t contrary = contrary_group(w.predicate);
    if (contrary != kNoPredicate && claim_has_predicate(claim, contrary)) {
      // "soldiers trying to break out" are not out yet: an attempt at the contrary is no
      // denial of the claim, it presumes it.
      const bool attempt = attempted_before(text, begin, i);
      (negated || attempt ? s->pred_contrary_negated : s->pred_contrary) = true;
    }
  }
}

bool has_predicate_match(const Signals& s) {
  return s.pred_same || s.pred_same_negated || s.pred_contrary || s.pred_contrary_negated;
}

void measure_relevance(const StanceClaim& claim, const StanceText& text, uint32_t names_begin, uint32_t begin,
                       uint32_t end, Signals* s) {
  if (claim.total_idf() <= 0) return;
  double covered = 0;
  bool claim_names = false, name_hit = false;
  for (const ClaimTerm& t : claim.terms()) {
    const auto occ = text.occurrences(t.term);
    const bool name = t.capital && t.predicate == kNoPredicate;
    // A name may stand in the context before the passage: "there" and "them" refer back.
    bool present = occurs_in(occ, name ? names_begin : begin, end);
    claim_names = claim_names || name;
    name_hit = name_hit || (name && present);
    if (!present && t.predicate != kNoPredicate) present = has_predicate_match(*s);
    if (!present) continue;
    covered += t.idf;
    if (t.capital || t.number || t.predicate != kNoPredicate) continue;
    const auto it = std::lower_bound(occ.begin(), occ.end(), begin);
    if (it != occ.end() && *it < end && negated_before(text, begin, *it)) s->terms_negated = true;
  }
  s->relevance = std::min(1.0, covered / claim.total_idf());
  // "The troops could not hold back their tears" is not about troops encircled in Kursk.
  s->off_topic = claim_names && !name_hit;
}

PassageStance decide(const StanceClaim& claim, const Signals& s) {
  PassageStance out;
  out.relevance = s.relevance;
  if (s.relevance < kMinPassageRelevance || s.off_topic) {
    out.confidence = 1.0 - s.relevance;
    return out;
  }
  // A refutation cue settles it: "denied that its troops were encircled" denies whatever
  // predicate follows. Otherwise the claim's predicate, its synonyms and contraries decide.
  bool deny = s.refute || s.pred_same_negated || s.pred_contrary;
  bool support = !s.refute && (s.pred_same || s.pred_contrary_negated);
  if (claim.predicates().empty()) {
    deny = deny || s.terms_negated;
    support = !deny && s.relevance >= kAssertRelevance;
  }
  std::string_view deny_rule = s.refute               ? "refute-cue"
                                     : s.pred_same_negated ? "negated-predicate"
                                     : s.pred_contrary     ? "contrary-predicate"
                                                           : "negated-terms";
  std::string_view support_rule = "asserts";
  // A negated claim ("... are not encircled") or a refutation ("... is a hoax") is supported by
  // a denial of its content and denied by an assertion of it.
  if (claim.negated() != claim.refutes()) {
    std::swap(deny, support);
    support_rule = deny_rule;
    deny_rule = "asserts-negated-claim";
  }
  const double strength = 0.45 + 0.5 * s.relevance;
  if (deny && !support) {
    out = {Stance::kDenies, s.relevance, strength, deny_rule};
  } else if (support && !deny) {
    if (s.doubt || s.question) {
      out = {Stance::kDiscusses, s.relevance, 0.6, "doubted"};
    } else {
      out = {Stance::kSupports, s.relevance, strength, support_rule};
    }
  } else {
    out = {Stance::kDiscusses, s.relevance, 0.5, deny ? "mixed" : "related"};
  }
  return out;
}

}  // namespace

PassageStance score_passage(const StanceClaim& claim, const StanceText& text, uint32_t begin,
                            uint32_t end) {
  return score_passage_in_context(claim, text, begin, begin, end);
}

PassageStance score_passage_in_context(const StanceClaim& claim, const StanceText& text, uint32_t context_begin,
                                       uint32_t begin, uint32_t end) {
  Signals s;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(text.words().size()));
  if (begin >= end) return PassageStance{};
  context_begin = std::min(context_begin, begin);
  scan_words(claim, text, begin, end, &s);
  measure_relevance(claim, text, context_begin, begin, end, &s);
  const auto& doc = text.doc();
  const auto& words = text.words();
  const uint32_t first_token = words[begin].token, last_token = words[end - 1].token;
  for (uint32_t t = first_token; t <= last_token + 1 && t < doc.tokens().size(); ++t) {
    if (doc.text(t) == "?") s.question = true;
  }
  return decide(claim, s);
}

PassageStance score_sentence(const StanceClaim& claim, const StanceText& text, size_t sentence) {
  const auto [begin, end] = text.sentence_words(sentence);
  return score_passage(claim, text, begin, end);
}

}  // namespace claimline::stance
