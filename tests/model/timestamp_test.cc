#include "model/timestamp.h"

#include <gtest/gtest.h>

namespace claimline {
namespace {

TEST(Timestamp, ParsesGoodForms) {
  struct Case { const char* in; const char* iso; Precision p; };
  const Case cases[] = {
      {"2025-03-17", "2025-03-17", Precision::kDay},
      {" 2025-03-17 ", "2025-03-17", Precision::kDay},
      {"2025-03", "2025-03", Precision::kMonth},
      {"2025", "2025", Precision::kYear},
      {"20250317", "2025-03-17", Precision::kDay},
      {"2025-03-17T14:05", "2025-03-17T14:05Z", Precision::kMinute},
      {"2025-03-17T14:05:09Z", "2025-03-17T14:05:09Z", Precision::kSecond},
      {"2025-03-17T14:05:09.123Z", "2025-03-17T14:05:09Z", Precision::kSecond},
      {"2025-03-17T16:05:00+02:00", "2025-03-17T14:05:00Z", Precision::kSecond},
      {"2025-03-17T01:00:00-0500", "2025-03-17T06:00:00Z", Precision::kSecond},
      {"2025-03-17 09:30", "2025-03-17T09:30Z", Precision::kMinute},
      {"Mon, 17 Mar 2025 14:05:00 GMT", "2025-03-17T14:05:00Z", Precision::kSecond},
      {"March 17, 2025", "2025-03-17", Precision::kDay},
      {"Mar. 17, 2025", "2025-03-17", Precision::kDay},
      {"17 March 2025", "2025-03-17", Precision::kDay},
      {"Sept 3, 2025", "2025-09-03", Precision::kDay},
      {"March 17, 2025 2:05 pm EDT", "2025-03-17T18:05Z", Precision::kMinute},
      {"2024-02-29", "2024-02-29", Precision::kDay},
  };
  for (const auto& c : cases) {
    auto t = parse_timestamp(c.in);
    ASSERT_TRUE(t.has_value()) << c.in;
    EXPECT_EQ(t->iso(), c.iso) << c.in;
    EXPECT_EQ(t->precision, c.p) << c.in;
  }
}

TEST(Timestamp, RefusesBadForms) {
  for (const char* in : {"", "yesterday", "2025-02-30", "2025-13-01", "2025-03-17T25:00",
                         "2025-03-17T10:61", "March 32, 2025", "2025-3-7", "17/03/2025",
                         "2025-03-17 garbage", "Mayday 5, 2025", "2023-02-29"}) {
    EXPECT_FALSE(parse_timestamp(in).has_value()) << in;
  }
}

TEST(Timestamp, UndatedHasNoIso) {
  EXPECT_FALSE(Timestamp::undated().known());
  EXPECT_EQ(Timestamp::undated().iso(), "");
}

TEST(Timestamp, PrecisionNamesRoundTrip) {
  for (auto p : {Precision::kNone, Precision::kDay, Precision::kMinute}) {
    EXPECT_EQ(parse_precision_name(precision_name(p)), p);
  }
  EXPECT_FALSE(parse_precision_name("fortnight").has_value());
}

}  // namespace
}  // namespace claimline
