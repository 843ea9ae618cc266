#include "query/timeline.h"

#include <gtest/gtest.h>

#include <limits>

#include "query/newsroom.h"
#include "util/error.h"

namespace claimline::query {
namespace {

using testing::Newsroom;

int64_t unix_at(const std::string& iso) { return parse_timestamp(iso)->time.time_since_epoch().count(); }

class TimelineTest : public ::testing::Test {
 protected:
  void SetUp() override { n_ = testing::build_newsroom(db_); }
  Timeline claim(std::optional<int64_t> as_of = std::nullopt, std::string from = "", std::string to = "") {
    TimelineQuery q;
    q.claim_id = n_.claim;
    q.as_of = as_of;
    q.from = from;
    q.to = to;
    return build_timeline(db_, q);
  }
  // "<when> <outlet> <speaker or (article)> <stance>" per row.
  static std::vector<std::string> brief(const Timeline& t) {
    std::vector<std::string> out;
    for (const auto& r : t.rows) {
      out.push_back(valid_time_label(r.valid_time) + " | " + r.outlet.value_or("-") + " | " +
                    r.speaker.value_or("(article)") + " | " + r.stance.value_or("-"));
    }
    return out;
  }
  store::Database db_{":memory:", store::OpenMode::kCreate};
  Newsroom n_;
};

using Lines = std::vector<std::string>;

TEST_F(TimelineTest, ClaimRowsByValidTimeWithImpreciseDatesAsTheyAre) {
  const Timeline t = claim();
  EXPECT_EQ(brief(t), (Lines{
                          "week of 2025-03-10 | Harbor Gazette | Olena Shevchenko | denies",
                          "2025-03-13 | Granite Wire | Ivan Petrov | supports",
                          "2025-03-14T10:00Z | Granite Wire | (article) | supports",
                          "2025-03-15T08:00Z | Harbor Gazette | (article) | denies",
                          "2025-03-17T12:00Z | Coastal Times | (article) | denies",
                          "2025-03-17T12:00Z | Coastal Times | Anna Berg | denies",
                          "undated | Coastal Times | Anna Berg | denies",
                      }));
  const auto& first = t.rows.front();
  EXPECT_EQ(first.kind, "statement");
  EXPECT_EQ(first.valid_time.precision, "week");
  EXPECT_EQ(first.valid_time.source, "said");
  EXPECT_EQ(first.report_time, "2025-03-15T08:00Z");  // reported a day after the week it was said in began
  EXPECT_EQ(first.text, "\u201cour troops hold their positions\u201d");
  EXPECT_EQ(t.rows[2].kind, "mention");
  EXPECT_EQ(t.rows.back().report_time, std::nullopt);
  ASSERT_TRUE(t.claim);
  EXPECT_EQ(t.claim->articles, 4);
  EXPECT_EQ(t.claim->supports, 1);
  EXPECT_EQ(t.claim->denies, 2);
}

TEST_F(TimelineTest, AsOfShowsWhatWasPublishedAndTheRevisionThenCurrent) {
  EXPECT_EQ(brief(claim(unix_at("2025-03-14T23:59:59Z"))),
            (Lines{"2025-03-13 | Granite Wire | Ivan Petrov | supports",
                   "2025-03-14T10:00Z | Granite Wire | (article) | supports"}));
  const Timeline mid = claim(unix_at("2025-03-16T23:59:59Z"));
  ASSERT_EQ(mid.rows.size(), 5u);
  EXPECT_EQ(brief(mid).back(), "2025-03-16T09:00Z | Coastal Times | (article) | discusses");
  EXPECT_EQ(mid.rows.back().revision, 1);
  EXPECT_EQ(mid.claim->discusses, 1);
  EXPECT_EQ(mid.claim->denies, 1);
  EXPECT_TRUE(claim(unix_at("2025-03-01T00:00:00Z")).rows.empty());
}

TEST_F(TimelineTest, FromAndToFilterOnValidTime) {
  EXPECT_EQ(brief(claim(std::nullopt, "2025-03-15", "")),
            (Lines{"week of 2025-03-10 | Harbor Gazette | Olena Shevchenko | denies",
                   "2025-03-15T08:00Z | Harbor Gazette | (article) | denies",
                   "2025-03-17T12:00Z | Coastal Times | (article) | denies",
                   "2025-03-17T12:00Z | Coastal Times | Anna Berg | denies"}));
  EXPECT_EQ(claim(std::nullopt, "", "2025-03-12").rows.size(), 1u);
}

TEST_F(TimelineTest, EntityTimelineHasStatementsAndEvents) {
  TimelineQuery q;
  q.entity = "Vladimir Putin";
  const Timeline t = build_timeline(db_, q);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].kind, "event");
  EXPECT_EQ(valid_time_label(t.rows[0].valid_time), "week of 2025-03-17");
  EXPECT_EQ(t.rows[0].time_text, "this week");
  EXPECT_EQ(t.rows[0].outlet, "Harbor Gazette");
  EXPECT_EQ(valid_time_label(t.rows[1].valid_time), "2025-03-18");
  EXPECT_EQ(t.rows[1].time_text, "on Tuesday");
  EXPECT_EQ(t.rows[1].cue, "phone call");
  q.entity = "Anna Berg";
  const Timeline berg = build_timeline(db_, q);
  ASSERT_EQ(berg.rows.size(), 1u);  // latest revision only; the undated article has no place
  EXPECT_EQ(berg.rows[0].text, "the encirclement claims are false");
  EXPECT_FALSE(berg.rows[0].stance);
  EXPECT_EQ(berg.rows[0].stance_cue, "assert");
}

