#include "extract/claim_clusters.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "extract/document.h"

namespace claimline {
namespace {

bool is_stopword(std::string_view w) {
  static const std::set<std::string_view> kStop = {
      "the", "and", "that", "this", "with", "for", "from", "was", "were", "are", "has", "had", "have", "been",
      "will", "would", "could", "should", "not", "but", "its", "their", "they", "them", "his", "her", "she",
      "him", "our", "who", "what", "which", "said", "says", "say", "told", "about", "into", "than", "then",
      "there", "these", "those", "also", "more", "after", "before", "over", "such", "any", "all", "can",
      "may", "might", "did", "does", "just", "only", "very", "when", "where", "while", "because", "being",
      "other", "some", "out", "one", "two", "new", "yet", "still", "there", "here", "now", "how", "why",
      "you", "your", "we", "us", "it's", "he", "is", "be", "to", "of", "in", "on", "at", "by", "an", "or",
      "as", "if", "so", "no", "do", "up", "it"};
  return kStop.count(w) > 0;
}

// A crude suffix stripper, enough to join "surrounded"/"surround" and "troops"/"troop".
std::string stem(std::string_view w) {
  std::string s(w);
  auto strip = [&](std::string_view suf, size_t keep) {
    if (s.size() >= suf.size() + keep && s.compare(s.size() - suf.size(), suf.size(), suf) == 0) {
      s.resize(s.size() - suf.size());
      return true;
    }
    return false;
  };
  if (strip("ing", 4) || strip("ed", 4) || strip("es", 4) || strip("s", 3)) return s;
  return s;
}

std::vector<std::string> content_terms(const std::string& text) {
  const Document doc(text);
  std::vector<std::string> terms;
  for (const auto& t : doc.tokens()) {
    if (t.kind != TokenKind::kWord) continue;
    const std::string_view w = doc.lower(t);
    if (w.size() < 3 || is_stopword(w)) continue;
    terms.push_back(stem(w));
  }
  return terms;
}

struct Vec {
  std::map<std::string, double> weights;  // term -> tf-idf
  double norm = 0;
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(size_t a, size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<size_t> parent_;
};

// Drops a leading "that" and cuts to about 30 words.
std::string proposition(const std::string& text) {
  std::string s = text;
  if (s.rfind("that ", 0) == 0) s = s.substr(5);
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && ++words == 30) return s.substr(0, i) + "\u2026";
  }
  return s;
}

}  // namespace

std::vector<ClaimSuggestion> suggest_claims(const std::vector<SuggestInput>& items, const SuggestOptions& opts) {
  const size_t n = items.size();
  std::vector<std::vector<std::string>> terms(n);
  std::unordered_map<std::string, size_t> df;
  for (size_t i = 0; i < n; ++i) {
    terms[i] = content_terms(items[i].text);
    for (const auto& t : std::set<std::string>(terms[i].begin(), terms[i].end())) ++df[t];
  }
  std::vector<Vec> vecs(n);
  std::unordered_map<std::string, std::vector<size_t>> postings;
  for (size_t i = 0; i < n; ++i) {
    for (const auto& t : terms[i]) vecs[i].weights[t] += 1.0;
    for (auto& [t, w] : vecs[i].weights) {
      w *= std::log(1.0 + static_cast<double>(n) / static_cast<double>(df[t]));
      vecs[i].norm += w * w;
      postings[t].push_back(i);
    }
    vecs[i].norm = std::sqrt(vecs[i].norm);
  }
  UnionFind uf(n);
  std::vector<double> centrality(n, 0);
  for (size_t i = 0; i < n; ++i) {
    std::map<size_t, size_t> shared;
    for (const auto& [t, w] : vecs[i].weights) {
      (void)w;
      if (postings[t].size() > n / 4 + 2) continue;  // too common to tell propositions apart
      for (size_t j : postings[t]) {
        if (j > i) ++shared[j];
      }
    }
    for (const auto& [j, count] : shared) {
      if (count < opts.min_shared_terms || vecs[i].norm == 0 || vecs[j].norm == 0) continue;
      double dot = 0;
      for (const auto& [t, w] : vecs[i].weights) {
        auto it = vecs[j].weights.find(t);
        if (it != vecs[j].weights.end()) dot += w * it->second;
      }
      double sim = dot / (vecs[i].norm * vecs[j].norm);
      // A shared named entity is evidence the two are about the same thing.
      for (int64_t e : items[i].entities) {
        if (std::find(items[j].entities.begin(), items[j].entities.end(), e) != items[j].entities.end()) {
          sim += 0.05;
          break;
        }
      }
      if (sim < opts.min_similarity) continue;
      uf.join(i, j);
      centrality[i] += sim;
      centrality[j] += sim;
    }
  }
  std::map<size_t, std::vector<size_t>> clusters;
  for (size_t i = 0; i < n; ++i) clusters[uf.find(i)].push_back(i);
  std::vector<ClaimSuggestion> out;
  for (auto& [root, members] : clusters) {
    (void)root;
    std::set<std::string> outlets;
    for (size_t m : members) {
      if (!items[m].outlet.empty()) outlets.insert(items[m].outlet);
    }
    if (members.size() < 2 || outlets.size() < opts.min_outlets) continue;
    std::sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      return centrality[a] != centrality[b] ? centrality[a] > centrality[b] : a < b;
    });
    ClaimSuggestion s;
    s.text = proposition(items[members.front()].text);
    for (size_t m : members) s.statement_ids.push_back(items[m].statement_id);
    s.outlets.assign(outlets.begin(), outlets.end());
    std::map<std::string, size_t> term_members;
    for (size_t m : members) {
      for (const auto& [t, w] : vecs[m].weights) {
        (void)w;
        ++term_members[t];
      }
    }
    std::vector<std::pair<size_t, std::string>> ranked;
    for (const auto& [t, c] : term_members) {
      if (c >= 2) ranked.emplace_back(c, t);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (size_t k = 0; k < ranked.size() && k < 6; ++k) s.terms.push_back(ranked[k].second);
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const ClaimSuggestion& a, const ClaimSuggestion& b) {
    if (a.outlets.size() != b.outlets.size()) return a.outlets.size() > b.outlets.size();
    if (a.statement_ids.size() != b.statement_ids.size()) return a.statement_ids.size() > b.statement_ids.size();
    return a.text < b.text;
  });
  if (out.size() > opts.limit) out.resize(opts.limit);
  return out;
}

}  // namespace claimline
