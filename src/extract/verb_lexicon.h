// English verb morphology over the generated WordNet verb lexicon (lexicon/verbs.inc):
// which lemma an inflected word form comes from, and how often the word is a verb, a noun
// or an adjective (the prior the event extractor uses for words that can be either).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace claimline {

enum class VerbForm : uint8_t {
  kBase,        // "meet", "announce" (also the present tense but for the third person)
  kThird,       // "meets", "announces"
  kPast,        // regular "-ed": "announced" (past tense or participle)
  kIrregular,   // an irregular past or participle: "met", "took", "taken", "begun"
  kGerund,      // "meeting", "announcing"
};

struct VerbReading {
  std::string_view lemma;  // lower case, points into static storage
  VerbForm form = VerbForm::kBase;
  uint32_t verb_count = 0;  // sense-tagged frequency of the lemma as a verb
  uint32_t noun_count = 0;  // ... of the word form's lemma as a noun
  uint32_t adj_count = 0;   // ... as an adjective
};

// Reads a lower-case word as a verb form. nullopt when no verb of the lexicon inflects to it.
// Several readings are possible ("leaves": leave / leaf); the most frequent verb wins.
std::optional<VerbReading> read_verb(std::string_view lower_word);

// The verb lemma itself: counts for an exact lemma, nullopt when it is not a verb.
std::optional<VerbReading> verb_lemma(std::string_view lemma);

// Frequency of "verb particle" as a phrasal verb ("call off", "step down"); 0 when none.
uint32_t phrasal_verb_count(std::string_view lemma, std::string_view particle);

// Frequencies of a word as noun and adjective when the lexicon knows it (verbs only are
// listed, so nouns that are never verbs give nullopt).
std::optional<VerbReading> word_counts(std::string_view lower_word);

}  // namespace claimline
