// The learned part of the stance classifier: term weights (IDF), a word model
// (stance_lexical.h) and a multi-class gradient-boosted tree ensemble over the features of
// stance_features.h, trained by
// tools/train_stance.cc on FNC-1 training data (models/README.md says which part and how).
//
// File format (little-endian), version 1:
//   "CLSTNC01"
//   u32 feature count, then per feature: u16 length, name bytes
//   u32 term count n, u32 term hashes[n] (ascending), u8 idf[n] (idf = value / 16), f32 unknown idf
//   f32 base score[4], f32 decision bias[4]
//   u32 tree count; per tree: u32 node count, then per node: i16 feature (-1: leaf),
//     u16 left child (the right child is left + 1), f32 threshold (go left when x < threshold)
//     or leaf value
//   u32 word-model key count m, u32 keys[m] (ascending), f32 scale, i8 weights[m][3]
//     (weight = value * scale), f32 word-model bias[3] (stance_lexical.h)
// Trees are stored round by round, one per class in stance order, so tree i adds to class i % 4.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/stance_lexical.h"
#include "extract/stance_text.h"
#include "model/stance.h"

namespace claimline::stance {

struct TreeNode {
  int16_t feature = -1;  // -1: leaf
  uint16_t left = 0;     // index of the left child; the right child follows it
  float value = 0;       // threshold of a split, or the leaf's score
};

struct Tree {
  std::vector<TreeNode> nodes;  // nodes[0] is the root
  float predict(std::span<const float> x) const;
};

using StanceScores = std::array<double, kStanceCount>;

class StanceModel {
 public:
  // Parses a model file's bytes. Throws Error::bad_input naming `source` when the bytes are
  // not a model of this version, or when its features differ from stance_feature_names().
  static StanceModel parse(std::string_view bytes, std::string_view source);
  // Reads and parses a model file.
  static StanceModel load(const std::string& path);
  std::string serialize() const;

  // Class probabilities (softmax of the ensemble's scores), in stance order.
  StanceScores probabilities(std::span<const float> features) const;
  // The decision: the class with the largest log-probability plus its decision bias.
  Stance decide(const StanceScores& probabilities) const;

  TermWeights weights;
  std::vector<std::string> feature_names;
  std::array<float, kStanceCount> base{};
  std::array<float, kStanceCount> bias{};
  std::vector<Tree> trees;
  LexicalModel lexical;
};

// The model built into the binary (models/stance-v1.bin), parsed on first use.
// Throws Error::bad_input when the binary was built without one.
const StanceModel& default_stance_model();

}  // namespace claimline::stance
