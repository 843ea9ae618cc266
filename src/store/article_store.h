// Articles and their revisions: writing one article, and the reads behind the `articles`
// listings. Every SQL string about articles lives here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "model/article.h"
#include "store/database.h"
#include "store/outlet_store.h"

namespace claimline::store {

enum class PutOutcome {
  kNew,        // a new article (revision 1)
  kUnchanged,  // this content was already stored for this outlet or URL; nothing written
  kRevised,    // a new revision of an article with the same URL
  kRedated,    // same content, but a publication date now given for an undated revision
};

struct PutResult {
  PutOutcome outcome = PutOutcome::kNew;
  int64_t article_id = 0;
  int64_t revision_id = 0;  // the revision stored (or matched, when unchanged)
  int revision_number = 0;
  std::optional<int64_t> outlet_id;
};

struct ArticleFilter {
  std::optional<int64_t> outlet_id;
  std::optional<int64_t> from;  // Unix seconds, inclusive
  std::optional<int64_t> to;    // Unix seconds, exclusive
  bool undated_only = false;
  std::optional<std::string> search;  // user text; turned into a safe FTS5 query
  int limit = 100;                    // <= 0: no limit
  int offset = 0;
};

struct RevisionRow {
  int64_t id = 0;
  int number = 0;
  std::optional<std::string> title, author, published, source, format;
  std::string precision;
  std::string content_hash;
  int64_t bytes = 0;
  std::string ingested_at;
};

struct ArticleRow {
  int64_t id = 0;
  std::optional<std::string> outlet, url;
  RevisionRow latest;
  int revisions = 0;
  std::string snippet;  // search only: the matching passage, hits in [brackets]
  double rank = 0;      // search only: BM25, lower is better
};

struct ArticleDetail {
  ArticleRow article;
  std::string body;                    // of the latest revision
  std::vector<RevisionRow> revisions;  // oldest first
};

// What storing a body needs that depends on the body alone: its content hash and its
// packed form. Computed off the writer (on an extraction worker) when ingesting in bulk.
struct PreparedBody {
  std::string hash;    // sha256_hex of the body
  std::string packed;  // pack_text of the body
};
PreparedBody prepare_body(std::string_view body);

class ArticleStore {
 public:
  explicit ArticleStore(Database& db);

  // Stores `a` as a new article or a new revision, or recognises it as already stored.
  // `now` is the ingest time (ISO 8601). `prepared`, when given, is prepare_body(a.body).
  // REQUIRES: an open write transaction.
  PutResult put(const ArticleInput& a, const std::string& now, const PreparedBody* prepared = nullptr);

  std::vector<ArticleRow> list(const ArticleFilter& filter);
  int64_t count(const ArticleFilter& filter);
  std::optional<ArticleDetail> get(int64_t article_id);
  // Body of one revision; nullopt when it does not exist.
  std::optional<std::string> body(int64_t revision_id);

  OutletStore& outlets() { return outlets_; }

 private:
  std::optional<PutResult> find_same_content(const std::optional<std::string>& url,
                                             std::optional<int64_t> outlet_id, const std::string& hash);
  int revision_slot(int64_t article_id, int latest, const Timestamp& published);
  int64_t insert_revision(int64_t article_id, int number, const ArticleInput& a, const PreparedBody& body,
                          const std::string& now);

  Database& db_;
  OutletStore outlets_;
  SQLite::Statement find_by_url_;
  SQLite::Statement find_hash_in_article_;
  SQLite::Statement find_hash_for_outlet_;
  SQLite::Statement insert_article_;
  SQLite::Statement insert_revision_;
  SQLite::Statement index_revision_;  // revisions_fts: the store writes it (migration 0009)
  SQLite::Statement update_latest_;
  SQLite::Statement first_later_revision_;
  SQLite::Statement shift_revisions_;
  SQLite::Statement unshift_revisions_;
  SQLite::Statement redate_revision_;
  SQLite::Statement redate_article_;
};

// Turns user search text into an FTS5 query that cannot be a syntax error: bare words are
// quoted (so "30-day" and "U.S." are literal), "quoted phrases" stay phrases, and upper-case
// OR / NOT / AND stay operators. Empty when the text has no searchable characters.
std::string fts_query(const std::string& text);

}  // namespace claimline::store
