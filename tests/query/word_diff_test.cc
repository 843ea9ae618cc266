#include "query/word_diff.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace claimline::query {
namespace {

TEST(WordDiff, RewordedQuoteShowsTheSwappedWord) {
  const WordDiff d = word_diff("positive and constructive discussion", "positive and constructive conversation,");
  EXPECT_FALSE(d.same_words);
  EXPECT_EQ(word_diff_text(d), "positive and constructive [-discussion-] {+conversation,+}");
  EXPECT_NEAR(d.similarity, 0.75, 1e-9);
}

TEST(WordDiff, CaseAndPunctuationAreNotRewordings) {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"Our troops continue to hold back Russian and North Korean groupings in the Kursk region.",
       "Our troops continue to hold back Russian and North Korean groupings in the Kursk region,"},
      {"\u201cWe will win,\u201d", "we will WIN"},
      {"", ""},
      {"a \u2014 b", "a \u2014 b"},
  };
  for (const auto& [a, b] : same) {
    const WordDiff d = word_diff(a, b);
    EXPECT_TRUE(d.same_words) << a << " | " << b;
    EXPECT_DOUBLE_EQ(d.similarity, 1.0);
  }
}

TEST(WordDiff, DifferentQuotesAreFarApart) {
  const WordDiff d = word_diff("The call itself is the easy part", "Sudzha was the political prize of the operation");
  EXPECT_FALSE(d.same_words);
  EXPECT_LT(d.similarity, 0.5);
  const WordDiff one_empty = word_diff("", "something said");
  EXPECT_DOUBLE_EQ(one_empty.similarity, 0.0);
  EXPECT_EQ(word_diff_text(one_empty), "{+something said+}");
}

TEST(WordDiff, InsertionsAndDeletionsKeepReadingOrder) {
  const WordDiff d = word_diff("troops are surrounded near Sudzha", "troops are completely surrounded");
  EXPECT_EQ(word_diff_text(d), "troops are {+completely+} surrounded [-near Sudzha-]");
}

TEST(WordKey, StripsWrappingPunctuationOnly) {
  EXPECT_EQ(word_key("\u201cConversation,\u201d"), "conversation");
  EXPECT_EQ(word_key("U.S."), "u.s");
  EXPECT_EQ(word_key("30-day"), "30-day");
  EXPECT_EQ(word_key("\u2014"), "\u2014");
  EXPECT_EQ(word_key("..."), "...");
}

TEST(WordDiff, LongTextsAreCappedNotRejected) {
  std::string a, b;
  for (size_t i = 0; i < kMaxDiffWords + 50; ++i) {
    a += "w" + std::to_string(i) + " ";
    b += "w" + std::to_string(i) + " ";
  }
  EXPECT_TRUE(word_diff(a, b).same_words);
}

std::vector<std::string> sorted_keys(const std::string& text) {
  auto keys = word_keys(text);
  std::sort(keys.begin(), keys.end());
  return keys;
}

TEST(SimilarityBound, NeverBelowTheSimilarityAndExactWhenTheOrderAgrees) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"positive and constructive conversation,", "positive and constructive discussion"},
      {"the talks went well", "well the talks went"},  // same words, another order
      {"we will not retreat", "\u201cWe will NOT retreat.\u201d"},
      {"a a a b", "a b b b"},                          // repeated words count once per match
      {"nothing alike here", "completely different words"},
      {"", ""},
      {"one", ""}};
  for (const auto& [a, b] : pairs) {
    const double bound = similarity_bound(sorted_keys(a), sorted_keys(b));
    EXPECT_GE(bound + 1e-12, word_diff(a, b).similarity) << a << " | " << b;
  }
  EXPECT_DOUBLE_EQ(similarity_bound(sorted_keys("a a a b"), sorted_keys("a b b b")), 0.5);
  EXPECT_DOUBLE_EQ(similarity_bound(sorted_keys("the talks went well"), sorted_keys("well the talks went")), 1.0);
  EXPECT_LT(word_diff("the talks went well", "well the talks went").similarity, 1.0);  // order matters to the diff
  EXPECT_DOUBLE_EQ(similarity_bound(sorted_keys("positive and constructive conversation,"),
                                    sorted_keys("positive and constructive discussion")),
                   word_diff("positive and constructive conversation,", "positive and constructive discussion").similarity);
  EXPECT_DOUBLE_EQ(similarity_bound(sorted_keys("nothing alike here"), sorted_keys("completely different words")), 0.0);
}

}  // namespace
}  // namespace claimline::query
