// MEANTIME CAT reading, text rebuilding, prediction writing and scoring, on two small
// documents written for these tests (tests/data/meantime).
#include "eval/meantime.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "e2e/run.h"
#include "eval/events_eval.h"
#include "util/error.h"

namespace claimline::eval {
namespace {

const std::string kDir = std::string(CLAIMLINE_TEST_DATA) + "/meantime";

TEST(Meantime, ReadsTokensMentionsInstancesAndCreationTime) {
  const CatDocument d = read_cat(kDir + "/1_leaders_call.xml");
  EXPECT_EQ(d.doc_id, "1");
  ASSERT_EQ(d.tokens.size(), 33u);
  EXPECT_EQ(d.tokens[29].text, "\"");
  EXPECT_EQ(d.creation_time, "2025-03-17");
  ASSERT_EQ(d.mentions.size(), 6u);
  EXPECT_EQ(d.mentions[0].tokens, (std::vector<std::string>{"3", "4"}));
  EXPECT_EQ(d.mentions[0].instances, (std::vector<std::string>{"I:call1"}));
  EXPECT_EQ(d.mentions[1].instances, (std::vector<std::string>{"I:call1"}));
  EXPECT_EQ(d.mentions[3].instances, (std::vector<std::string>{"L:1_leaders_call.xml:61"}));
  EXPECT_EQ(d.mentions[2].instances, (std::vector<std::string>{"S:1_leaders_call.xml:42"}));
  EXPECT_EQ(d.mentions[2].time, "PAST");
  EXPECT_EQ(d.mentions[2].sentence, 2);
}

TEST(Meantime, JoinsTokensIntoReadableText) {
  const CatDocument d = read_cat(kDir + "/1_leaders_call.xml");
  const JoinedText t = join_tokens(d);
  EXPECT_EQ(t.text,
            "Leaders to hold call\nMarch 17, 2025\nDonald Trump will speak to Vladimir Putin on Tuesday, the White "
            "House said.\nThe talks didn't end the \"war\".");
  ASSERT_EQ(t.token_spans.size(), d.tokens.size());
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    EXPECT_EQ(t.text.substr(t.token_spans[i].start, t.token_spans[i].size()), d.tokens[i].text);
  }
}

TEST(Meantime, RefusesBrokenFiles) {
  claimline::testing::TempDir dir;
  const std::string bad = dir.file("bad.xml");
  std::ofstream(bad) << "<Document doc_id=\"1\"><token t_id=\"1\" sentence=\"0\">a</token><Markables>"
                        "<EVENT_MENTION m_id=\"1\"><token_anchor t_id=\"9\"/></EVENT_MENTION></Markables></Document>";
  EXPECT_THROW(read_cat(bad), Error);
  std::ofstream(bad) << "<Document><token t_id=\"1\" sentence=\"0\">a</token></Document>";
  EXPECT_THROW(read_cat(bad), Error);
  std::ofstream(bad) << "<Document doc_id=\"1\"><token t_id=\"1\" sentence=\"x\">a</token></Document>";
  EXPECT_THROW(read_cat(bad), Error);
}

std::vector<ScoredDocument> gold_as_prediction() {
  std::vector<ScoredDocument> docs;
  for (const char* f : {"1_leaders_call.xml", "2_call_held.xml"}) {
    const CatDocument d = read_cat(kDir + "/" + f);
    docs.push_back({d.file_name, static_cast<int64_t>(d.tokens.size()), d.mentions, d.mentions});
  }
  return docs;
}

TEST(EventsScoring, GoldAgainstItselfIsPerfect) {
  const EventsScores s = score_documents(gold_as_prediction());
  EXPECT_EQ(s.documents, 2);
  EXPECT_EQ(*s.annotated.relaxed.f1(), 1.0);
  EXPECT_EQ(*s.annotated.strict.f1(), 1.0);
  EXPECT_EQ(*s.annotated.time.accuracy(), 1.0);
  EXPECT_EQ(s.annotated.time.skipped, 1);  // the mention with empty attributes
  EXPECT_EQ(*s.annotated.future.f1(), 1.0);
  EXPECT_EQ(s.annotated.cross_doc.gold, 2);  // call1: two mentions in doc 1, one in doc 2
  EXPECT_EQ(*s.annotated.cross_doc.precision(), 1.0);
  EXPECT_EQ(s.annotated.within_doc.gold, 1);
}

TEST(EventsScoring, MatchingPrefersMoreSharedTokensAndPastIsNonFuture) {
  auto docs = gold_as_prediction();
  std::vector<CatMention>& p = *docs[0].predicted;
  p[0].tokens = {"4"};          // "call" alone: still a relaxed match, no longer strict
  p[2].time = "NON_FUTURE";     // gold PAST is read as NON_FUTURE
  p[1].time = "NON_FUTURE";     // a missed FUTURE
  p[4].polarity = "POS";        // a wrong polarity
  p.erase(p.begin() + 5);       // a missed mention
  const EventsScores s = score_documents(docs);
  EXPECT_EQ(s.annotated.relaxed.tp, 7);
  EXPECT_EQ(s.annotated.strict.tp, 6);
  EXPECT_EQ(s.annotated.relaxed.gold, 8);
  EXPECT_EQ(s.annotated.time.correct, 6);
  EXPECT_EQ(s.annotated.time.n, 7);
  EXPECT_EQ(s.annotated.future.tp, 1);
  EXPECT_EQ(s.annotated.future.gold, 2);
  EXPECT_EQ(s.annotated.polarity.correct, 6);
}

TEST(EventsScoring, PredictedInstancesScorePairwise) {
  auto docs = gold_as_prediction();
  for (auto& d : docs) {
    for (auto& m : *d.predicted) m.instances = {"I:x"};  // everything one event
  }
  const EventsScores s = score_documents(docs);
  // 8 matched mentions: 28 predicted pairs (12 across the two documents).
  EXPECT_EQ(s.whole.cross_doc.pred + s.whole.within_doc.pred, 28);
  EXPECT_EQ(s.whole.cross_doc.tp, 2);
  EXPECT_EQ(s.whole.within_doc.tp, 1);
}

// Document 2 introduces both leaders by full name, as news does: a bare "Trump and Putin"
// opening an article yields no entities (a lone capitalised word is not taken for a person
// without a title, a given name or a full name seen earlier), hence no participants.
TEST(EventsEval, WritesPredictionsTheScorerAccepts) {
  claimline::testing::TempDir out;
  EventsEvalOptions o;
  o.dirs = {kDir};
  o.out_dir = out.path();
  const EventsEvalResult r = run_events_eval(o);
  EXPECT_EQ(r.scores.documents, 2);
  EXPECT_GT(*r.scores.annotated.relaxed.f1(), 0.5);
  // The written prediction reads back with the gold tokens unchanged.
  for (const char* f : {"1_leaders_call.xml", "2_call_held.xml"}) {
    const CatDocument gold = read_cat(kDir + "/" + f);
    const CatDocument pred = read_cat(out.path() / f);
    EXPECT_EQ(pred.doc_id, gold.doc_id);
    ASSERT_EQ(pred.tokens.size(), gold.tokens.size());
    for (size_t i = 0; i < gold.tokens.size(); ++i) {
      EXPECT_EQ(pred.tokens[i].t_id, gold.tokens[i].t_id);
      EXPECT_EQ(pred.tokens[i].text, gold.tokens[i].text);
    }
    EXPECT_FALSE(pred.mentions.empty());
  }
  // The call dated "on Tuesday" in both documents is one instance across them.
  const CatDocument a = read_cat(out.path() / "1_leaders_call.xml");
  const CatDocument b = read_cat(out.path() / "2_call_held.xml");
  std::string speak, call;
  for (const auto& m : a.mentions) {
    if (m.tokens == std::vector<std::string>{"12"}) speak = m.instances.front();
  }
  for (const auto& m : b.mentions) {
    if (m.tokens == std::vector<std::string>{"12", "13"}) call = m.instances.front();
  }
  EXPECT_FALSE(speak.empty());
  EXPECT_EQ(speak, call);
}

TEST(EventsEval, UnknownDirIsAUsageError) {
  EventsEvalOptions o;
  o.dirs = {kDir + "/missing"};
  try {
    run_events_eval(o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.exit_code(), ExitCode::kUsage);
  }
}

}  // namespace
}  // namespace claimline::eval
