// The tense around a word, from the verbs of its sentence, to decide whether a bare weekday
// or month points back or forward: "said on Sunday" (past), "will meet on Tuesday" (future).
// A heuristic without a part-of-speech tagger: auxiliaries, modals, common past forms and
// "-ed" words are the cues, and the nearest cue wins (left of the word first, within its
// clause; then right of it).
#pragma once

#include <cstddef>

#include "extract/document.h"

namespace claimline {

enum class Tense { kUnknown, kPast, kPresent, kFuture };

// Tense governing tokens[token_index], looking only inside the sentence `sentence`.
Tense tense_near(const Document& doc, const Sentence& sentence, size_t token_index);

}  // namespace claimline
