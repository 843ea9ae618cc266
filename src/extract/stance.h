// Stance of an article toward a claim: supports, denies, discusses or unrelated, with a
// confidence and the evidence passages (byte spans into the body, each with its own stance).
//
// Two levels, as claim tracking needs them:
// - the article level (classify_stance) is the learned model's verdict over the whole text
//   (stance_model.h, trained on FNC-1; its meaning is FNC-1's: "discusses" when the article
//   reports the claim without vouching for it);
// - the passage level (classify_passage) is the stance of one sentence or statement's own
//   content, by rules (stance_passage.h): "Trump said thousands of Ukrainian troops are
//   completely surrounded" supports "Ukrainian troops are encircled in the Kursk region",
//   whoever said it, while the article that reports it may merely discuss it.
//
// Typical use, one claim against many articles:
//   stance::StanceClaim claim = prepare_claim("Ukrainian troops are encircled in Kursk");
//   for (const Document& doc : articles) {
//     StanceResult r = classify_stance(claim, prepare_article(doc));
//   }
// Thread safety: all functions are pure; the built-in model is immutable once loaded.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/stance_claim.h"
#include "extract/stance_model.h"
#include "extract/stance_passage.h"
#include "extract/stance_text.h"
#include "model/span.h"
#include "model/stance.h"

namespace claimline {

struct StanceEvidence {
  Span span;                 // a sentence of the article body, half-open byte offsets
  Stance stance = Stance::kDiscusses;  // the passage's own stance (never unrelated)
  double relevance = 0;      // share of the claim it covers, in [0, 1]
  double confidence = 0;     // in [0, 1]
  std::string_view rule;     // the passage rule that decided (stance_passage.h)
};

struct StanceResult {
  Stance stance = Stance::kUnrelated;
  double confidence = 0;  // the model's probability of `stance`, in [0, 1]
  stance::StanceScores probabilities{};  // per class, in stance order, summing to 1
  // Up to kMaxStanceEvidence passages about the claim, in article order: the most relevant
  // ones that support or deny it first, then those that discuss it. Empty when none is.
  std::vector<StanceEvidence> evidence;
};

inline constexpr size_t kMaxStanceEvidence = 5;

// Analyses a claim once for many articles, with the term weights of `model`.
stance::StanceClaim prepare_claim(std::string_view claim,
                                  const stance::StanceModel& model = stance::default_stance_model());
// Analyses an article once for many claims. `article` must outlive the result.
stance::StanceText prepare_article(const Document& article,
                                   const stance::StanceModel& model = stance::default_stance_model());

// The article-level stance. The claim and article must have been prepared with `model`.
StanceResult classify_stance(const stance::StanceClaim& claim, const stance::StanceText& article,
                             const stance::StanceModel& model = stance::default_stance_model());
// The same for one claim and one article, with the built-in model.
StanceResult classify_stance(std::string_view claim, const Document& article);

// The passage-level stance of the words of `article` inside `span` (a sentence, a quote, a
// statement's content): unrelated, or the content's own supports/denies/discusses.
stance::PassageStance classify_passage(const stance::StanceClaim& claim,
                                       const stance::StanceText& article, Span span);
// The same, with the claim's names also looked for in the context from byte `context_start`
// (at or before span.start) up to the span: statements refer back ("there", "them").
stance::PassageStance classify_passage(const stance::StanceClaim& claim, const stance::StanceText& article,
                                       Span span, uint32_t context_start);
// True when the article names every name of the claim (its upper-case words after the first:
// "Kursk" in "Ukrainian troops are encircled in the Kursk region"), a name matching by its
// first five letters so that a demonym finds its country ("Ukrainian", "Ukraine"). An article
// that never names the claim's places and people is not about it, whatever words it shares.
// A gate for tracking claims in articles; the FNC-1 evaluation does not apply it.
bool article_names_claim(std::string_view claim, const Document& article);

// The same for a passage given as text, with the built-in model's term weights.
stance::PassageStance classify_passage(std::string_view claim, std::string_view passage);

}  // namespace claimline
