#include "eval/times_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/timeml.h"
#include "util/error.h"

namespace claimline::eval {
namespace {

ScoredTimex tx(uint32_t s, uint32_t e, const char* type = "DATE", const char* value = "V") {
  return ScoredTimex{s, e, type, value};
}

TEST(TimesEval, StrictAndRelaxedMatching) {
  // gold: [0,5) [10,20) [30,35); system: [0,5) exact, [12,25) overlaps the second, [40,45) spurious.
  const std::vector<ScoredTimex> gold = {tx(0, 5, "DATE", "A"), tx(10, 20, "DURATION", "B"), tx(30, 35)};
  const std::vector<ScoredTimex> sys = {tx(0, 5, "DATE", "A"), tx(12, 25, "DATE", "B"), tx(40, 45)};
  std::vector<TimexPair> pairs;
  const TimexCounts c = score_document(gold, sys, &pairs);
  EXPECT_EQ(c.gold, 3);
  EXPECT_EQ(c.system, 3);
  EXPECT_EQ(c.strict, 1);
  EXPECT_EQ(c.relaxed, 2);
  EXPECT_EQ(c.type_correct, 1);
  EXPECT_EQ(c.value_correct, 2);
  ASSERT_EQ(pairs.size(), 4u);  // two matches, one miss, one spurious
  EXPECT_EQ(pairs[2].gold, 2);
  EXPECT_EQ(pairs[2].system, -1);
  EXPECT_EQ(pairs[3].gold, -1);
  EXPECT_EQ(pairs[3].system, 2);
}

TEST(TimesEval, RelaxedIsOneToOneGreedyByOverlap) {
  // One long system span overlaps two gold spans: it goes to the larger overlap only.
  const std::vector<ScoredTimex> gold = {tx(0, 3), tx(4, 12)};
  const std::vector<ScoredTimex> sys = {tx(2, 10)};
  const TimexCounts c = score_document(gold, sys);
  EXPECT_EQ(c.relaxed, 1);
  std::vector<TimexPair> pairs;
  score_document(gold, sys, &pairs);
  EXPECT_EQ(pairs[1].gold, 1);
  EXPECT_EQ(pairs[1].system, 0);
  // Equal overlaps: the earlier gold wins.
  const TimexCounts tie = score_document({tx(0, 4), tx(6, 10)}, {tx(2, 8)});
  EXPECT_EQ(tie.relaxed, 1);
}

TEST(TimesEval, StrictIsOneToOne) {
  const TimexCounts c = score_document({tx(0, 5), tx(0, 5)}, {tx(0, 5)});
  EXPECT_EQ(c.strict, 1);
  EXPECT_EQ(c.relaxed, 1);
}

TEST(TimesEval, Summarize) {
  TimexCounts c;
  c.gold = 10, c.system = 8, c.strict = 6, c.relaxed = 8, c.type_correct = 8, c.value_correct = 6;
  const TimexScores s = summarize(c);
  EXPECT_DOUBLE_EQ(s.strict_precision, 0.75);
  EXPECT_DOUBLE_EQ(s.strict_recall, 0.6);
  EXPECT_DOUBLE_EQ(s.relaxed_precision, 1.0);
  EXPECT_DOUBLE_EQ(s.relaxed_recall, 0.8);
  EXPECT_NEAR(s.relaxed_f1, 2 * 0.8 / 1.8, 1e-12);
  EXPECT_DOUBLE_EQ(s.value_accuracy, 0.75);
  EXPECT_NEAR(s.value_f1, s.relaxed_f1 * 0.75, 1e-12);
  EXPECT_DOUBLE_EQ(summarize(TimexCounts{}).relaxed_f1, 0.0);
}

TEST(TimesEval, RunsOverACorpusAndWritesPredictions) {
  namespace fs = std::filesystem;
  const fs::path out = fs::temp_directory_path() / "claimline_times_eval_test";
  fs::remove_all(out);
  TimesEvalOptions opts;
  opts.dirs = {fs::path(CLAIMLINE_TEST_DATA) / "timeml"};
  opts.out_dir = out;
  opts.collect_errors = true;
  const TimesEvalResult r = run_times_eval(opts);
  EXPECT_EQ(r.total.documents, 2);
  EXPECT_EQ(r.total.gold, 6);
  EXPECT_EQ(r.total.system, 6);
  EXPECT_EQ(r.total.strict, 6);
  EXPECT_EQ(r.total.value_correct, 6);
  EXPECT_EQ(r.folders.size(), 1u);
  EXPECT_GT(r.text_bytes, 100u);
  // Predictions mirror the corpus layout and carry the same text.
  for (const char* name : {"small/one.tml", "small/two.tml"}) {
    std::ifstream pred(out / name), gold(fs::path(CLAIMLINE_TEST_DATA) / "timeml" / name);
    std::stringstream p, g;
    p << pred.rdbuf();
    g << gold.rdbuf();
    ASSERT_FALSE(p.str().empty()) << name;
    EXPECT_EQ(timeml::read(p.str(), name).text, timeml::read(g.str(), name).text);
    EXPECT_EQ(timeml::read(p.str(), name).dct_value, timeml::read(g.str(), name).dct_value);
  }
  fs::remove_all(out);
}

TEST(TimesEval, RejectsMissingDirectories) {
  TimesEvalOptions opts;
  opts.dirs = {"/nonexistent/claimline/corpus"};
  try {
    run_times_eval(opts);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
  }
}

}  // namespace
}  // namespace claimline::eval
