#include "extract/document.h"

#include <algorithm>
#include <array>

#include "util/utf8.h"

namespace claimline {
namespace {

enum class CharClass { kSpace, kNewline, kLetter, kDigit, kPunct };

CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::kNewline;
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return CharClass::kSpace;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::kLetter;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    return CharClass::kPunct;
  }
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) return CharClass::kNewline;
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000 || cp == 0xFEFF) {
    return CharClass::kSpace;
  }
  if (cp < 0xC0 && cp != 0xAA && cp != 0xB5 && cp != 0xBA) return CharClass::kPunct;
  if (cp == 0xD7 || cp == 0xF7) return CharClass::kPunct;
  if ((cp >= 0x2010 && cp <= 0x2BFF) || (cp >= 0x3001 && cp <= 0x303F) ||
      (cp >= 0xFF01 && cp <= 0xFF0F) || cp == 0xFFFD || (cp >= 0x1F000 && cp <= 0x1FAFF)) {
    return CharClass::kPunct;
  }
  return CharClass::kLetter;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;  // Latin Extended-A alternates
  if (cp >= 0x391 && cp <= 0x3A9) return true;           // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;           // Cyrillic
  return false;
}

struct Decoded {
  char32_t cp;
  size_t len;
  CharClass cls;
};

// classify() of each ASCII character, computed once.
CharClass ascii_class(unsigned char c) {
  static const auto table = [] {
    std::array<CharClass, 128> t{};
    for (char32_t cp = 0; cp < 128; ++cp) t[cp] = classify(cp);
    return t;
  }();
  return table[c];
}

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  Decoded at(size_t pos) const {
    if (pos >= s_.size()) return {0, 0, CharClass::kSpace};
    // Most news text is ASCII: no decoding call for it.
    if (const auto c = static_cast<unsigned char>(s_[pos]); c < 0x80) return {c, 1, ascii_class(c)};
    size_t len;
    const char32_t cp = utf8::decode(s_, pos, &len);
    return {cp, len, classify(cp)};
  }

 private:
  std::string_view s_;
};

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// Words that end in a period without ending a sentence.
bool is_abbreviation(std::string_view lower_word) {
  static constexpr std::array<std::string_view, 52> kAbbrev = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
      "gov", "sen", "rep", "reps", "sens", "pres", "rev", "hon", "st", "jr", "sr", "ste",
      "inc", "co", "corp", "ltd", "bros", "no", "nos", "vs", "etc", "approx", "dept", "est",
      "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "ft", "mt", "fig",
      "vol", "ave"};
  return std::find(kAbbrev.begin(), kAbbrev.end(), lower_word) != kAbbrev.end();
}

// Words that commonly open a sentence; used to decide whether "U.S. The" ends one.
bool is_sentence_opener(std::string_view lower_word) {
  static constexpr std::array<std::string_view, 30> kOpeners = {
      "the", "he", "she", "they", "it", "we", "i", "but", "and", "in", "a", "an", "this",
      "that", "his", "her", "their", "its", "on", "at", "as", "after", "there", "while",
      "meanwhile", "however", "officials", "some", "if", "when"};
  return std::find(kOpeners.begin(), kOpeners.end(), lower_word) != kOpeners.end();
}

}  // namespace

namespace text {
bool is_open_quote(std::string_view s) {
  return s == "\"" || s == "'" || s == "\u201C" || s == "\u2018" || s == "\u00AB" ||
         s == "\u201E" || s == "\u2039" || s == "\u201F" || s == "\u201B";
}
bool is_close_quote(std::string_view s) {
  return s == "\"" || s == "'" || s == "\u201D" || s == "\u2019" || s == "\u00BB" ||
         s == "\u203A" || s == "\u2039";
}
bool is_quote(std::string_view s) { return is_open_quote(s) || is_close_quote(s); }
bool is_dash(std::string_view s) {
  return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2015" || s == "\u2012";
}
}  // namespace text

