// `claimline eval stance`: runs the stance classifier (extract/stance.h) over an FNC-1 corpus
// and scores it as the FNC-1 challenge did (eval/fnc.h).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "eval/fnc.h"
#include "extract/stance_model.h"
#include "model/stance.h"

namespace claimline::eval {

struct StanceEvalOptions {
  std::string bodies_path;
  std::string stances_path;
  FncSplit split = FncSplit::kAll;  // kHeldout reproduces the figures of models/README.md
  std::string out_path;             // empty: write no predictions; else CSV Headline,Body ID,Stance
  std::string model_path;           // empty: the built-in model
};

struct StanceEvalResult {
  FncSplit split = FncSplit::kAll;
  size_t pairs = 0, bodies = 0, headlines = 0;
  bool labelled = false;  // the stances file has gold labels; `score` is meaningful only then
  FncScore score;
  // Wall time on one core for analysing every body and headline once and classifying every
  // pair (file reading and CSV parsing excluded), and the resulting rate.
  double seconds = 0;
  double pairs_per_second = 0;
};

// Predicts every pair of `corpus` in order. Each distinct body and headline is analysed once.
// `seconds`, when given, receives the time taken.
std::vector<Stance> predict_stances(const FncCorpus& corpus, const stance::StanceModel& model,
                                    double* seconds = nullptr);

// Reads the corpus, keeps the chosen split, predicts, writes predictions if asked, and scores
// them when the corpus is labelled. Throws Error::bad_input for unreadable or malformed files.
StanceEvalResult run_stance_eval(const StanceEvalOptions& options);

}  // namespace claimline::eval
