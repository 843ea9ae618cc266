#include "report/times_json.h"

#include <gtest/gtest.h>

#include "extract/times.h"

namespace claimline::report {
namespace {

TEST(TimesJson, FollowsTheExtractionContract) {
  const std::string body = "Talks are expected this week.";
  const Document doc(body);
  const std::vector<TimeExpr> found = find_times(doc, *parse_timestamp("2025-03-17"));
  const nlohmann::json j = times_json(found, doc.body());
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["text"], "this week");
  EXPECT_EQ(j[0]["type"], "DATE");
  EXPECT_EQ(j[0]["value"], "2025-W12");
  EXPECT_EQ(j[0]["span"], nlohmann::json::array({19, 28}));
  EXPECT_EQ(j[0]["start"], "2025-03-17");
  EXPECT_EQ(j[0]["end"], "2025-03-23");
  EXPECT_TRUE(j[0]["mod"].is_null());
  EXPECT_EQ(j[0]["resolved"], true);
  EXPECT_FALSE(j[0]["rule"].get<std::string>().empty());
}

TEST(TimesJson, UnresolvedHasNoInterval) {
  TimeExpr t;
  t.span = Span(0, 6);
  t.type = TimeType::kDate;
  t.value = "XXXX-WXX-7";
  t.mod = "START";
  t.rule = "date.weekday";
  t.resolved = false;
  const nlohmann::json j = time_json(t, "Sunday it rained");
  EXPECT_EQ(j["text"], "Sunday");
  EXPECT_EQ(j["mod"], "START");
  EXPECT_EQ(j["resolved"], false);
  EXPECT_TRUE(j["start"].is_null());
  EXPECT_TRUE(j["end"].is_null());
}

}  // namespace
}  // namespace claimline::report
