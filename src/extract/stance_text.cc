#include "extract/stance_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace claimline::stance {

namespace {

using lexicon::StanceCue;

constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

bool ends_with(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// Lower-case surface form with curly apostrophes folded, as the lexicon spells words.
std::string surface(std::string_view lower_word) {
  std::string out;
  out.reserve(lower_word.size());
  for (size_t i = 0; i < lower_word.size();) {
    if (lower_word.substr(i, 3) == kCurlyApostrophe) {
      out.push_back('\'');
      i += 3;
    } else {
      out.push_back(lower_word[i++]);
    }
  }
  return out;
}

void strip_suffixes(std::string& w) {
  const auto cut = [&w](size_t n) { w.resize(w.size() - n); };
  if (ends_with(w, "'s")) cut(2);
  else if (ends_with(w, "'")) cut(1);
  if (w.size() > 4 && ends_with(w, "ies")) { cut(3); w += 'y'; }
  else if (w.size() > 4 && ends_with(w, "ied")) { cut(3); w += 'y'; }
  else if (ends_with(w, "sses")) cut(2);
  else if (w.size() > 3 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") &&
           !ends_with(w, "is")) {
    cut(1);
  }
  // Place names and their adjectives share a stem: Ukraine/Ukrainian, Russia/Russian.
  if (w.size() > 6 && ends_with(w, "ian")) cut(3);
  else if (w.size() > 5 && ends_with(w, "ia")) cut(2);
  if (w.size() > 5 && ends_with(w, "ing")) cut(3);
  else if (w.size() > 4 && ends_with(w, "ed")) cut(2);
  else if (w.size() > 5 && ends_with(w, "ly")) cut(2);
  else if (w.size() > 7 && ends_with(w, "ment")) cut(4);
  if (w.size() > 4 && ends_with(w, "e")) cut(1);
  // Doubled final consonant left by -ing/-ed ("stopped" -> "stopp" -> "stop").
  if (w.size() > 3 && w[w.size() - 1] == w[w.size() - 2] && w.back() != 's' && w.back() != 'l' &&
      w.back() != 'z' && std::isalpha(static_cast<unsigned char>(w.back()))) {
    cut(1);
  }
}

struct Phrase {
  std::vector<uint32_t> words;  // surface hashes after the first
  StanceCue cue = StanceCue::kNone;
  int8_t group = kNoPredicate;
};

std::vector<std::string_view> split_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const size_t sp = s.find(' ');
    out.push_back(s.substr(0, sp));
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
  return out;
}

struct Lexicon {
  std::unordered_map<uint32_t, std::vector<Phrase>> by_first;  // longest phrases first
  std::unordered_set<uint32_t> stopwords;
  std::vector<std::string_view> group_names;
  std::vector<int8_t> contrary;