TEST_F(TimelineTest, EntityTimelineTakesAnyLimit) {
  // The rows are not sized by the limit: the largest one reads what there is.
  TimelineQuery small, huge;
  small.entity = huge.entity = "Olena Shevchenko";
  huge.limit = std::numeric_limits<int>::max();
  const Timeline a = build_timeline(db_, small), b = build_timeline(db_, huge);
  ASSERT_FALSE(a.rows.empty());
  EXPECT_EQ(a.rows.size(), b.rows.size());
}

TEST_F(TimelineTest, SearchFindsStatementsAndEventSentences) {
  TimelineQuery q;
  q.search = "encircled";
  const Timeline t = build_timeline(db_, q);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].speaker, "Ivan Petrov");
  q.search = "phone call";
  const Timeline calls = build_timeline(db_, q);
  ASSERT_EQ(calls.rows.size(), 2u);
  for (const auto& r : calls.rows) EXPECT_EQ(r.kind, "event");
}

TEST_F(TimelineTest, ErrorsNameWhatIsWrong) {
  TimelineQuery none;
  EXPECT_THROW(build_timeline(db_, none), Error);
  TimelineQuery two;
  two.claim_id = n_.claim;
  two.entity = "Anna Berg";
  try {
    build_timeline(db_, two);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kUsage);
  }
  TimelineQuery missing;
  missing.claim_id = 99;
  try {
    build_timeline(db_, missing);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNotFound);
  }
  TimelineQuery nobody;
  nobody.entity = "Nobody Atall";
  EXPECT_THROW(build_timeline(db_, nobody), Error);
  TimelineQuery empty;
  empty.search = "  ";
  EXPECT_THROW(build_timeline(db_, empty), Error);
}

TEST_F(TimelineTest, ManualMentionsWin) {
  testing::set_mentions(db_, n_.claim, n_.granite_1, {{"article", "discusses", std::nullopt}}, true);
  const Timeline t = claim();
  for (const auto& r : t.rows) {
    if (r.outlet == "Granite Wire" && r.level == "article") {
      EXPECT_EQ(r.stance, "discusses");
      EXPECT_EQ(r.method, "manual");
    }
  }
}

TimelineRow sortable(const std::string& day, const std::optional<std::string>& reported, int64_t article,
                     const std::string& text) {
  TimelineRow r;
  r.kind = "statement";
  if (!day.empty()) r.valid_time = ValidTime{day, day, day, "day", "said"};
  r.report_time = reported;
  r.article_id = article;
  r.text = text;
  return r;
}

TEST(SortRows, ValidTimeThenReportTimeUndatedLastAndTiesKeepTheirOrder) {
  // Several permutation cycles and ties: equal keys keep the order they came in.
  std::vector<TimelineRow> rows = {
      sortable("", "2025-03-02T00:00Z", 1, "undated"),
      sortable("2025-03-05", "2025-03-06T00:00Z", 4, "tie first"),
      sortable("2025-03-01", std::nullopt, 2, "day 1, unreported"),
      sortable("2025-03-05", "2025-03-06T00:00Z", 4, "tie second"),
      sortable("2025-03-01", "2025-03-01T09:00Z", 3, "day 1, reported"),
      sortable("2025-03-03", "2025-03-04T00:00Z", 9, "day 3"),
      sortable("2025-03-05", "2025-03-05T00:00Z", 7, "day 5, reported earlier"),
  };
  sort_rows(rows);
  std::vector<std::string> got;
  for (const auto& r : rows) got.push_back(r.text);
  EXPECT_EQ(got, (std::vector<std::string>{"day 1, reported", "day 1, unreported", "day 3", "day 5, reported earlier",
                                           "tie first", "tie second", "undated"}));
  std::vector<TimelineRow> none;
  sort_rows(none);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace claimline::query
