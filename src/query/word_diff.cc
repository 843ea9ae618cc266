#include "query/word_diff.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

namespace claimline::query {
namespace {

// Typographic punctuation that wraps words: quotes, dashes, ellipsis (UTF-8).
constexpr std::array<std::string_view, 9> kWrapPunct = {"\u201c", "\u201d", "\u2018", "\u2019", "\u2014",
                                                        "\u2013", "\u2026", "\u00ab", "\u00bb"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size() && words.size() < kMaxDiffWords) {
    while (i < s.size() && is_space(s[i])) ++i;
    const size_t start = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

bool strip_front(std::string_view& w) {
  if (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) {
    w.remove_prefix(1);
    return true;
  }
  for (auto p : kWrapPunct) {
    if (w.starts_with(p)) {
      w.remove_prefix(p.size());
      return true;
    }
  }
  return false;
}

bool strip_back(std::string_view& w) {
  if (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) {
    w.remove_suffix(1);
    return true;
  }
  for (auto p : kWrapPunct) {
    if (w.ends_with(p)) {
      w.remove_suffix(p.size());
      return true;
    }
  }
  return false;
}

// Longest-common-subsequence table over word keys: lcs[i][j] for suffixes a[i..], b[j..].
std::vector<std::vector<uint16_t>> lcs_table(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::vector<uint16_t>> t(a.size() + 1, std::vector<uint16_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      t[i][j] = a[i] == b[j] ? static_cast<uint16_t>(t[i + 1][j + 1] + 1) : std::max(t[i + 1][j], t[i][j + 1]);
    }
  }
  return t;
}

void push(std::vector<WordOp>& ops, WordOp::Kind kind, std::string_view word) {
  ops.push_back(WordOp{kind, std::string(word)});
}

}  // namespace

std::string word_key(std::string_view word) {
  std::string_view w = word;
  while (strip_front(w)) {
  }
  while (strip_back(w)) {
  }
  if (w.empty()) w = word;
  std::string key(w);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::vector<std::string> word_keys(std::string_view text) {
  std::vector<std::string> keys;
  for (auto w : split_words(text)) keys.push_back(word_key(w));
  return keys;
}

double similarity_bound(const std::vector<std::string>& sorted_a, const std::vector<std::string>& sorted_b) {
  const size_t total = sorted_a.size() + sorted_b.size();
  if (total == 0) return 1.0;
  size_t common = 0;  // size of the multiset intersection: no common subsequence is longer
  for (size_t i = 0, j = 0; i < sorted_a.size() && j < sorted_b.size();) {
    const int c = sorted_a[i].compare(sorted_b[j]);
    if (c == 0) ++common;
    if (c <= 0) ++i;
    if (c >= 0) ++j;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(total);
}

WordDiff word_diff(std::string_view a, std::string_view b) {
  const auto wa = split_words(a), wb = split_words(b);
  std::vector<std::string> ka, kb;
  for (auto w : wa) ka.push_back(word_key(w));
  for (auto w : wb) kb.push_back(word_key(w));
  const auto t = lcs_table(ka, kb);
  WordDiff d;
  size_t i = 0, j = 0;
  while (i < ka.size() || j < kb.size()) {
    if (i < ka.size() && j < kb.size() && ka[i] == kb[j]) {
      push(d.ops, WordOp::Kind::kSame, wa[i++]);
      ++j;
    } else if (j == kb.size() || (i < ka.size() && t[i + 1][j] >= t[i][j + 1])) {
      push(d.ops, WordOp::Kind::kRemoved, wa[i++]);
    } else {
      push(d.ops, WordOp::Kind::kAdded, wb[j++]);
    }
  }
  const size_t total = ka.size() + kb.size();
  const size_t common = t[0][0];
  d.similarity = total == 0 ? 1.0 : 2.0 * static_cast<double>(common) / static_cast<double>(total);
  d.same_words = common == ka.size() && common == kb.size();
  return d;
}

std::string word_diff_text(const WordDiff& d) {
  std::string out;
  for (size_t i = 0; i < d.ops.size(); ++i) {
    const auto& op = d.ops[i];
    const bool run_start = i == 0 || d.ops[i - 1].kind != op.kind;
    const bool run_end = i + 1 == d.ops.size() || d.ops[i + 1].kind != op.kind;
    if (!out.empty()) out += ' ';
    if (run_start && op.kind == WordOp::Kind::kRemoved) out += "[-";
    if (run_start && op.kind == WordOp::Kind::kAdded) out += "{+";
    out += op.text;
    if (run_end && op.kind == WordOp::Kind::kRemoved) out += "-]";
    if (run_end && op.kind == WordOp::Kind::kAdded) out += "+}";
  }
  return out;
}

}  // namespace claimline::query
