// The feature vector of a (claim, article) pair that the learned stance model reads: how much
// of the claim the article covers (tf-idf cosine, weighted term coverage overall, in the lead
// and in the best sentences, bigrams, names, numbers), the stance cues of the article overall,
// near the claim's terms and in the sentences about the claim, the cues of the claim itself,
// and the verdicts of the passage rules (stance_passage.h) on each sentence.
//
// The order and meaning of features is part of the model file: a model records the names it
// was trained with, and loading checks them (stance_model.h).
#pragma once

#include <string_view>
#include <vector>

#include "extract/stance_claim.h"
#include "extract/stance_lexical.h"
#include "extract/stance_passage.h"
#include "extract/stance_text.h"

namespace claimline::stance {

// Names of the features, in vector order.
const std::vector<std::string_view>& stance_feature_names();

struct PairAnalysis {
  std::vector<float> features;           // stance_feature_names().size() values
  std::vector<PassageStance> sentences;  // one per body sentence (unrelated when not about the claim)
  std::vector<double> sentence_coverage; // IDF-weighted share of the claim's terms in each sentence
  std::vector<LexicalInput> lexical;     // inputs of the word model (stance_lexical.h)
};

// Computes the features of (claim, body) into `out`, reusing its storage. The last three
// features ("lex_*") are the probabilities of `lexical` (uniform when it is null or empty).
void analyse_pair(const StanceClaim& claim, const StanceText& body, const LexicalModel* lexical,
                  PairAnalysis* out);

// Index of the first "lex_*" feature; the three lexical probabilities follow in class order.
int lexical_feature_offset();

}  // namespace claimline::stance
