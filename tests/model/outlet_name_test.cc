#include "model/outlet_name.h"

#include <gtest/gtest.h>

namespace claimline {
namespace {

TEST(OutletName, KeysAgreeAcrossSpellings) {
  for (const char* name : {"THEHILL", "The Hill", "thehill.com", "www.thehill.com",
                           "https://www.thehill.com/policy/123", "The  Hill!"}) {
    EXPECT_EQ(outlet_key(name), "thehill") << name;
  }
  EXPECT_EQ(outlet_key("bbc.co.uk"), "bbc");
  EXPECT_EQ(outlet_key("South China Morning Post"), "southchinamorningpost");
}

TEST(OutletName, DifferentOutletsStayApart) {
  EXPECT_NE(outlet_key("The Hill"), outlet_key("The Hilltop"));
  EXPECT_NE(outlet_key("Capital Wire"), outlet_key("Capital Post"));
}

TEST(OutletName, HostOfUrl) {
  EXPECT_EQ(url_host("https://www.thehill.com/a?b=c"), "thehill.com");
  EXPECT_EQ(url_host("http://user@news.example:8080/x"), "news.example");
  EXPECT_FALSE(url_host("not a url").has_value());
  EXPECT_FALSE(url_host("").has_value());
}

TEST(OutletName, CodesAndAbbreviations) {
  EXPECT_TRUE(looks_like_code("THEHILL"));
  EXPECT_TRUE(looks_like_code("SCMP"));
  EXPECT_FALSE(looks_like_code("The Hill"));
  EXPECT_FALSE(looks_like_code("AB"));
  EXPECT_TRUE(code_abbreviates("northledger", "northernledger"));
  EXPECT_TRUE(code_abbreviates("scmp", "southchinamorningpost"));
  EXPECT_FALSE(code_abbreviates("scmp", "capitalwire"));
  EXPECT_FALSE(code_abbreviates("hill", "thehill"));  // must share the first letter
}

TEST(OutletName, CanonicalUrl) {
  EXPECT_EQ(canonical_url("HTTP://WWW.Example.com/Story/?utm_source=x&id=3#top"),
            "https://example.com/Story?id=3");
  EXPECT_EQ(canonical_url("https://example.com/a/"), "https://example.com/a");
  EXPECT_EQ(canonical_url("https://example.com/"), "https://example.com/");
}

}  // namespace
}  // namespace claimline