Document::Document(std::string_view body) : body_(body), lower_(body) {
  for (char& c : lower_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  tokenize();
  split_sentences();
}

void Document::tokenize() {
  const Scanner sc(body_);
  const size_t n = body_.size();
  tokens_.reserve(n / 5);
  bool space = true, newline = false;
  size_t i = 0;
  while (i < n) {
    const Decoded d = sc.at(i);
    if (d.cls == CharClass::kSpace || d.cls == CharClass::kNewline) {
      space = true;
      newline = newline || d.cls == CharClass::kNewline;
      i += d.len;
      continue;
    }
    Token t;
    t.start = static_cast<uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    t.upper_initial = is_upper(d.cp);
    size_t j = i + d.len;
    if (d.cls == CharClass::kLetter) {
      t.kind = TokenKind::kWord;
      size_t run_start = i;  // start of the current letter run, for "U.S." detection
      bool dotted = false;
      while (j < n) {
        const Decoded e = sc.at(j);
        if (e.cls == CharClass::kLetter || e.cls == CharClass::kDigit) { j += e.len; continue; }
        const Decoded f = sc.at(j + e.len);
        if (is_apostrophe(e.cp) && f.cls == CharClass::kLetter) {
          // Split the possessive "'s" off ("Trump's" -> "Trump" "'s"), keep "don't", "o'clock".
          const Decoded g = sc.at(j + e.len + f.len);
          if ((f.cp == 's' || f.cp == 'S') && g.cls != CharClass::kLetter) break;
          j += e.len;
          continue;
        }
        if (e.cp == '.' && f.cls == CharClass::kLetter && j - run_start <= 2) {
          const Decoded g = sc.at(j + 1 + f.len);
          if (g.cls != CharClass::kLetter || sc.at(j + 1 + f.len + g.len).cp == '.') {
            j += 1;
            run_start = j;
            dotted = true;
            continue;
          }
        }
        break;
      }
      if (dotted && j < n && body_[j] == '.') ++j;
    } else if (d.cls == CharClass::kDigit) {
      t.kind = TokenKind::kNumber;
      while (j < n) {
        const Decoded e = sc.at(j);
        if (e.cls == CharClass::kDigit) { j += e.len; continue; }
        if ((e.cp == '.' || e.cp == ',' || e.cp == ':' || e.cp == '/') &&
            sc.at(j + 1).cls == CharClass::kDigit) {
          j += 1;
          continue;
        }
        break;
      }
    } else {
      t.kind = TokenKind::kPunct;
      // "'s" after a word is a word token of its own.
      if (is_apostrophe(d.cp) && !space) {
        const Decoded f = sc.at(j);
        if ((f.cp == 's' || f.cp == 'S') && sc.at(j + f.len).cls != CharClass::kLetter &&
            sc.at(j + f.len).cls != CharClass::kDigit) {
          t.kind = TokenKind::kWord;
          j += f.len;
        }
      }
    }
    t.end = static_cast<uint32_t>(j);
    tokens_.push_back(t);
    space = false;
    newline = false;
    i = j;
  }
}

void Document::split_sentences() {
  const bool has_blank_line = [&] {
    size_t p = 0;
    while ((p = body_.find('\n', p)) != std::string::npos) {
      size_t q = p + 1;
      while (q < body_.size() && (body_[q] == ' ' || body_[q] == '\t' || body_[q] == '\r')) ++q;
      if (q < body_.size() && body_[q] == '\n') return true;
      p = q;
    }
    return false;
  }();
  auto paragraph_break_before = [&](size_t ti) {
    if (ti == 0 || !tokens_[ti].newline_before) return false;
    if (!has_blank_line) return true;
    const std::string_view gap(body_.data() + tokens_[ti - 1].end, tokens_[ti].start - tokens_[ti - 1].end);
    return std::count(gap.begin(), gap.end(), '\n') >= 2;
  };
  auto ends_sentence_after = [&](size_t ti) -> bool {
    // tokens_[ti] is the last token of a candidate sentence; tokens_[ti + 1] exists.
    const Token& next = tokens_[ti + 1];
    if (!next.space_before) return false;
    // Skip closing quotes and brackets back to the terminal mark.
    size_t k = ti;
    while (k > 0 && tokens_[k].kind == TokenKind::kPunct &&
           (text::is_close_quote(text(k)) || text(k) == ")" || text(k) == "]")) {
      --k;
    }
    const std::string_view mark = text(k);
    const bool terminal = mark == "." || mark == "!" || mark == "?" || mark == "\u2026";
    const bool dotted_word = tokens_[k].kind == TokenKind::kWord && mark.size() > 2 && mark.back() == '.';
    if (!terminal && !dotted_word) {
      // A line break after a line without terminal punctuation ends a headline only when the
      // next line is a paragraph of its own; that case is handled by paragraph breaks.
      return false;
    }
    const std::string_view next_text = text(next);
    const bool next_opens = next.upper_initial || next.kind == TokenKind::kNumber ||
                            text::is_open_quote(next_text) || next_text == "(" || next_text == "[";
    if (!next_opens) return false;
    if (dotted_word) return is_sentence_opener(lower(ti + 1));
    if (mark == "." && k > 0) {
      const Token& prev = tokens_[k - 1];
      if (prev.end == tokens_[k].start && prev.kind == TokenKind::kWord) {
        const std::string_view w = lower(k - 1);
        const bool numbered = (w == "no" || w == "nos") && next.kind == TokenKind::kNumber;
        if ((is_abbreviation(w) && w != "no" && w != "nos") || numbered) return false;
        if (w.size() == 1 && prev.upper_initial) return false;  // an initial: "J. Smith"
      }
    }
    return true;
  };

  if (tokens_.empty()) return;
  uint32_t first = 0;
  uint32_t paragraph = 0;
  paragraphs_.push_back(Paragraph{tokens_[0].start, 0, 0, 0});
  auto close_sentence = [&](uint32_t end_token) {
    Sentence s;
    s.first_token = first;
    s.end_token = end_token;
    s.start = tokens_[first].start;
    s.end = tokens_[end_token - 1].end;
    s.paragraph = paragraph;
    sentences_.push_back(s);
    first = end_token;
  };
  for (uint32_t ti = 0; ti + 1 < tokens_.size(); ++ti) {
    if (paragraph_break_before(ti + 1)) {
      close_sentence(ti + 1);
      paragraphs_.back().end = tokens_[ti].end;
      paragraphs_.back().end_sentence = static_cast<uint32_t>(sentences_.size());
      ++paragraph;
      paragraphs_.push_back(Paragraph{tokens_[ti + 1].start, 0,
                                      static_cast<uint32_t>(sentences_.size()), 0});
    } else if (ends_sentence_after(ti)) {
      close_sentence(ti + 1);
    }
  }
  close_sentence(static_cast<uint32_t>(tokens_.size()));
  paragraphs_.back().end = tokens_.back().end;
  paragraphs_.back().end_sentence = static_cast<uint32_t>(sentences_.size());
}

size_t Document::sentence_at(uint32_t pos) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.start; });
  if (it == sentences_.begin()) return 0;
  return static_cast<size_t>(it - sentences_.begin()) - 1;
}

size_t Document::token_at(uint32_t pos) const {
  auto it = std::upper_bound(tokens_.begin(), tokens_.end(), pos,
                             [](uint32_t p, const Token& t) { return p < t.end; });
  return static_cast<size_t>(it - tokens_.begin());
}

}  // namespace claimline
