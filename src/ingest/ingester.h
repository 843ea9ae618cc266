// Ingest: input files -> articles -> database, one transaction per article. A bad input is
// reported (file:line) and skipped; the good articles of the same batch are still stored.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/reader.h"
#include "model/timestamp.h"
#include "store/article_store.h"
#include "store/database.h"
#include "store/extraction_store.h"

namespace claimline::ingest {

struct IngestOptions {
  ReadOptions read;
  // Given on the command line: they override what the inputs say.
  std::optional<std::string> outlet;
  std::optional<std::string> url;
  std::optional<Timestamp> published;
  bool extract = true;  // run the extractors and store what they find
};

struct IngestCounts {
  size_t added = 0;
  size_t unchanged = 0;
  size_t revised = 0;
  size_t redated = 0;   // unchanged content that gained a publication date
  size_t rejected = 0;  // inputs (files or records) that could not be read
  size_t bytes = 0;     // input bytes processed
  size_t articles() const { return added + unchanged + revised + redated; }
};

struct IngestProgress {
  size_t done_bytes = 0;
  size_t total_bytes = 0;  // 0 when unknown (standard input)
  const IngestCounts* counts = nullptr;
};

class Ingester {
 public:
  // `now` returns the current time as ISO 8601 (a seam: tests pass a fixed clock).
  Ingester(store::Database& db, IngestOptions opts, std::function<std::string()> now);

  // Reads every article of one input and stores each in its own transaction.
  // Throws Error (kDatabase) when the database fails; the article being written is rolled back.
  void ingest_content(std::string_view content, std::string_view name);

  // Stores one already-read article (applying the command-line overrides).
  store::PutResult ingest_article(ArticleInput article);

  // Expands files and directories (walked recursively, in name order; hidden files, README*
  // and unknown extensions skipped inside directories) and ingests each. "-" reads `stdin_text`.
  void ingest_paths(const std::vector<std::string>& paths, const std::function<std::string()>& read_stdin);

  void set_progress(std::function<void(const IngestProgress&)> cb) { progress_ = std::move(cb); }

  const IngestCounts& counts() const { return counts_; }
  const std::vector<ReadProblem>& problems() const { return problems_; }

 private:
  store::Database& db_;
  IngestOptions opts_;
  std::function<std::string()> now_;
  store::ArticleStore articles_;
  store::ExtractionStore extractions_;
  IngestCounts counts_;
  std::vector<ReadProblem> problems_;
  std::function<void(const IngestProgress&)> progress_;
  size_t total_bytes_ = 0;
};

// The files an ingest of `paths` reads, in order; missing paths become problems.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, std::vector<ReadProblem>* problems);

// Reads a whole file; nullopt with a problem when it cannot be read or exceeds `max_bytes`.
std::optional<std::string> read_file(const std::string& path, size_t max_bytes, std::vector<ReadProblem>* problems);

}  // namespace claimline::ingest
