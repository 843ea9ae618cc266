// The FNC-1 stance corpus format and its score.
//
// Files: bodies CSV with columns `Body ID`, `articleBody`; stances CSV with `Headline`,
// `Body ID` and, when labelled, `Stance` (agree, disagree, discuss, unrelated). Predictions
// are written as CSV `Headline,Body ID,Stance` in the order of the stances file.
//
// Score (FNC-1 official definition): +0.25 for each pair whose related/unrelated decision is
// right, +0.75 more for each related gold pair whose label is predicted exactly; reported as
// a percentage of the maximum (0.25 per pair + 0.75 per related gold pair). Per-class
// precision/recall/F1 (a class never predicted has precision 0), macro-F1 = mean of the four.
#pragma once

#include <array>
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/stance.h"

namespace claimline::eval {

struct FncPair {
  std::string headline;
  std::string body_id;          // normalised: "012" and "12" are both "12"
  std::optional<Stance> gold;   // absent when the stances file has no Stance column
  size_t line = 0;              // line of the row in the stances file
};

struct FncCorpus {
  std::unordered_map<std::string, std::string> bodies;  // body id -> article body
  std::vector<FncPair> pairs;                           // in file order
};

// Body IDs as the reference scorer compares them: trimmed, leading zeros of a numeric id dropped.
std::string normalize_body_id(std::string_view id);

// Reads both files. Throws Error::bad_input (naming file and line) on a missing column, an
// unknown Stance label, a pair naming a body that the bodies file lacks, or a duplicate body.
FncCorpus read_fnc(const std::string& bodies_path, const std::string& stances_path);
// The same from text already in memory; `*_source` names the text in error messages.
FncCorpus parse_fnc(std::string_view bodies_csv, std::string_view bodies_source,
                    std::string_view stances_csv, std::string_view stances_source);

// The deterministic held-out split of FNC-1 training data used to report the stance bars:
// a body is held out when splitmix64(fnv1a64(normalised body id)) % 5 == 0 (about 20% of the
// bodies). No body is on both sides, so the classifier is scored on text it never learned from.
bool is_heldout_body(std::string_view body_id);

enum class FncSplit { kAll, kTrain, kHeldout };
std::optional<FncSplit> parse_fnc_split(std::string_view name);  // "all", "train", "heldout"
// Keeps the pairs (and bodies) on the chosen side of the split.
FncCorpus select_split(const FncCorpus& corpus, FncSplit split);

// Writes `Headline,Body ID,Stance` with one row per pair, labels in FNC-1 spelling.
// REQUIRES: predicted.size() == pairs.size().
void write_fnc_predictions(std::ostream& out, const std::vector<FncPair>& pairs,
                           const std::vector<Stance>& predicted);

struct ClassScore {
  double precision = 0, recall = 0, f1 = 0;
  size_t gold = 0, predicted = 0, correct = 0;
};

struct FncScore {
  size_t pairs = 0;
  double score = 0, max_score = 0;
  // confusion[gold][predicted], both indexed by stance_index (agree, disagree, discuss, unrelated).
  std::array<std::array<size_t, kStanceCount>, kStanceCount> confusion{};
  std::array<ClassScore, kStanceCount> per_class{};
  double macro_f1 = 0;
  double accuracy = 0;
  double related_accuracy = 0;  // related/unrelated decision right

  double percent_of_max() const { return max_score > 0 ? 100.0 * score / max_score : 0.0; }
};

// Scores predictions against gold labels, pair by pair. REQUIRES: equal sizes.
FncScore score_fnc(const std::vector<Stance>& gold, const std::vector<Stance>& predicted);

}  // namespace claimline::eval
