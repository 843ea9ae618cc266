#include "eval/timeml.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "util/error.h"

namespace claimline::timeml {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string span_text(const Document& d, const Timex& t) { return d.text.substr(t.span.start, t.span.size()); }

TEST(TimeMl, ReadsDctTextAndTimexes) {
  const Document d = read(slurp(CLAIMLINE_TEST_DATA "/timeml/small/one.tml"), "one.tml");
  EXPECT_EQ(d.doc_id, "fixture_one");
  EXPECT_EQ(d.dct_value, "2025-03-17");
  EXPECT_EQ(d.dct_type, "DATE");
  EXPECT_EQ(d.dct_text, "March 17, 2025");
  EXPECT_EQ(d.text,
            "\nThe envoys met on Sunday & agreed to talk again this week.\n"
            "The conflict has lasted over three years.\n");
  ASSERT_EQ(d.timexes.size(), 3u);
  EXPECT_EQ(span_text(d, d.timexes[0]), "Sunday");
  EXPECT_EQ(d.timexes[0].value, "2025-03-16");
  EXPECT_EQ(span_text(d, d.timexes[1]), "this week");
  EXPECT_EQ(d.timexes[1].type, "DATE");
  EXPECT_EQ(span_text(d, d.timexes[2]), "over three years");
  EXPECT_EQ(d.timexes[2].mod, "MORE_THAN");
}

TEST(TimeMl, NormalisesLineEndsAndDecodesText) {
  const Document d = read(slurp(CLAIMLINE_TEST_DATA "/timeml/small/two.tml"), "two.tml");
  EXPECT_EQ(d.dct_value, "1998-02-06T22:19:00");
  EXPECT_EQ(d.text.find('\r'), std::string::npos);
  EXPECT_NE(d.text.find("Caf\u00e9 owners said yesterday that sales fell \u2014 the worst"), std::string::npos);
  EXPECT_NE(d.text.find("Prices <rose> in 1997."), std::string::npos);
  ASSERT_EQ(d.timexes.size(), 3u);
  EXPECT_EQ(span_text(d, d.timexes[2]), "1997");
}

TEST(TimeMl, WriteReadRoundTrip) {
  Document d = read(slurp(CLAIMLINE_TEST_DATA "/timeml/small/two.tml"), "two.tml");
  d.timexes[1].mod = "APPROX";
  const Document back = read(write(d), "written");
  EXPECT_EQ(back.text, d.text);
  EXPECT_EQ(back.dct_value, d.dct_value);
  EXPECT_EQ(back.doc_id, d.doc_id);
  ASSERT_EQ(back.timexes.size(), d.timexes.size());
  for (size_t k = 0; k < d.timexes.size(); ++k) {
    EXPECT_EQ(back.timexes[k].span, d.timexes[k].span);
    EXPECT_EQ(back.timexes[k].value, d.timexes[k].value);
    EXPECT_EQ(back.timexes[k].type, d.timexes[k].type);
    EXPECT_EQ(back.timexes[k].mod, d.timexes[k].mod);
  }
}

TEST(TimeMl, NestedTimexesAreOrderedInnerFirst) {
  const Document d = read(
      "<TimeML><TEXT>a <TIMEX3 tid=\"t1\" value=\"X\"><TIMEX3 tid=\"t2\" value=\"Y\">b</TIMEX3></TIMEX3> c</TEXT></TimeML>",
      "nested");
  ASSERT_EQ(d.timexes.size(), 2u);
  EXPECT_EQ(d.timexes[0].tid, "t2");
  EXPECT_EQ(d.timexes[1].tid, "t1");
  EXPECT_EQ(d.dct_value, "");
}

TEST(TimeMl, BadFilesAreBadInput) {
  for (const char* bad : {"<TimeML><TEXT>x</TimeML>", "<TimeML><DCT/></TimeML>",
                          "<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>"}) {
    SCOPED_TRACE(bad);
    try {
      read(bad, "bad.tml");
      FAIL() << "accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
      EXPECT_NE(std::string(e.what()).find("bad.tml"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace claimline::timeml
