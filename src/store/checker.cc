#include "store/checker.h"

#include <functional>

#include <SQLiteCpp/Statement.h>

#include "store/body_functions.h"
#include "util/error.h"
#include "util/sha256.h"

namespace claimline::store {
namespace {

using Check = std::function<void(Database&, std::vector<CheckProblem>*)>;

void sqlite_integrity(Database& db, std::vector<CheckProblem>* out) {
  SQLite::Statement q(db.sql(), "PRAGMA integrity_check");
  while (q.executeStep()) {
    const std::string line = q.getColumn(0).getString();
    if (line != "ok") out->push_back({"integrity", line});
  }
}

void foreign_keys(Database& db, std::vector<CheckProblem>* out) {
  SQLite::Statement q(db.sql(), "PRAGMA foreign_key_check");
  while (q.executeStep()) {
    out->push_back({"foreign-keys", "table " + q.getColumn(0).getString() + " row " +
                                        q.getColumn(1).getString() + " points at a missing " +
                                        q.getColumn(2).getString() + " row"});
  }
}

// Both full-text indexes. FTS5's own integrity-check tests the index's structure; whether
// every row was indexed is a separate question (since schema 9 the store, not a trigger,
// adds each new revision and statement), answered by the index's per-row size table, which
// has one row per indexed row.
void fts_index(Database& db, std::vector<CheckProblem>* out) {
  for (const auto& [index, rows] : {std::pair{"revisions_fts", "revisions"}, std::pair{"statements_fts", "statements"}}) {
    const std::string repair = " (rebuild it with: claimline check --repair)";
    try {
      db.sql().exec(std::string("INSERT INTO ") + index + "(" + index + ") VALUES ('integrity-check')");
    } catch (const std::exception& e) {
      out->push_back({"search-index", std::string("full-text index does not match the ") + rows + ": " + e.what() + repair});
      continue;
    }
    SQLite::Statement q(db.sql(), std::string("SELECT count(*), min(t.id) FROM ") + rows + " t WHERE NOT EXISTS "
                                      "(SELECT 1 FROM " + index + "_docsize d WHERE d.id = t.id)");
    if (q.executeStep() && q.getColumn(0).getInt64() > 0) {
      out->push_back({"search-index", std::to_string(q.getColumn(0).getInt64()) + " of the " + rows +
                                          " are missing from the full-text index (first: id " +
                                          q.getColumn(1).getString() + ")" + repair});
    }
  }
}

void content_hashes(Database& db, std::vector<CheckProblem>* out) {
  SQLite::Statement q(db.sql(), "SELECT id, body, content_hash, bytes FROM revisions");
  while (q.executeStep()) {
    const std::string id = q.getColumn(0).getString();
    std::string body;
    try {
      body = body_column(q.getColumn(1));
    } catch (const Error& e) {
      out->push_back({"content-hash", "revision " + id + ": " + e.what()});
      continue;
    }
    if (sha256_hex(body) != q.getColumn(2).getString()) {
      out->push_back({"content-hash", "revision " + id + ": body does not match its content hash"});
    }
    if (static_cast<int64_t>(body.size()) != q.getColumn(3).getInt64()) {
      out->push_back({"content-hash", "revision " + id + ": stored byte count is wrong"});
    }
  }
}

void revision_numbers(Database& db, std::vector<CheckProblem>* out) {
  SQLite::Statement q(db.sql(), R"sql(
    SELECT a.id, a.latest_revision, count(r.id), coalesce(max(r.number), 0)
    FROM articles a LEFT JOIN revisions r ON r.article_id = a.id GROUP BY a.id
    HAVING count(r.id) = 0 OR max(r.number) <> count(r.id) OR a.latest_revision <> max(r.number))sql");
  while (q.executeStep()) {
    out->push_back({"revisions", "article " + q.getColumn(0).getString() + ": latest revision " +
                                     q.getColumn(1).getString() + ", " + q.getColumn(2).getString() +
                                     " revisions numbered up to " + q.getColumn(3).getString()});
  }
}

void publication_dates(Database& db, std::vector<CheckProblem>* out) {
  SQLite::Statement q(db.sql(), R"sql(
    SELECT id FROM revisions
    WHERE (published IS NULL) <> (published_at IS NULL)
       OR (published IS NULL) <> (published_precision = 'none'))sql");
  while (q.executeStep()) {
    out->push_back({"dates", "revision " + q.getColumn(0).getString() + ": publication date fields disagree"});
  }
  SQLite::Statement a(db.sql(), R"sql(
    SELECT a.id FROM articles a JOIN revisions r ON r.article_id = a.id AND r.number = a.latest_revision
    WHERE a.published_at IS NOT r.published_at)sql");
  while (a.executeStep()) {
    out->push_back({"dates", "article " + a.getColumn(0).getString() + ": date differs from its latest revision"});
  }
}

}  // namespace

CheckReport check_database(Database& db) {
  const std::pair<const char*, Check> checks[] = {
      {"integrity", sqlite_integrity},     {"foreign-keys", foreign_keys},
      {"search-index", fts_index},         {"content-hash", content_hashes},
      {"revisions", revision_numbers},     {"dates", publication_dates},
  };
  CheckReport report;
  for (const auto& [name, check] : checks) {
    const size_t before = report.problems.size();
    try {
      check(db, &report.problems);
    } catch (const std::exception& e) {
      report.problems.push_back({name, std::string("check could not run: ") + e.what()});
    }
    if (report.problems.size() == before) report.passed.emplace_back(name);
  }
  return report;
}

}  // namespace claimline::store

namespace claimline::store {
void repair_search_index(Database& db) {
  Transaction tx(db);
  db.sql().exec("INSERT INTO revisions_fts(revisions_fts) VALUES ('rebuild')");
  db.sql().exec("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')");
  tx.commit();
}
}  // namespace claimline::store
