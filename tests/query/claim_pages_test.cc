// Pages of a claim's timeline (store/claim_pages.h, query/timeline.h): every page size and
// both plans give exactly the rows the materialising reader (ClaimStore::mentions) gives, in
// page order, with no row lost or repeated at a page boundary, also when many rows share a
// publication time; as-of pages run newest first over what was published by then; cursors
// round-trip; the streamed complete timeline and the aggregate totals agree with the old
// in-memory ones; a bounded claim diff says when an outlet had more.
#include "store/claim_pages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "query/diff.h"
#include "query/newsroom.h"
#include "query/timeline.h"
#include "util/error.h"

namespace claimline::query {
namespace {

using store::ClaimPages;
using store::MentionRow;

int64_t unix_at(const std::string& iso) { return parse_timestamp(iso)->time.time_since_epoch().count(); }

class ClaimPagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    n_ = testing::build_newsroom(db_);
    add_crowd();
  }

  // Six articles about the claim, three published at the same minute, each with two quotes;
  // mentions written statement 1, statement 0, article, so mention ids run against the
  // order a page takes inside a revision.
  void add_crowd() {
    const char* times[] = {"2025-03-20T10:00Z", "2025-03-20T10:00Z", "2025-03-20T10:00Z",
                           "2025-03-19T08:00Z", "2025-03-21T09:00Z", "2025-03-20T10:00Z"};
    for (int i = 0; i < 6; ++i) {
      const std::string n = std::to_string(i);
      const int64_t rev = testing::add_article(
          db_, {i % 2 ? "Granite Wire" : "Harbor Gazette", "https://crowd.example/" + n, "Crowd " + n, times[i],
                {{"Speaker " + n, "first words " + n, true, std::nullopt},
                 {"Speaker " + n, "second words " + n, true, std::nullopt}},
                {}});
      testing::set_mentions(db_, n_.claim, rev,
                            {{"statement", i % 3 ? "denies" : "supports", 1},
                             {"statement", "discusses", 0},
                             {"article", i % 2 ? "supports" : "denies", std::nullopt}});
    }
  }

  // The oracle: the materialising reader's rows, ordered as a page orders them.
  std::vector<int64_t> expected(std::optional<int64_t> as_of) {
    auto rows = store::ClaimStore(db_).mentions(n_.claim, as_of);
    const auto key = [](const MentionRow& m) {
      return std::make_tuple(!m.published_at.has_value(), m.published_at.value_or(0), m.revision_id);
    };
    const auto inside = [](const MentionRow& m) {
      return std::make_tuple(m.level != "article", m.span_start.value_or(-1), m.id);
    };
    std::sort(rows.begin(), rows.end(), [&](const MentionRow& a, const MentionRow& b) {
      if (key(a) != key(b)) return as_of ? key(b) < key(a) : key(a) < key(b);
      return inside(a) < inside(b);
    });
    std::vector<int64_t> ids;
    for (const auto& m : rows) ids.push_back(m.id);
    return ids;
  }

  // Every page of `limit` rows, concatenated; checks each page's size and cursor.
  std::vector<int64_t> all_pages(ClaimPages& pages, std::optional<int64_t> as_of, int limit) {
    store::ClaimPageQuery q;
    q.claim_id = n_.claim;
    q.as_of = as_of;
    q.limit = limit;
    std::vector<int64_t> ids;
    for (int guard = 0; guard < 1000; ++guard) {
      const store::ClaimPage p = pages.page(q);
      EXPECT_LE(p.rows.size(), static_cast<size_t>(limit));
      for (const auto& m : p.rows) ids.push_back(m.id);
      if (!p.next) break;
      EXPECT_EQ(p.rows.size(), static_cast<size_t>(limit)) << "a short page that says more follow";
      // The cursor the user sees round-trips.
      const auto parsed = store::parse_cursor(store::to_cursor(*p.next));
      EXPECT_TRUE(parsed && *parsed == *p.next) << store::to_cursor(*p.next);
      q.after = parsed;
    }
    return ids;
  }

  store::Database db_{":memory:", store::OpenMode::kCreate};
  testing::Newsroom n_;
};

TEST_F(ClaimPagesTest, EveryPageSizeAndBothPlansGiveTheOracleRows) {
  const auto want = expected(std::nullopt);
  ASSERT_EQ(want.size(), 7u + 18u);
  for (int64_t walk_above : {int64_t{0}, ClaimPages::kNever, ClaimPages::kAuto}) {
    ClaimPages pages(db_, walk_above);
    for (int limit : {1, 2, 3, 4, 7, 24, 25, 26, 100}) {
      EXPECT_EQ(all_pages(pages, std::nullopt, limit), want) << "walk_above " << walk_above << ", limit " << limit;
    }
  }
}

