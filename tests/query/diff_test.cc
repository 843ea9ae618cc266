#include "query/diff.h"

#include <gtest/gtest.h>

#include "query/article_diff.h"
#include "query/newsroom.h"
#include "store/outlet_store.h"
#include "util/error.h"

namespace claimline::query {
namespace {

int64_t unix_at(const std::string& iso) { return parse_timestamp(iso)->time.time_since_epoch().count(); }

class OutletDiffTest : public ::testing::Test {
 protected:
  void SetUp() override { n_ = testing::build_newsroom(db_); }
  OutletDiff diff(OutletDiffQuery q) {
    if (q.outlet_a.empty()) q.outlet_a = "Granite Wire";
    if (q.outlet_b.empty()) q.outlet_b = "harbor gazette";  // any spelling of the name
    return diff_outlets(db_, q);
  }
  store::Database db_{":memory:", store::OpenMode::kCreate};
  testing::Newsroom n_;
};

TEST_F(OutletDiffTest, AssertedByOneDeniedByTheOther) {
  const OutletDiff d = diff({});
  EXPECT_EQ(d.outlet_a, "Granite Wire");
  EXPECT_EQ(d.outlet_b, "Harbor Gazette");
  ASSERT_EQ(d.claims.size(), 1u);
  const auto& c = d.claims[0];
  EXPECT_EQ(c.a.summary, "supports");
  EXPECT_EQ(c.a.asserted_by, std::vector<std::string>{"Ivan Petrov"});
  EXPECT_EQ(c.b.summary, "denies");
  EXPECT_EQ(c.b.denied_by, std::vector<std::string>{"Olena Shevchenko"});
  EXPECT_TRUE(c.stance_differs);
}

TEST_F(OutletDiffTest, TheSameCallDatedTuesdayAndThisWeekIsReDated) {
  const OutletDiff d = diff({});
  ASSERT_FALSE(d.events.empty());
  const auto& e = d.events.front();
  ASSERT_TRUE(e.redated) << "the fixture's two call mentions should be one event";
  EXPECT_EQ(e.redating, "different precision");
  ASSERT_EQ(e.a.size(), 1u);
  ASSERT_EQ(e.b.size(), 1u);
  EXPECT_EQ(e.a[0].time_text, "on Tuesday");
  EXPECT_EQ(e.a[0].when.precision, "day");
  EXPECT_EQ(e.b[0].time_text, "this week");
  EXPECT_EQ(e.b[0].when.precision, "week");
  EXPECT_FALSE(e.status_differs);
}

TEST_F(OutletDiffTest, MisquoteIsTheRewordedQuoteOnly) {
  const OutletDiff d = diff({});
  ASSERT_EQ(d.misquotes.size(), 1u);  // Marcus Bell's quote differs only in case and punctuation
  const auto& m = d.misquotes[0];
  EXPECT_EQ(m.speaker, "Steve Witkoff");
  EXPECT_EQ(word_diff_text(m.diff), "positive and constructive [-conversation,-] {+discussion+}");
  EXPECT_EQ(m.a.outlet, "Granite Wire");
  EXPECT_EQ(m.b.outlet, "Harbor Gazette");
}

// Records the order a sink is told things in.
class Recorder : public DiffSink {
 public:
  void start(const OutletDiff& head) override { calls += head.claims.empty() && head.events.empty() ? "S" : "?"; }
  void claim(ClaimComparison) override { calls += "c"; }
  void event(EventComparison e) override {
    calls += "e";
    for (const auto* side : {&e.a, &e.b}) {
      for (const auto& d : *side) sentences += d.sentence.empty() ? 0 : 1;
    }
  }
  void misquote(Misquote) override { calls += "m"; }
  void finish() override { calls += "F"; }
  std::string calls;
  size_t sentences = 0;
};

TEST_F(OutletDiffTest, StreamedDiffIsTheDiffOfSidesReadWhole) {
  // diff_outlets reads event facts first and mentions whole later; compare_sides compares
  // sides that hold every mention. Both must find the same things.
  store::OutletStore outlets(db_);
  store::TimelineStore store(db_);
  SideReader reader(db_, std::nullopt);
  const auto side = [&](const std::string& name) {
    const int64_t id = *outlets.find(name);
    return reader.read(*store.outlet_name(id), store.outlet_revisions(id, std::nullopt, std::nullopt, std::nullopt),
                       {});
  };
  const OutletDiff held = compare_sides(side("Granite Wire"), side("Harbor Gazette"));
  OutletDiffQuery stream;
  stream.read_whole_up_to = 0;  // the fixture's few articles would be read whole
  const OutletDiff streamed = diff(stream);
  ASSERT_FALSE(held.events.empty());
  ASSERT_EQ(streamed.events.size(), held.events.size());
  for (size_t i = 0; i < held.events.size(); ++i) {
    const auto &x = held.events[i], &y = streamed.events[i];
    EXPECT_EQ(x.event_ids, y.event_ids);
    EXPECT_EQ(x.label, y.label);
    EXPECT_EQ(x.redated, y.redated);
    ASSERT_EQ(x.a.size(), y.a.size());
    ASSERT_EQ(x.b.size(), y.b.size());
    for (size_t j = 0; j < x.a.size(); ++j) EXPECT_EQ(x.a[j].sentence, y.a[j].sentence);
    for (size_t j = 0; j < x.b.size(); ++j) EXPECT_EQ(x.b[j].mention_id, y.b[j].mention_id);
  }
  EXPECT_EQ(streamed.claims.size(), held.claims.size());
  EXPECT_EQ(streamed.misquotes.size(), held.misquotes.size());

  Recorder r;
  OutletDiffQuery q;
  q.outlet_a = "Granite Wire";
  q.outlet_b = "Harbor Gazette";
  q.read_whole_up_to = 0;
  diff_outlets(db_, q, r);
  const std::string expected = "S" + std::string(held.claims.size(), 'c') + std::string(held.events.size(), 'e') +
                               std::string(held.misquotes.size(), 'm') + "F";
  EXPECT_EQ(r.calls, expected);
  EXPECT_GT(r.sentences, 0u);  // mentions are read whole before they are told
}

TEST_F(OutletDiffTest, ClaimScopeAndAsOf) {
  OutletDiffQuery q;
  q.claim_id = n_.claim;
  const OutletDiff scoped = diff(q);
  EXPECT_EQ(scoped.articles_a.size(), 1u);
  EXPECT_EQ(scoped.articles_b.size(), 1u);
  EXPECT_TRUE(scoped.misquotes.empty());  // the Witkoff articles are not about the claim
  OutletDiffQuery early;
  early.as_of = unix_at("2025-03-14T23:59:59Z");
  const OutletDiff before = diff(early);
  EXPECT_TRUE(before.articles_b.empty());
  ASSERT_EQ(before.claims.size(), 1u);
  EXPECT_TRUE(before.claims[0].a.covered());
  EXPECT_FALSE(before.claims[0].b.covered());
  EXPECT_FALSE(before.claims[0].stance_differs);
  OutletDiffQuery window;
  window.from = unix_at("2025-03-17T00:00:00Z");
  const OutletDiff late = diff(window);
  EXPECT_EQ(late.articles_a.size(), 1u);
  EXPECT_TRUE(late.claims.empty());
  EXPECT_EQ(late.misquotes.size(), 1u);
}

TEST_F(OutletDiffTest, SearchScope) {
  OutletDiffQuery q;
  q.search = "Witkoff";
  const OutletDiff d = diff(q);
  EXPECT_EQ(d.articles_a.size(), 1u);
  EXPECT_EQ(d.misquotes.size(), 1u);
  EXPECT_TRUE(d.claims.empty());
}

TEST_F(OutletDiffTest, UnknownOrSameOutletIsAnError) {
  OutletDiffQuery q;
  q.outlet_b = "Nowhere Daily";
  try {
    diff(q);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNotFound);
  }
  OutletDiffQuery same;
  same.outlet_b = "GRANITE WIRE";
  try {
    diff(same);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
  }
}

TEST_F(OutletDiffTest, RevisionsOfOneArticle) {
  const ArticleDiff d = diff_articles(db_, {n_.coastal_article, std::nullopt}, {n_.coastal_article, std::nullopt},
                                      std::nullopt);
  EXPECT_EQ(d.a.number, 1);
  EXPECT_EQ(d.b.number, 2);
  EXPECT_EQ(d.removed, 1u);
  EXPECT_EQ(d.added, 1u);
  ASSERT_FALSE(d.stances.empty());
  EXPECT_EQ(d.stances[0].level, "article");
  EXPECT_EQ(d.stances[0].stance_a, "discusses");
  EXPECT_EQ(d.stances[0].stance_b, "denies");
  EXPECT_EQ(d.stances[0].claim_text, "The troops are encircled");
  bool statement_denial_added = false;
  for (const auto& s : d.stances) {
    if (s.level == "statement" && !s.stance_a && s.stance_b == "denies") statement_denial_added = true;
  }
  EXPECT_TRUE(statement_denial_added);
  ASSERT_FALSE(d.dates.empty());
  EXPECT_EQ(d.dates[0].what, "publication");
  EXPECT_EQ(d.dates[0].a->value, "2025-03-16T09:00Z");
  EXPECT_EQ(d.dates[0].b->value, "2025-03-17T12:00Z");
  // Explicit revision numbers, and as of a date when only the first existed.
  const ArticleDiff same = diff_articles(db_, {n_.coastal_article, 1}, {n_.coastal_article, 1}, std::nullopt);
  EXPECT_EQ(same.unchanged, 1u);
  EXPECT_TRUE(same.stances.empty());
  EXPECT_THROW(diff_articles(db_, {n_.coastal_article, std::nullopt}, {n_.coastal_article, std::nullopt},
                             unix_at("2025-03-16T23:00:00Z")),
               Error);
  EXPECT_THROW(diff_articles(db_, {n_.coastal_article, 7}, {n_.coastal_article, 1}, std::nullopt), Error);
}

TEST_F(OutletDiffTest, TwoArticlesRewordedAndUnchanged) {
  const ArticleDiff d = diff_articles(db_, {n_.granite_2_article, std::nullopt}, {n_.harbor_2_article, std::nullopt},
                                      std::nullopt);
  EXPECT_EQ(d.reworded, 1u);
  EXPECT_EQ(d.unchanged, 1u);
  EXPECT_EQ(d.added + d.removed, 0u);
  for (const auto& c : d.statements) {
    if (c.change != "reworded") continue;
    ASSERT_TRUE(c.diff);
    EXPECT_EQ(word_diff_text(*c.diff), "positive and constructive [-conversation,-] {+discussion+}");
  }
}

// Event mentions as the store reads them, for the alignment tests: one per event id.
store::EventMentionRead call_mention(int64_t event_id, int64_t revision_id, std::vector<std::string> participants,
                                     std::optional<std::string> value, std::optional<std::string> first,
                                     std::optional<std::string> last, std::string precision,
                                     std::string event_class = "call") {
  store::EventMentionRead m;
  m.id = event_id * 10;
  m.event_id = event_id;
  m.revision_id = revision_id;
  m.trigger = m.lemma = m.event_label = "phone call";
  m.event_class = std::move(event_class);
  m.status = "expected";
  m.participants = std::move(participants);
  m.time_value = std::move(value);
  m.first_day = std::move(first);
  m.last_day = std::move(last);
  m.precision = std::move(precision);
  m.time_source = "expression";
  return m;
}

OutletSide side_with(const std::string& outlet, int64_t revision_id, std::vector<store::EventMentionRead> events) {
  OutletSide s;
  s.outlet = outlet;
  store::RevisionRef r;
  r.revision_id = revision_id;
  r.article_id = revision_id;
  r.outlet = outlet;
  s.revisions.push_back(r);
  s.events = std::move(events);
  return s;
}

TEST(AlignedEvents, TheSameCallKeptInTwoEventsIsComparedAsOneAndReDated) {
  const std::vector<std::string> leaders = {"Donald Trump", "Vladimir Putin"};
  const auto a = side_with("A", 1, {call_mention(7, 1, leaders, "2025-03-18", "2025-03-18", "2025-03-18", "day")});
  const auto b = side_with("B", 2, {call_mention(3, 2, {"vladimir putin", "Donald Trump"}, "2025-W12", "2025-03-17",
                                                 "2025-03-23", "week")});
  const OutletDiff d = compare_sides(a, b);
  ASSERT_EQ(d.events.size(), 1u);
  const auto& e = d.events[0];
  EXPECT_EQ(e.event_id, 3);
  EXPECT_EQ(e.event_ids, (std::vector<int64_t>{3, 7}));
  ASSERT_EQ(e.a.size(), 1u);
  ASSERT_EQ(e.b.size(), 1u);
  EXPECT_TRUE(e.redated);
  EXPECT_EQ(e.redating, "different precision");
}

TEST(AlignedEvents, NearMissesStayApart) {
  const std::vector<std::string> leaders = {"Donald Trump", "Vladimir Putin"};
  struct Case {
    const char* why;
    store::EventMentionRead other;
  };
  const std::vector<Case> cases = {
      {"one participant in common", call_mention(2, 2, {"Donald Trump", "Keir Starmer"}, "2025-W12", "2025-03-17",
                                                 "2025-03-23", "week")},
      {"days do not overlap", call_mention(2, 2, leaders, "2025-03-25", "2025-03-25", "2025-03-25", "day")},
      {"another class", call_mention(2, 2, leaders, "2025-W12", "2025-03-17", "2025-03-23", "week", "meeting")},
      {"not dated by the text", call_mention(2, 2, leaders, std::nullopt, std::nullopt, std::nullopt, "")},
  };
  for (const auto& c : cases) {
    const auto mine = call_mention(1, 1, leaders, "2025-03-18", "2025-03-18", "2025-03-18", "day");
    EXPECT_EQ(aligned_events({&mine, &c.other}), (std::vector<std::vector<int64_t>>{{1}, {2}})) << c.why;
    const OutletDiff d = compare_sides(side_with("A", 1, {mine}), side_with("B", 2, {c.other}));
    EXPECT_EQ(d.events.size(), 2u) << c.why;
    for (const auto& e : d.events) EXPECT_FALSE(e.redated) << c.why;
  }
}

}  // namespace
}  // namespace claimline::query
