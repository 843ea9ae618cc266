#include "extract/stance_lexical.h"

#include <algorithm>
#include <cmath>

namespace claimline::stance {

namespace {

// Distinct terms of words [begin, end), numbers left out.
void collect_terms(const StanceText& text, uint32_t begin, uint32_t end, std::vector<uint32_t>* out) {
  for (uint32_t i = begin; i < end; ++i) {
    if (!text.words()[i].number) out->push_back(text.words()[i].term);
  }
}

void add_field(LexicalField field, std::vector<uint32_t> terms, std::vector<LexicalInput>* out) {
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  if (terms.empty()) return;
  const float value = float(1.0 / std::sqrt(double(terms.size())));
  for (const uint32_t t : terms) out->emplace_back(lexical_key(field, t), value);
}

uint32_t cue_mask(const StanceText& text, uint32_t begin, uint32_t end) {
  uint32_t mask = 0;
  for (uint32_t i = begin; i < end; ++i) mask |= 1u << static_cast<unsigned>(text.words()[i].cue);
  return mask;
}

}  // namespace

uint32_t lexical_key(LexicalField field, uint32_t term) {
  uint32_t x = term + static_cast<uint32_t>(field) * 0x9E3779B9u;
  x ^= x >> 16;
  x *= 0x7FEB352Du;
  x ^= x >> 15;
  x *= 0x846CA68Bu;
  x ^= x >> 16;
  return x;
}

void lexical_inputs(const StanceClaim& claim, const StanceText& body,
                    const std::vector<double>& sentence_coverage, std::vector<LexicalInput>* out) {
  out->clear();
  std::vector<uint32_t> terms;
  collect_terms(claim.text(), 0, uint32_t(claim.text().words().size()), &terms);
  add_field(LexicalField::kClaim, std::move(terms), out);

  terms.clear();
  uint32_t relevant_cues = 0;
  for (size_t s = 0; s < body.sentence_count() && s < sentence_coverage.size(); ++s) {
    if (sentence_coverage[s] < kLexicalRelevantCoverage) continue;
    const auto [b, e] = body.sentence_words(s);
    collect_terms(body, b, e, &terms);
    relevant_cues |= cue_mask(body, b, e);
  }
  add_field(LexicalField::kRelevant, std::move(terms), out);

  terms.clear();
  collect_terms(body, 0, uint32_t(body.words().size()), &terms);
  add_field(LexicalField::kBody, std::move(terms), out);

  // Which cues the claim has, crossed with which the sentences about it have.
  const uint32_t claim_cues = cue_mask(claim.text(), 0, uint32_t(claim.text().words().size()));
  terms.clear();
  for (unsigned c = 0; c < 32; ++c) {
    if (!(claim_cues & (1u << c)) && c != 0) continue;
    for (unsigned d = 1; d < 32; ++d) {
      if (relevant_cues & (1u << d)) terms.push_back(c * 32 + d);
    }
  }
  add_field(LexicalField::kCueCross, std::move(terms), out);
  std::sort(out->begin(), out->end());
}

LexicalScores LexicalModel::probabilities(const std::vector<LexicalInput>& inputs) const {
  LexicalScores z;
  for (int c = 0; c < kLexicalClasses; ++c) z[c] = bias[c];
  if (!empty()) {
    for (const auto& [key, value] : inputs) {
      const auto it = std::lower_bound(keys.begin(), keys.end(), key);
      if (it == keys.end() || *it != key) continue;
      const auto& w = weights[it - keys.begin()];
      for (int c = 0; c < kLexicalClasses; ++c) z[c] += w[c] * value;
    }
  }
  const double top = *std::max_element(z.begin(), z.end());
  double sum = 0;
  for (auto& v : z) sum += (v = std::exp(v - top));
  for (auto& v : z) v /= sum;
  return z;
}

}  // namespace claimline::stance
