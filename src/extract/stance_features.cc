#include "extract/stance_features.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace claimline::stance {

namespace {

using lexicon::StanceCue;

// Sentences at the start of an article that count as its lead.
constexpr size_t kLeadSentences = 3;
// Words either side of a claim term within which a cue counts as "near" it.
constexpr uint32_t kNearWindow = 6;
// Sentences with at least this weighted coverage count as "about the claim".
constexpr double kRelevantCoverage = 0.3;

#define CLAIMLINE_CUE_FEATURES(X, cue) X(cue##_rate) X(cue##_rel) X(cue##_near) X(cue##_lead)

// Every feature, in vector order. Appending is safe; reordering needs a new model.
#define CLAIMLINE_STANCE_FEATURES(X)                                                          \
  X(cos_tfidf) X(cov_w) X(cov) X(cov_lead_w) X(sent_max_w) X(sent_top3_w) X(sent_n50)        \
  X(sent_first50) X(bigram_cov) X(cap_cov) X(num_cov) X(miss_idf_max) X(miss_idf_frac)        \
  X(rare_cov) X(body_len) X(claim_len) X(sent_count) X(rel_sent_frac)                         \
  CLAIMLINE_CUE_FEATURES(X, refute) CLAIMLINE_CUE_FEATURES(X, hedge)                          \
  CLAIMLINE_CUE_FEATURES(X, doubt) CLAIMLINE_CUE_FEATURES(X, support)                         \
  CLAIMLINE_CUE_FEATURES(X, report) CLAIMLINE_CUE_FEATURES(X, negation)                       \
  CLAIMLINE_CUE_FEATURES(X, contrast)                                                         \
  X(body_question) X(body_quotes) X(c_refute) X(c_hedge) X(c_doubt) X(c_support) X(c_report)  \
  X(c_negation) X(c_contrast) X(c_question) X(c_quotes) X(c_predicate)                        \
  X(top_neg_mismatch) X(top1_refute) X(top1_negation) X(top1_hedge)                           \
  X(p_deny) X(p_support) X(p_discuss) X(p_deny_frac) X(p_support_frac) X(p_deny_lead)         \
  X(p_support_lead) X(p_deny_max_rel) X(p_support_max_rel) X(p_pred_same) X(p_pred_contrary)  \
  X(lex_agree) X(lex_disagree) X(lex_discuss)

enum FeatureIndex : int {
#define CLAIMLINE_ENUM(name) k_##name,
  CLAIMLINE_STANCE_FEATURES(CLAIMLINE_ENUM)
#undef CLAIMLINE_ENUM
      kFeatureCount
};

// Feature offsets of each cue class's block of four (rate, rel, near, lead).
constexpr std::array<std::pair<StanceCue, int>, 7> kCueBlocks = {{
    {StanceCue::kRefute, k_refute_rate},     {StanceCue::kHedge, k_hedge_rate},
    {StanceCue::kDoubt, k_doubt_rate},       {StanceCue::kSupport, k_support_rate},
    {StanceCue::kReport, k_report_rate},     {StanceCue::kNegation, k_negation_rate},
    {StanceCue::kContrast, k_contrast_rate},
}};

constexpr std::array<std::pair<StanceCue, int>, 7> kClaimCues = {{
    {StanceCue::kRefute, k_c_refute},     {StanceCue::kHedge, k_c_hedge},
    {StanceCue::kDoubt, k_c_doubt},       {StanceCue::kSupport, k_c_support},
    {StanceCue::kReport, k_c_report},     {StanceCue::kNegation, k_c_negation},
    {StanceCue::kContrast, k_c_contrast},
}};

// Per-sentence facts about the claim's terms, shared by several feature groups.
struct Coverage {
  std::vector<double> sentence_w;  // weighted coverage of the claim by each sentence
  std::vector<bool> term_present;  // per claim term: occurs anywhere in the body
  std::vector<uint8_t> near;       // per body word: within kNearWindow of a claim term
};

void measure_coverage(const StanceClaim& claim, const StanceText& body, Coverage* c) {
  const auto& words = body.words();
  c->sentence_w.assign(body.sentence_count(), 0.0);
  c->term_present.assign(claim.terms().size(), false);
  c->near.assign(words.size(), 0);
  std::vector<uint32_t> last_seen(body.sentence_count(), UINT32_MAX);
  const double total = std::max(1e-9, claim.total_idf());
  for (uint32_t k = 0; k < claim.terms().size(); ++k) {
    const ClaimTerm& t = claim.terms()[k];
    const auto occ = body.occurrences(t.term);
    c->term_present[k] = !occ.empty();
    for (const uint32_t w : occ) {
      const uint32_t s = words[w].sentence;
      if (last_seen[s] != k) {
        last_seen[s] = k;
        c->sentence_w[s] += t.idf / total;
      }
      const uint32_t lo = w > kNearWindow ? w - kNearWindow : 0;
      const uint32_t hi = std::min<uint32_t>(static_cast<uint32_t>(words.size()), w + kNearWindow + 1);
      std::fill(c->near.begin() + lo, c->near.begin() + hi, 1);
    }
  }
}

double cosine(const StanceClaim& claim, const StanceText& body) {
  if (claim.tfidf_norm() <= 0 || body.tfidf_norm() <= 0) return 0;
  const auto& counts = body.term_counts();
  double dot = 0;
  for (const ClaimTerm& t : claim.terms()) {
    const auto it = std::lower_bound(counts.begin(), counts.end(), std::make_pair(t.term, uint32_t{0}));
    if (it == counts.end() || it->first != t.term) continue;
    dot += (1 + std::log(double(t.count))) * (1 + std::log(double(it->second))) * t.idf * t.idf;
  }
  return dot / (claim.tfidf_norm() * body.tfidf_norm());
}

// Share of the claim's bigrams whose two terms follow each other in the body (function words
// between them skipped).
double bigram_coverage(const StanceClaim& claim, const StanceText& body) {
  if (claim.bigrams().empty()) return 0;
  const auto& words = body.words();
  size_t found = 0;
  for (const auto& [a, b] : claim.bigrams()) {
    bool hit = false;
    for (const uint32_t w : body.occurrences(a)) {
      for (uint32_t j = w + 1; j < words.size() && j <= w + 3 && !hit; ++j) {
        if (words[j].stop) continue;
        hit = words[j].term == b;
        break;
      }
      if (hit) break;
    }
    found += hit;
  }
  return double(found) / double(claim.bigrams().size());
}

void relatedness_features(const StanceClaim& claim, const StanceText& body, const Coverage& c,
                          float* f) {
  const auto& terms = claim.terms();
  const double total = std::max(1e-9, claim.total_idf());
  double cov_w = 0, cap_n = 0, cap_hit = 0, num_n = 0, num_hit = 0, miss_max = 0, miss_sum = 0;
  size_t hits = 0;
  std::vector<float> idfs;
  for (const auto& t : terms) idfs.push_back(t.idf);
  std::sort(idfs.begin(), idfs.end());
  const float median = idfs.empty() ? 0 : idfs[idfs.size() / 2];
  double rare_n = 0, rare_hit = 0;
  for (size_t k = 0; k < terms.size(); ++k) {
    const bool p = c.term_present[k];
    hits += p;
    if (p) cov_w += terms[k].idf;
    if (!p) {
      miss_max = std::max<double>(miss_max, terms[k].idf);
      miss_sum += terms[k].idf;
    }
    if (terms[k].capital) cap_n += 1, cap_hit += p;
    if (terms[k].number) num_n += 1, num_hit += p;
    if (terms[k].idf >= median) rare_n += 1, rare_hit += p;
  }
  f[k_cos_tfidf] = float(cosine(claim, body));
  f[k_cov_w] = float(cov_w / total);
  f[k_cov] = terms.empty() ? 0.0f : float(double(hits) / double(terms.size()));
  f[k_cap_cov] = cap_n > 0 ? float(cap_hit / cap_n) : -1.0f;
  f[k_num_cov] = num_n > 0 ? float(num_hit / num_n) : -1.0f;
  f[k_miss_idf_max] = float(miss_max);
  f[k_miss_idf_frac] = float(miss_sum / total);
  f[k_rare_cov] = rare_n > 0 ? float(rare_hit / rare_n) : 0.0f;
  f[k_bigram_cov] = float(bigram_coverage(claim, body));
  f[k_body_len] = float(std::log1p(double(body.content_words())));
  f[k_claim_len] = float(terms.size());
  f[k_sent_count] = float(std::log1p(double(body.sentence_count())));
}

void sentence_features(const StanceText& body, const Coverage& c, float* f) {
  const auto& sw = c.sentence_w;
  const size_t n = sw.size();
  std::vector<double> sorted(sw.begin(), sw.end());
  std::sort(sorted.rbegin(), sorted.rend());
  double top3 = 0;
  for (size_t i = 0; i < std::min<size_t>(3, n); ++i) top3 += sorted[i] / 3.0;
  size_t n50 = 0, relevant = 0;
  double first50 = 1.0;
  for (size_t s = 0; s < n; ++s) {
    if (sw[s] >= 0.5) {
      if (n50 == 0) first50 = double(s) / double(n);
      ++n50;
    }
    relevant += sw[s] >= kRelevantCoverage;
  }
  // Weighted coverage of the lead taken together: terms present in any lead sentence.
  f[k_sent_max_w] = n ? float(sorted[0]) : 0.0f;
  f[k_sent_top3_w] = float(top3);
  f[k_sent_n50] = float(std::log1p(double(n50)));
  f[k_sent_first50] = float(first50);
  f[k_rel_sent_frac] = n ? float(double(relevant) / double(n)) : 0.0f;
  (void)body;
}

void lead_coverage_feature(const StanceClaim& claim, const StanceText& body, float* f) {
  const auto& words = body.words();
  const double total = std::max(1e-9, claim.total_idf());
  double cov = 0;
  for (const auto& t : claim.terms()) {
    const auto occ = body.occurrences(t.term);
    if (!occ.empty() && words[occ.front()].sentence < kLeadSentences) cov += t.idf;
  }
  f[k_cov_lead_w] = float(cov / total);
}

void cue_features(const StanceText& body, const Coverage& c, float* f) {
  const auto& words = body.words();
  std::array<double, lexicon::kStanceCueCount> rate{}, rel{}, near{}, lead{};
  size_t relevant_sentences = 0;
  for (double w : c.sentence_w) relevant_sentences += w >= kRelevantCoverage;
  for (uint32_t i = 0; i < words.size(); ++i) {
    const int cue = static_cast<int>(words[i].cue);
    if (cue == 0) continue;
    rate[cue] += 1;
    if (c.sentence_w[words[i].sentence] >= kRelevantCoverage) rel[cue] += 1;
    if (c.near[i]) near[cue] += 1;
    if (words[i].sentence < kLeadSentences) lead[cue] += 1;
  }
  const double per = 100.0 / std::max<double>(1, double(words.size()));
  for (const auto& [cue, offset] : kCueBlocks) {
    const int k = static_cast<int>(cue);
    f[offset + 0] = float(rate[k] * per);
    f[offset + 1] = relevant_sentences ? float(rel[k] / double(relevant_sentences)) : 0.0f;
    f[offset + 2] = float(std::log1p(near[k]));
    f[offset + 3] = float(lead[k]);
  }
}

size_t count_tokens(const Document& doc, bool (*pred)(std::string_view)) {
  size_t n = 0;
  for (const auto& t : doc.tokens()) {
    if (t.kind == TokenKind::kPunct && pred(doc.text(t))) ++n;
  }
  return n;
}

bool is_question_mark(std::string_view s) { return s == "?"; }

void punctuation_features(const StanceClaim& claim, const StanceText& body, float* f) {
  const double sentences = std::max<double>(1, double(body.sentence_count()));
  f[k_body_question] = float(double(count_tokens(body.doc(), is_question_mark)) / sentences);
  f[k_body_quotes] = float(double(count_tokens(body.doc(), text::is_quote)) / sentences);
  f[k_c_question] = claim.question() ? 1.0f : 0.0f;
  f[k_c_quotes] = float(count_tokens(claim.doc(), text::is_quote));
}

void claim_features(const StanceClaim& claim, float* f) {
  for (const auto& [cue, index] : kClaimCues) f[index] = claim.has_cue(cue) ? 1.0f : 0.0f;
  f[k_c_predicate] = claim.predicates().empty() ? 0.0f : 1.0f;
}

bool sentence_has_cue(const StanceText& body, size_t s, StanceCue cue) {
  const auto [b, e] = body.sentence_words(s);
  for (uint32_t i = b; i < e; ++i) {
    if (body.words()[i].cue == cue) return true;
  }
  return false;
}

void top_sentence_features(const StanceClaim& claim, const StanceText& body, const Coverage& c,
                           float* f) {
  const size_t n = c.sentence_w.size();
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  const size_t k = std::min<size_t>(3, n);
  std::partial_sort(order.begin(), order.begin() + k, order.end(),
                    [&](size_t a, size_t b) { return c.sentence_w[a] > c.sentence_w[b]; });
  double mismatch = 0;
  for (size_t i = 0; i < k; ++i) {
    mismatch += sentence_has_cue(body, order[i], StanceCue::kNegation) != claim.negated();
  }
  f[k_top_neg_mismatch] = k ? float(mismatch / double(k)) : 0.0f;
  f[k_top1_refute] = n && sentence_has_cue(body, order[0], StanceCue::kRefute) ? 1.0f : 0.0f;
  f[k_top1_negation] = n && sentence_has_cue(body, order[0], StanceCue::kNegation) ? 1.0f : 0.0f;
  f[k_top1_hedge] = n && (sentence_has_cue(body, order[0], StanceCue::kHedge) ||
                          sentence_has_cue(body, order[0], StanceCue::kDoubt))
                        ? 1.0f
                        : 0.0f;
}

// True when sentence `s` holds a word of a claim predicate group or of a contrary group.
bool has_claim_predicate(const StanceClaim& claim, const StanceText& body, size_t s, bool* contrary) {
  if (claim.predicates().empty()) return false;
  const auto [b, e] = body.sentence_words(s);
  bool any = false;
  for (uint32_t i = b; i < e; ++i) {
    const int8_t g = body.words()[i].predicate;
    if (g == kNoPredicate) continue;
    for (const int8_t cg : claim.predicates()) {
      if (g == cg) any = true;
      if (g == contrary_group(cg)) any = *contrary = true;
    }
  }
  return any;
}

void passage_features(const StanceClaim& claim, const StanceText& body, const Coverage& c,
                      PairAnalysis* out) {
  float* f = out->features.data();
  out->sentences.assign(body.sentence_count(), PassageStance{});
  double deny = 0, support = 0, discuss = 0, deny_rel = 0, support_rel = 0;
  bool deny_lead = false, support_lead = false, pred_same = false, pred_contrary = false;
  for (size_t s = 0; s < body.sentence_count(); ++s) {
    bool contrary = false;
    const bool pred = has_claim_predicate(claim, body, s, &contrary);
    if (c.sentence_w[s] <= 0 && !pred) continue;
    pred_same = pred_same || (pred && !contrary);
    pred_contrary = pred_contrary || contrary;
    const PassageStance p = score_sentence(claim, body, s);
    out->sentences[s] = p;
    if (p.stance == Stance::kDenies) {
      deny += 1;
      deny_rel = std::max(deny_rel, p.relevance);
      deny_lead = deny_lead || s < kLeadSentences;
    } else if (p.stance == Stance::kSupports) {
      support += 1;
      support_rel = std::max(support_rel, p.relevance);
      support_lead = support_lead || s < kLeadSentences;
    } else if (p.stance == Stance::kDiscusses) {
      discuss += 1;
    }
  }
  const double related = deny + support + discuss;
  f[k_p_deny] = float(std::log1p(deny));
  f[k_p_support] = float(std::log1p(support));
  f[k_p_discuss] = float(std::log1p(discuss));
  f[k_p_deny_frac] = related > 0 ? float(deny / related) : 0.0f;
  f[k_p_support_frac] = related > 0 ? float(support / related) : 0.0f;
  f[k_p_deny_lead] = deny_lead ? 1.0f : 0.0f;
  f[k_p_support_lead] = support_lead ? 1.0f : 0.0f;
  f[k_p_deny_max_rel] = float(deny_rel);
  f[k_p_support_max_rel] = float(support_rel);
  f[k_p_pred_same] = pred_same ? 1.0f : 0.0f;
  f[k_p_pred_contrary] = pred_contrary ? 1.0f : 0.0f;
}

}  // namespace

