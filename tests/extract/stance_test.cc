#include "extract/stance.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "extract/stance_features.h"
#include "util/error.h"

namespace claimline {
namespace {

using stance::StanceText;
using lexicon::StanceCue;

constexpr std::string_view kKursk = "Ukrainian troops are encircled in the Kursk region";

TEST(StanceStem, FoldsInflectionsTogether) {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"surrounded", "surround"}, {"surrounds", "surrounding"}, {"troops", "troop"},
      {"encircled", "encircle"},  {"encirclement", "encircled"}, {"denied", "deny"},
      {"denies", "deny"},         {"stopped", "stop"},           {"ukrainian", "ukraine"},
      {"russian", "russia"},      {"zelenskyy\xE2\x80\x99s", "zelenskyy's"}, {"zelenskyy's", "zelenskyy"},
  };
  for (const auto& [a, b] : same) EXPECT_EQ(stance::stem(a), stance::stem(b)) << a << " / " << b;
  const std::vector<std::pair<std::string, std::string>> different = {
      {"troop", "trouble"}, {"this", "thi"}, {"process", "proce"}, {"bus", "bu"}};
  for (const auto& [a, b] : different) EXPECT_NE(stance::stem(a), stance::stem(b)) << a << " / " << b;
}

TEST(StanceTerms, HashIsNeverZeroAndStable) {
  EXPECT_NE(stance::term_hash(""), 0u);
  EXPECT_EQ(stance::term_hash("troop"), stance::term_hash("troop"));
  EXPECT_NE(stance::term_hash("troop"), stance::term_hash("troops"));
}

TEST(StanceTerms, UnknownTermsGetTheUnknownWeight) {
  const stance::TermWeights w({10, 20, 30}, {1.0f, 2.0f, 3.0f}, 9.0f);
  EXPECT_FLOAT_EQ(w.idf(20), 2.0f);
  EXPECT_FLOAT_EQ(w.idf(25), 9.0f);
  EXPECT_FLOAT_EQ(w.idf(31), 9.0f);
}

// The cue and predicate group starting at each word, as "word:cue/group".
struct Marked {
  std::string word;
  StanceCue cue;
  std::string group;
  int words;
};

std::vector<Marked> marks(std::string_view text) {
  const Document doc(text);
  const stance::TermWeights weights;
  const StanceText t(doc, weights);
  std::vector<Marked> out;
  for (const auto& w : t.words()) {
    if (w.cue == StanceCue::kNone && w.predicate == stance::kNoPredicate) continue;
    out.push_back({std::string(doc.text(w.token)), w.cue, std::string(stance::predicate_group_name(w.predicate)),
                   std::max(w.cue_words, w.predicate_words)});
  }
  return out;
}

TEST(StanceText, FindsCuesAndPredicatesByLongestPhrase) {
  struct Case {
    std::string text;
    std::string word;
    StanceCue cue;
    std::string group;
    int words;
  };
  const std::vector<Case> cases = {
      {"There is no evidence of it.", "no", StanceCue::kRefute, "", 2},
      {"There is no road.", "no", StanceCue::kNegation, "", 1},
      {"It is a hoax.", "hoax", StanceCue::kRefute, "", 1},
      {"It was, according to police, staged.", "according", StanceCue::kReport, "", 2},
      {"The report is unconfirmed.", "report", StanceCue::kReport, "", 1},
      {"They don\xE2\x80\x99t know.", "don\xE2\x80\x99t", StanceCue::kNegation, "", 1},
      {"Units were cut off near Sudzha.", "cut", StanceCue::kNone, "encircled", 2},
      {"Troops hold back the assault.", "hold", StanceCue::kNone, "holding", 2},
      {"Nothing is certain.", "Nothing", StanceCue::kNegation, "", 1},
  };
  for (const auto& c : cases) {
    const auto m = marks(c.text);
    bool found = false;
    for (const auto& x : m) {
      if (x.word != c.word) continue;
      found = true;
      EXPECT_EQ(x.cue, c.cue) << c.text;
      EXPECT_EQ(x.group, c.group) << c.text;
      EXPECT_EQ(x.words, c.words) << c.text;
    }
    EXPECT_TRUE(found) << c.text;
  }
}

