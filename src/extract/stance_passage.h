// Stance of one passage (a sentence, a quote, a statement's content) toward a claim, by
// rules over the stance lexicon: the content's own stance, whoever asserts it. "Trump said
// thousands of Ukrainian troops are completely surrounded" supports "Ukrainian troops are
// encircled in the Kursk region" (a synonym of the claim's predicate, not negated); "Our
// troops continue to hold back Russian and North Korean groupings in the Kursk region"
// denies it (the contrary predicate); "there is no threat of encirclement" denies it (a
// negated predicate); "the reports were a hoax" denies it (a refutation cue). A claim that
// is itself negated or a refutation ("X is a hoax") flips supports and denies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/stance_claim.h"
#include "extract/stance_text.h"
#include "model/stance.h"

namespace claimline::stance {

// Passages whose relevance is below this are unrelated; so are passages that name none of
// the names of a claim that has some (upper-case words past its first).
inline constexpr double kMinPassageRelevance = 0.25;

struct PassageStance {
  Stance stance = Stance::kUnrelated;
  // IDF-weighted share of the claim's content terms that the passage contains, in [0, 1];
  // a claim predicate counts as present when the passage has a synonym or a contrary of it.
  double relevance = 0;
  double confidence = 0;  // in [0, 1]
  // The rule that decided: unrelated, related, asserts, doubted, refute-cue,
  // negated-predicate, contrary-predicate, negated-terms, asserts-negated-claim, mixed.
  // Static storage.
  std::string_view rule = "unrelated";
};

// Scores words [begin, end) of `text` (indices into text.words()).
PassageStance score_passage(const StanceClaim& claim, const StanceText& text, uint32_t begin,
                            uint32_t end);

// Scores words [begin, end) as above, but the claim's names (upper-case terms) may also be
// found in words [context_begin, begin): a statement such as "there was no threat of
// encirclement" is about Kursk when the sentence before names Kursk.
PassageStance score_passage_in_context(const StanceClaim& claim, const StanceText& text, uint32_t context_begin,
                                       uint32_t begin, uint32_t end);

// Scores sentence `sentence` of `text`.
PassageStance score_sentence(const StanceClaim& claim, const StanceText& text, size_t sentence);

}  // namespace claimline::stance
