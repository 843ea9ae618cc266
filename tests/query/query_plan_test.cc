// Every query behind timelines, diffs, the report and the claim export runs on an index:
// this test records each SQL statement those commands prepare (sqlite3_trace_v2) and fails
// when EXPLAIN QUERY PLAN shows a full scan of a table that grows with the corpus.
#include <sqlite3.h>

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "query/article_diff.h"
#include "query/diff.h"
#include "query/newsroom.h"
#include "query/report.h"
#include "query/timeline.h"
#include "store/claim_pages.h"

namespace claimline::query {
namespace {

// Tables whose size grows with the articles stored. Outlets and claims are made by hand or
// by the few outlets a corpus has; scanning them is fine.
const std::set<std::string> kLargeTables = {
    "articles",        "revisions",      "statements",     "entities",
    "entity_aliases",  "entity_mentions", "entity_roles",  "times",
    "claim_mentions",  "events",         "event_mentions", "event_mention_participants",
    "event_decisions"};

int record(unsigned type, void* ctx, void* p, void*) {
  if (type == SQLITE_TRACE_STMT) {
    const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(p));
    if (sql) static_cast<std::set<std::string>*>(ctx)->insert(sql);
  }
  return 0;
}

// Alias (or name) -> table, for every "FROM t [AS] x" / "JOIN t [AS] x" of the statement.
std::map<std::string, std::string> aliases(const std::string& sql) {
  static const std::regex from(R"((?:FROM|JOIN)\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+(?:AS\s+)?([A-Za-z_][A-Za-z0-9_]*))?)",
                               std::regex::icase);
  static const std::set<std::string> keywords = {"on",   "where", "join", "left", "inner", "cross", "group",
                                                 "order", "limit", "indexed", "natural", "using", "union"};
  std::map<std::string, std::string> out;
  for (std::sregex_iterator it(sql.begin(), sql.end(), from), end; it != end; ++it) {
    const std::string table = (*it)[1];
    out[table] = table;
    std::string alias = (*it)[2];
    std::string lower = alias;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!alias.empty() && !keywords.count(lower)) out[alias] = table;
  }
  return out;
}

// The plan lines of `sql` that scan a large table in full; empty when it is indexed.
std::vector<std::string> full_scans(sqlite3* db, const std::string& sql) {
  std::vector<std::string> bad;
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &q, nullptr) != SQLITE_OK) {
    return {"cannot explain: " + std::string(sqlite3_errmsg(db))};
  }
  const auto names = aliases(sql);
  static const std::regex scan(R"(^SCAN ([A-Za-z_][A-Za-z0-9_]*)(.*)$)");
  while (sqlite3_step(q) == SQLITE_ROW) {
    const std::string detail = reinterpret_cast<const char*>(sqlite3_column_text(q, 3));
    std::smatch m;
    if (!std::regex_match(detail, m, scan)) continue;
    if (std::string(m[2]).find("VIRTUAL TABLE") != std::string::npos) continue;  // full-text index
    auto it = names.find(m[1]);
    const std::string table = it == names.end() ? std::string(m[1]) : it->second;
    if (kLargeTables.count(table)) bad.push_back(detail);
  }
  sqlite3_finalize(q);
  return bad;
}

bool reads(const std::string& sql) {
  const auto first = sql.find_first_not_of(" \n\t");
  if (first == std::string::npos) return false;
  std::string head = sql.substr(first, 6);
  for (char& c : head) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return head == "SELECT" || head.rfind("WITH", 0) == 0;
}

class QueryPlanTest : public ::testing::Test {
 protected:
  void SetUp() override { n_ = testing::build_newsroom(db_); }
  sqlite3* handle() { return db_.sql().getHandle(); }
  store::Database db_{":memory:", store::OpenMode::kCreate};
  testing::Newsroom n_;
};

TEST_F(QueryPlanTest, TheCheckerCatchesAFullScan) {
  EXPECT_FALSE(full_scans(handle(), "SELECT id FROM statements s WHERE s.text = 'x'").empty());
  EXPECT_FALSE(full_scans(handle(), "SELECT r.id FROM revisions AS r JOIN articles a ON a.id = r.article_id").empty());
  EXPECT_TRUE(full_scans(handle(), "SELECT id FROM statements WHERE revision_id = 1").empty());
  EXPECT_TRUE(full_scans(handle(), "SELECT id FROM outlets").empty());  // small table
}

