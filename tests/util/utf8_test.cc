#include "util/utf8.h"

#include <gtest/gtest.h>

namespace claimline::utf8 {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_TRUE(is_valid(""));
  EXPECT_TRUE(is_valid("plain ascii"));
  EXPECT_TRUE(is_valid("Zelenskyy \u201Cquoted\u201D \u2014 \u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439"));
  EXPECT_TRUE(is_valid("\xF0\x9F\x98\x80"));  // U+1F600
}

TEST(Utf8, FindsFirstInvalidByte) {
  struct Case { std::string text; size_t at; };
  const Case cases[] = {
      {"ab\xFF", 2},                 // never valid
      {"\xC0\xAF", 0},               // overlong '/'
      {"ok\xE2\x80", 2},             // truncated sequence
      {"\xED\xA0\x80", 0},           // surrogate U+D800
      {"\xF4\x90\x80\x80", 0},       // past U+10FFFF
      {"x\x80y", 1},                 // lone continuation byte
  };
  for (const auto& c : cases) EXPECT_EQ(find_invalid(c.text), c.at) << c.text;
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  for (char32_t cp : {U'A', U'\u00E9', U'\u201C', U'\U0001F600'}) {
    std::string s;
    append(&s, cp);
    size_t len = 0;
    EXPECT_EQ(decode(s, 0, &len), cp);
    EXPECT_EQ(len, s.size());
  }
}

TEST(Utf8, CountsCodePointsAndLines) {
  const std::string s = "a\u201Cb\nc";
  EXPECT_EQ(code_points_before(s, s.size()), 5u);
  EXPECT_EQ(line_of(s, s.size() - 1), 2u);
  EXPECT_EQ(line_of(s, 0), 1u);
}

TEST(Utf8, TruncatesOnBoundary) {
  const std::string s = "ab\u201C";  // 2 + 3 bytes
  EXPECT_EQ(truncate(s, 4), "ab");
  EXPECT_EQ(truncate(s, 5), s);
}

}  // namespace
}  // namespace claimline::utf8
