// Claim suggestions: clusters of statements about the same proposition across articles,
// found by shared content words (TF-IDF cosine) and shared entities, ranked by how many
// outlets carry them. Pure: the caller reads the statements from the store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace claimline {

struct SuggestInput {
  int64_t statement_id = 0;
  std::string text;                // the statement's content
  std::string outlet;              // empty when unknown
  std::vector<int64_t> entities;   // entities it names or is said by
};

struct ClaimSuggestion {
  std::string text;                    // the most central statement, trimmed to a proposition
  std::vector<int64_t> statement_ids;  // members, most central first
  std::vector<std::string> outlets;    // distinct, sorted
  std::vector<std::string> terms;      // the content words the members share most
};

struct SuggestOptions {
  double min_similarity = 0.30;  // cosine of TF-IDF vectors to link two statements
  size_t min_shared_terms = 2;
  size_t min_outlets = 2;        // a suggestion must be carried by this many outlets
  size_t limit = 20;
};

// Suggestions, most outlets first (then most statements).
std::vector<ClaimSuggestion> suggest_claims(const std::vector<SuggestInput>& items, const SuggestOptions& opts = {});

}  // namespace claimline