TEST(StanceText, NearMissesMarkNothing) {
  for (const std::string text : {"They cut the budget.", "Uncertainties surrounding the deal remain.",
                                 "Hold the line, off we go.", "Cut, off the record."}) {
    for (const auto& m : marks(text)) {
      EXPECT_EQ(m.group, "") << text << ": " << m.word;
    }
  }
}

TEST(StanceText, PredicateGroupsHaveContraries) {
  const int8_t encircled = stance::predicate_group("encircled");
  const int8_t holding = stance::predicate_group("holding");
  ASSERT_NE(encircled, stance::kNoPredicate);
  EXPECT_EQ(stance::contrary_group(encircled), holding);
  EXPECT_EQ(stance::contrary_group(holding), encircled);
  EXPECT_EQ(stance::predicate_group("no such group"), stance::kNoPredicate);
}

TEST(StanceClaim, KnowsItsNamesPredicatesAndPolarity) {
  const stance::TermWeights weights;
  const stance::StanceClaim c(kKursk, weights);
  EXPECT_EQ(c.predicates().size(), 1u);
  EXPECT_FALSE(c.negated());
  EXPECT_FALSE(c.refutes());
  size_t names = 0;
  for (const auto& t : c.terms()) names += t.capital;
  EXPECT_EQ(names, 2u);  // Ukrainian, Kursk
  EXPECT_TRUE(stance::StanceClaim("Troops are not encircled", weights).negated());
  EXPECT_TRUE(stance::StanceClaim("The encirclement story is a hoax", weights).refutes());
  EXPECT_TRUE(stance::StanceClaim("Are the troops encircled?", weights).question());
}

struct PassageCase {
  std::string claim;
  std::string passage;
  Stance expected;
};

TEST(StancePassage, ReadsTheStanceOfEachPassage) {
  const std::string k(kKursk);
  const std::vector<PassageCase> cases = {
      // The founding example: a contrary predicate denies without saying "not".
      {k, "Our troops continue to hold back Russian and North Korean groupings in the Kursk region.",
       Stance::kDenies},
      // Reported speech still supports: the passage's content asserts the claim.
      {k, "Trump said thousands of Ukrainian troops are completely surrounded.", Stance::kSupports},
      {k, "Russia's defence ministry said Ukrainian units in Kursk had been cut off.", Stance::kSupports},
      {k, "The General Staff said there was no threat of encirclement of Ukrainian troops in Kursk.",
       Stance::kDenies},
      {k, "Ukraine's military denied that its troops in Kursk were encircled.", Stance::kDenies},
      {k, "Analysts said the Ukrainian units in Kursk were never encircled.", Stance::kDenies},
      {k, "Leaving Kursk is not the same as being surrounded.", Stance::kDenies},
      {k, "Unconfirmed reports say Ukrainian troops are encircled in Kursk.", Stance::kDiscusses},
      {k, "Are Ukrainian troops encircled in Kursk?", Stance::kDiscusses},
      {k, "Fighting continued in the Kursk region on Sunday, with Ukrainian troops under drone fire.",
       Stance::kDiscusses},
      // An attempt at the contrary presumes the claim; a success denies it.
      {k, "Ukrainian soldiers in Kursk trying to break out came under fire.", Stance::kSupports},
      {k, "Ukrainian soldiers in Kursk managed to break out overnight.", Stance::kDenies},
      {k, "Putin said the Ukrainian troops in Kursk were isolated.", Stance::kSupports},
      // A later clause with a negative quantifier takes the predicate back...
      {k, "Encirclement of the troops in Kursk has a precise meaning, and nothing reported from the ground "
          "matches it.",
       Stance::kDenies},
      // ...but not a negative word that only qualifies something else.
      {k, "Ukrainian troops in Kursk are encircled, with no way out.", Stance::kSupports},
      // Near misses: no claim names, or nothing of the claim at all.
      {k, "The troops could not hold back their tears at the parade.", Stance::kUnrelated},
      {k, "Uncertainties surrounding the ceasefire agreement remain.", Stance::kUnrelated},
      {k, "Ukraine accepted a 30-day ceasefire proposal in Jeddah.", Stance::kUnrelated},
      // A negated claim flips the verdicts.
      {"Ukrainian troops in Kursk are not encircled", "Ukrainian troops in Kursk are encircled.",
       Stance::kDenies},
      {"Ukrainian troops in Kursk are not encircled", "Ukrainian troops in Kursk hold back the assault.",
       Stance::kSupports},
      // A claim without a known predicate: refutation and negation near its terms.
      {"Shark swims down flooded highway", "The photo of a shark on a flooded highway is a hoax.",
       Stance::kDenies},
      {"Shark swims down flooded highway", "A shark swims down a flooded highway in Houston.",
       Stance::kSupports},
      {"Shark swims down flooded highway", "No shark swims down any flooded highway.", Stance::kDenies},
  };
  for (const auto& c : cases) {
    const auto p = classify_passage(c.claim, c.passage);
    EXPECT_EQ(stance_name(p.stance), stance_name(c.expected))
        << c.passage << " (rule " << p.rule << ", relevance " << p.relevance << ")";
    EXPECT_GE(p.relevance, 0.0);
    EXPECT_LE(p.relevance, 1.0);
    EXPECT_GE(p.confidence, 0.0);
    EXPECT_LE(p.confidence, 1.0);
  }
}

