// Scoring of the statement extractors against attribution annotations in brat standoff
// (PolNeAR layout: DIR/text/<article>.txt, DIR/attributions/<article>_<annotator>.ann).
//
// Definitions follow the reference scorer (../shared/eval/README.md, score_polnear.py):
// an attribution's content, cue and source are sets of code points; overlap = shared code
// points / the larger content; matching per article and gold file is one-to-one, greedy by
// overlap (ties: more shared points, then gold order, then prediction order); content
// P/R/F1 at exact, overlap >= 0.8 and any overlap, micro-averaged; source and cue accuracy
// over the matched pairs (right when the spans share a code point or both are absent); the
// DIRECT subset (content enclosed in double quotation marks) scored direct gold against
// direct predictions, plus the recall of direct gold against all predictions.
//
// Predictions: one attribution per statement of extract_statements(), except statements
// nested inside another (embedded quotes) and later ones overlapping an earlier one
// (annotations are univocal: one token, one attribution).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/brat.h"
#include "model/statement.h"

namespace claimline::eval {

struct QuotesEvalOptions {
  bool all_annotators = false;          // score every annotator's file, not just the first
  std::optional<std::string> out_dir;   // write one <article>.ann of predictions per article
};

// Counts for one subset (all attributions, or the direct ones).
struct AttributionTally {
  size_t gold = 0;
  size_t predicted = 0;
  size_t tp_exact = 0;
  size_t tp_overlap80 = 0;
  size_t tp_any = 0;
  size_t matched = 0;
  size_t source_correct = 0;
  size_t cue_correct = 0;
};

struct QuotesEvalResult {
  bool all_annotators = false;
  size_t articles = 0;
  size_t gold_files = 0;
  size_t gold_events_without_content = 0;
  AttributionTally all;
  AttributionTally direct;
  size_t direct_gold = 0;  // direct gold attributions, for the recall against all predictions
  size_t direct_recall_exact = 0;
  size_t direct_recall_overlap80 = 0;
  size_t direct_recall_any = 0;
  std::map<std::string, size_t> rules;  // predicted attributions by rule

  // The same object as `score_polnear.py --json` prints, plus "rules".
  nlohmann::json to_json() const;
  // The same report as score_polnear.py prints.
  std::string to_table() const;
};

// Scores extract_statements() on every article of `dir` that has gold annotations.
// Throws claimline::Error (bad input) when the layout or a file is unreadable.
QuotesEvalResult eval_quotes(const std::string& dir, const QuotesEvalOptions& options);

// The prediction file for one text: statements as brat attributions (see above).
BratDocument statements_to_brat(std::string_view text, const CodePointIndex& index,
                                const std::vector<Statement>& statements, std::map<std::string, size_t>* rules);

// Whether a content (code point fragments) is DIRECT by the reference rule.
bool is_direct_content(const CodePointIndex& text, const std::vector<Fragment>& content);

}  // namespace claimline::eval
