// The small grammar of attribution shared by the quote and reported-speech extractors: cue
// phrases ("has repeatedly denied", "pointed out", "according to"), the noun phrase that
// names a source next to a cue ("he", "Steve Witkoff", "Trump's special envoy, Steve
// Witkoff", "a spokesman for the ministry", "Russian officials"), objects after a cue
// ("told reporters"), and the setting and time of saying ("on social media", "on Sunday").
//
// All positions are token indices into doc.tokens(); ranges are half-open [first, end).
// Every function looks only inside the bounds it is given (normally one sentence) and
// returns nothing rather than a doubtful match.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/document.h"
#include "extract/lexicon/cue_verbs.h"
#include "model/span.h"
#include "model/statement.h"

namespace claimline::attribution {

struct TokenRange {
  size_t first = 0;
  size_t end = 0;
  bool empty() const { return first >= end; }
};

// A cue phrase: auxiliaries and adverbs, the cue verb, its particle.
struct Cue {
  TokenRange tokens;  // "has also repeatedly denied", "pointed out"
  size_t verb = 0;    // the cue verb itself
  const lexicon::CueVerb* entry = nullptr;
  bool negated = false;  // "did not say", "never said"
};

enum class SourceKind { kName, kPronoun, kNoun };

// A noun phrase naming a source.
struct Source {
  TokenRange tokens;  // the whole phrase, determiner included ("the ministry")
  TokenRange name;    // the name run inside it, if any ("Steve Witkoff" in "envoy Steve Witkoff")
  size_t head = 0;    // the head word: last token of the name, the pronoun, or the head noun
  SourceKind kind = SourceKind::kNoun;
};

// A statement as an extractor found it, with the source phrase it was attributed to (in
// token terms, for speaker resolution).
struct Attributed {
  Statement statement;
  std::optional<Source> source;
};

// The cue verb entry for a lower-case form, or nullptr.
const lexicon::CueVerb* find_cue_verb(std::string_view lower_form, std::string_view next_lower_word);

// A cue phrase whose verb is token `verb`; auxiliaries and adverbs before it are taken in
// as far as `floor`. None when the token is not a cue verb (or its particle is missing).
std::optional<Cue> cue_at(const Document& doc, size_t verb, size_t floor);

// The source phrase that ends just before token `end` (exclusive) and starts at a clause
// boundary at or after `floor`: "…, he", "Secretary of State Marco Rubio", "Witkoff,
// following his recent meetings with Putin,". An appositive between the phrase and `end`
// is skipped; the returned phrase is the head phrase.
std::optional<Source> source_before(const Document& doc, size_t end, size_t floor);

// The source phrase that starts at token `first` and ends at a phrase boundary before
// `ceil`: "said [Dino Spencer], who ...", "said [a spokesman for the ministry]."
std::optional<Source> source_after(const Document& doc, size_t first, size_t ceil);

// Tokens [first, end) taken whole as a source noun phrase, when nothing in them can be a
// verb, a clause opener or a quotation: "current and former officials in the FBI and at the
// Justice Department", "a source close to him", "The Nobel-winning Peruvian novelist Mario
// Vargas Llosa". At most 14 tokens. A phrase with neither a determiner nor a name must be
// headed by a speaking or plural noun. None otherwise.
std::optional<Source> phrase_source(const Document& doc, size_t first, size_t end);

// "according to" at token `i` (both words); returns the end of the phrase.
bool according_to_at(const Document& doc, size_t i, size_t ceil);

// Skips an object noun phrase of a cue ("reporters", "a North Carolina rally", "him",
// "Moscow", "the Fed") starting at `i`; returns the index after it (or `i` when none).
size_t skip_object(const Document& doc, size_t i, size_t ceil);

// Skips adverbials that sit between a cue and its content: time ("Wednesday", "on Sunday
// night", "last week"), setting ("in a statement", "on social media", "in an interview
// with CNN"), and manner adverbs ("publicly"). Returns the index after them.
size_t skip_adverbials(const Document& doc, size_t i, size_t ceil);

// The end of one time phrase ("last week", "on Thursday", "in early June", "in 2015") or
// setting phrase ("at a news conference", "in a fundraising email") that starts at token
// `i`; `i` when none starts there.
size_t adverbial_end(const Document& doc, size_t i, size_t ceil);

// The setting ("on social media") and time ("on Sunday") phrases found in token ranges.
struct Setting {
  std::optional<TokenRange> where;
  std::optional<TokenRange> when;
};
// Scans [first, end) for the best setting and time phrases; existing values in *out are
// kept when already set.
void find_setting(const Document& doc, TokenRange range, Setting* out);

// The first token of the clause that holds token `before`, in a sentence whose first token
// is `first`: after a dateline ("KYIV —", "WASHINGTON (Reuters) -") and after the last
// semicolon before `before`. A subject is looked for from there.
size_t clause_start(const Document& doc, size_t first, size_t before);
// The first token after a dateline at `first` ("KYIV —"), or `first` when there is none.
size_t after_dateline(const Document& doc, size_t first, size_t before);

// Token classes used by the extractors.
bool is_name_word(const Document& doc, size_t i);  // capitalised word that can be part of a name
bool is_clause_boundary_before(const Document& doc, size_t i, size_t floor);
bool is_word(const Document& doc, size_t i, std::string_view lower);
bool is_past_verb(const Document& doc, size_t i);  // "hosted", "met": a lower-case past form
bool is_speaker_noun(const Document& doc, size_t i);  // "spokesman", "officials": a noun that speaks
bool is_pronoun_source(std::string_view lower);
bool is_terminal_punct(std::string_view text);  // . ! ? …

// The byte span of a token range.
Span span_of(const Document& doc, TokenRange r);

}  // namespace claimline::attribution