TEST(StancePassage, ScoresASpanOfAPreparedArticle) {
  const std::string body =
      "Trump said thousands of Ukrainian troops are completely surrounded. "
      "Zelenskyy answered: \xE2\x80\x9COur troops continue to hold back Russian and North Korean "
      "groupings in the Kursk region.\xE2\x80\x9D";
  const Document doc(body);
  const auto claim = prepare_claim(kKursk);
  const auto text = prepare_article(doc);
  const uint32_t quote = uint32_t(body.find("Our troops"));
  const uint32_t quote_end = uint32_t(body.find("region.") + 7);
  EXPECT_EQ(classify_passage(claim, text, Span(quote, quote_end)).stance, Stance::kDenies);
  EXPECT_EQ(classify_passage(claim, text, Span(0, quote)).stance, Stance::kSupports);
  EXPECT_EQ(classify_passage(claim, text, Span(0, 0)).stance, Stance::kUnrelated);
}

TEST(StancePassage, NamesMayComeFromTheContextBefore) {
  const std::string body =
      "Many were angered by claims that Ukrainian soldiers were surrounded in the Kursk region. "
      "The General Staff said there was no threat of encirclement.";
  const Document doc(body);
  const auto claim = prepare_claim(kKursk);
  const auto text = prepare_article(doc);
  const uint32_t content = uint32_t(body.find("there was"));
  const Span span(content, uint32_t(body.size()));
  // Alone, the statement names neither Kursk nor Ukraine: unrelated (precision first) ...
  EXPECT_EQ(classify_passage(claim, text, span).stance, Stance::kUnrelated);
  // ... with the sentence before as context, it denies.
  EXPECT_EQ(classify_passage(claim, text, span, 0).stance, Stance::kDenies);
  // Context only lends names: a context that names nothing of the claim changes nothing.
  const std::string other = "The weather was cold. The General Staff said there was no threat of encirclement.";
  const Document doc2(other);
  const auto text2 = prepare_article(doc2);
  const uint32_t c2 = uint32_t(other.find("there was"));
  EXPECT_EQ(classify_passage(claim, text2, Span(c2, uint32_t(other.size())), 0).stance, Stance::kUnrelated);
}

TEST(StanceGate, AnArticleMustNameTheClaimsNames) {
  const char* claim = "Ukrainian troops are encircled in the Kursk region";
  EXPECT_TRUE(article_names_claim(claim, Document("Fighting went on near Kursk, Ukraine's army said.")));
  EXPECT_TRUE(article_names_claim(claim, Document("KURSK - troops held their positions.")));  // any case
  // Near misses: the same story without the place, or only the demonym.
  EXPECT_FALSE(article_names_claim(claim, Document("Ukraine accepted a 30-day ceasefire in Jeddah.")));
  EXPECT_FALSE(article_names_claim(claim, Document("Ukrainian troops were surrounded near the border.")));
  // A claim with no names past its first word gates nothing.
  EXPECT_TRUE(article_names_claim("Troops are encircled", Document("Nothing about it.")));
}

