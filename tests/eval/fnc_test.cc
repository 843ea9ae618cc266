#include "eval/fnc.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "eval/csv.h"
#include "eval/stance_eval.h"
#include "util/error.h"

namespace claimline::eval {
namespace {

const std::string kData = CLAIMLINE_TEST_DATA;

std::vector<std::vector<std::string>> fields(std::string_view csv) {
  std::vector<std::vector<std::string>> out;
  for (const auto& row : parse_csv(csv, "test.csv")) out.push_back(row.fields);
  return out;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(Csv, ReadsRfc4180Quoting) {
  struct Case {
    std::string text;
    Rows rows;
  };
  const std::vector<Case> cases = {
      {"a,b\n1,2\n", {{"a", "b"}, {"1", "2"}}},
      {"a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}},                  // CRLF
      {"a,b\r1,2", {{"a", "b"}, {"1", "2"}}},                        // CR, no final newline
      {"\"x, y\",z\n", {{"x, y", "z"}}},                              // comma inside quotes
      {"\"say \"\"hi\"\"\",2\n", {{"say \"hi\"", "2"}}},              // doubled quotes
      {"\"line1\nline2\r\nline3\",2\n", {{"line1\nline2\r\nline3", "2"}}},  // line breaks kept
      {"a,,\n", {{"a", "", ""}}},                                     // empty fields
      {"\n\na\n\n", {{"a"}}},                                         // empty lines skipped
      {"\xEF\xBB\xBFh1,h2\n", {{"h1", "h2"}}},                        // byte order mark
      {"5\" screen,x\n", {{"5\" screen", "x"}}},                      // quote inside unquoted field
      {"\"ab\"cd,e\n", {{"abcd", "e"}}},                              // text after a closing quote
  };
  for (const auto& c : cases) EXPECT_EQ(fields(c.text), c.rows) << c.text;
}

TEST(Csv, CountsLinesAcrossQuotedLineBreaks) {
  const auto rows = parse_csv("h\n\"a\nb\"\nc\n", "t.csv");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].line, 2u);
  EXPECT_EQ(rows[2].line, 4u);
}

TEST(Csv, RefusesAQuotedFieldThatNeverEnds) {
  try {
    parse_csv("h\nok\n\"never closed,\n1\n", "bad.csv");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_NE(std::string(e.what()).find("bad.csv:3"), std::string::npos) << e.what();
  }
}

TEST(Csv, WritesFieldsThatReadBackUnchanged) {
  for (const std::string s : {"plain", "with, comma", "say \"hi\"", "two\nlines", "", "-starts with dash"}) {
    const std::string line = csv_field(s) + ",end\n";
    EXPECT_EQ(fields(line), (Rows{{s, "end"}})) << s;
  }
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("-x"), "-x");  // never altered, unlike spreadsheet-safe escaping
}

TEST(Csv, TableFindsColumnsByTrimmedName) {
  const CsvTable t("Headline , Body ID\nh,1\n", "t.csv");
  EXPECT_EQ(t.column("Body ID"), 1u);
  EXPECT_EQ(t.column("Headline"), 0u);
  EXPECT_FALSE(t.column("Stance").has_value());
  EXPECT_THROW(t.require_column("Stance", "Headline,Body ID,Stance"), Error);
  EXPECT_THROW(CsvTable("", "empty.csv"), Error);
}

TEST(Fnc, NormalisesBodyIdsAsTheReferenceScorer) {
  EXPECT_EQ(normalize_body_id("012"), "12");
  EXPECT_EQ(normalize_body_id(" 7 "), "7");
  EXPECT_EQ(normalize_body_id("0"), "0");
  EXPECT_EQ(normalize_body_id("00"), "0");
  EXPECT_EQ(normalize_body_id("a01"), "a01");
}

TEST(Fnc, ReadsTheFixtureCorpus) {
  const FncCorpus c = read_fnc(kData + "/fnc/bodies.csv", kData + "/fnc/stances.csv");
  ASSERT_EQ(c.bodies.size(), 3u);
  ASSERT_EQ(c.pairs.size(), 6u);
  EXPECT_NE(c.bodies.at("1").find("\"We closed it as a precaution,\""), std::string::npos);
  EXPECT_NE(c.bodies.at("1").find("supports.\n\n\"We"), std::string::npos);
  EXPECT_EQ(c.pairs[0].headline, "Bridge closed for repairs after cracks found, officials say");
  EXPECT_EQ(c.pairs[2].body_id, "2");  // written "002"
  EXPECT_EQ(c.pairs[3].headline, "Town says bridge \"may\" reopen next month");
  EXPECT_EQ(c.pairs[1].gold, Stance::kDenies);
  EXPECT_EQ(c.pairs[3].gold, Stance::kDiscusses);
  EXPECT_EQ(c.pairs[4].gold, Stance::kUnrelated);
  EXPECT_EQ(c.pairs[5].line, 7u);
}

TEST(Fnc, RefusesMalformedCorpora) {
  const std::string bodies = "Body ID,articleBody\n1,text\n";
  EXPECT_NO_THROW(parse_fnc(bodies, "b", "Headline,Body ID,Stance\nh,1,agree\n", "s"));
  const std::vector<std::string> bad_stances = {
      "Headline,Body ID,Stance\nh,1,supports\n",  // claimline's name, not an FNC-1 label
      "Headline,Body ID,Stance\nh,1,Agree\n",     // labels are lower case
      "Headline,Body ID,Stance\nh,2,agree\n",     // unknown body
      "Headline,Stance\nh,agree\n",               // no Body ID column
      "Headline,Body ID,Stance\nh\n",             // too few fields
  };
  for (const auto& s : bad_stances) EXPECT_THROW(parse_fnc(bodies, "b", s, "s"), Error) << s;
  EXPECT_THROW(parse_fnc("Body ID,articleBody\n1,a\n01,b\n", "b", "Headline,Body ID\n", "s"), Error);
  EXPECT_THROW(parse_fnc("Body,articleBody\n1,a\n", "b", "Headline,Body ID\n", "s"), Error);
}

TEST(Fnc, ReadsUnlabelledStances) {
  const FncCorpus c = parse_fnc("Body ID,articleBody\n1,text\n", "b", "Headline,Body ID\nh,1\n", "s");
  ASSERT_EQ(c.pairs.size(), 1u);
  EXPECT_FALSE(c.pairs[0].gold.has_value());
}

TEST(Fnc, HeldOutSplitIsDeterministicAndAboutOneFifth) {
  size_t held = 0;
  for (int id = 0; id < 2000; ++id) held += is_heldout_body(std::to_string(id));
  EXPECT_GT(held, 300u);
  EXPECT_LT(held, 500u);
  EXPECT_EQ(is_heldout_body("12"), is_heldout_body("012"));
  EXPECT_EQ(parse_fnc_split("heldout"), FncSplit::kHeldout);
  EXPECT_EQ(parse_fnc_split("train"), FncSplit::kTrain);
  EXPECT_EQ(parse_fnc_split("all"), FncSplit::kAll);
  EXPECT_FALSE(parse_fnc_split("test").has_value());
}

TEST(Fnc, SplitSidesShareNoBody) {
  FncCorpus c;
  for (int id = 0; id < 50; ++id) {
    c.bodies[std::to_string(id)] = "body";
    c.pairs.push_back({"h", std::to_string(id), Stance::kUnrelated, size_t(id)});
  }
  const FncCorpus train = select_split(c, FncSplit::kTrain), held = select_split(c, FncSplit::kHeldout);
  EXPECT_EQ(train.pairs.size() + held.pairs.size(), c.pairs.size());
  EXPECT_EQ(train.bodies.size() + held.bodies.size(), c.bodies.size());
  for (const auto& p : held.pairs) {
    EXPECT_TRUE(is_heldout_body(p.body_id));
    EXPECT_FALSE(train.bodies.contains(p.body_id));
  }
  EXPECT_EQ(select_split(c, FncSplit::kAll).pairs.size(), c.pairs.size());
}

TEST(Fnc, WritesPredictionsThatReadBack) {
  const std::vector<FncPair> pairs = {{"Plain headline", "1", std::nullopt, 2},
                                      {"Comma, and \"quotes\"", "12", std::nullopt, 3}};
  std::ostringstream out;
  write_fnc_predictions(out, pairs, {Stance::kDenies, Stance::kUnrelated});
  EXPECT_EQ(out.str(),
            "Headline,Body ID,Stance\nPlain headline,1,disagree\n\"Comma, and \"\"quotes\"\"\",12,unrelated\n");
  const FncCorpus back = parse_fnc("Body ID,articleBody\n1,a\n12,b\n", "b", out.str(), "pred");
  ASSERT_EQ(back.pairs.size(), 2u);
  EXPECT_EQ(back.pairs[1].headline, pairs[1].headline);
  EXPECT_EQ(back.pairs[0].gold, Stance::kDenies);
}

TEST(Fnc, ScoresAsTheChallengeDefinesIt) {
  using S = Stance;
  const std::vector<S> gold = {S::kSupports, S::kDenies, S::kDiscusses, S::kUnrelated, S::kUnrelated};
  const std::vector<S> pred = {S::kSupports, S::kDiscusses, S::kUnrelated, S::kUnrelated, S::kSupports};
  const FncScore s = score_fnc(gold, pred);
  // 1.0 (exact related) + 0.25 (related, wrong label) + 0 + 0.25 + 0 of 3 * 1.0 + 2 * 0.25.
  EXPECT_DOUBLE_EQ(s.score, 1.5);
  EXPECT_DOUBLE_EQ(s.max_score, 3.5);
  EXPECT_NEAR(s.percent_of_max(), 42.857142857, 1e-6);
  EXPECT_NEAR(s.per_class[0].precision, 0.5, 1e-12);
  EXPECT_NEAR(s.per_class[0].recall, 1.0, 1e-12);
  EXPECT_NEAR(s.per_class[0].f1, 2.0 / 3.0, 1e-12);
  EXPECT_EQ(s.per_class[1].predicted, 0u);  // never predicted: precision and F1 are 0
  EXPECT_DOUBLE_EQ(s.per_class[1].f1, 0.0);
  EXPECT_NEAR(s.per_class[3].f1, 0.5, 1e-12);
  EXPECT_NEAR(s.macro_f1, (2.0 / 3.0 + 0.5) / 4, 1e-12);
  EXPECT_DOUBLE_EQ(s.accuracy, 0.4);
  EXPECT_DOUBLE_EQ(s.related_accuracy, 0.6);
  EXPECT_EQ(s.confusion[1][2], 1u);
  EXPECT_EQ(s.confusion[3][0], 1u);
}

TEST(Fnc, AlwaysDiscussIsRewardedByTheScoreButNotByMacroF1) {
  using S = Stance;
  std::vector<S> gold, pred;
  for (int i = 0; i < 8; ++i) gold.push_back(S::kUnrelated), pred.push_back(S::kUnrelated);
  for (const S g : {S::kSupports, S::kDenies, S::kDiscusses, S::kDiscusses}) {
    gold.push_back(g);
    pred.push_back(S::kDiscusses);
  }
  const FncScore s = score_fnc(gold, pred);
  EXPECT_NEAR(s.percent_of_max(), 100.0 * (2 + 4 * 0.25 + 2 * 0.75) / 6.0, 1e-9);
  EXPECT_NEAR(s.macro_f1, (0 + 0 + 2.0 / 3.0 + 1.0) / 4, 1e-12);  // discuss: P 0.5, R 1
}

TEST(StanceEval, RunsOnTheFixtureAndWritesEveryPair) {
  StanceEvalOptions o;
  o.bodies_path = kData + "/fnc/bodies.csv";
  o.stances_path = kData + "/fnc/stances.csv";
  o.out_path = ::testing::TempDir() + "/fnc_pred.csv";
  const StanceEvalResult r = run_stance_eval(o);
  EXPECT_EQ(r.pairs, 6u);
  EXPECT_EQ(r.bodies, 3u);
  EXPECT_EQ(r.headlines, 5u);
  EXPECT_TRUE(r.labelled);
  EXPECT_EQ(r.score.pairs, 6u);
  EXPECT_GT(r.pairs_per_second, 0.0);
  // A pair with no topic word in common (a shark headline, an apple-harvest body) is unrelated;
  // the apple headline against the bridge body shares "expected", which the model may weigh.
  EXPECT_GE(r.score.confusion[3][3], 1u);
  const FncCorpus pred = read_fnc(o.bodies_path, o.out_path);
  ASSERT_EQ(pred.pairs.size(), 6u);
  EXPECT_EQ(pred.pairs[5].gold, Stance::kUnrelated);
  EXPECT_EQ(pred.pairs[1].gold, Stance::kDenies);  // "is a hoax ... was doctored"
  EXPECT_EQ(pred.pairs[3].headline, "Town says bridge \"may\" reopen next month");
}

TEST(StanceEval, RefusesMissingFiles) {
  StanceEvalOptions o;
  o.bodies_path = kData + "/fnc/no-such-file.csv";
  o.stances_path = kData + "/fnc/stances.csv";
  EXPECT_THROW(run_stance_eval(o), Error);
}

}  // namespace
}  // namespace claimline::eval
