// TempEval-3 Task A scoring of time expressions (TIMEX3), as ../shared/eval/score_te3.py
// defines it:
// - extents are code-point offsets into the document text with tags removed;
// - strict: identical extent, one-to-one (each gold takes the first free system TIMEX3 with
//   its extent, both in (start, end) order);
// - relaxed: any overlap, one-to-one, greedy by largest overlap (ties: smaller gold start,
//   then smaller system start, then gold order, then system order);
// - type and value accuracy over relaxed matches (equal after trimming whitespace);
//   type F1 = relaxed F1 x type accuracy, value F1 = relaxed F1 x value accuracy;
// - counts are summed over documents (micro) before P/R/F1 are computed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace claimline::eval {

struct ScoredTimex {
  uint32_t start = 0;  // code points, half-open
  uint32_t end = 0;
  std::string type;
  std::string value;
};

struct TimexCounts {
  int64_t documents = 0;
  int64_t gold = 0;
  int64_t system = 0;
  int64_t strict = 0;
  int64_t relaxed = 0;
  int64_t type_correct = 0;
  int64_t value_correct = 0;

  TimexCounts& operator+=(const TimexCounts& o);
};

struct TimexScores {
  double strict_precision = 0, strict_recall = 0, strict_f1 = 0;
  double relaxed_precision = 0, relaxed_recall = 0, relaxed_f1 = 0;
  double type_accuracy = 0, value_accuracy = 0;
  double type_f1 = 0, value_f1 = 0;
};

// One gold TIMEX3 paired with the system TIMEX3 it matched (relaxed), for error listings.
struct TimexPair {
  int gold = -1;    // index into the gold list, or -1 for a spurious system TIMEX3
  int system = -1;  // index into the system list, or -1 for a missed gold TIMEX3
};

// Scores one document. Both lists in (start, end) order. `pairs`, when given, receives the
// relaxed pairs, then the missed gold and the spurious system TIMEX3s.
TimexCounts score_document(const std::vector<ScoredTimex>& gold, const std::vector<ScoredTimex>& system,
                           std::vector<TimexPair>* pairs = nullptr);

TimexScores summarize(const TimexCounts& c);

// ---- Running the extractor over a corpus -------------------------------------------------

struct TimesEvalOptions {
  std::vector<std::filesystem::path> dirs;  // searched recursively for *.tml
  std::filesystem::path out_dir;            // empty: write nothing; else one .tml per document,
                                            // at its path relative to its corpus dir
  bool collect_errors = false;              // fill TimesEvalResult::errors
};

struct FolderResult {
  std::string folder;  // the directory holding the files, as given or below a given dir
  TimexCounts counts;
};

struct TimesEvalResult {
  TimexCounts total;
  std::vector<FolderResult> folders;  // one per directory that holds .tml files, sorted
  uint64_t text_bytes = 0;            // UTF-8 bytes of every document text
  double extract_seconds = 0;         // Document analysis + find_times: CPU seconds of one thread
  double find_seconds = 0;            // find_times alone, likewise
  std::vector<std::string> errors;    // one line per TIMEX3: "file\tOK|MISS|SPURIOUS|EXTENT|TYPE|VALUE\t..."
};

// Reads every .tml under the dirs (sorted by path), runs find_times with the DCT as the
// publication date, scores, and writes predictions when asked. Throws claimline::Error:
// usage when a dir does not exist or holds no .tml, bad input for an unreadable file.
TimesEvalResult run_times_eval(const TimesEvalOptions& opts);

}  // namespace claimline::eval
