#include "store/timeline_query.h"

#include <gtest/gtest.h>

#include <limits>

#include "store/article_store.h"
#include "store/extraction_store.h"

namespace claimline::store {
namespace {

const std::string kNow = "2026-01-01T00:00:00Z";

int64_t day(int d) {  // Unix seconds of 2024-01-d
  return (date::sys_days{date::year{2024} / 1 / d}).time_since_epoch().count() * 86400;
}

// Stores an article whose whole body is one statement of `speaker`.
void add(Database& db, const std::string& url, std::optional<int> published, const std::string& speaker,
         const std::string& text) {
  ArticleInput a;
  a.outlet = "Granite Wire";
  a.url = url;
  if (published) a.published = Timestamp::from_day(date::year{2024} / 1 / *published);
  a.body = speaker + " said " + text + ".";
  Transaction tx(db);
  ArticleStore articles(db);
  const PutResult r = articles.put(a, kNow);
  Extraction x;
  Entity e;
  e.name = speaker;
  e.mentions.push_back(Span(0, static_cast<uint32_t>(speaker.size())));
  x.entities.push_back(e);
  Statement s;
  const auto start = static_cast<uint32_t>(speaker.size() + 6);
  s.span = Span(start, start + static_cast<uint32_t>(text.size()));
  s.text = text;
  s.speaker = speaker;
  s.speaker_entity = 0;
  s.cue = "said";
  s.confidence = 0.9;
  s.rule = "test";
  x.statements.push_back(s);
  ExtractionStore(db).put(r.revision_id, x, a.body, kNow);
  tx.commit();
}

class EntityTimelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    add(db_, "https://a.example/1", 10, "Maria Okafor", "the bridge is late");
    add(db_, "https://a.example/2", 5, "Maria Okafor", "the budget is fine");
    add(db_, "https://a.example/2", 20, "Maria Okafor", "the budget is not fine");  // revision 2
    add(db_, "https://a.example/3", std::nullopt, "Maria Okafor", "undated words");
    add(db_, "https://a.example/4", 15, "Tomas Novak", "someone else spoke");
    okafor_ = StatementStore(db_).find_entities("Maria Okafor");
    ASSERT_EQ(okafor_.size(), 1u);
  }

  // The texts of the timeline, computed with both plans, which must agree.
  std::vector<std::string> texts(EntityTimelineQuery q) {
    q.entity_ids = okafor_;
    std::vector<std::string> by_speaker, by_date;
    for (const auto& r : EntityTimeline(db_, std::numeric_limits<int64_t>::max()).statements(q)) {
      by_speaker.push_back(r.text);
    }
    for (const auto& r : EntityTimeline(db_, 0).statements(q)) by_date.push_back(r.text);
    EXPECT_EQ(by_speaker, by_date);
    return by_speaker;
  }

  Database db_{":memory:", OpenMode::kCreate};
  std::vector<int64_t> okafor_;
};

using Texts = std::vector<std::string>;

TEST_F(EntityTimelineTest, LatestRevisionsInPublicationOrderWithoutUndated) {
  EXPECT_EQ(texts({}), (Texts{"the bridge is late", "the budget is not fine"}));
  EntityTimelineQuery newest;
  newest.newest_first = true;
  EXPECT_EQ(texts(newest), (Texts{"the budget is not fine", "the bridge is late"}));
}

TEST_F(EntityTimelineTest, AsOfShowsTheRevisionCurrentOnThatDate) {
  EntityTimelineQuery q;
  q.as_of = day(12);
  EXPECT_EQ(texts(q), (Texts{"the budget is fine", "the bridge is late"}));
  q.as_of = day(25);
  EXPECT_EQ(texts(q), (Texts{"the bridge is late", "the budget is not fine"}));
  q.as_of = day(1);
  EXPECT_TRUE(texts(q).empty());
}

TEST_F(EntityTimelineTest, RangeAndPaging) {
  EntityTimelineQuery q;
  q.from = day(11);
  EXPECT_EQ(texts(q), (Texts{"the budget is not fine"}));
  q = {};
  q.to = day(11);
  EXPECT_EQ(texts(q), (Texts{"the bridge is late"}));
  q = {};
  q.limit = 1;
  q.offset = 1;
  EXPECT_EQ(texts(q), (Texts{"the budget is not fine"}));
}

TEST_F(EntityTimelineTest, NoEntityNoRows) {
  EXPECT_TRUE(EntityTimeline(db_).statements({}).empty());
  EXPECT_TRUE(StatementStore(db_).find_entities("Nobody Here").empty());
}

}  // namespace
}  // namespace claimline::store
