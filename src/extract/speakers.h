// Who said it: attribution of direct quotes to a source and a cue, and resolution of every
// statement's source phrase to a named speaker.
//
// Quote attribution rules (the `rule` of the statement):
//   quote.after        “...,” X said / “...,” said X / “...,” the minister told reporters
//   quote.before       X said: “...” / X told reporters, “...” / X said that “...”
//   quote.participle   ..., stating: “...” (the subject of the sentence)
//   quote.colon        X continued:¶“...” (a lead-in closing the previous paragraph)
//   quote.dash         “...” — X
//   quote.embedded     a quote inside the content of an indirect statement
//   quote.partial      a quote opening mid-clause (“The plan is “dead,” she said”): an
//                      indirect statement from the clause start, plus the quote embedded
// A quote with no attribution of its own joins the statement of the attributed quote
// before it, as another part: in the same paragraph when it opens a sentence right after
// that attribution's sentence (“A,” she said. “B.”), or as a paragraph that is only a quote
// right after one that ended with the attributed quote (the speaker goes on). Quotes with
// no attribution (scare quotes, titles, nicknames, unattributed fragments) are not
// statements.
//
// Resolution: a name resolves to its entity; "he"/"she" to the nearest compatible person
// (the speaker of the statement just before, else the subject of the nearest sentence that
// names exactly one compatible person); "who" to the phrase before it; a role noun ("the
// envoy", "the ministry") to the one entity with that role or name. Otherwise the speaker is
// the source phrase as written for a common noun ("Russian officials") or unknown ("") for
// a pronoun: no guess.
#pragma once

#include <vector>

#include "extract/attribution.h"
#include "extract/document.h"
#include "extract/entities.h"
#include "extract/quotes.h"

namespace claimline {

// Direct statements for the quotes that have an attribution. `indirect` are the reported
// speech statements already found (for embedded quotes and participle subjects).
std::vector<attribution::Attributed> attribute_quotes(const Document& doc, const std::vector<Quote>& quotes,
                                                      const std::vector<attribution::Attributed>& indirect);

// Fills speaker and speaker_entity of every statement from its source phrase. Statements
// must be sorted by span start.
void resolve_speakers(const Document& doc, const EntityResult& entities, std::vector<attribution::Attributed>* statements);

// Fills where/said (setting and time of saying) from the words of the attribution around
// each statement's cue.
void find_settings(const Document& doc, std::vector<attribution::Attributed>* statements);

}  // namespace claimline
