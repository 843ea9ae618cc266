// The phases of a benchmark run: write the generated corpus to a spool, time extraction
// alone, ingest through the claimline ingest path, and store the same texts in the floor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "bench/generator.h"
#include "bench/options.h"
#include "ingest/claim_scanner.h"
#include "ingest/ingester.h"

namespace claimline::bench {

// Where the inputs of a run come from: a spool of generated inputs, or corpus files and
// directories (expanded as `claimline ingest` does).
class InputSource {
 public:
  static InputSource spool(std::string path, size_t count);
  static InputSource corpus(std::vector<std::string> paths);

  size_t count() const { return count_; }  // inputs: spool records or corpus files
  // Calls f(name, content) for every input, in order, until f returns false. Unreadable
  // corpus files are skipped.
  void for_each(const std::function<bool(const std::string&, const std::string&)>& f) const;

 private:
  std::string spool_;
  std::vector<std::string> files_;
  size_t count_ = 0;
};

struct GenerateResult {
  double seconds = 0;
  size_t inputs = 0, revisions = 0, duplicates = 0;
};
GenerateResult generate_spool(const Generator& g, const std::string& path);

struct ExtractResult {
  size_t articles = 0;
  int64_t body_bytes = 0;
  double cpu_seconds = 0;  // of the one thread that extracted
  size_t statements = 0, times = 0, entities = 0;
};
// Reads the first `sample` articles and times Document + extract_article on one thread.
ExtractResult measure_extraction(const InputSource& src, size_t sample);

struct IngestResult {
  double seconds = 0, cpu_seconds = 0;
  ingest::IngestCounts counts;
  int64_t raw_bytes = 0;   // input bytes read
  int64_t db_bytes = 0;    // after the connection is closed (WAL checkpointed)
  int64_t peak_rss = 0;
  size_t workers = 0, batch = 0;
  std::vector<std::string> problems;  // first few read problems
};
IngestResult run_ingest(const InputSource& src, const std::string& db_path, const BenchOptions& o);

// Claims added after the ingest, as a user adds them (`claimline claims add`), then found in
// every stored revision (`claimline claims scan`): what the claim timeline, as-of and diff
// queries read. Not part of the ingest rate.
struct ClaimsResult {
  size_t claims = 0;
  double seconds = 0, cpu_seconds = 0;
  ingest::ScanCounts counts;
};
ClaimsResult add_and_scan_claims(const std::string& db_path, const std::vector<std::string>& texts);

struct FloorResult {
  double seconds = 0, cpu_seconds = 0;
  size_t articles = 0;
  int64_t db_bytes = 0;
  int64_t peak_rss = 0;
};
FloorResult run_floor(const InputSource& src, const std::string& path);

}  // namespace claimline::bench
