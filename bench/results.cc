#include "bench/results.h"

#include <cstdio>
#include <sstream>

#include <nlohmann/json.hpp>

namespace claimline::bench {
namespace {

using Json = nlohmann::ordered_json;

constexpr double kMB = 1e6;

double per(double a, double b) { return b > 0 ? a / b : 0; }

// The derived figures, computed once for both renderings.
struct Derived {
  double articles = 0, ingest_rate = 0, ingest_mb_s = 0, floor_rate = 0, ratio = 0, extract_mb_s = 0;
  double db_per_article = 0, raw_per_article = 0, db_over_raw = 0;
};

Derived derive(const BenchResults& r) {
  Derived d;
  d.articles = static_cast<double>(r.ingest.counts.articles());
  d.ingest_rate = per(d.articles, r.ingest.seconds);
  d.ingest_mb_s = per(static_cast<double>(r.ingest.raw_bytes) / kMB, r.ingest.seconds);
  if (r.floor) d.floor_rate = per(static_cast<double>(r.floor->articles), r.floor->seconds);
  d.ratio = per(d.ingest_rate, d.floor_rate);
  d.extract_mb_s = per(static_cast<double>(r.extract.body_bytes) / kMB, r.extract.cpu_seconds);
  d.db_per_article = per(static_cast<double>(r.ingest.db_bytes), d.articles);
  d.raw_per_article = per(static_cast<double>(r.ingest.raw_bytes), d.articles);
  d.db_over_raw = per(static_cast<double>(r.ingest.db_bytes), static_cast<double>(r.ingest.raw_bytes));
  return d;
}

Json queries_json(const std::vector<QueryStats>& qs) {
  Json out = Json::object();
  for (const auto& q : qs) {
    Json j;
    if (!q.absent_reason.empty()) {
      j = {{"available", false}, {"reason", q.absent_reason}, {"median_ms", nullptr}, {"p95_ms", nullptr},
           {"count", 0}};
    } else {
      j = {{"available", true}, {"median_ms", q.median_ms}, {"p95_ms", q.p95_ms}, {"count", q.count},
           {"max_ms", q.max_ms}, {"mean_rows", q.mean_rows}, {"peak_rss_bytes", q.peak_rss_bytes}, {"what", q.what}};
    }
    out[q.name] = std::move(j);
  }
  return out;
}

std::string fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string mb(int64_t bytes) { return fixed(static_cast<double>(bytes) / kMB, 1) + " MB"; }

std::string queries_table(const std::vector<QueryStats>& qs) {
  std::string out = "query                    median ms    p95 ms   count   rows\n";
  for (const auto& q : qs) {
    char line[320];
    if (!q.absent_reason.empty()) {
      std::snprintf(line, sizeof line, "%-24s absent: %s\n", q.name.c_str(), q.absent_reason.c_str());
    } else {
      std::snprintf(line, sizeof line, "%-24s %9.2f %9.2f %7zu %6.1f\n", q.name.c_str(), q.median_ms, q.p95_ms,
                    q.count, q.mean_rows);
    }
    out += line;
  }
  return out;
}

std::string render_queries_only_json(const BenchResults& r) {
  Json j;
  j["queries_on"] = r.queries_on;
  j["articles"] = r.db_articles;
  j["db_bytes"] = r.db_bytes;
  j["peak_rss_bytes"] = r.peak_rss;
  j["queries"] = queries_json(r.queries);
  j["cores"] = r.machine.cores;
  j["cpu_model"] = r.machine.cpu_model;
  j["load_average_before"] = r.machine.load_average;
  j["load_average_after"] = r.load_after;
  j["seed"] = r.seed;
  return j.dump(2) + "\n";
}

std::string render_queries_only_table(const BenchResults& r) {
  std::ostringstream o;
  o << "claimline_bench: queries on " << r.queries_on << " (" << r.db_articles << " articles, " << mb(r.db_bytes)
    << "; seed " << r.seed << ") on " << r.machine.cores << " cores, " << r.machine.cpu_model << "; load average "
    << fixed(r.machine.load_average, 2) << " before, " << fixed(r.load_after, 2) << " after\n";
  o << "memory   " << mb(r.peak_rss) << " peak resident\n\n";
  o << queries_table(r.queries);
  return o.str();
}

}  // namespace

std::string render_json(const BenchResults& r) {
  if (!r.queries_on.empty()) return render_queries_only_json(r);
  const Derived d = derive(r);
  const auto& c = r.ingest.counts;
  Json j;
  j["articles"] = c.articles();
  j["raw_bytes"] = r.ingest.raw_bytes;
  j["ingest_articles_per_s"] = d.ingest_rate;
  j["ingest_mb_per_s"] = d.ingest_mb_s;
  j["floor_articles_per_s"] = r.floor ? Json(d.floor_rate) : Json(nullptr);
  j["ratio"] = r.floor ? Json(d.ratio) : Json(nullptr);
  j["extract_mb_per_s_per_core"] = d.extract_mb_s;
  j["peak_rss_bytes"] = r.peak_rss;
  j["db_bytes"] = r.ingest.db_bytes;
  j["db_bytes_per_article"] = d.db_per_article;
  j["raw_bytes_per_article"] = d.raw_per_article;
  j["queries"] = queries_json(r.queries);
  j["cores"] = r.machine.cores;
  // Beyond the contract: how the figures were obtained.
  j["cpu_model"] = r.machine.cpu_model;
  j["load_average_before"] = r.machine.load_average;
  j["load_average_after"] = r.load_after;
  j["source"] = r.source;
  j["seed"] = r.seed;
  j["db_over_raw"] = d.db_over_raw;
  j["ingest"] = {{"seconds", r.ingest.seconds}, {"cpu_seconds", r.ingest.cpu_seconds},
                 {"workers", r.ingest.workers}, {"batch", r.ingest.batch},
                 {"peak_rss_bytes", r.ingest.peak_rss}, {"new", c.added}, {"unchanged", c.unchanged},
                 {"revised", c.revised}, {"redated", c.redated}, {"rejected", c.rejected}};
  if (r.floor) {
    j["floor"] = {{"seconds", r.floor->seconds}, {"cpu_seconds", r.floor->cpu_seconds},
                  {"articles", r.floor->articles}, {"db_bytes", r.floor->db_bytes},
                  {"peak_rss_bytes", r.floor->peak_rss}};
  }
  j["claims"] = {{"claims", r.claims.claims}, {"seconds", r.claims.seconds}, {"cpu_seconds", r.claims.cpu_seconds},
                 {"revisions_scanned", r.claims.counts.revisions}, {"article_mentions", r.claims.counts.articles},
                 {"statement_mentions", r.claims.counts.statements},
                 {"passage_mentions", r.claims.counts.passages}};
  j["extract"] = {{"articles", r.extract.articles}, {"body_bytes", r.extract.body_bytes},
                  {"cpu_seconds", r.extract.cpu_seconds}, {"statements", r.extract.statements},
                  {"times", r.extract.times}, {"entities", r.extract.entities}};
  if (r.generate) {
    j["generate"] = {{"seconds", r.generate->seconds}, {"inputs", r.generate->inputs},
                     {"revisions", r.generate->revisions}, {"duplicates", r.generate->duplicates}};
  }
  return j.dump(2) + "\n";
}

std::string render_table(const BenchResults& r) {
  if (!r.queries_on.empty()) return render_queries_only_table(r);
  const Derived d = derive(r);
  const auto& c = r.ingest.counts;
  std::ostringstream o;
  o << "claimline_bench: " << c.articles() << " articles (" << r.source;
  if (r.source == "generated") o << ", seed " << r.seed;
  o << ") on " << r.machine.cores << " cores, " << r.machine.cpu_model << "; load average "
    << fixed(r.machine.load_average, 2) << " before, " << fixed(r.load_after, 2) << " after\n\n";
  o << "ingest   " << fixed(d.ingest_rate, 1) << " articles/s, " << fixed(d.ingest_mb_s, 2) << " MB/s ("
    << fixed(r.ingest.seconds, 1) << " s, " << fixed(r.ingest.cpu_seconds, 1) << " s CPU; " << r.ingest.workers
    << " extraction threads, " << r.ingest.batch << " article(s) per transaction)\n";
  o << "         " << c.added << " new, " << c.revised << " revised, " << c.unchanged << " unchanged, "
    << c.redated << " newly dated, " << c.rejected << " rejected\n";
  if (r.floor) {
    o << "floor    " << fixed(d.floor_rate, 1) << " articles/s (" << fixed(r.floor->seconds, 1) << " s, "
      << fixed(r.floor->cpu_seconds, 1) << " s CPU)\n";
    o << "ratio    " << fixed(d.ratio, 3) << " (ingest over floor; target >= 0.5)\n";
  }
  o << "extract  " << fixed(d.extract_mb_s, 2) << " MB/s per core (" << r.extract.articles << " articles, "
    << r.extract.statements << " statements, " << r.extract.times << " times, " << r.extract.entities
    << " entities)\n";
  if (r.claims.claims > 0) {
    o << "claims   " << r.claims.claims << " added, scanned in " << fixed(r.claims.seconds, 1) << " s ("
      << r.claims.counts.revisions << " revisions; " << r.claims.counts.articles << " article, "
      << r.claims.counts.statements << " statement, " << r.claims.counts.passages
      << " passage mentions; not part of the ingest rate)\n";
  }
  o << "memory   " << mb(r.peak_rss) << " peak resident (ingest " << mb(r.ingest.peak_rss) << ")\n";
  o << "size     " << mb(r.ingest.db_bytes) << " database, " << mb(r.ingest.raw_bytes) << " raw: "
    << fixed(d.db_over_raw, 2) << "x raw (target <= 3); " << fixed(d.db_per_article, 0) << " bytes/article, "
    << fixed(d.raw_per_article, 0) << " raw bytes/article\n\n";
  o << queries_table(r.queries);
  return o.str();
}

}  // namespace claimline::bench
