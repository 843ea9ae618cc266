// The figures of one benchmark run and their two renderings: a readable table and one JSON
// object. The JSON keys articles, raw_bytes, ingest_articles_per_s, ingest_mb_per_s,
// floor_articles_per_s, ratio, extract_mb_per_s_per_core, peak_rss_bytes, db_bytes,
// db_bytes_per_article, raw_bytes_per_article, queries (per name: median_ms, p95_ms, count)
// and cores are a contract (DESIGN.md, Performance); others may be added.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bench/phases.h"
#include "bench/queries.h"
#include "bench/system.h"

namespace claimline::bench {

struct BenchResults {
  std::string source;  // "generated" or "corpus"
  uint64_t seed = 0;
  Machine machine;
  double load_after = 0;
  std::optional<GenerateResult> generate;
  ExtractResult extract;
  IngestResult ingest;
  std::optional<FloorResult> floor;
  ClaimsResult claims;
  std::vector<QueryStats> queries;
  int64_t peak_rss = 0;  // the largest of the phases' peaks
  // --queries-on: the database timed (nothing else ran), its articles and bytes.
  std::string queries_on;
  int64_t db_articles = 0, db_bytes = 0;
};

// With r.queries_on set only the query figures, the database and the machine are shown.
std::string render_json(const BenchResults& r);
std::string render_table(const BenchResults& r);

}  // namespace claimline::bench
