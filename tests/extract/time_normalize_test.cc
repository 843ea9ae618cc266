#include "extract/time_normalize.h"

#include <gtest/gtest.h>

namespace claimline::timenorm {
namespace {

using date::year_month_day;
using lexicon::UnitKind;

year_month_day ymd(int y, unsigned m, unsigned d) {
  return year_month_day{date::year{y}, date::month{m}, date::day{d}};
}

TEST(TimeNormalize, Values) {
  const year_month_day d = ymd(2025, 3, 17);
  EXPECT_EQ(day_value(d), "2025-03-17");
  EXPECT_EQ(week_value(d), "2025-W12");
  EXPECT_EQ(week_value(ymd(2021, 1, 2)), "2020-W53");  // ISO week-year
  EXPECT_EQ(weekend_value(d), "2025-W12-WE");
  EXPECT_EQ(value_at(d, Grain::kMonth), "2025-03");
  EXPECT_EQ(value_at(d, Grain::kQuarter), "2025-Q1");
  EXPECT_EQ(value_at(d, Grain::kHalf), "2025-H1");
  EXPECT_EQ(value_at(d, Grain::kSeason), "2025-SP");
  EXPECT_EQ(value_at(ymd(2025, 1, 10), Grain::kSeason), "2024-WI");
  EXPECT_EQ(value_at(d, Grain::kYear), "2025");
  EXPECT_EQ(value_at(ymd(1994, 5, 1), Grain::kDecade), "199");
  EXPECT_EQ(value_at(ymd(1994, 5, 1), Grain::kCentury), "19");
  EXPECT_EQ(unknown_at(Grain::kWeek), "XXXX-WXX");
  EXPECT_EQ(unknown_at(Grain::kDay), "XXXX-XX-XX");
}

TEST(TimeNormalize, Shift) {
  EXPECT_EQ(shift(ymd(2025, 3, 31), Grain::kMonth, -1), ymd(2025, 2, 28));
  EXPECT_EQ(shift(ymd(2025, 1, 15), Grain::kMonth, -1), ymd(2024, 12, 15));
  EXPECT_EQ(shift(ymd(2025, 3, 17), Grain::kWeek, 1), ymd(2025, 3, 24));
  EXPECT_EQ(shift(ymd(2025, 3, 17), Grain::kQuarter, -1), ymd(2024, 12, 17));
  EXPECT_EQ(shift(ymd(2024, 2, 29), Grain::kYear, 1), ymd(2025, 2, 28));
  EXPECT_EQ(shift(ymd(2025, 3, 1), Grain::kDay, -1), ymd(2025, 2, 28));
}

TEST(TimeNormalize, Durations) {
  EXPECT_EQ(duration_value(3, UnitKind::kYear), "P3Y");
  EXPECT_EQ(duration_value(48, UnitKind::kHour), "PT48H");
  EXPECT_EQ(duration_value(30, UnitKind::kDay), "P30D");
  EXPECT_EQ(duration_value(2.5, UnitKind::kYear), "P2Y6M");
  EXPECT_EQ(duration_value(1.5, UnitKind::kHour), "PT1H30M");
  EXPECT_EQ(duration_value(0.5, UnitKind::kHour), "PT30M");
  EXPECT_EQ(duration_value(1.5, UnitKind::kDay), "P1DT12H");
  EXPECT_EQ(duration_value(1, UnitKind::kDecade), "P10Y");
  EXPECT_EQ(duration_value(2, UnitKind::kQuarter), "P6M");
  EXPECT_EQ(duration_value(1, UnitKind::kFortnight), "P2W");
  EXPECT_EQ(duration_value(1.5, UnitKind::kWeek), "P1.5W");
  EXPECT_EQ(vague_duration_value(UnitKind::kYear), "PXY");
  EXPECT_EQ(vague_duration_value(UnitKind::kHour), "PTXH");
}

TEST(TimeNormalize, Intervals) {
  auto check = [](const char* value, year_month_day first, year_month_day last) {
    SCOPED_TRACE(value);
    const auto r = interval_of(value);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->first, first);
    EXPECT_EQ(r->last, last);
  };
  check("2025-W12", ymd(2025, 3, 17), ymd(2025, 3, 23));
  check("2025-W12-WE", ymd(2025, 3, 22), ymd(2025, 3, 23));
  check("2025-03", ymd(2025, 3, 1), ymd(2025, 3, 31));
  check("2024-02", ymd(2024, 2, 1), ymd(2024, 2, 29));
  check("2025-03-16", ymd(2025, 3, 16), ymd(2025, 3, 16));
  check("2025-03-16T15:00", ymd(2025, 3, 16), ymd(2025, 3, 16));
  check("2025-03-16TNI", ymd(2025, 3, 16), ymd(2025, 3, 16));
  check("2025", ymd(2025, 1, 1), ymd(2025, 12, 31));
  check("2025-Q2", ymd(2025, 4, 1), ymd(2025, 6, 30));
  check("2025-H2", ymd(2025, 7, 1), ymd(2025, 12, 31));
  check("2025-WI", ymd(2025, 12, 1), ymd(2026, 2, 28));
  check("199", ymd(1990, 1, 1), ymd(1999, 12, 31));
  check("19", ymd(1900, 1, 1), ymd(1999, 12, 31));
  for (const char* none : {"P3Y", "PAST_REF", "XXXX-WXX", "XXXX-03-13", "2025-13", "2025-02-30", "2025-W54", ""}) {
    EXPECT_FALSE(interval_of(none).has_value()) << none;
  }
}

}  // namespace
}  // namespace claimline::timenorm
