// The words of a text as the stance classifier sees them: each word token of a Document with
// its stemmed term, whether it is a function word, and the stance cue (lexicon/stance_words.h)
// or predicate group that starts at it. Built once per text and shared by every claim scored
// against it.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/lexicon/stance_words.h"

namespace claimline::stance {

// Stems a lower-case word (light suffix stripping: plurals, -ed, -ing, -ly, -ment, final e,
// -ia/-ian so that a place and its adjective meet) and folds a curly apostrophe to a straight one. Deterministic; not a linguistic stemmer.
std::string stem(std::string_view lower_word);

// 32-bit FNV-1a hash of a term; never 0.
uint32_t term_hash(std::string_view term);

// Inverse document frequencies of terms, learned with the model. A term not in the table
// gets the weight of the rarest known terms.
class TermWeights {
 public:
  TermWeights() = default;
  // `terms` sorted ascending and unique; `idf` of the same length.
  TermWeights(std::vector<uint32_t> terms, std::vector<float> idf, float unknown_idf);

  float idf(uint32_t term) const;
  float unknown_idf() const { return unknown_idf_; }
  const std::vector<uint32_t>& terms() const { return terms_; }
  const std::vector<float>& idfs() const { return idf_; }

 private:
  std::vector<uint32_t> terms_;
  std::vector<float> idf_;
  float unknown_idf_ = 1.0f;
};

inline constexpr int8_t kNoPredicate = -1;

struct Word {
  uint32_t token = 0;          // index into Document::tokens()
  uint32_t term = 0;           // term_hash(stem(word))
  uint32_t sentence = 0;       // index into Document::sentences()
  lexicon::StanceCue cue = lexicon::StanceCue::kNone;  // cue phrase starting at this word
  uint8_t cue_words = 0;       // length of that phrase in words
  int8_t predicate = kNoPredicate;  // predicate group starting at this word
  uint8_t predicate_words = 0;
  bool stop = false;           // function word (kStopwords) or punctuation-like
  bool capital = false;        // upper-case initial, not the first word of its sentence
  bool number = false;
};

// Index of a predicate group by name, the group contrary to it (kNoPredicate when none),
// and its name. Groups are numbered in order of first appearance in kPredicates.
int8_t predicate_group(std::string_view name);
int8_t contrary_group(int8_t group);
std::string_view predicate_group_name(int8_t group);

class StanceText {
 public:
  // Analyses `doc`, which must outlive this object.
  StanceText(const Document& doc, const TermWeights& weights);

  const Document& doc() const { return *doc_; }
  const std::vector<Word>& words() const { return words_; }
  size_t sentence_count() const { return sentence_begin_.size() - 1; }
  // Words of sentence `s`: words()[sentence_words(s).first, .second).
  std::pair<uint32_t, uint32_t> sentence_words(size_t s) const {
    return {sentence_begin_[s], sentence_begin_[s + 1]};
  }
  // Indices into words() of the occurrences of `term`, ascending.
  std::span<const uint32_t> occurrences(uint32_t term) const;
  // Distinct content terms with their counts, sorted by term.
  const std::vector<std::pair<uint32_t, uint32_t>>& term_counts() const { return term_counts_; }
  // Euclidean norm of the text's tf-idf vector (tf = 1 + log count), over content terms.
  double tfidf_norm() const { return tfidf_norm_; }
  size_t content_words() const { return content_words_; }

 private:
  void analyse_words(const TermWeights& weights);
  void index_terms(const TermWeights& weights);

  const Document* doc_;
  std::vector<Word> words_;
  std::vector<uint32_t> sentence_begin_;
  std::vector<std::pair<uint32_t, uint32_t>> postings_;  // (term, word index), sorted
  std::vector<uint32_t> posting_words_;                   // word indices, same order
  std::vector<std::pair<uint32_t, uint32_t>> term_counts_;
  double tfidf_norm_ = 0;
  size_t content_words_ = 0;
};

}  // namespace claimline::stance
