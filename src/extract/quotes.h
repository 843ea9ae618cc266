// Quotations in an article body: every pair of matching quotation marks, whatever the
// style: curly “ ” and straight " double quotes, ‘ ’ and ' single quotes (when they are not
// apostrophes), « » guillemets, and the doubled apostrophes '' ... '' of some wire copy.
//
// A quote that runs over paragraphs (an opening mark at the start of each paragraph, the
// closing mark only at the end of the last) is one Quote with one part per paragraph.
// Nested quotes (‘ ’ inside “ ”) are reported with depth 1. Marks that do not pair up
// (a stray closing mark, an opening mark never closed) produce no quote and never shift
// the pairing of the marks after them: pairing restarts at every paragraph.
//
// Finding a quote says nothing about who said it, or whether it is speech at all (scare
// quotes and titles are quotes too): extract/speakers decides that.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "extract/document.h"
#include "model/span.h"

namespace claimline {

enum class QuoteMark : uint8_t { kDouble, kSingle, kGuillemet, kDoubledApostrophe };

struct Quote {
  Span span;                // from the first opening mark to the last closing mark, inclusive
  std::vector<Span> parts;  // one per paragraph when the quote spans paragraphs, else empty
  size_t open_token = 0;    // token index of the first opening mark
  size_t close_token = 0;   // token index of the last closing mark
  QuoteMark mark = QuoteMark::kDouble;
  bool straight = false;    // written with ASCII marks
  int depth = 0;            // 0 at top level, 1 inside another quote
  size_t words = 0;         // word and number tokens inside the marks

  // The pieces of the quote: `parts`, or `span` when there is only one.
  std::vector<Span> pieces() const { return parts.empty() ? std::vector<Span>{span} : parts; }
};

// All quotes of `doc`, sorted by start (an outer quote before the quotes nested in it).
std::vector<Quote> find_quotes(const Document& doc);

// The quoted words without the marks: pieces joined by one space, a trailing comma inside
// the closing mark dropped ("We will win," -> "We will win").
std::string quote_text(const Document& doc, const Quote& q);

}  // namespace claimline
