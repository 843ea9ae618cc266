#include "bench/phases.h"

#include <chrono>
#include <thread>

#include "bench/floor.h"
#include "bench/progress.h"
#include "bench/spool.h"
#include "bench/system.h"
#include "extract/document.h"
#include "extract/pipeline.h"
#include "store/claim_store.h"
#include "store/database.h"

namespace claimline::bench {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// The ingest time every row records: fixed, so two runs with one seed store the same rows.
const std::string kIngestedAt = "2026-01-01T00:00:00Z";

// The limit `claimline ingest` applies to input files.
constexpr size_t kMaxFileBytes = size_t{1} << 31;

}  // namespace

InputSource InputSource::spool(std::string path, size_t count) {
  InputSource s;
  s.spool_ = std::move(path);
  s.count_ = count;
  return s;
}

InputSource InputSource::corpus(std::vector<std::string> paths) {
  InputSource s;
  std::vector<ingest::ReadProblem> problems;
  s.files_ = ingest::expand_inputs(paths, &problems);
  s.count_ = s.files_.size();
  return s;
}

void InputSource::for_each(const std::function<bool(const std::string&, const std::string&)>& f) const {
  if (!spool_.empty()) {
    SpoolReader in(spool_);
    std::string name, content;
    while (in.next(&name, &content)) {
      if (!f(name, content)) return;
    }
    return;
  }
  for (const auto& path : files_) {
    std::vector<ingest::ReadProblem> problems;
    auto content = ingest::read_file(path, kMaxFileBytes, &problems);
    if (content && !f(path, *content)) return;
  }
}

GenerateResult generate_spool(const Generator& g, const std::string& path) {
  GenerateResult r;
  const auto start = Clock::now();
  SpoolWriter out(path);
  Progress progress("generating", g.size());
  for (size_t i = 0; i < g.size(); ++i) {
    const GeneratedInput in = g.input(i);
    out.add(in.name, in.content);
    r.revisions += in.kind == InputKind::kRevision ? 1 : 0;
    r.duplicates += in.kind == InputKind::kDuplicate ? 1 : 0;
    progress.update(i + 1);
  }
  out.close();
  r.inputs = g.size();
  r.seconds = since(start);
  return r;
}

ExtractResult measure_extraction(const InputSource& src, size_t sample) {
  ExtractResult r;
  Progress progress("extracting (one thread)", sample);
  src.for_each([&](const std::string& name, const std::string& content) {
    for (const auto& a : ingest::read_articles(content, name, {}).articles) {
      if (r.articles >= sample) return false;
      const double start = thread_cpu_seconds();
      const Document doc(a.body);
      const Extraction x = extract_article(doc, a.published);
      r.cpu_seconds += thread_cpu_seconds() - start;
      r.body_bytes += static_cast<int64_t>(a.body.size());
      r.statements += x.statements.size();
      r.times += x.times.size();
      r.entities += x.entities.size();
      progress.update(++r.articles);
    }
    return r.articles < sample;
  });
  return r;
}

IngestResult run_ingest(const InputSource& src, const std::string& db_path, const BenchOptions& o) {
  IngestResult r;
  ingest::IngestOptions opts;  // as `claimline ingest --batch B` (B = --batch)
  if (o.workers) opts.workers = o.workers;
  opts.batch = o.batch;
  r.workers = opts.workers ? *opts.workers : std::max(1u, std::thread::hardware_concurrency());
  r.batch = opts.batch;
  reset_peak_rss();
  const double cpu = process_cpu_seconds();
  const auto start = Clock::now();
  {
    store::Database db(db_path, store::OpenMode::kCreate);
    ingest::Ingester ingester(db, opts, [] { return kIngestedAt; });
    Progress progress("ingesting", src.count());
    ingester.set_progress([&](const ingest::IngestProgress& p) { progress.update(p.counts->articles()); });
    src.for_each([&](const std::string& name, const std::string& content) {
      r.raw_bytes += static_cast<int64_t>(content.size());
      ingester.add_content(content, name);
      return true;
    });
    ingester.finish();
    r.counts = ingester.counts();
    for (const auto& p : ingester.problems()) {
      if (r.problems.size() < 5) r.problems.push_back(p.where + ": " + p.message);
    }
  }  // closing the last connection checkpoints the WAL into the database file
  r.seconds = since(start);
  r.cpu_seconds = process_cpu_seconds() - cpu;
  r.peak_rss = peak_rss_bytes();
  r.db_bytes = database_bytes(db_path);
  return r;
}

ClaimsResult add_and_scan_claims(const std::string& db_path, const std::vector<std::string>& texts) {
  ClaimsResult r;
  if (texts.empty()) return r;
  const double cpu = process_cpu_seconds();
  const auto start = Clock::now();
  {
    store::Database db(db_path, store::OpenMode::kWrite);
    store::ClaimStore claims(db);
    {
      store::Transaction tx(db);
      for (const auto& t : texts) claims.add(t, {}, "manual", kIngestedAt);
      tx.commit();
    }
    r.claims = texts.size();
    ingest::ClaimScanner scanner(db);
    Progress progress("scanning claims", 0);
    r.counts = scanner.scan_all(std::nullopt, [&](size_t done, size_t) { progress.update(done); });
  }
  r.seconds = since(start);
  r.cpu_seconds = process_cpu_seconds() - cpu;
  return r;
}

FloorResult run_floor(const InputSource& src, const std::string& path) {
  FloorResult r;
  reset_peak_rss();
  const double cpu = process_cpu_seconds();
  const auto start = Clock::now();
  {
    Floor floor(path);
    Progress progress("floor", src.count());
    src.for_each([&](const std::string& name, const std::string& content) {
      for (const auto& a : ingest::read_articles(content, name, {}).articles) {
        floor.add(a.title.value_or(""), a.body);
        ++r.articles;
      }
      progress.update(r.articles);
      return true;
    });
    floor.commit();
  }
  r.seconds = since(start);
  r.cpu_seconds = process_cpu_seconds() - cpu;
  r.peak_rss = peak_rss_bytes();
  r.db_bytes = database_bytes(path);
  return r;
}

}  // namespace claimline::bench
