#include "extract/stance.h"

#include <algorithm>

#include "extract/document.h"
#include "extract/stance_features.h"

namespace claimline {

namespace {

using stance::PassageStance;

bool takes_side(Stance s) { return s == Stance::kSupports || s == Stance::kDenies; }

// Picks the evidence: passages that take a side before those that only discuss, the most
// relevant first, then puts the chosen ones back in article order.
std::vector<StanceEvidence> select_evidence(const Document& doc, const std::vector<PassageStance>& sentences) {
  std::vector<size_t> order;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (sentences[s].stance != Stance::kUnrelated) order.push_back(s);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const bool sa = takes_side(sentences[a].stance), sb = takes_side(sentences[b].stance);
    if (sa != sb) return sa;
    return sentences[a].relevance > sentences[b].relevance;
  });
  if (order.size() > kMaxStanceEvidence) order.resize(kMaxStanceEvidence);
  std::sort(order.begin(), order.end());
  std::vector<StanceEvidence> out;
  for (const size_t s : order) {
    const auto& p = sentences[s];
    out.push_back({doc.sentences()[s].span(), p.stance, p.relevance, p.confidence, p.rule});
  }
  return out;
}

}  // namespace

stance::StanceClaim prepare_claim(std::string_view claim, const stance::StanceModel& model) {
  return stance::StanceClaim(claim, model.weights);
}

stance::StanceText prepare_article(const Document& article, const stance::StanceModel& model) {
  return stance::StanceText(article, model.weights);
}

StanceResult classify_stance(const stance::StanceClaim& claim, const stance::StanceText& article,
                             const stance::StanceModel& model) {
  stance::PairAnalysis pair;
  stance::analyse_pair(claim, article, &model.lexical, &pair);
  StanceResult r;
  r.probabilities = model.probabilities(pair.features);
  r.stance = model.decide(r.probabilities);
  r.confidence = r.probabilities[stance_index(r.stance)];
  if (r.stance != Stance::kUnrelated) r.evidence = select_evidence(article.doc(), pair.sentences);
  return r;
}

StanceResult classify_stance(std::string_view claim, const Document& article) {
  const auto& model = stance::default_stance_model();
  return classify_stance(prepare_claim(claim, model), prepare_article(article, model), model);
}

stance::PassageStance classify_passage(const stance::StanceClaim& claim,
                                       const stance::StanceText& article, Span span) {
  return classify_passage(claim, article, span, span.start);
}

stance::PassageStance classify_passage(const stance::StanceClaim& claim, const stance::StanceText& article,
                                       Span span, uint32_t context_start) {
  const auto& words = article.words();
  const auto& tokens = article.doc().tokens();
  auto word_at = [&](uint32_t byte) {
    return std::partition_point(words.begin(), words.end(),
                                [&](const stance::Word& w) { return tokens[w.token].start < byte; });
  };
  const auto first = word_at(span.start);
  const auto context = word_at(std::min(context_start, span.start));
  auto last = first;
  while (last != words.end() && tokens[last->token].end <= span.end) ++last;
  return stance::score_passage_in_context(claim, article, uint32_t(context - words.begin()),
                                          uint32_t(first - words.begin()), uint32_t(last - words.begin()));
}

bool article_names_claim(std::string_view claim, const Document& article) {
  const std::string_view body = article.lower();
  const Document c(claim);
  for (size_t i = 1; i < c.tokens().size(); ++i) {
    const Token& t = c.tokens()[i];
    if (t.kind != TokenKind::kWord || !t.upper_initial) continue;
    const std::string_view w = c.lower(t);
    if (w.size() < 3) continue;
    if (body.find(w.substr(0, std::min<size_t>(w.size(), 5))) == std::string_view::npos) return false;
  }
  return true;
}

stance::PassageStance classify_passage(std::string_view claim, std::string_view passage) {
  const auto& model = stance::default_stance_model();
  const Document doc(passage);
  const auto text = prepare_article(doc, model);
  return classify_passage(prepare_claim(claim, model), text, Span(0, uint32_t(passage.size())));
}

}  // namespace claimline
