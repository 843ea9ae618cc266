// Ingest: input files -> articles -> database, one transaction per article (or, when asked,
// per batch of articles, all-or-nothing). A bad input is reported (file:line) and skipped;
// the good articles of the same batch are still stored.
//
// Extraction runs on worker threads while the calling thread, which alone uses the database
// connection, writes the articles in input order: the database ends up exactly as a
// sequential ingest leaves it. Workers extract every article they are given, so a re-sent
// article costs an extraction even though nothing is written for it.
#pragma once

#include <functional>
#include <memory>
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
  // Extraction threads; nullopt: one per core; 0: extract on the calling thread.
  std::optional<size_t> workers;
  // Articles per write transaction. 1: one transaction per article (the default). More: an
  // all-or-nothing batch (a failure rolls back the whole batch), for bulk loads.
  size_t batch = 1;
  // The inputs are extraction objects (`claimline extract --jsonl` output, one per line):
  // store their articles with what they carry, without extracting again.
  bool extracted = false;
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

  ~Ingester();

  // Reads every article of one input and stores each in its own transaction.
  // Throws Error (kDatabase) when the database fails; the article being written is rolled back.
  void ingest_content(std::string_view content, std::string_view name);

  // Streaming form of ingest_content: reads the articles of one input and queues them;
  // some may be stored before it returns, the rest by later calls or by finish().
  void add_content(std::string_view content, std::string_view name);
  // Stores everything queued and commits. Articles still queued when the Ingester is
  // destroyed without finish() are not stored.
  void finish();

  // Stores one already-read article (applying the command-line overrides), after finishing
  // whatever was queued.
  store::PutResult ingest_article(ArticleInput article);

  // Expands files and directories (walked recursively, in name order; hidden files, README*
  // and unknown extensions skipped inside directories) and ingests each. "-" reads `stdin_text`.
  void ingest_paths(const std::vector<std::string>& paths, const std::function<std::string()>& read_stdin);

  void set_progress(std::function<void(const IngestProgress&)> cb) { progress_ = std::move(cb); }

  const IngestCounts& counts() const { return counts_; }
  const std::vector<ReadProblem>& problems() const { return problems_; }

 private:
  struct Pending;
  class Pool;

  void submit(ArticleInput a, size_t bytes_done);
  void submit(Pending p);
  void add_extracted_content(std::string_view content, std::string_view name);
  void write(Pending p);
  void write_one(const Pending& p);
  // Stores one article (and what was extracted from it, when `x` is given; else extracts it
  // here). `body`, when given, is store::prepare_body(a.body). REQUIRES: an open write
  // transaction.
  store::PutResult store_one(const ArticleInput& a, const Extraction* x, const store::PreparedBody* body = nullptr);
  static void apply_overrides(const IngestOptions& opts, ArticleInput& a);
  void count(const store::PutResult& r);

  store::Database& db_;
  IngestOptions opts_;
  std::function<std::string()> now_;
  store::ArticleStore articles_;
  store::ExtractionStore extractions_;
  IngestCounts counts_;
  std::vector<ReadProblem> problems_;
  std::function<void(const IngestProgress&)> progress_;
  size_t total_bytes_ = 0;
  size_t read_bytes_ = 0;  // input bytes read so far
  std::unique_ptr<Pool> pool_;
  std::optional<store::Transaction> batch_tx_;
  size_t batch_size_ = 0;  // articles written in batch_tx_
};

// The files an ingest of `paths` reads, in order; missing paths become problems.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, std::vector<ReadProblem>* problems);

// Reads a whole file; nullopt with a problem when it cannot be read or exceeds `max_bytes`.
std::optional<std::string> read_file(const std::string& path, size_t max_bytes, std::vector<ReadProblem>* problems);

}  // namespace claimline::ingest
