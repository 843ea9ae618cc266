// Command line of claimline_bench.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimline::bench {

struct BenchOptions {
  size_t articles = 10000;            // generated inputs (ignored with --corpus)
  uint64_t seed = 1;
  std::vector<std::string> corpus;    // files or directories to load instead of generating
  std::string db;                     // keep the database here; empty: a temporary file, removed
  std::string work_dir;               // temporary files; empty: $TMPDIR or /tmp
  bool json = false;
  size_t queries = 200;               // runs per query kind
  std::optional<size_t> complete_queries;  // runs of the complete-claim kinds; default: queries
  size_t extract_sample = 2000;       // articles timed for the extraction-only rate
  std::optional<size_t> workers;      // ingest extraction threads; default: as `claimline ingest`
  // Articles per write transaction. A benchmark is a bulk load, so it loads as `claimline
  // ingest --batch 256` would (fewer commits: at N = 3,000, 22% less CPU and 38% less time
  // than one transaction per article); --batch 1 measures the interactive default.
  size_t batch = 256;
  bool skip_floor = false;
  size_t claims = 20;                 // generated claims added and scanned after the ingest
  std::vector<std::string> claim_texts;  // claims to add instead (e.g. for a corpus)
  // Time the queries on this existing database (one a run kept with --db) and nothing else.
  std::string queries_on;
};

// Parses argv. Returns nullopt after printing help (exit 0); throws std::invalid_argument
// with a one-line message on a usage error (exit 2).
std::optional<BenchOptions> parse_options(int argc, char** argv);

}  // namespace claimline::bench