TEST_F(ClaimPagesTest, OldestFirstWithUndatedLastAndArticleFirstInsideARevision) {
  ClaimPages pages(db_, 0);
  store::ClaimPageQuery q;
  q.claim_id = n_.claim;
  q.limit = 100;
  const auto p = pages.page(q);
  ASSERT_EQ(p.rows.size(), 25u);
  EXPECT_FALSE(p.next);
  EXPECT_EQ(p.rows.front().revision_id, n_.granite_1);
  EXPECT_EQ(p.rows.front().level, "article");
  EXPECT_EQ(p.rows.back().revision_id, n_.coastal_undated);
  for (size_t i = 1; i < p.rows.size(); ++i) {
    const auto& a = p.rows[i - 1];
    const auto& b = p.rows[i];
    if (a.revision_id != b.revision_id) continue;
    EXPECT_TRUE(a.level == "article" || (b.level != "article" && a.span_start < b.span_start));
  }
  // Evidence is the body text of the span, as the materialising reader gives it.
  size_t with_evidence = 0;
  for (const auto& old : store::ClaimStore(db_).mentions(n_.claim)) {
    const auto it = std::find_if(p.rows.begin(), p.rows.end(), [&](const MentionRow& m) { return m.id == old.id; });
    ASSERT_NE(it, p.rows.end());
    EXPECT_EQ(it->evidence, old.evidence);
    with_evidence += old.evidence.has_value();
  }
  EXPECT_GT(with_evidence, 10u);
}

TEST_F(ClaimPagesTest, AsOfPagesRunNewestFirstOverWhatWasPublishedThen) {
  const int64_t as_of = unix_at("2025-03-20T10:00:00Z");
  const auto want = expected(as_of);
  // granite_1, harbor_1, coastal_1 as revised on the 17th, and the crowd up to 10:00 on the 20th.
  ASSERT_EQ(want.size(), 2u + 2u + 2u + 5u * 3u);
  for (int64_t walk_above : {int64_t{0}, ClaimPages::kNever}) {
    ClaimPages pages(db_, walk_above);
    for (int limit : {1, 2, 5, 100}) EXPECT_EQ(all_pages(pages, as_of, limit), want) << walk_above << " " << limit;
  }
  ClaimPages pages(db_);
  store::ClaimPageQuery q;
  q.claim_id = n_.claim;
  q.as_of = unix_at("2025-03-16T23:59:59Z");
  const auto p = pages.page(q);
  ASSERT_EQ(p.rows.size(), 5u);
  EXPECT_EQ(p.rows.front().revision_id, n_.coastal_1);  // the revision current then, newest
  EXPECT_EQ(p.rows.front().stance, "discusses");
  EXPECT_EQ(p.rows.back().revision_id, n_.granite_1);
}

TEST_F(ClaimPagesTest, EmptyPages) {
  ClaimPages pages(db_);
  store::ClaimPageQuery q;
  q.claim_id = testing::add_claim(db_, "Nobody says this");
  auto p = pages.page(q);
  EXPECT_TRUE(p.rows.empty());
  EXPECT_FALSE(p.next);
  q.claim_id = n_.claim;
  q.as_of = unix_at("2025-03-01T00:00:00Z");  // before anything was published
  EXPECT_TRUE(pages.page(q).rows.empty());
  // After the last row: nothing, from either phase.
  q.as_of.reset();
  q.limit = 1000;
  const auto whole = pages.page(q);
  ASSERT_FALSE(whole.rows.empty());
  store::ClaimPageQuery last = q;
  const MentionRow& m = whole.rows.back();
  last.after = store::MentionKey{m.published_at.has_value(), m.published_at.value_or(0), m.revision_id,
                                 m.level == "article" ? 0 : 1, m.span_start.value_or(-1), m.id};
  EXPECT_TRUE(pages.page(last).rows.empty());
  q.limit = 0;
  EXPECT_THROW(pages.page(q), Error);
}

TEST_F(ClaimPagesTest, CursorsRoundTripAndBadOnesAreRefused) {
  const store::MentionKey dated{true, 1742189400, 17, 1, 523, 88};
  EXPECT_EQ(store::to_cursor(dated), "d1742189400.17.1.523.88");
  EXPECT_EQ(store::parse_cursor("d1742189400.17.1.523.88"), dated);
  const store::MentionKey before_1970{true, -86400, 3, 0, -1, 4};
  EXPECT_EQ(store::parse_cursor(store::to_cursor(before_1970)), before_1970);
  const store::MentionKey undated{false, 0, 9, 1, 12, 40};
  EXPECT_EQ(store::to_cursor(undated), "u9.1.12.40");
  EXPECT_EQ(store::parse_cursor("u9.1.12.40"), undated);
  for (const char* bad : {"", "x1.2.3.4", "d1.2.3.4", "u1.2.3", "u1.2.3.4.5", "d1742189400.17.2.5.8", "u0.1.1.1",
                          "u1.1.-2.1", "d1.2.x.4.5", "d1.2.1.4.5 ", "u1..1.1"}) {
    EXPECT_FALSE(store::parse_cursor(bad)) << bad;
  }
  ClaimPageRequest q;
  q.claim_id = n_.claim;
  q.after = "not-a-cursor";
  EXPECT_THROW(claim_timeline_page(db_, q), Error);
}