TEST_F(QueryPlanTest, TimelinesDiffsAndTheReportUseIndexes) {
  std::set<std::string> sql;
  sqlite3_trace_v2(handle(), SQLITE_TRACE_STMT, record, &sql);
  const int64_t as_of = parse_timestamp("2025-03-16T23:59:59Z")->time.time_since_epoch().count();
  for (std::optional<int64_t> when : {std::optional<int64_t>(), std::optional<int64_t>(as_of)}) {
    TimelineQuery claim;
    claim.claim_id = n_.claim;
    claim.as_of = when;
    build_timeline(db_, claim);
    TimelineQuery entity;
    entity.entity = "Vladimir Putin";
    entity.as_of = when;
    build_timeline(db_, entity);
    TimelineQuery search;
    search.search = "phone call";
    search.as_of = when;
    build_timeline(db_, search);
    OutletDiffQuery d;
    d.outlet_a = "Granite Wire";
    d.outlet_b = "Harbor Gazette";
    d.as_of = when;
    diff_outlets(db_, d);
    d.claim_id = n_.claim;
    diff_outlets(db_, d);
    d.claim_id.reset();
    d.search = "Witkoff";
    diff_outlets(db_, d);
    d.search.reset();
    d.from = as_of - 5 * 86400;
    d.to = as_of;
    diff_outlets(db_, d);
    ReportQuery r;
    r.as_of = when;
    build_report(db_, r);
  }
  diff_articles(db_, {n_.coastal_article, std::nullopt}, {n_.coastal_article, std::nullopt}, std::nullopt);
  diff_articles(db_, {n_.granite_2_article, 1}, {n_.harbor_2_article, std::nullopt}, std::nullopt);
  sqlite3_trace_v2(handle(), 0, nullptr, nullptr);

  size_t checked = 0;
  for (const auto& s : sql) {
    if (!reads(s)) continue;
    ++checked;
    const auto bad = full_scans(handle(), s);
    EXPECT_TRUE(bad.empty()) << "full scan (" << (bad.empty() ? "" : bad[0]) << ") in:\n" << s;
  }
  EXPECT_GE(checked, 15u);  // the workload above really ran the queries
}

// The plan lines of `sql` (EXPLAIN QUERY PLAN details), with its parameters unbound.
std::vector<std::string> plan(sqlite3* db, const std::string& sql) {
  std::vector<std::string> lines;
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &q, nullptr) != SQLITE_OK) {
    return {"cannot explain: " + std::string(sqlite3_errmsg(db))};
  }
  while (sqlite3_step(q) == SQLITE_ROW) lines.push_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 3)));
  sqlite3_finalize(q);
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// A page of a large claim is read through revisions_published in page order, probing the
// claim's index per revision: only the rows of one revision are ever sorted ("RIGHT PART
// OF ORDER BY"), never the claim's mentions as a whole; the same for an outlet's articles
// about a claim (articles_outlet) and for every paged read without a full scan.
TEST_F(QueryPlanTest, ClaimPagesWalkAnIndexInPageOrder) {
  std::set<std::string> sql;
  sqlite3_trace_v2(handle(), SQLITE_TRACE_STMT, record, &sql);
  const int64_t as_of = parse_timestamp("2025-03-16T23:59:59Z")->time.time_since_epoch().count();
  for (int64_t walk_above : {int64_t{0}, store::ClaimPages::kNever}) {
    store::ClaimPages pages(db_, walk_above);
    for (std::optional<int64_t> when : {std::optional<int64_t>(), std::optional<int64_t>(as_of)}) {
      store::ClaimPageQuery q;
      q.claim_id = n_.claim;
      q.as_of = when;
      q.limit = 2;
      const auto first = pages.page(q);
      q.after = first.next;
      pages.page(q);
      pages.totals(n_.claim, when);
      pages.outlet_revisions(n_.claim, 1, std::nullopt, std::nullopt, when, 10);
      pages.outlet_revisions(n_.claim, 1, as_of - 86400 * 5, as_of, when, 10);
      pages.each_by_valid_time(n_.claim, when, [](const store::MentionRow&) { return true; });
    }
  }
  sqlite3_trace_v2(handle(), 0, nullptr, nullptr);
  size_t walks = 0;
  for (const auto& s : sql) {
    if (!reads(s) || s.find("claim_mentions") == std::string::npos) continue;
    const auto bad = full_scans(handle(), s);
    EXPECT_TRUE(bad.empty()) << "full scan (" << (bad.empty() ? "" : bad[0]) << ") in:\n" << s;
    if (s.find("INDEXED BY revisions_published") == std::string::npos &&
        s.find("INDEXED BY articles_outlet") == std::string::npos)
      continue;
    ++walks;
    const auto lines = plan(handle(), s);
    const std::string text = joined(lines);
    EXPECT_EQ(text.find("USE TEMP B-TREE FOR ORDER BY"), std::string::npos) << text << s;
    ASSERT_FALSE(lines.empty());
    // The walk drives the loop: its index is the outer scan.
    const bool outer_walk = lines[0].find("revisions_published") != std::string::npos ||
                            lines[0].find("articles_outlet") != std::string::npos;
    EXPECT_TRUE(outer_walk) << text << s;
    // Each revision is probed for the claim by equality, never a range of the claim's mentions.
    EXPECT_NE(text.find("claim_mentions_claim (claim_id=? AND revision_id=?)"), std::string::npos) << text << s;
    EXPECT_EQ(text.find("revision_id>"), std::string::npos) << text << s;
  }
  // Dated pages oldest first, newest first and after a cursor, the undated phase, and the
  // outlet walks with and without as-of and a window.
  EXPECT_GE(walks, 6u);
}

}  // namespace
}  // namespace claimline::query
