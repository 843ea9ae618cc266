// Lookup tables keyed by words, built once from the lexicon and then only read.
//
// Extraction asks these tables about nearly every token (is it a trigger, a cue verb, a
// month, a word a time expression can start with?), and nearly every answer is no. The
// standard unordered containers hash every byte of the word with a general hash and chase
// a node per bucket; here a question costs a length test against the lengths the table
// holds, a hash of at most sixteen bytes and a probe of one flat array. Keys are views into
// static lexicon text (or other storage that outlives the table).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace claimline::lexicon {

// Open addressing with linear probing, at most half full. Deterministic: the same inserts
// give the same table on every platform.
template <typename V>
class WordMap {
 public:
  WordMap() { rehash(16); }

  // The value of `key`, default-constructed and inserted when absent.
  V& operator[](std::string_view key) {
    if (const size_t at = slot_of(key); slots_[at] != 0) return values_[slots_[at] - 1];
    return insert_new(key, V{});
  }
  // Inserts `key` with `value` unless the key is present (then the table is unchanged, as
  // with std::unordered_map::emplace). True when inserted.
  bool emplace(std::string_view key, V value) {
    if (slots_[slot_of(key)] != 0) return false;
    insert_new(key, std::move(value));
    return true;
  }

  // The value of `key`, or nullptr.
  const V* find(std::string_view key) const {
    if (!length_possible(key.size())) return nullptr;
    const uint32_t s = slots_[slot_of(key)];
    return s == 0 ? nullptr : &values_[s - 1];
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  size_t size() const { return keys_.size(); }

  // Keys and values in insertion order.
  const std::vector<std::string_view>& keys() const { return keys_; }
  const std::vector<V>& values() const { return values_; }

 private:
  static constexpr size_t kLongKey = 63;  // keys this long or longer share one length bit

  static uint64_t hash(std::string_view w) {
    const size_t n = w.size();
    uint64_t a = 0;
    uint64_t b = 0;
    if (n >= 8) {
      std::memcpy(&a, w.data(), 8);
      std::memcpy(&b, w.data() + n - 8, 8);
    } else if (n > 0) {
      std::memcpy(&a, w.data(), n);
    }
    uint64_t h = (a ^ (b * 0x9e3779b97f4a7c15ULL) ^ (n * 0x632be59bd9b4e019ULL)) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 29);
  }
  static uint64_t length_bit(size_t n) { return uint64_t{1} << (n < kLongKey ? n : kLongKey); }
  bool length_possible(size_t n) const { return (lengths_ & length_bit(n)) != 0; }

  // The slot holding `key`, or the empty slot where it would go.
  size_t slot_of(std::string_view key) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      const uint32_t s = slots_[i];
      if (s == 0) return i;
      const std::string_view k = keys_[s - 1];
      if (k.size() == key.size() && (k.empty() || std::memcmp(k.data(), key.data(), k.size()) == 0)) return i;
    }
  }

  V& insert_new(std::string_view key, V value) {
    if (2 * (keys_.size() + 1) > slots_.size()) rehash(2 * slots_.size());
    keys_.push_back(key);
    values_.push_back(std::move(value));
    slots_[slot_of(key)] = static_cast<uint32_t>(keys_.size());
    lengths_ |= length_bit(key.size());
    return values_.back();
  }

  void rehash(size_t size) {
    slots_.assign(size, 0);
    for (size_t k = 0; k < keys_.size(); ++k) slots_[slot_of(keys_[k])] = static_cast<uint32_t>(k + 1);
  }

  std::vector<std::string_view> keys_;
  std::vector<V> values_;
  std::vector<uint32_t> slots_;  // index + 1 into keys_ and values_; 0 is empty
  uint64_t lengths_ = 0;         // bit n: some key has n bytes (bit kLongKey: kLongKey or more)
};

}  // namespace claimline::lexicon
