#include "extract/lexicon/word_map.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/lexicon/word_set.h"

namespace claimline::lexicon {
namespace {

TEST(WordMap, FindsWhatWasInsertedAndNothingElse) {
  WordMap<int> m;
  m["said"] = 1;
  m["denied"] = 2;
  ASSERT_NE(m.find("said"), nullptr);
  EXPECT_EQ(*m.find("said"), 1);
  EXPECT_EQ(*m.find("denied"), 2);
  // Near-misses: a prefix, an extension, another case, the same length.
  EXPECT_EQ(m.find("sai"), nullptr);
  EXPECT_EQ(m.find("saids"), nullptr);
  EXPECT_EQ(m.find("Said"), nullptr);
  EXPECT_EQ(m.find("sand"), nullptr);
  EXPECT_EQ(m.find(""), nullptr);
}

TEST(WordMap, EmplaceKeepsTheFirstValueAndBracketsReachTheStoredOne) {
  WordMap<std::string> m;
  EXPECT_TRUE(m.emplace("went", "go"));
  EXPECT_FALSE(m.emplace("went", "wend"));
  EXPECT_EQ(*m.find("went"), "go");
  m["went"] += "!";
  EXPECT_EQ(*m.find("went"), "go!");
  EXPECT_EQ(m.size(), 1u);
}

TEST(WordMap, GrowsPastManyKeysKeepingEveryOneInInsertionOrder) {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919));
  WordMap<int> m;
  for (size_t i = 0; i < words.size(); ++i) m[words[i]] = static_cast<int>(i);
  ASSERT_EQ(m.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    ASSERT_NE(m.find(words[i]), nullptr) << words[i];
    EXPECT_EQ(*m.find(words[i]), static_cast<int>(i));
    EXPECT_EQ(m.keys()[i], words[i]);
  }
  EXPECT_EQ(m.find("w1"), nullptr);
  EXPECT_EQ(m.find("x0"), nullptr);
}

TEST(WordMap, KeysLongerThanEightBytesDifferingOnlyInTheMiddleAreDistinct) {
  // The hash reads the first and last eight bytes: words alike at both ends must still be
  // told apart by comparing them whole.
  WordMap<int> m;
  m["abcdefgh-1-ijklmnop"] = 1;
  m["abcdefgh-2-ijklmnop"] = 2;
  EXPECT_EQ(*m.find("abcdefgh-1-ijklmnop"), 1);
  EXPECT_EQ(*m.find("abcdefgh-2-ijklmnop"), 2);
  EXPECT_EQ(m.find("abcdefgh-3-ijklmnop"), nullptr);
  const std::string very_long(100, 'x');
  m[very_long] = 3;
  EXPECT_EQ(*m.find(very_long), 3);
  EXPECT_EQ(m.find(std::string(99, 'x')), nullptr);
  EXPECT_EQ(m.find(std::string(101, 'x')), nullptr);
}

TEST(WordSet, MembershipIsExact) {
  const WordSet s{"according", "to", "said"};
  EXPECT_EQ(s.size(), 3u);
  EXPECT_TRUE(s.contains("to"));
  EXPECT_TRUE(s.contains("according"));
  EXPECT_FALSE(s.contains("t"));
  EXPECT_FALSE(s.contains("accordingly"));
  EXPECT_FALSE(s.contains("says"));
}

}  // namespace
}  // namespace claimline::lexicon
