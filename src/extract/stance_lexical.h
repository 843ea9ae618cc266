// Word evidence for the three related classes (supports, denies, discusses): a multinomial
// logistic regression over the words of the claim, of the article's sentences about the claim
// and of the whole article. Its vocabulary is limited, at training time, to words that occur
// across many different stories, so it learns how support and denial are worded ("hoax",
// "turned out", "no evidence", "confirmed") rather than which stories were true. Its three
// probabilities are features of the tree model (stance_features.h, "lex_*").
#pragma once

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/stance_claim.h"
#include "extract/stance_text.h"

namespace claimline::stance {

inline constexpr int kLexicalClasses = 3;  // supports, denies, discusses
using LexicalScores = std::array<double, kLexicalClasses>;

// One active input of the linear model: a (field, term) key and its value.
using LexicalInput = std::pair<uint32_t, float>;

// Where a word was seen. Part of the key, so "hoax" in the claim and in the article differ.
enum class LexicalField : uint32_t { kClaim = 1, kRelevant = 2, kBody = 3, kCueCross = 4 };

uint32_t lexical_key(LexicalField field, uint32_t term);

// The inputs of a pair, sorted by key, each field scaled to unit length. `sentence_coverage`
// holds the weighted claim coverage of each body sentence (sentences at or above
// kLexicalRelevantCoverage count as about the claim).
inline constexpr double kLexicalRelevantCoverage = 0.3;
void lexical_inputs(const StanceClaim& claim, const StanceText& body,
                    const std::vector<double>& sentence_coverage, std::vector<LexicalInput>* out);

class LexicalModel {
 public:
  bool empty() const { return keys.empty(); }
  // Softmax probabilities of supports, denies, discusses; uniform when the model is empty.
  LexicalScores probabilities(const std::vector<LexicalInput>& inputs) const;

  std::vector<uint32_t> keys;                                  // ascending
  std::vector<std::array<float, kLexicalClasses>> weights;     // one row per key
  std::array<float, kLexicalClasses> bias{};
};

}  // namespace claimline::stance
