// claimline_bench: the benchmark program (DESIGN.md, Performance). See bench/README section
// "Performance" of the top-level README for what it measures and how to read it.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "bench/generator.h"
#include "bench/options.h"
#include "bench/phases.h"
#include "bench/progress.h"
#include "bench/queries.h"
#include "bench/results.h"
#include "bench/system.h"
#include "store/article_store.h"
#include "store/database.h"
#include "util/error.h"

namespace claimline::bench {
namespace {

namespace fs = std::filesystem;

constexpr size_t kQuerySample = 400;  // articles whose speakers, titles and dates seed the queries

// A fresh private directory for the run's temporary files.
fs::path make_work_dir(const BenchOptions& o) {
  std::string base = o.work_dir;
  if (base.empty()) base = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp";
  std::string templ = (fs::path(base) / "claimline_bench.XXXXXX").string();
  if (!mkdtemp(templ.data())) throw std::runtime_error("cannot create a directory in " + base);
  return templ;
}

std::vector<QueryStats> time_queries(const std::string& db_path, const BenchOptions& o, int64_t* peak) {
  reset_peak_rss();
  store::Database db(db_path, store::OpenMode::kRead);
  const QueryInputs inputs = sample_query_inputs(db, kQuerySample, o.seed);
  const std::vector<QueryKind> kinds = query_kinds(db, inputs);
  Progress progress("queries", 0);
  *peak = peak_rss_bytes();  // of sampling the inputs: each kind resets the peak before it runs
  auto stats = run_queries(kinds, o.queries, o.complete_queries.value_or(o.queries), o.seed,
                           [&](size_t done, size_t) { progress.update(done); });
  for (const auto& s : stats) *peak = std::max(*peak, s.peak_rss_bytes);
  return stats;
}

// --queries-on: the query phase alone, on a database a run kept.
int run_queries_on(const BenchOptions& o) {
  if (!fs::exists(o.queries_on)) throw std::invalid_argument("--queries-on " + o.queries_on + ": no such file");
  BenchResults r;
  r.machine = machine();
  r.seed = o.seed;
  r.queries_on = o.queries_on;
  {
    store::Database db(o.queries_on, store::OpenMode::kRead);
    r.db_articles = store::ArticleStore(db).count(store::ArticleFilter{});
  }
  r.db_bytes = database_bytes(o.queries_on);
  r.queries = time_queries(o.queries_on, o, &r.peak_rss);
  r.load_after = load_average();
  std::cout << (o.json ? render_json(r) : render_table(r));
  return 0;
}

int run(const BenchOptions& o) {
  if (!o.queries_on.empty()) return run_queries_on(o);
  if (!o.db.empty() && fs::exists(o.db)) {
    throw std::invalid_argument("--db " + o.db + " exists; the benchmark needs a fresh database");
  }
  BenchResults r;
  r.machine = machine();
  r.seed = o.seed;
  const fs::path work = make_work_dir(o);
  const std::string db_path = o.db.empty() ? (work / "claimline.db").string() : o.db;
  InputSource src = InputSource::corpus(o.corpus);
  r.source = "corpus";
  std::vector<std::string> claims = o.claim_texts;
  if (o.corpus.empty()) {
    const Generator gen(GeneratorOptions{.seed = o.seed, .articles = o.articles});
    const std::string spool = (work / "corpus.spool").string();
    r.generate = generate_spool(gen, spool);
    src = InputSource::spool(spool, gen.size());
    r.source = "generated";
    if (claims.empty()) claims = gen.claims(o.claims);
  }
  r.extract = measure_extraction(src, o.extract_sample);
  if (!o.skip_floor) {
    const std::string floor_db = (work / "floor.db").string();
    r.floor = run_floor(src, floor_db);
    remove_database(floor_db);
  }
  r.ingest = run_ingest(src, db_path, o);
  r.claims = add_and_scan_claims(db_path, claims);
  int64_t query_peak = 0;
  r.queries = time_queries(db_path, o, &query_peak);
  r.peak_rss = std::max({r.ingest.peak_rss, r.floor ? r.floor->peak_rss : 0, query_peak});
  r.load_after = load_average();
  if (o.db.empty()) remove_database(db_path);
  std::error_code ec;
  fs::remove_all(work, ec);
  for (const auto& p : r.ingest.problems) std::cerr << "claimline_bench: " << p << '\n';
  std::cout << (o.json ? render_json(r) : render_table(r));
  return 0;
}

}  // namespace
}  // namespace claimline::bench

int main(int argc, char** argv) {
  try {
    const auto opts = claimline::bench::parse_options(argc, argv);
    if (!opts) return 0;
    return claimline::bench::run(*opts);
  } catch (const std::invalid_argument& e) {
    std::cerr << "claimline_bench: " << e.what() << '\n';
    return 2;
  } catch (const claimline::Error& e) {
    std::cerr << "claimline_bench: " << e.what() << '\n';
    return static_cast<int>(e.exit_code());
  } catch (const std::exception& e) {
    std::cerr << "claimline_bench: " << e.what() << '\n';
    return 1;
  }
}