const std::vector<std::string_view>& stance_feature_names() {
  static const std::vector<std::string_view> kNames = {
#define CLAIMLINE_NAME(name) #name,
      CLAIMLINE_STANCE_FEATURES(CLAIMLINE_NAME)
#undef CLAIMLINE_NAME
  };
  return kNames;
}

int lexical_feature_offset() { return k_lex_agree; }

void analyse_pair(const StanceClaim& claim, const StanceText& body, const LexicalModel* lexical,
                  PairAnalysis* out) {
  out->features.assign(kFeatureCount, 0.0f);
  float* f = out->features.data();
  Coverage c;
  measure_coverage(claim, body, &c);
  relatedness_features(claim, body, c, f);
  lead_coverage_feature(claim, body, f);
  sentence_features(body, c, f);
  cue_features(body, c, f);
  punctuation_features(claim, body, f);
  claim_features(claim, f);
  top_sentence_features(claim, body, c, f);
  passage_features(claim, body, c, out);
  out->sentence_coverage = c.sentence_w;
  lexical_inputs(claim, body, c.sentence_w, &out->lexical);
  const LexicalScores lex =
      lexical ? lexical->probabilities(out->lexical) : LexicalModel().probabilities(out->lexical);
  for (int k = 0; k < kLexicalClasses; ++k) f[k_lex_agree + k] = float(lex[k]);
}

}  // namespace claimline::stance