TEST(StanceFeatures, NamesMatchValues) {
  const auto& names = stance::stance_feature_names();
  const auto claim = prepare_claim(kKursk);
  const Document doc("Ukrainian troops are encircled in the Kursk region, Russia said. Kyiv denied it.");
  stance::PairAnalysis pair;
  stance::analyse_pair(claim, prepare_article(doc), nullptr, &pair);
  ASSERT_EQ(pair.features.size(), names.size());
  EXPECT_EQ(pair.sentences.size(), doc.sentences().size());
  for (const float f : pair.features) EXPECT_TRUE(std::isfinite(f));
  // Full coverage of the claim by the first sentence.
  const auto cov = std::find(names.begin(), names.end(), "cov_w") - names.begin();
  EXPECT_FLOAT_EQ(pair.features[cov], 1.0f);
}

TEST(StanceFeatures, EmptyTextsAreHandled) {
  const auto claim = prepare_claim("");
  const Document empty("");
  stance::PairAnalysis pair;
  stance::analyse_pair(claim, prepare_article(empty), nullptr, &pair);
  for (const float f : pair.features) EXPECT_TRUE(std::isfinite(f));
  EXPECT_EQ(classify_stance("", empty).stance, Stance::kUnrelated);
}

TEST(StanceModel, TheBuiltInModelRoundTrips) {
  const auto& m = stance::default_stance_model();
  EXPECT_FALSE(m.trees.empty());
  EXPECT_EQ(m.trees.size() % kStanceCount, 0u);
  const std::string bytes = m.serialize();
  const auto again = stance::StanceModel::parse(bytes, "copy");
  EXPECT_EQ(again.serialize(), bytes);
}

TEST(StanceModel, RefusesWhatIsNotAModel) {
  const std::string bytes = stance::default_stance_model().serialize();
  EXPECT_THROW(stance::StanceModel::parse("", "empty"), Error);
  EXPECT_THROW(stance::StanceModel::parse("CLSTNC00" + bytes.substr(8), "magic"), Error);
  EXPECT_THROW(stance::StanceModel::parse(bytes.substr(0, bytes.size() - 1), "truncated"), Error);
  EXPECT_THROW(stance::StanceModel::parse(bytes + "x", "trailing"), Error);
  EXPECT_THROW(stance::StanceModel::load("/nonexistent/model.bin"), Error);
}

TEST(StanceModel, DecisionBiasShiftsTheDecision) {
  stance::StanceModel m;
  const stance::StanceScores p = {0.30, 0.20, 0.25, 0.25};
  EXPECT_EQ(m.decide(p), Stance::kSupports);
  m.bias[stance_index(Stance::kDenies)] = 1.0f;
  EXPECT_EQ(m.decide(p), Stance::kDenies);
}

TEST(ClassifyStance, ReturnsAConsistentResult) {
  const Document doc(
      "Ukraine's General Staff denied on Saturday that its troops in the Kursk region were encircled.\n\n"
      "\xE2\x80\x9COur troops continue to hold back Russian and North Korean groupings in the Kursk "
      "region,\xE2\x80\x9D Zelenskyy said. Russian officials had claimed that Ukrainian units were "
      "surrounded near Sudzha.\n\nAnalysts said there was no evidence of an encirclement.");
  const StanceResult r = classify_stance(kKursk, doc);
  EXPECT_NEAR(std::accumulate(r.probabilities.begin(), r.probabilities.end(), 0.0), 1.0, 1e-9);
  EXPECT_DOUBLE_EQ(r.confidence, r.probabilities[stance_index(r.stance)]);
  EXPECT_NE(r.stance, Stance::kUnrelated);
  ASSERT_FALSE(r.evidence.empty());
  EXPECT_LE(r.evidence.size(), kMaxStanceEvidence);
  size_t denials = 0;
  for (size_t i = 0; i < r.evidence.size(); ++i) {
    const auto& e = r.evidence[i];
    EXPECT_LE(e.span.end, doc.body().size());
    EXPECT_NE(e.stance, Stance::kUnrelated);
    if (i) {
      EXPECT_LT(r.evidence[i - 1].span.start, e.span.start);  // article order
    }
    denials += e.stance == Stance::kDenies;
  }
  EXPECT_GE(denials, 2u);
}

TEST(ClassifyStance, AnUnrelatedArticleIsUnrelated) {
  const Document doc(
      "Local farmers expect a record apple harvest this autumn after a mild spring and a wet summer. "
      "Prices at the market in the valley are expected to fall.");
  const StanceResult r = classify_stance(kKursk, doc);
  EXPECT_EQ(r.stance, Stance::kUnrelated);
  EXPECT_TRUE(r.evidence.empty());
}

}  // namespace
}  // namespace claimline
