// What changed between two articles, or two revisions of one: statements added, removed
// or reworded (word-level diff), claim stances that flipped, dates that changed
// (publication, statements' said-times, events' datings).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query/diff.h"

namespace claimline::query {

struct ArticleRevisionRef {
  int64_t article_id = 0;
  std::optional<int> revision;  // none: the counting revision (latest, or as of)
};

struct StatementChange {
  std::string change;  // added | removed | reworded | unchanged
  std::optional<QuoteRef> a, b;
  std::optional<WordDiff> diff;  // reworded only
};

struct StanceChange {
  int64_t claim_id = 0;
  std::string claim_text;
  std::string level;                     // article | statement | passage
  std::optional<std::string> speaker;
  std::optional<std::string> stance_a, stance_b;  // none: no such mention on that side
};

struct DateChange {
  std::string what;          // "publication", "said: Steve Witkoff", "event: phone call"
  std::string text;          // the statement or event sentence (b's, else a's)
  std::optional<ValidTime> a, b;
  std::optional<std::string> time_text_a, time_text_b;
  std::optional<std::string> status_a, status_b;  // events
};

struct ArticleDiff {
  store::RevisionRef a, b;
  std::vector<StatementChange> statements;  // every statement of both, by position
  std::vector<StanceChange> stances;        // changed ones only
  std::vector<DateChange> dates;            // changed ones only
  size_t added = 0, removed = 0, reworded = 0, unchanged = 0;
};

// Compares two revisions. With a == b (same article, no revision numbers) compares the
// revision before the counting one with it. Throws Error not_found for an unknown article
// or revision; usage when the article has a single revision and nothing else to compare.
ArticleDiff diff_articles(store::Database& db, const ArticleRevisionRef& a, const ArticleRevisionRef& b,
                          std::optional<int64_t> as_of);

}  // namespace claimline::query
