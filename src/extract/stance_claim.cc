#include "extract/stance_claim.h"

#include <algorithm>

namespace claimline::stance {

namespace {

using lexicon::StanceCue;

uint32_t cue_bit(StanceCue cue) { return 1u << static_cast<unsigned>(cue); }

// A capitalised content word opening a claim ("Ukrainian troops are ...") is taken for a
// name: a claim is short, and its first word is usually its subject.
bool is_initial_name(const Document& doc, const Word& w) {
  return doc.tokens()[w.token].upper_initial && !w.stop && !w.number &&
         w.cue == StanceCue::kNone && w.predicate == kNoPredicate;
}

}  // namespace

StanceClaim::StanceClaim(std::string_view text, const TermWeights& weights)
    : doc_(std::make_unique<Document>(text)), text_(std::make_unique<StanceText>(*doc_, weights)) {
  const auto& words = text_->words();
  for (const auto& [term, count] : text_->term_counts()) {
    ClaimTerm t;
    t.term = term;
    t.idf = weights.idf(term);
    t.count = count;
    for (const uint32_t w : text_->occurrences(term)) {
      t.capital = t.capital || words[w].capital || is_initial_name(*doc_, words[w]);
      t.number = t.number || words[w].number;
      if (words[w].predicate != kNoPredicate) t.predicate = words[w].predicate;
    }
    total_idf_ += t.idf;
    terms_.push_back(t);
  }
  const Word* prev = nullptr;
  for (const Word& w : words) {
    if (w.cue != StanceCue::kNone) cue_mask_ |= cue_bit(w.cue);
    if (w.predicate != kNoPredicate &&
        std::find(predicates_.begin(), predicates_.end(), w.predicate) == predicates_.end()) {
      predicates_.push_back(w.predicate);
    }
    if (w.stop) continue;
    if (prev && prev->sentence == w.sentence) bigrams_.emplace_back(prev->term, w.term);
    prev = &w;
  }
  negated_ = has_cue(StanceCue::kNegation);
  refutes_ = has_cue(StanceCue::kRefute);
  hedged_ = has_cue(StanceCue::kHedge) || has_cue(StanceCue::kDoubt);
  for (const auto& t : doc_->tokens()) {
    if (doc_->text(t) == "?") question_ = true;
  }
}

bool StanceClaim::has_cue(StanceCue cue) const { return (cue_mask_ & cue_bit(cue)) != 0; }

}  // namespace claimline::stance
