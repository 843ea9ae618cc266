// Multinomial logistic regression over sparse inputs (AdaGrad, L2), writing the word model
// of extract/stance_lexical.h. Deterministic for a given seed. Single-threaded.
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "extract/stance_lexical.h"

namespace claimline::tools {

struct LogisticParams {
  int epochs = 6;
  double learning_rate = 0.3;
  double l2 = 1e-4;          // per update, on the weights an example touches
  bool balanced = true;      // weight each class by N / (classes * its count)
  uint64_t seed = 11;
};

struct SparseDataset {
  std::vector<const std::vector<stance::LexicalInput>*> rows;
  std::vector<int> labels;  // 0 supports, 1 denies, 2 discusses
};

// Trains on `data`. Only keys in `allowed` get weights; others are ignored.
stance::LexicalModel train_logistic(const SparseDataset& data, const std::unordered_set<uint32_t>& allowed,
                                    const LogisticParams& params);

}  // namespace claimline::tools
