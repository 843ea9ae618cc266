// The benchmark's query set, in one place. Each kind has a name (the key under "queries" in
// the JSON), what it asks, and either a way to run it once with parameters drawn from a
// seeded RNG, or the reason it cannot run yet: such a kind is reported as absent (no
// figures), never approximated by another query.
//
// Parameters come from the loaded database itself (speakers of statements, outlets, words
// of titles, publication dates of a sample of articles, stored claims), so the same set runs
// on generated and on real corpora. The claim and entity timelines and the outlet diff call
// the functions `claimline timeline` and `claimline diff` call (query/timeline.h,
// query/diff.h), whole: reading, merging and ordering, not rendering. `timeline`, `as_of`
// and `diff` are what those commands answer by default or with a page size (a page, a
// bounded diff); `*_all` read a whole claim, so nothing is hidden.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bench/generator.h"
#include "store/database.h"

namespace claimline::bench {

struct QueryInputs {
  std::vector<std::string> speakers;  // names of speakers of stored statements (repeats = weight)
  std::vector<std::string> outlets;   // outlet names
  std::vector<std::string> words;     // words of stored titles, for searches
  std::vector<int64_t> claims;        // claims with at least one article (repeats = weight)
  int64_t first = 0, last = 0;        // publication range of the sample, Unix seconds
};

// Draws query parameters from `sample` random stored articles.
QueryInputs sample_query_inputs(store::Database& db, size_t sample, uint64_t seed);

struct QueryKind {
  std::string name;
  std::string what;            // one line for the table
  std::string absent_reason;   // non-empty: not available yet
  std::function<size_t(Rng&)> run;  // runs one query, returns the rows it produced
  // Reads a whole claim (the complete variants beside the paged ones): its cost grows with
  // the claim, so a large N may run fewer of them (--complete-queries).
  bool complete = false;
};

// Every query kind, available or not, in report order.
std::vector<QueryKind> query_kinds(store::Database& db, const QueryInputs& in);

struct QueryStats {
  std::string name, what, absent_reason;
  size_t count = 0;  // queries run (0 when absent)
  double median_ms = 0, p95_ms = 0, max_ms = 0;
  double mean_rows = 0;
  int64_t peak_rss_bytes = 0;  // the process's peak while this kind ran (reset before it)
};

// Runs each available kind `runs` times (`complete_runs` for the complete kinds) after a few
// untimed warm-up runs and reports the latency distribution. `progress` (optional) is called
// after each query with (done, total).
std::vector<QueryStats> run_queries(const std::vector<QueryKind>& kinds, size_t runs, size_t complete_runs, uint64_t seed,
                                    const std::function<void(size_t, size_t)>& progress);

}  // namespace claimline::bench
