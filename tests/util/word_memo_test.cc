#include "util/word_memo.h"

#include <gtest/gtest.h>

#include <string>

namespace claimline::util {
namespace {

TEST(WordMemo, ComputesEachWordOnceAndForgetsPastItsBound) {
  WordMemo<size_t> memo(3);
  int calls = 0;
  auto length = [&calls](std::string_view w) {
    ++calls;
    return w.size();
  };
  std::string talks = "talks";
  EXPECT_EQ(memo.get(talks, length), 5u);
  EXPECT_EQ(memo.get(std::string_view(talks).substr(0, 4), length), 4u);  // "talk": another word
  EXPECT_EQ(memo.get("talks", length), 5u);
  EXPECT_EQ(calls, 2);
  talks[0] = 'w';  // the key is a copy, not a view of the caller's text
  EXPECT_EQ(memo.get("talks", length), 5u);
  EXPECT_EQ(calls, 2);
  memo.get("a", length);
  EXPECT_EQ(memo.size(), 3u);
  memo.get("ab", length);  // a fourth word: the memo starts again
  EXPECT_EQ(memo.size(), 1u);
  EXPECT_EQ(memo.get("talks", length), 5u);
  EXPECT_EQ(calls, 5);
}

}  // namespace
}  // namespace claimline::util
