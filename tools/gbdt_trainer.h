// A small multi-class gradient-boosted tree trainer (softmax loss, histogram splits,
// depth-limited trees, row and column subsampling), writing the trees that
// extract/stance_model.h evaluates. Deterministic for a given seed. Single-threaded.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "extract/stance_model.h"

namespace claimline::tools {

struct GbdtParams {
  int rounds = 300;
  int max_depth = 5;
  double learning_rate = 0.08;
  double lambda = 1.0;            // L2 penalty on leaf values
  double min_child_hessian = 2.0;
  double min_gain = 0.0;
  double subsample = 0.8;         // share of rows per round
  double colsample = 0.8;         // share of features per tree
  int max_bins = 64;
  uint64_t seed = 7;
  std::array<double, kStanceCount> class_weight = {1, 1, 1, 1};
};

// A dense training set: rows of features with a class label.
struct Dataset {
  std::vector<std::vector<float>> rows;
  std::vector<int> labels;  // stance_index of the gold class
};

struct GbdtModel {
  std::array<float, kStanceCount> base{};
  std::vector<stance::Tree> trees;  // round-major, tree i scores class i % kStanceCount
};

GbdtModel train_gbdt(const Dataset& data, const GbdtParams& params);

}  // namespace claimline::tools