  Lexicon() {
    for (const auto& e : lexicon::kPredicates) {
      if (std::find(group_names.begin(), group_names.end(), e.group) == group_names.end()) {
        group_names.push_back(e.group);
      }
    }
    contrary.assign(group_names.size(), kNoPredicate);
    for (const auto& c : lexicon::kContraryGroups) {
      const int8_t a = group_index(c.a), b = group_index(c.b);
      contrary[a] = b;
      contrary[b] = a;
    }
    for (const auto& e : lexicon::kStanceCues) add(e.phrase, e.cue, kNoPredicate);
    for (const auto& e : lexicon::kPredicates) add(e.phrase, StanceCue::kNone, group_index(e.group));
    for (auto& [first, list] : by_first) {
      std::stable_sort(list.begin(), list.end(),
                       [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
    }
    for (const auto w : lexicon::kStopwords) stopwords.insert(term_hash(w));
  }

  int8_t group_index(std::string_view name) const {
    const auto it = std::find(group_names.begin(), group_names.end(), name);
    return it == group_names.end() ? kNoPredicate : static_cast<int8_t>(it - group_names.begin());
  }

  void add(std::string_view text, StanceCue cue, int8_t group) {
    const auto parts = split_spaces(text);
    Phrase p;
    for (size_t i = 1; i < parts.size(); ++i) p.words.push_back(term_hash(parts[i]));
    p.cue = cue;
    p.group = group;
    by_first[term_hash(parts[0])].push_back(std::move(p));
  }
};

const Lexicon& stance_lexicon() {
  static const Lexicon lex;
  return lex;
}

// Length in words of `p` matched at word `i`, or 0. Words of a phrase must be adjacent tokens.
size_t match_length(const Phrase& p, const std::vector<Word>& words, const std::vector<uint32_t>& surfaces,
                    size_t i) {
  if (i + p.words.size() >= words.size() + 1) return 0;
  for (size_t k = 0; k < p.words.size(); ++k) {
    const size_t j = i + 1 + k;
    if (j >= words.size() || words[j].token != words[i].token + 1 + k || surfaces[j] != p.words[k]) {
      return 0;
    }
  }
  return p.words.size() + 1;
}

}  // namespace

std::string stem(std::string_view lower_word) {
  std::string w = surface(lower_word);
  strip_suffixes(w);
  return w;
}

uint32_t term_hash(std::string_view term) {
  uint32_t h = 2166136261u;
  for (const unsigned char c : term) {
    h ^= c;
    h *= 16777619u;
  }
  return h == 0 ? 1 : h;
}

TermWeights::TermWeights(std::vector<uint32_t> terms, std::vector<float> idf, float unknown_idf)
    : terms_(std::move(terms)), idf_(std::move(idf)), unknown_idf_(unknown_idf) {}

float TermWeights::idf(uint32_t term) const {
  const auto it = std::lower_bound(terms_.begin(), terms_.end(), term);
  if (it == terms_.end() || *it != term) return unknown_idf_;
  return idf_[it - terms_.begin()];
}

int8_t predicate_group(std::string_view name) { return stance_lexicon().group_index(name); }

int8_t contrary_group(int8_t group) {
  const auto& lex = stance_lexicon();
  if (group < 0 || static_cast<size_t>(group) >= lex.contrary.size()) return kNoPredicate;
  return lex.contrary[group];
}

std::string_view predicate_group_name(int8_t group) {
  const auto& lex = stance_lexicon();
  if (group < 0 || static_cast<size_t>(group) >= lex.group_names.size()) return {};
  return lex.group_names[group];
}

StanceText::StanceText(const Document& doc, const TermWeights& weights) : doc_(&doc) {
  analyse_words(weights);
  index_terms(weights);
}

void StanceText::analyse_words(const TermWeights& /*weights*/) {
  const auto& lex = stance_lexicon();
  const auto& tokens = doc_->tokens();
  std::vector<uint32_t> surfaces;
  sentence_begin_.reserve(doc_->sentences().size() + 1);
  for (size_t s = 0; s < doc_->sentences().size(); ++s) {
    sentence_begin_.push_back(static_cast<uint32_t>(words_.size()));
    const auto& sent = doc_->sentences()[s];
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      if (tokens[t].kind == TokenKind::kPunct) continue;
      const std::string surf = surface(doc_->lower(t));
      std::string st = surf;
      strip_suffixes(st);
      Word w;
      w.token = t;
      w.sentence = static_cast<uint32_t>(s);
      w.term = term_hash(st);
      w.number = tokens[t].kind == TokenKind::kNumber;
      w.capital = tokens[t].upper_initial && t != sent.first_token;
      const uint32_t sh = term_hash(surf);
      w.stop = st.empty() || surf[0] == '\'' || lex.stopwords.contains(sh);
      words_.push_back(w);
      surfaces.push_back(sh);
    }
  }
  sentence_begin_.push_back(static_cast<uint32_t>(words_.size()));
  for (size_t i = 0; i < words_.size(); ++i) {
    const auto it = lex.by_first.find(surfaces[i]);
    if (it == lex.by_first.end()) continue;
    for (const Phrase& p : it->second) {
      const size_t n = match_length(p, words_, surfaces, i);
      if (n == 0) continue;
      if (p.cue != StanceCue::kNone && words_[i].cue == StanceCue::kNone) {
        words_[i].cue = p.cue;
        words_[i].cue_words = static_cast<uint8_t>(n);
      }
      if (p.group != kNoPredicate && words_[i].predicate == kNoPredicate) {
        words_[i].predicate = p.group;
        words_[i].predicate_words = static_cast<uint8_t>(n);
      }
    }
  }
}

void StanceText::index_terms(const TermWeights& weights) {
  postings_.reserve(words_.size());
  for (uint32_t i = 0; i < words_.size(); ++i) {
    if (!words_[i].stop) postings_.emplace_back(words_[i].term, i);
  }
  std::sort(postings_.begin(), postings_.end());
  content_words_ = postings_.size();
  posting_words_.reserve(postings_.size());
  for (const auto& [term, word] : postings_) {
    posting_words_.push_back(word);
    if (term_counts_.empty() || term_counts_.back().first != term) term_counts_.emplace_back(term, 0);
    ++term_counts_.back().second;
  }
  double sum = 0;
  for (const auto& [term, count] : term_counts_) {
    const double w = (1.0 + std::log(double(count))) * weights.idf(term);
    sum += w * w;
  }
  tfidf_norm_ = std::sqrt(sum);
}

std::span<const uint32_t> StanceText::occurrences(uint32_t term) const {
  const auto lo = std::lower_bound(postings_.begin(), postings_.end(), std::make_pair(term, uint32_t{0}));
  auto hi = lo;
  while (hi != postings_.end() && hi->first == term) ++hi;
  const size_t a = lo - postings_.begin(), b = hi - postings_.begin();
  return std::span<const uint32_t>(posting_words_.data() + a, b - a);
}

}  // namespace claimline::stance
