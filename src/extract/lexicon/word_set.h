// A set of lower-case words built once from a lexicon table, for fast membership tests.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "extract/lexicon/word_map.h"

namespace claimline::lexicon {

class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : WordSet(words, words + N) {}
  WordSet(std::initializer_list<std::string_view> words) : WordSet(words.begin(), words.end()) {}
  template <typename It>
  WordSet(It first, It last) {
    for (; first != last; ++first) words_.emplace(*first, 0);
  }
  bool contains(std::string_view lower_word) const { return words_.contains(lower_word); }
  size_t size() const { return words_.size(); }

 private:
  WordMap<uint8_t> words_;
};

}  // namespace claimline::lexicon
