#include "query/valid_time.h"

#include <gtest/gtest.h>

namespace claimline::query {
namespace {

TEST(PrecisionOfValue, NamesTheGrainOfEachTimeMLValue) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"2025-03-18", "day"},       {"2025-W12", "week"},          {"2025-03", "month"},
      {"2025-Q1", "quarter"},      {"2025", "year"},              {"2025-03-16T15:00", "minute"},
      {"2025-03-17T05:30Z", "minute"}, {"2025-03-17T05:30:09Z", "second"},
      // Near misses: not ISO, out of range, vague or unanchored.
      {"2025-13", "unknown"},      {"2025-Q5", "unknown"},        {"2025-W1", "unknown"},
      {"20250317", "unknown"},     {"PAST_REF", "unknown"},       {"XXXX-WXX", "unknown"},
      {"2025-02-30", "unknown"},   {"", "unknown"},               {"P3Y", "unknown"},
  };
  for (const auto& [value, precision] : cases) EXPECT_EQ(precision_of_value(value), precision) << value;
}

TEST(ValidTimeLabel, ShowsImpreciseDatesAsWhatTheyAre) {
  struct Case {
    ValidTime t;
    std::string label;
  };
  const std::vector<Case> cases = {
      {{"2025-03-18", "2025-03-18", "2025-03-18", "day", "said"}, "2025-03-18"},
      {{"2025-W12", "2025-03-17", "2025-03-23", "week", "said"}, "week of 2025-03-17"},
      {{"2025-03", "2025-03-01", "2025-03-31", "month", "said"}, "March 2025"},
      {{"2025-Q1", "2025-01-01", "2025-03-31", "quarter", "event"}, "Q1 2025"},
      {{"2025", "2025-01-01", "2025-12-31", "year", "said"}, "2025"},
      {{"2025-W12-WE", "2025-03-22", "2025-03-23", "range", "event"}, "2025-03-22 to 2025-03-23"},
      {{"2025-03-19", "", "2025-03-19", "unknown", "event"}, "on or before 2025-03-19"},
      {{"2025-03-17T05:30Z", "2025-03-17", "2025-03-17", "minute", "publication"}, "2025-03-17T05:30Z"},
      {{"", "", "", "none", "none"}, "undated"},
  };
  for (const auto& c : cases) EXPECT_EQ(valid_time_label(c.t), c.label) << c.t.value;
}

TEST(SaidTime, NeedsBothDaysAndKeepsTheValuePrecision) {
  auto week = said_time("2025-W12", "2025-03-17", "2025-03-23");
  ASSERT_TRUE(week);
  EXPECT_EQ(week->precision, "week");
  EXPECT_EQ(week->source, "said");
  EXPECT_EQ(valid_time_label(*week), "week of 2025-03-17");
  EXPECT_FALSE(said_time("PAST_REF", std::nullopt, std::nullopt));
  EXPECT_FALSE(said_time("2025-W12", "2025-03-17", std::nullopt));
  EXPECT_FALSE(said_time("2025-03-18", "18 March", "18 March"));
  auto plain = said_time(std::nullopt, "2025-03-14", "2025-03-16");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->precision, "range");
}

TEST(PublicationTime, CoversTheDaysOfItsPrecisionAndNeverInventsOne) {
  const ValidTime minute = publication_time("2025-03-17T05:30Z", "minute");
  EXPECT_EQ(minute.start, "2025-03-17");
  EXPECT_EQ(minute.end, "2025-03-17");
  EXPECT_EQ(minute.source, "publication");
  const ValidTime month = publication_time("2025-02", "month");
  EXPECT_EQ(month.start, "2025-02-01");
  EXPECT_EQ(month.end, "2025-02-28");
  EXPECT_EQ(valid_time_label(month), "February 2025");
  const ValidTime year = publication_time("2024", "year");
  EXPECT_EQ(year.end, "2024-12-31");
  EXPECT_EQ(valid_time_label(year), "2024");
  const ValidTime undated = publication_time(std::nullopt, "none");
  EXPECT_FALSE(undated.dated());
  EXPECT_EQ(undated.precision, "none");
  EXPECT_EQ(valid_time_label(undated), "undated");
  EXPECT_FALSE(publication_time("garbage", "day").dated());
}

TEST(EventTime, PublicationDatedEventsAreOnlyBounded) {
  auto bound = event_time("2025-03-19", std::nullopt, "2025-03-19", "unknown", "publication");
  ASSERT_TRUE(bound);
  EXPECT_TRUE(bound->start.empty());
  EXPECT_EQ(valid_time_label(*bound), "on or before 2025-03-19");
  auto week = event_time("2025-W12", "2025-03-17", "2025-03-23", "week", "expression");
  ASSERT_TRUE(week);
  EXPECT_EQ(valid_time_label(*week), "week of 2025-03-17");
  EXPECT_FALSE(event_time(std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt));
}

TEST(Overlaps, KeepsRowsThatMeetTheWindow) {
  const ValidTime week{"2025-W12", "2025-03-17", "2025-03-23", "week", "said"};
  EXPECT_TRUE(overlaps(week, "2025-03-20", ""));
  EXPECT_TRUE(overlaps(week, "", "2025-03-17"));
  EXPECT_FALSE(overlaps(week, "2025-03-24", ""));
  EXPECT_FALSE(overlaps(week, "", "2025-03-16"));
  const ValidTime bound{"2025-03-19", "", "2025-03-19", "unknown", "event"};
  EXPECT_TRUE(overlaps(bound, "", "2025-03-01"));  // may have happened before the window ends
  EXPECT_FALSE(overlaps(bound, "2025-03-20", ""));
  const ValidTime undated{"", "", "", "none", "none"};
  EXPECT_TRUE(overlaps(undated, "", ""));
  EXPECT_FALSE(overlaps(undated, "2025-01-01", ""));
}

}  // namespace
}  // namespace claimline::query
