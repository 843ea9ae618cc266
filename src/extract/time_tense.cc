#include "extract/time_tense.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace claimline {
namespace {

// Words that put what follows in the future.
constexpr std::string_view kFutureCues[] = {
    "will", "'ll", "shall", "won't", "wo", "would", "going", "expected", "expects", "expect",
    "scheduled", "schedule", "plans", "planned", "planning", "plan", "slated", "due", "upcoming", "intends",
    "aims", "hopes", "set"};

// Common irregular past forms (regular ones end in "-ed").
constexpr std::string_view kPastCues[] = {
    "was", "were", "had", "did", "said", "told", "met", "made", "took", "came", "went", "gave",
    "got", "began", "held", "left", "lost", "won", "paid", "sold", "bought", "rose", "fell", "saw",
    "thought", "found", "knew", "brought", "became", "led", "ran", "sent", "spent", "stood",
    "struck", "wrote", "spoke", "broke", "chose", "drove", "flew", "fought", "hit", "kept", "meant",
    "put", "quit", "read", "set", "shot", "shut", "sought", "taught", "threw", "understood", "wore",
    "ago", "yesterday", "last", "earlier", "felt", "heard", "cut",
    // A date something has held since is behind us: "searching since the Oct. 23 slaying".
    "since"};

constexpr std::string_view kPresentCues[] = {"is", "are", "am", "has", "have", "says",
                                                           "say", "does", "do", "'s"};

// "-ed" words that are not past verbs.
constexpr std::string_view kNotPast[] = {
    "need", "speed", "seed", "red", "bed", "feed", "hundred", "shed", "weed", "breed",
    "united", "indeed", "proceed", "succeed", "exceed", "ted"};

template <size_t N>
bool in(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Auxiliaries that turn a following participle into part of another tense.
constexpr std::string_view kAuxiliaries[] = {"be", "been", "being", "is", "are", "am", "was", "were", "has",
                                             "have", "had", "will", "would", "'s", "'re", "'ve", "get", "got"};

bool preceded_by_auxiliary(const Document& doc, size_t i) {
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    const std::string_view w = doc.lower(i - back);
    if (in(kAuxiliaries, w)) return true;
    if (w != "not" && w != "n't" && w != "also" && w != "already" && w != "just" && w != "recently" &&
        w.substr(w.size() > 2 ? w.size() - 2 : 0) != "ly") {
      return false;
    }
  }
  return false;
}

Tense cue_of(const Document& doc, size_t i) {
  if (doc.tokens()[i].kind != TokenKind::kWord) return Tense::kUnknown;
  const std::string_view w = doc.lower(i);
  if (in(kFutureCues, w)) {
    // "set" and "due" are future only as "set to", "due to": otherwise past/adjective.
    // Nouns and participles that announce the future only before "to": "set to", "due to",
    // "plans to" (but "the plan", "set up").
    const bool needs_to = w == "set" || w == "due" || w == "going" || w == "plan" || w == "plans" ||
                          w == "schedule" || w == "aims" || w == "hopes";
    const std::string_view next = i + 1 < doc.tokens().size() ? doc.lower(i + 1) : std::string_view();
    if (needs_to && next != "to" && !(w == "set" && next == "for")) {
      return w == "set" ? Tense::kPast : Tense::kUnknown;
    }
    // A plan in the past perfect is behind us: "had been scheduled to expire at midnight
    // Friday", "had been due to expire Friday evening", "had planned to leave Monday".
    if (i >= 1 && w != "will" && w != "would" && w != "shall") {
      const std::string_view p1 = doc.lower(i - 1);
      if (p1 == "had" || (p1 == "been" && i >= 2 && doc.lower(i - 2) == "had")) return Tense::kPast;
    }
    return Tense::kFuture;
  }
  if (in(kPastCues, w) || (w.size() > 4 && w.substr(w.size() - 2) == "ed" && !in(kNotPast, w))) {
    // A participle after an auxiliary ("will be named", "has been sold") takes its tense
    // from the auxiliary, which the scan reaches next.
    if (w != "was" && w != "were" && w != "had" && w != "did" && preceded_by_auxiliary(doc, i)) {
      return Tense::kUnknown;
    }
    return Tense::kPast;
  }
  if (in(kPresentCues, w)) {
    // "is to meet", "is meeting": arrangements for the future.
    if (i + 1 < doc.tokens().size()) {
      const std::string_view next = doc.lower(i + 1);
      if (next == "to") return Tense::kFuture;
    }
    return Tense::kPresent;
  }
  return Tense::kUnknown;
}

bool clause_break(const Document& doc, size_t i) {
  const std::string_view w = doc.text(i);
  return w == ";" || w == ":" || w == "\u2014";
}

// A negated past perfect in the sentence ("had not", "hadn't", "had never"): with it, "until
// Thursday" is the end of a past state ("Until Thursday, they had not called him a suspect").
bool negated_past_perfect(const Document& doc, const Sentence& sentence) {
  for (size_t i = sentence.first_token; i < sentence.end_token; ++i) {
    const std::string_view w = doc.lower(i);
    if (w == "hadn't" || w == "hadn\u2019t") return true;
    if (w != "had" || i + 1 == sentence.end_token) continue;
    const std::string_view next = doc.lower(i + 1);
    if (next == "not" || next == "n't" || next == "never") return true;
  }
  return false;
}

}  // namespace

Tense tense_near(const Document& doc, const Sentence& sentence, size_t token_index) {
  // A deadline or an earliest date looks forward whatever the verb: "until Tuesday",
  // "as soon as Monday", "as early as next week".
  if (token_index > sentence.first_token) {
    const std::string_view prev = doc.lower(token_index - 1);
    if (prev == "until" || prev == "till") {
      return negated_past_perfect(doc, sentence) ? Tense::kPast : Tense::kFuture;
    }
    if (prev == "as" && token_index >= sentence.first_token + 3 && doc.lower(token_index - 3) == "as") {
      const std::string_view degree = doc.lower(token_index - 2);
      if (degree == "soon" || degree == "early") return Tense::kFuture;
    }
  }
  for (size_t i = token_index; i-- > sentence.first_token;) {
    if (clause_break(doc, i)) break;
    const Tense t = cue_of(doc, i);
    if (t != Tense::kUnknown) return t;
  }
  for (size_t i = token_index + 1; i < sentence.end_token; ++i) {
    if (clause_break(doc, i)) break;
    const Tense t = cue_of(doc, i);
    if (t != Tense::kUnknown) return t;
  }
  return Tense::kUnknown;
}

}  // namespace claimline
