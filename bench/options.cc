#include "bench/options.h"

#include <cstdio>
#include <stdexcept>

namespace claimline::bench {
namespace {

constexpr const char* kHelp =
    "claimline_bench: ingest N generated (or real) articles through the claimline ingest path,\n"
    "the same texts into a bare SQLite FTS5 table (the floor), then time queries.\n"
    "\n"
    "Options:\n"
    "  --articles N       generated articles (default 10000)\n"
    "  --seed S           generator and query seed (default 1)\n"
    "  --corpus PATH      load these files or directories instead of generating (repeatable)\n"
    "  --db PATH          keep the ingested database at PATH (default: temporary, removed)\n"
    "  --work-dir DIR     where temporary files go (default: $TMPDIR or /tmp)\n"
    "  --json             one JSON object instead of the table\n"
    "  --queries N        runs per query kind (default 200)\n"
    "  --complete-queries N\n"
    "                     runs of the kinds that read a whole claim (timeline_all, as_of_all,\n"
    "                     diff_all, timeline_totals), whose cost grows with the claim (default:\n"
    "                     as --queries; fewer keeps a large N within hours; 0 skips them)\n"
    "  --extract-sample N articles timed for the extraction-only rate (default 2000)\n"
    "  --workers N        ingest extraction threads (default: as claimline ingest, one per core)\n"
    "  --batch N          articles per write transaction (default 256, a bulk load as with\n"
    "                     'claimline ingest --batch 256'; 1 is claimline ingest's own default)\n"
    "  --skip-floor       do not run the floor\n"
    "  --claims N         claims of generated stories added and scanned after the ingest, for the\n"
    "                     claim timeline, as-of and diff queries (default 20; 0: none)\n"
    "  --claim TEXT       add and scan this claim instead (repeatable; e.g. with --corpus)\n"
    "  --queries-on PATH  only time the queries, on this existing database (one a run kept with\n"
    "                     --db): the same kinds and inputs for the same --seed, so a change to\n"
    "                     the query code can be measured without loading N articles again;\n"
    "                     prints the query figures, the database's size and its articles\n";

size_t to_size(const std::string& opt, const std::string& v) {
  size_t used = 0;
  unsigned long long n = 0;
  try {
    n = std::stoull(v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != v.size() || v.empty() || v[0] == '-') {
    throw std::invalid_argument(opt + " needs a non-negative whole number, not '" + v + "'");
  }
  return static_cast<size_t>(n);
}

}  // namespace

std::optional<BenchOptions> parse_options(int argc, char** argv) {
  BenchOptions o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      std::fputs(kHelp, stdout);
      return std::nullopt;
    }
    if (a == "--articles") o.articles = to_size(a, value());
    else if (a == "--seed") o.seed = to_size(a, value());
    else if (a == "--corpus") o.corpus.push_back(value());
    else if (a == "--db") o.db = value();
    else if (a == "--work-dir") o.work_dir = value();
    else if (a == "--json") o.json = true;
    else if (a == "--queries") o.queries = to_size(a, value());
    else if (a == "--complete-queries") o.complete_queries = to_size(a, value());
    else if (a == "--extract-sample") o.extract_sample = to_size(a, value());
    else if (a == "--workers") o.workers = to_size(a, value());
    else if (a == "--batch") o.batch = std::max<size_t>(1, to_size(a, value()));
    else if (a == "--skip-floor") o.skip_floor = true;
    else if (a == "--queries-on") o.queries_on = value();
    else if (a == "--claims") o.claims = to_size(a, value());
    else if (a == "--claim") o.claim_texts.push_back(value());
    else throw std::invalid_argument("unknown option '" + a + "' (see --help)");
  }
  if (!o.queries_on.empty() && (!o.db.empty() || !o.corpus.empty())) {
    throw std::invalid_argument("--queries-on times an existing database; --db and --corpus do not go with it");
  }
  if (o.corpus.empty() && o.articles == 0) throw std::invalid_argument("--articles must be at least 1");
  return o;
}

}  // namespace claimline::bench
