#include "query/diff.h"

#include <gtest/gtest.h>

#include "query/article_diff.h"
#include "query/newsroom.h"
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

}  // namespace
}  // namespace claimline::query
