#include "bench/queries.h"

#include "bench/system.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <memory>

#include "model/timestamp.h"
#include "query/diff.h"
#include "query/timeline.h"
#include "store/article_store.h"
#include "store/claim_pages.h"
#include "store/claim_store.h"
#include "store/statement_store.h"
#include "store/timeline_query.h"

namespace claimline::bench {
namespace {

constexpr size_t kWarmup = 5;
constexpr int kPage = 100;          // rows per page of a listing
constexpr int kSearchPage = 20;     // hits per page of a search
constexpr int kDiffArticles = 50;   // articles per outlet of a claim diff (claimline diff's default)
constexpr int64_t kWindow = 30 * 86400;
constexpr size_t kMinWordBytes = 5;

const std::string kNoClaims = "no claim with a mention was stored (see --claims, --claim)";

std::vector<std::string> title_words(const std::string& title) {
  std::vector<std::string> out;
  std::string w;
  for (char c : title + " ") {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      w += c;
      continue;
    }
    if (w.size() >= kMinWordBytes) out.push_back(w);
    w.clear();
  }
  return out;
}

// Counts an outlet diff's findings as they are found.
class FindingCounter : public query::DiffSink {
 public:
  void start(const query::OutletDiff&) override {}
  void claim(query::ClaimComparison) override { ++findings; }
  void event(query::EventComparison) override { ++findings; }
  void misquote(query::Misquote) override { ++findings; }
  size_t findings = 0;
};

template <typename T>
const T& any_of(Rng& r, const std::vector<T>& v) {
  return v[r.below(v.size())];
}

int64_t any_time(Rng& r, const QueryInputs& in) {
  if (in.last <= in.first) return in.first;
  return in.first + static_cast<int64_t>(r.below(static_cast<size_t>(in.last - in.first)));
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  const size_t rank = static_cast<size_t>(std::ceil(p * static_cast<double>(sorted.size())));
  return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

}  // namespace

QueryInputs sample_query_inputs(store::Database& db, size_t sample, uint64_t seed) {
  QueryInputs in;
  store::ArticleStore articles(db);
  store::StatementStore statements(db);
  for (const auto& o : articles.outlets().list()) in.outlets.push_back(o.name);
  const int64_t n = articles.count({});
  Rng r(mix(seed, 0x5a3b1e));
  bool dated = false;
  for (size_t i = 0; i < sample && n > 0; ++i) {
    const int64_t id = 1 + static_cast<int64_t>(r.below(static_cast<size_t>(n)));
    const auto a = articles.get(id);
    if (!a) continue;
    if (a->article.latest.title) {
      for (auto& w : title_words(*a->article.latest.title)) in.words.push_back(std::move(w));
    }
    store::StatementFilter f;
    f.article_id = id;
    f.limit = 0;
    for (const auto& s : statements.list(f)) {
      if (s.speaker && s.speaker_entity_id) in.speakers.push_back(*s.speaker);
    }
    if (const auto& p = a->article.latest.published) {
      if (const auto t = parse_timestamp(*p)) {
        const int64_t secs = t->time.time_since_epoch().count();
        in.first = dated ? std::min(in.first, secs) : secs;
        in.last = dated ? std::max(in.last, secs) : secs;
        dated = true;
      }
    }
  }
  store::ClaimStore claims(db);
  for (const auto& c : claims.list(false)) {
    if (c.articles > 0) in.claims.push_back(c.id);
  }
  return in;
}

std::vector<QueryKind> query_kinds(store::Database& db, const QueryInputs& in) {
  auto articles = std::make_shared<store::ArticleStore>(db);
  auto statements = std::make_shared<store::StatementStore>(db);
  auto timeline = std::make_shared<store::EntityTimeline>(db);
  const auto inputs = std::make_shared<QueryInputs>(in);
  std::vector<QueryKind> kinds;

  store::Database* const database = &db;  // the kinds run while the caller keeps it open
  const std::string no_claims = inputs->claims.empty() ? kNoClaims : "";
  kinds.push_back({"timeline",
                   "`claimline timeline --claim ID --limit 100`: the first page of one claim, oldest first by "
                   "publication",
                   no_claims, [=](Rng& r) {
                     query::ClaimPageRequest q;
                     q.claim_id = any_of(r, inputs->claims);
                     q.limit = kPage;
                     return query::claim_timeline_page(*database, q).rows.size();
                   }});
  kinds.push_back({"timeline_after",
                   "`claimline timeline --claim ID --limit 100 --after CURSOR`: the page after a random point of "
                   "the claim's history (a deep page)",
                   no_claims, [=](Rng& r) {
                     store::ClaimPageQuery q;
                     q.claim_id = any_of(r, inputs->claims);
                     q.after = store::MentionKey{true, any_time(r, *inputs), 0, 0, -1, 0};
                     q.limit = kPage;
                     return store::ClaimPages(*database).page(q).rows.size();
                   }});
  kinds.push_back({"as_of",
                   "`claimline timeline --claim ID --as-of DATE --limit 100`: the claim as known on a random date, "
                   "first page, newest first",
                   no_claims, [=](Rng& r) {
                     query::ClaimPageRequest q;
                     q.claim_id = any_of(r, inputs->claims);
                     q.as_of = any_time(r, *inputs);
                     q.limit = kPage;
                     return query::claim_timeline_page(*database, q).rows.size();
                   }});
  kinds.push_back({"timeline_totals",
                   "`--totals` alone: articles per outlet and stance of one claim, one aggregate query (rows: "
                   "outlets)",
                   no_claims, [=](Rng& r) {
                     return store::ClaimPages(*database).totals(any_of(r, inputs->claims), std::nullopt).size();
                   },
                   /*complete=*/true});
  kinds.push_back({"timeline_all",
                   "`claimline timeline --claim ID` (no paging flags): every row of one claim in valid-time "
                   "order, streamed as `--format jsonl` writes it, counted not kept",
                   no_claims, [=](Rng& r) {
                     size_t rows = 0;
                     query::each_claim_row(*database, any_of(r, inputs->claims), std::nullopt,
                                           [&](const query::TimelineRow&) { return ++rows, true; });
                     return rows;
                   },
                   /*complete=*/true});
  kinds.push_back({"as_of_all",
                   "`claimline timeline --claim ID --as-of DATE` (no paging flags): every row known on a random "
                   "date, streamed, counted not kept",
                   no_claims, [=](Rng& r) {
                     size_t rows = 0;
                     const int64_t claim = any_of(r, inputs->claims);
                     query::each_claim_row(*database, claim, any_time(r, *inputs),
                                           [&](const query::TimelineRow&) { return ++rows, true; });
                     return rows;
                   },
                   /*complete=*/true});
  const std::string no_diff = !no_claims.empty()            ? no_claims
                              : inputs->outlets.size() < 2 ? "fewer than two outlets were stored"
                                                           : "";
  // Two different outlets and a claim, drawn from r.
  const auto diff_query = [inputs](Rng& r, int limit) {
    query::OutletDiffQuery q;
    q.claim_id = any_of(r, inputs->claims);
    const size_t a = r.below(inputs->outlets.size());
    const size_t b = (a + 1 + r.below(inputs->outlets.size() - 1)) % inputs->outlets.size();
    q.outlet_a = inputs->outlets[a];
    q.outlet_b = inputs->outlets[b];
    q.limit = limit;
    return q;
  };
  const auto findings = [](const query::OutletDiff& d) { return d.claims.size() + d.events.size() + d.misquotes.size(); };
  kinds.push_back({"diff",
                   "`claimline diff OUTLET_A OUTLET_B --claim ID`: the two outlets' latest 50 articles about a "
                   "claim each (the default --limit), compared (rows: claims, events, misquotes found)",
                   no_diff,
                   [=](Rng& r) { return findings(query::diff_outlets(*database, diff_query(r, kDiffArticles))); }});
  kinds.push_back({"diff_all",
                   "`claimline diff OUTLET_A OUTLET_B --claim ID --limit 0 --format jsonl`: every article of both "
                   "outlets about the claim, compared, each finding counted as found (as the CLI prints it) and "
                   "not kept",
                   no_diff, [=](Rng& r) {
                     FindingCounter counter;
                     query::diff_outlets(*database, diff_query(r, 0), counter);
                     return counter.findings;
                   },
                   /*complete=*/true});
  kinds.push_back({"timeline_entity",
                   "`claimline timeline --entity NAME`: one speaker's statements and events, by date",
                   inputs->speakers.empty() ? "no statement with a known speaker was stored" : "", [=](Rng& r) {
                     query::TimelineQuery q;
                     q.entity = any_of(r, inputs->speakers);
                     return query::build_timeline(*database, q).rows.size();
                   }});

  const std::string no_speakers = inputs->speakers.empty() ? "no statement with a known speaker was stored" : "";
  kinds.push_back({"entity_timeline", "statements of one speaker entity, oldest first, first page of 100",
                   no_speakers, [=](Rng& r) {
                     store::EntityTimelineQuery q;
                     q.entity_ids = statements->find_entities(any_of(r, inputs->speakers));
                     q.limit = kPage;
                     return timeline->statements(q).size();
                   }});
  kinds.push_back({"entity_timeline_as_of",
                   "statements of one speaker entity as published by a random date, newest first, 100",
                   no_speakers, [=](Rng& r) {
                     store::EntityTimelineQuery q;
                     q.entity_ids = statements->find_entities(any_of(r, inputs->speakers));
                     q.as_of = any_time(r, *inputs);
                     q.newest_first = true;
                     q.limit = kPage;
                     return timeline->statements(q).size();
                   }});
  kinds.push_back({"statements_by_speaker", "`claimline statements --speaker NAME`: first page of 100",
                   no_speakers, [=](Rng& r) {
                     store::StatementFilter f;
                     f.speaker = any_of(r, inputs->speakers);
                     f.limit = kPage;
                     return statements->list(f).size();
                   }});
  kinds.push_back({"search", "full-text search of articles, one or two title words, best 20",
                   inputs->words.empty() ? "no titled article was stored" : "", [=](Rng& r) {
                     store::ArticleFilter f;
                     std::string text = any_of(r, inputs->words);
                     if (r.chance(300)) text += " " + any_of(r, inputs->words);
                     f.search = text;
                     f.limit = kSearchPage;
                     return articles->list(f).size();
                   }});
  kinds.push_back({"articles_by_outlet", "articles of one outlet in a 30-day window, first 100",
                   inputs->outlets.empty() ? "no outlet was stored" : "", [=](Rng& r) {
                     store::ArticleFilter f;
                     f.outlet_id = articles->outlets().find(any_of(r, inputs->outlets));
                     f.from = any_time(r, *inputs);
                     f.to = *f.from + kWindow;
                     f.limit = kPage;
                     return articles->list(f).size();
                   }});
  return kinds;
}

std::vector<QueryStats> run_queries(const std::vector<QueryKind>& kinds, size_t runs, size_t complete_runs, uint64_t seed,
                                    const std::function<void(size_t, size_t)>& progress) {
  std::vector<QueryStats> out;
  size_t total = 0;
  for (const auto& k : kinds) total += k.absent_reason.empty() ? (k.complete ? complete_runs : runs) : 0;
  size_t done = 0;
  for (size_t i = 0; i < kinds.size(); ++i) {
    const QueryKind& k = kinds[i];
    QueryStats s{k.name, k.what, k.absent_reason};
    if (!k.absent_reason.empty()) {
      out.push_back(std::move(s));
      continue;
    }
    const size_t n = k.complete ? complete_runs : runs;
    if (n == 0) {
      s.absent_reason = k.complete ? "not run (--complete-queries 0)" : "not run (--queries 0)";
      out.push_back(std::move(s));
      continue;
    }
    Rng r(mix(seed, 0x9e7 + i));
    reset_peak_rss();
    // A kind that reads a whole claim warms the cache in one run (at N = 1,000,000 one run
    // takes minutes).
    for (size_t w = 0; w < (k.complete ? size_t{1} : kWarmup); ++w) k.run(r);
    std::vector<double> ms;
    size_t rows = 0;
    for (size_t j = 0; j < n; ++j) {
      const auto start = std::chrono::steady_clock::now();
      rows += k.run(r);
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      if (progress) progress(++done, total);
    }
    std::sort(ms.begin(), ms.end());
    s.count = n;
    s.median_ms = percentile(ms, 0.5);
    s.p95_ms = percentile(ms, 0.95);
    s.max_ms = ms.empty() ? 0 : ms.back();
    s.mean_rows = n ? static_cast<double>(rows) / static_cast<double>(n) : 0;
    s.peak_rss_bytes = peak_rss_bytes();
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace claimline::bench
