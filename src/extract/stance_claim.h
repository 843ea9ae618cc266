// A claim analysed for the stance classifier: its distinct content terms with their weights,
// its predicate groups (lexicon/stance_words.h) and its own polarity. Build it once and score
// it against any number of articles.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/stance_text.h"

namespace claimline::stance {

struct ClaimTerm {
  uint32_t term = 0;
  float idf = 0;
  uint32_t count = 0;
  bool capital = false;      // a name: upper-case initial (a claim's first word included
                             // unless it is a function word, a cue or a predicate)
  bool number = false;
  int8_t predicate = kNoPredicate;  // predicate group of the word, if it starts one
};

class StanceClaim {
 public:
  StanceClaim(std::string_view text, const TermWeights& weights);

  const Document& doc() const { return *doc_; }
  const StanceText& text() const { return *text_; }
  const std::vector<ClaimTerm>& terms() const { return terms_; }
  double total_idf() const { return total_idf_; }
  double tfidf_norm() const { return text_->tfidf_norm(); }
  // Pairs of consecutive content terms ("troops encircled" from "troops are encircled").
  const std::vector<std::pair<uint32_t, uint32_t>>& bigrams() const { return bigrams_; }
  // Predicate groups of the claim, each once.
  const std::vector<int8_t>& predicates() const { return predicates_; }

  bool negated() const { return negated_; }   // has a negation cue ("not", "never")
  bool refutes() const { return refutes_; }   // has a refutation cue ("hoax", "fake")
  bool hedged() const { return hedged_; }     // hedge or doubt cue
  bool question() const { return question_; }
  bool has_cue(lexicon::StanceCue cue) const;

 private:
  std::unique_ptr<Document> doc_;
  std::unique_ptr<StanceText> text_;
  std::vector<ClaimTerm> terms_;
  std::vector<std::pair<uint32_t, uint32_t>> bigrams_;
  std::vector<int8_t> predicates_;
  double total_idf_ = 0;
  uint32_t cue_mask_ = 0;
  bool negated_ = false, refutes_ = false, hedged_ = false, question_ = false;
};

}  // namespace claimline::stance
