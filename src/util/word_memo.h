// WordMemo: remembers a pure function's result per word, for the extractors' lookups that
// run on every token (news repeats its words, so most calls find the answer here). Keyed
// by the word's text without copying it on a lookup; dropped whole past `max_words`
// entries so memory stays bounded. Not thread safe: keep one per thread (thread_local).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace claimline::util {

template <typename Value>
class WordMemo {
 public:
  explicit WordMemo(size_t max_words = 100000) : max_words_(max_words) {}

  // The value for `word`: remembered, or compute(word) remembered now.
  template <typename Compute>
  const Value& get(std::string_view word, Compute&& compute) {
    if (auto it = values_.find(word); it != values_.end()) return it->second;
    if (values_.size() >= max_words_) values_.clear();
    return values_.emplace(std::string(word), compute(word)).first->second;
  }

  size_t size() const { return values_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  size_t max_words_;
  std::unordered_map<std::string, Value, Hash, std::equal_to<>> values_;
};

}  // namespace claimline::util
