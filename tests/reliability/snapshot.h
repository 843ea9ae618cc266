// What a database holds for each article, read in one snapshot, in a form two databases
// can be compared by: per URL, the revisions' bodies and hashes and every extracted row's
// span and value (ids, which depend on the order of writes, left out).
#pragma once

#include <map>
#include <string>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "util/sha256.h"

namespace claimline::testing {

struct ArticleSnapshot {
  int revisions = 0;
  std::string body;          // of the latest revision
  bool hash_ok = true;       // every revision's content_hash is the SHA-256 of its body
  std::string extracted;     // times, statements, mentions and event mentions of the latest revision
  bool operator==(const ArticleSnapshot&) const = default;
};

using DatabaseSnapshot = std::map<std::string, ArticleSnapshot>;  // by URL

namespace detail {

// Appends one line per row of `sql` (which selects revision_id first) to rows[revision_id].
inline void collect(SQLite::Database& db, const std::string& tag, const std::string& sql,
                    std::map<int64_t, std::string>* rows) {
  SQLite::Statement q(db, sql);
  while (q.executeStep()) {
    std::string line = tag;
    for (int i = 1; i < q.getColumnCount(); ++i) line += "|" + q.getColumn(i).getString();
    (*rows)[q.getColumn(0).getInt64()] += line + "\n";
  }
}

}  // namespace detail

// Reads the whole snapshot in one read transaction, so a concurrent writer's half-done
// article (if the store ever let one be seen) would show.
inline DatabaseSnapshot snapshot(SQLite::Database& db) {
  db.exec("BEGIN");
  DatabaseSnapshot out;
  try {
    std::map<int64_t, std::string> rows;
    detail::collect(db, "time", "SELECT revision_id, span_start, span_end, type, value FROM times "
                                "ORDER BY revision_id, span_start, span_end, value", &rows);
    detail::collect(db, "statement", "SELECT revision_id, span_start, span_end, kind, speaker, text FROM statements "
                                     "ORDER BY revision_id, span_start, span_end, kind", &rows);
    detail::collect(db, "mention", "SELECT revision_id, span_start, span_end, method FROM entity_mentions "
                                   "ORDER BY revision_id, span_start, span_end, method", &rows);
    detail::collect(db, "event", "SELECT revision_id, trigger_start, trigger_end, class, status FROM event_mentions "
                                 "ORDER BY revision_id, trigger_start, trigger_end, class", &rows);
    SQLite::Statement q(db, R"sql(
      SELECT a.url, r.id, r.number, a.latest_revision, r.body, r.content_hash
      FROM articles a JOIN revisions r ON r.article_id = a.id ORDER BY a.id, r.number)sql");
    while (q.executeStep()) {
      ArticleSnapshot& s = out[q.getColumn(0).getString()];
      ++s.revisions;
      const std::string body = q.getColumn(4).getString();
      if (sha256_hex(body) != q.getColumn(5).getString()) s.hash_ok = false;
      if (q.getColumn(2).getInt() == q.getColumn(3).getInt()) {
        s.body = body;
        s.extracted = rows[q.getColumn(1).getInt64()];
      }
    }
    // An article row without any revision shows as an article with no body.
    SQLite::Statement bare(db, "SELECT url FROM articles a WHERE NOT EXISTS "
                               "(SELECT 1 FROM revisions r WHERE r.article_id = a.id)");
    while (bare.executeStep()) out[bare.getColumn(0).getString()].revisions = 0;
  } catch (...) {
    db.exec("ROLLBACK");
    throw;
  }
  db.exec("COMMIT");
  return out;
}

// "" when equal; else the first few differences, one a line.
inline std::string snapshot_diff(const DatabaseSnapshot& got, const DatabaseSnapshot& want) {
  std::string out;
  int shown = 0;
  auto note = [&](const std::string& line) {
    if (shown++ < 5) out += line + "\n";
  };
  for (const auto& [url, w] : want) {
    auto it = got.find(url);
    if (it == got.end()) {
      note("missing " + url);
    } else if (!(it->second == w)) {
      const ArticleSnapshot& g = it->second;
      note(url + ": revisions " + std::to_string(g.revisions) + " (want " + std::to_string(w.revisions) + ")" +
           (g.hash_ok ? "" : ", hash mismatch") + (g.body == w.body ? "" : ", body differs") +
           (g.extracted == w.extracted ? "" : ", extracted rows differ:\n" + g.extracted + "want:\n" + w.extracted));
    }
  }
  for (const auto& [url, g] : got) {
    if (!want.count(url)) note("unexpected " + url);
  }
  if (shown > 5) out += std::to_string(shown - 5) + " more\n";
  return out;
}

inline DatabaseSnapshot snapshot(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY, 10000);
  return snapshot(db);
}

}  // namespace claimline::testing
