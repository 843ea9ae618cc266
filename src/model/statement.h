// Something an entity said or is reported to have said, found in one article body.
//
// Span conventions (byte offsets into the body, half-open, on UTF-8 boundaries):
// - `span` is the content. For a direct quote it includes the quotation marks, and any
//   punctuation inside them, exactly as the quote stands ("“We will win,”"): that is the
//   convention of PolNeAR's content annotation, so spans can be scored against it as they
//   are. A quote interrupted by its attribution (“A,” she said, “B.”) or continued over
//   paragraphs is one statement whose `span` runs from the first opening mark to the last
//   closing mark and whose `parts` list the quoted pieces; `parts` is empty when the
//   content is one piece. For indirect speech `span` is the reported clause, with its
//   leading "that" when the text has one and without the sentence's final full stop.
// - `text` is the content as a reader wants it: for a direct quote the words between the
//   marks (pieces joined by one space), for indirect speech the clause.
// - `speaker_span` is where the source is named next to the cue, as written there ("he",
//   "Witkoff", "a spokesman for the ministry"); `speaker` is the name it resolves to, and
//   `speaker_entity` the index of that entity in the entity list it was extracted with.
//   An empty `speaker` means unknown: precision first, no guess.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/span.h"

namespace claimline {

enum class StatementKind : uint8_t { kDirect, kIndirect };

// "direct" (inside quotation marks) or "indirect".
constexpr std::string_view statement_kind_name(StatementKind kind) {
  return kind == StatementKind::kDirect ? "direct" : "indirect";
}

// The stance a cue verb carries toward what is said; kNone for a neutral or unknown cue.
enum class StanceCue : uint8_t { kNone, kAssert, kDeny, kAccuse, kUrge, kHope, kPredict, kQuestion, kConfirm };

// "assert", "deny", ...; "" for kNone.
constexpr std::string_view stance_cue_name(StanceCue cue) {
  switch (cue) {
    case StanceCue::kNone: return "";
    case StanceCue::kAssert: return "assert";
    case StanceCue::kDeny: return "deny";
    case StanceCue::kAccuse: return "accuse";
    case StanceCue::kUrge: return "urge";
    case StanceCue::kHope: return "hope";
    case StanceCue::kPredict: return "predict";
    case StanceCue::kQuestion: return "question";
    case StanceCue::kConfirm: return "confirm";
  }
  return "";
}

constexpr std::optional<StanceCue> parse_stance_cue(std::string_view name) {
  for (StanceCue c : {StanceCue::kNone, StanceCue::kAssert, StanceCue::kDeny, StanceCue::kAccuse, StanceCue::kUrge,
                      StanceCue::kHope, StanceCue::kPredict, StanceCue::kQuestion, StanceCue::kConfirm}) {
    if (stance_cue_name(c) == name) return c;
  }
  return std::nullopt;
}

struct Statement {
  Span span;                  // the content (see the conventions above)
  std::vector<Span> parts;    // pieces of a discontinuous content, in order; empty when one piece
  std::string text;
  StatementKind kind = StatementKind::kIndirect;

  std::string speaker;                  // resolved name; empty = unknown
  std::optional<size_t> speaker_entity; // index into the entity list; none = unknown
  std::optional<Span> speaker_span;     // the source as named next to the cue

  std::string cue;                      // the cue phrase as written ("has accused", "according to")
  std::optional<Span> cue_span;
  StanceCue stance_cue = StanceCue::kNone;

  std::string where;                    // where it was said ("on social media"); empty = not said
  std::optional<Span> where_span;
  std::string said;                     // when it was said, as written ("on Sunday"); empty = not said
  std::optional<Span> said_span;

  double confidence = 0.0;              // in [0, 1]
  std::string rule;                     // the rule that produced it, e.g. "quote.after.said_x"
};

}  // namespace claimline
