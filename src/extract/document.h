// The analysed form of one article body, built once and shared by every extractor:
// tokens with byte offsets, sentences and paragraphs. No extractor re-splits the text.
//
// Representation: `body()` is the text as stored; `lower()` is the same bytes with ASCII
// letters lower-cased, so every byte offset is valid in both. Tokens never contain
// whitespace. Sentences never cross paragraphs; a paragraph ends at a blank line, or at every
// line break when the body has no blank line at all (one paragraph per line, as news feeds
// deliver it).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/span.h"

namespace claimline {

enum class TokenKind : uint8_t {
  kWord,    // letters, with internal apostrophes/periods ("o'clock", "U.S.", "p.m.")
  kNumber,  // digits, with internal . , : / between digits ("1,000", "3.5", "3:30", "3/13/2025")
  kPunct,   // one punctuation mark or symbol (ASCII or a Unicode quote, dash, ellipsis...)
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool upper_initial = false;  // first character is an upper-case letter
  bool space_before = false;   // whitespace (or the start of the body) precedes it
  bool newline_before = false; // a line break lies between it and the previous token
  Span span() const { return Span(start, end); }
};

struct Sentence {
  uint32_t start = 0;        // byte offset of its first token
  uint32_t end = 0;          // byte offset just past its last token
  uint32_t first_token = 0;  // index into tokens()
  uint32_t end_token = 0;    // one past the last token
  uint32_t paragraph = 0;    // index into paragraphs()
  Span span() const { return Span(start, end); }
};

struct Paragraph {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t first_sentence = 0;
  uint32_t end_sentence = 0;
};

class Document {
 public:
  // Analyses `body`. The Document keeps its own copy, so the argument may go away.
  explicit Document(std::string_view body);

  std::string_view body() const { return body_; }
  std::string_view lower() const { return lower_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }

  std::string_view text(const Token& t) const { return std::string_view(body_).substr(t.start, t.end - t.start); }
  std::string_view lower(const Token& t) const { return std::string_view(lower_).substr(t.start, t.end - t.start); }
  std::string_view text(Span s) const { return std::string_view(body_).substr(s.start, s.end - s.start); }
  std::string_view text(size_t token_index) const { return text(tokens_[token_index]); }
  std::string_view lower(size_t token_index) const { return lower(tokens_[token_index]); }

  // Index of the sentence holding byte offset `pos` (the last one starting at or before it).
  size_t sentence_at(uint32_t pos) const;
  // Index of the first token whose end is after `pos` (tokens().size() when none).
  size_t token_at(uint32_t pos) const;

 private:
  void tokenize();
  void split_sentences();

  std::string body_;
  std::string lower_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<Paragraph> paragraphs_;
};

// Character classes used by the tokenizer and by extractors that scan raw text.
namespace text {
bool is_open_quote(std::string_view s);   // “ ‘ « „ ‹ " '
bool is_close_quote(std::string_view s);  // ” ’ » ‹ › " '
bool is_quote(std::string_view s);        // any of the above
bool is_dash(std::string_view s);         // - – — ―
}  // namespace text

}  // namespace claimline
