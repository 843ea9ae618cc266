// Event triggers: the words of a sentence that name a happening, found with the verb
// lexicon (lexicon/verbs.inc, from WordNet) and the event-noun lists of
// lexicon/event_words.h. This is the broad layer under extract/events.h: it finds every
// event mention in MEANTIME's sense (main verbs, the copula, event nouns), and marks which
// of them are events claimline tracks on their own (`tracked`).
//
// Decisions, precision first:
// - A word that can be a verb or a noun ("plans", "store", "claims") is read from its left
//   neighbour (a determiner or possessive makes it a noun; a pronoun, "to", a modal or an
//   auxiliary makes it a verb), else from WordNet's frequency of the two readings.
// - Auxiliaries ("has denied", "is expected", "will be") and modals are not triggers; the
//   copula is ("is the successor"), as the MEANTIME guidelines have it.
// - Capitalised words inside a sentence are names, not triggers, unless the sentence is a
//   title-case headline.
// - "call" is a call only as a noun, or as a verb with a person as object ("Trump will call
//   Putin on Tuesday"); "called X" naming something, "call for" and "call off" are not calls.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/verb_lexicon.h"

namespace claimline {

enum class TriggerKind : uint8_t { kVerb, kNoun, kCopula };

struct Trigger {
  size_t first = 0;   // first token (compound modifier included)
  size_t end = 0;     // one past the last token (particle or "of" complement included)
  size_t head = 0;    // the token that carries tense or number
  TriggerKind kind = TriggerKind::kVerb;
  VerbForm form = VerbForm::kBase;  // verbs only
  std::string lemma;        // "phone call", "call off", "meet", "ceasefire"
  std::string event_class;  // from lexicon/event_words.h; empty when the lemma has none
  bool light = false;       // a light verb whose event noun object is the real trigger
  bool tracked = false;     // an event claimline keeps: a class other than "statement", not
                            // light, not a generic verb, not a naming "call"
  std::string rule;         // "verb", "noun.lexicon", "noun.suffix", "copula", ...
};

// The triggers of one sentence (index into doc.sentences()), in token order, never
// overlapping.
std::vector<Trigger> find_triggers(const Document& doc, size_t sentence);

// The triggers of the whole document, sentence by sentence.
std::vector<Trigger> find_triggers(const Document& doc);

// The class of a lemma ("phone call" -> "call", "met" is not a lemma: "meet" -> "meeting"),
// falling back to the class of its last word; empty when none.
std::string event_class_of(std::string_view lemma);

namespace trigger_words {
// Closed-class tests shared with the status and time readers (all take lower-case words).
bool is_be(std::string_view w);
bool is_have(std::string_view w);
bool is_do(std::string_view w);
bool is_modal(std::string_view w);
bool is_negator(std::string_view w);  // "not", "never", "didn't", "won't" ...
bool is_group_adverb(std::string_view w);
bool is_determiner(std::string_view w);
bool is_clause_breaker(std::string_view w);
bool is_subject_pronoun(std::string_view w);
}  // namespace trigger_words

}  // namespace claimline
