// A set of lower-case words built once from a lexicon table, for O(1) membership tests.
#pragma once

#include <string_view>
#include <unordered_set>

namespace claimline::lexicon {

class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : words_(words, words + N) {}
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {}
  template <typename It>
  WordSet(It first, It last) : words_(first, last) {}
  bool contains(std::string_view lower_word) const { return words_.count(lower_word) != 0; }

 private:
  std::unordered_set<std::string_view> words_;
};

}  // namespace claimline::lexicon
