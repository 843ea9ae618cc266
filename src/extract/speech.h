// Reported (indirect) speech: a source, a cue and the clause it reports, outside quotation
// marks.
//
// Patterns, each a `rule` name of the statements it produces:
//   speech.svc          X said (that) ... / X told reporters (that) ... / X accused Y of ...
//                       / X urged Y to ... / X denied the reports / X said: ...
//   speech.participle   ..., saying (that) ... / ..., adding that ... (source: the subject
//                       of the sentence)
//   speech.csv          ..., X said. / ..., said X. (the content before the comma)
//   speech.according    according to X, ... / ..., according to X.
//   speech.dash         ... — X (a sentence closed by a dash and a name)
// The content is the reported clause: from its "that" (included) or its first word to the
// end of the sentence, without the final full stop; it stops before a following
// attribution (", adding that", ", according to", "; "). Cues inside quotation marks, and
// negated cues ("did not say"), produce nothing. Speakers are left unresolved here
// (extract/speakers resolves them); `source` gives the source phrase.
#pragma once

#include <vector>

#include "extract/attribution.h"
#include "extract/document.h"
#include "extract/quotes.h"

namespace claimline {

std::vector<attribution::Attributed> find_reported_speech(const Document& doc, const std::vector<Quote>& quotes);

}  // namespace claimline
