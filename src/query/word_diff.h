// Word-level diff of two short texts (quotes, statements): which words one has that the
// other lacks. Words are runs of non-space characters; two words are the same when they
// match ignoring case and the punctuation around them, so "conversation," equals
// "conversation" and a quote that differs only in its final comma is not a rewording.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimline::query {

struct WordOp {
  enum class Kind { kSame, kRemoved, kAdded };
  Kind kind = Kind::kSame;
  std::string text;  // the word as written (for kSame, as in the first text)
};

struct WordDiff {
  std::vector<WordOp> ops;  // in reading order; removed words precede the added ones that replace them
  double similarity = 0;    // 2 * common words / (words of a + words of b), in [0, 1]; 1 for two empty texts
  bool same_words = false;  // every word matches (the texts differ at most in case and punctuation)
};

// Texts longer than kMaxDiffWords words are compared on their first kMaxDiffWords words.
inline constexpr size_t kMaxDiffWords = 400;

WordDiff word_diff(std::string_view a, std::string_view b);

// "positive and constructive [-discussion-] {+conversation,+}": removed words in [- -],
// added words in {+ +}, runs merged.
std::string word_diff_text(const WordDiff& d);

// The comparison key of a word: lower-case ASCII letters, with leading and trailing
// punctuation (ASCII and typographic quotes, dashes, ellipsis) removed; the word itself
// when nothing else is left.
std::string word_key(std::string_view word);

// The comparison keys of a text's words (its first kMaxDiffWords), in reading order: what
// word_diff aligns.
std::vector<std::string> word_keys(std::string_view text);

// At least word_diff(a, b).similarity, from the two texts' word keys sorted: common words
// counted regardless of order. Cheap; when it is below a threshold, so is the similarity.
double similarity_bound(const std::vector<std::string>& sorted_a, const std::vector<std::string>& sorted_b);

}  // namespace claimline::query
