#include "extract/claim_clusters.h"

#include <gtest/gtest.h>

namespace claimline {
namespace {

TEST(ClaimClusters, GroupsTheSamePropositionAcrossOutlets) {
  const std::vector<SuggestInput> items = {
      {1, "thousands of Ukrainian troops are completely surrounded in Kursk", "Eastgate", {7}},
      {2, "the Ukrainian troops in Kursk were completely surrounded", "Capital Wire", {7}},
      {3, "Ukrainian troops surrounded in Kursk, he wrote", "Harbor Post", {}},
      {4, "the ceasefire talks in Jeddah ended with an agreement on prisoners", "Meridian", {}},
      {5, "talks in Jeddah ended with an agreement", "Meridian", {}},  // one outlet only
      {6, "energy infrastructure strikes will pause for thirty days", "Eastgate", {}},
  };
  const auto s = suggest_claims(items);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].outlets, (std::vector<std::string>{"Capital Wire", "Eastgate", "Harbor Post"}));
  EXPECT_EQ(s[0].statement_ids.size(), 3u);
  EXPECT_NE(std::find(s[0].terms.begin(), s[0].terms.end(), "surround"), s[0].terms.end());
}

TEST(ClaimClusters, UnrelatedStatementsMakeNoSuggestion) {
  const std::vector<SuggestInput> items = {
      {1, "the weather in Kyiv was cold", "A", {}},
      {2, "oil prices rose on Tuesday", "B", {}},
      {3, "a new stadium opens next year", "C", {}},
  };
  EXPECT_TRUE(suggest_claims(items).empty());
}

TEST(ClaimClusters, RanksByOutlets) {
  std::vector<SuggestInput> items = {
      {1, "Moscow retook the town of Sudzha", "A", {}}, {2, "Russia says it retook the town of Sudzha", "B", {}},
      {3, "Witkoff praised a constructive discussion with Putin", "A", {}},
      {4, "Witkoff expects a constructive discussion with Putin", "B", {}},
      {5, "Witkoff described a constructive discussion with Putin", "C", {}},
  };
  const auto s = suggest_claims(items);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].outlets.size(), 3u);
  EXPECT_EQ(s[1].outlets.size(), 2u);
}

}  // namespace
}  // namespace claimline