TEST_F(ClaimPagesTest, QueryPagesCarryCursorsTotalsAndTimelineRows) {
  ClaimPageRequest q;
  q.claim_id = n_.claim;
  q.limit = 10;
  q.totals = true;
  std::vector<int64_t> ids;
  ClaimTimelinePage p = claim_timeline_page(db_, q);
  EXPECT_EQ(p.subject, "claim " + std::to_string(n_.claim) + ": The troops are encircled");
  // 4 newsroom articles + 6 crowd articles; the crowd's stances alternate denies/supports.
  EXPECT_EQ(p.claim.articles, 10);
  EXPECT_EQ(p.claim.supports, 1 + 3);
  EXPECT_EQ(p.claim.denies, 2 + 3);
  EXPECT_EQ(p.claim.discusses, 1);  // the undated article has no article-level mention
  int64_t mentions = 0;
  for (const auto& t : p.totals) mentions += t.mentions;
  EXPECT_EQ(mentions, 25);
  while (true) {
    for (const auto& r : p.rows) ids.push_back(*r.mention_id);
    if (!p.next) break;
    q.after = p.next;
    q.totals = false;
    p = claim_timeline_page(db_, q);
    EXPECT_TRUE(p.totals.empty());
  }
  EXPECT_EQ(ids, expected(std::nullopt));
}

TEST_F(ClaimPagesTest, TotalsMatchTheMaterialisedCounts) {
  for (std::optional<int64_t> as_of : {std::optional<int64_t>(), std::optional<int64_t>(unix_at("2025-03-16T12:00:00Z"))}) {
    store::ClaimRow counted, summed;
    count_articles(store::ClaimStore(db_).mentions(n_.claim, as_of), counted);
    add_totals(ClaimPages(db_).totals(n_.claim, as_of), summed);
    EXPECT_EQ(std::make_tuple(summed.articles, summed.supports, summed.denies, summed.discusses),
              std::make_tuple(counted.articles, counted.supports, counted.denies, counted.discusses));
  }
}

TEST_F(ClaimPagesTest, StreamedTimelineEqualsTheSortedOne) {
  // Manual decisions too: a manual row hides the machine row on its target.
  testing::set_mentions(db_, n_.claim, n_.granite_1, {{"article", "discusses", std::nullopt}}, true);
  for (std::optional<int64_t> as_of : {std::optional<int64_t>(), std::optional<int64_t>(unix_at("2025-03-20T10:00:00Z"))}) {
    const auto sorted = claim_rows(store::ClaimStore(db_).mentions(n_.claim, as_of));
    std::vector<TimelineRow> streamed;
    each_claim_row(db_, n_.claim, as_of, [&](const TimelineRow& r) {
      streamed.push_back(r);
      return true;
    });
    ASSERT_EQ(streamed.size(), sorted.size());
    for (size_t i = 0; i < sorted.size(); ++i) {
      EXPECT_EQ(streamed[i].mention_id, sorted[i].mention_id) << i;
      EXPECT_EQ(streamed[i].text, sorted[i].text) << i;
      EXPECT_EQ(streamed[i].valid_time, sorted[i].valid_time) << i;
    }
  }
  ClaimPageRequest q;
  q.claim_id = n_.claim;
  const auto p = claim_timeline_page(db_, q);
  ASSERT_FALSE(p.rows.empty());
  EXPECT_EQ(p.rows.front().method, "manual");
  EXPECT_EQ(p.rows.front().stance, "discusses");
}

TEST_F(ClaimPagesTest, BoundedClaimDiffTakesEachOutletsLatestArticles) {
  OutletDiffQuery q;
  q.outlet_a = "Granite Wire";
  q.outlet_b = "Harbor Gazette";
  q.claim_id = n_.claim;
  const OutletDiff all = diff_outlets(db_, q);
  EXPECT_EQ(all.articles_a.size(), 4u);  // granite_1 and three crowd articles
  EXPECT_EQ(all.articles_b.size(), 4u);
  EXPECT_FALSE(all.more_a || all.more_b);
  q.limit = 2;
  const OutletDiff two = diff_outlets(db_, q);
  ASSERT_EQ(two.articles_a.size(), 2u);
  EXPECT_TRUE(two.more_a);
  EXPECT_TRUE(two.more_b);
  EXPECT_EQ(two.limit, 2);
  // The latest two, listed oldest first.
  EXPECT_EQ(two.articles_a[0].published_at, all.articles_a[2].published_at);
  EXPECT_EQ(two.articles_a[1].published_at, all.articles_a[3].published_at);
  ASSERT_EQ(two.claims.size(), 1u);
  EXPECT_EQ(two.claims[0].a.article_ids.size(), 2u);
  q.limit = 4;
  EXPECT_FALSE(diff_outlets(db_, q).more_a);
}

}  // namespace
}  // namespace claimline::query
