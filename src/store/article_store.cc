#include "store/article_store.h"

#include "model/outlet_name.h"
#include "store/body_functions.h"
#include "store/columns.h"
#include "util/compress.h"
#include "util/error.h"
#include "util/sha256.h"

namespace claimline::store {
namespace {

void bind_opt(SQLite::Statement& q, int i, const std::optional<std::string>& v) {
  if (v) q.bind(i, *v);
  else q.bind(i);
}

void bind_time(SQLite::Statement& q, int i, const Timestamp& t) {
  if (t.known()) q.bind(i, static_cast<int64_t>(t.time.time_since_epoch().count()));
  else q.bind(i);
}

// Columns: r.id, r.number, r.title, r.author, r.published, r.published_precision, r.source,
// r.format, r.content_hash, r.bytes, r.ingested_at starting at `i`.
constexpr const char* kRevisionColumns =
    "r.id, r.number, r.title, r.author, r.published, r.published_precision, r.source, r.format, "
    "r.content_hash, r.bytes, r.ingested_at";

RevisionRow read_revision(SQLite::Statement& q, int i) {
  RevisionRow r;
  r.id = q.getColumn(i).getInt64();
  r.number = q.getColumn(i + 1).getInt();
  r.title = opt_text(q.getColumn(i + 2));
  r.author = opt_text(q.getColumn(i + 3));
  r.published = opt_text(q.getColumn(i + 4));
  r.precision = q.getColumn(i + 5).getString();
  r.source = opt_text(q.getColumn(i + 6));
  r.format = opt_text(q.getColumn(i + 7));
  r.content_hash = q.getColumn(i + 8).getString();
  r.bytes = q.getColumn(i + 9).getInt64();
  r.ingested_at = q.getColumn(i + 10).getString();
  return r;
}

struct WhereClause {
  std::string sql;
  std::vector<std::optional<int64_t>> ints;
};

WhereClause filter_where(const ArticleFilter& f) {
  WhereClause w;
  w.sql = " WHERE 1";
  if (f.outlet_id) { w.sql += " AND a.outlet_id = ?"; w.ints.push_back(f.outlet_id); }
  if (f.from) { w.sql += " AND a.published_at >= ?"; w.ints.push_back(f.from); }
  if (f.to) { w.sql += " AND a.published_at < ?"; w.ints.push_back(f.to); }
  if (f.undated_only) w.sql += " AND a.published_at IS NULL";
  return w;
}

}  // namespace

std::string fts_query(const std::string& text) {
  std::string out;
  auto add_term = [&](const std::string& term) {
    if (term.empty()) return;
    if (!out.empty()) out += ' ';
    if (term == "OR" || term == "AND" || term == "NOT") {
      out += term;
      return;
    }
    out += '"';
    for (char c : term) {
      out += c;
      if (c == '"') out += '"';
    }
    out += '"';
  };
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      const size_t close = text.find('"', i + 1);
      const size_t end = close == std::string::npos ? text.size() : close;
      add_term(text.substr(i + 1, end - i - 1));
      i = end + 1;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(text[i]))) { ++i; continue; }
    size_t end = i;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '"') ++end;
    add_term(text.substr(i, end - i));
    i = end;
  }
  // A query of operators only is no query.
  if (out.find('"') == std::string::npos) return {};
  return out;
}

ArticleStore::ArticleStore(Database& db)
    : db_(db),
      outlets_(db),
      find_by_url_(db.sql(), "SELECT id, latest_revision, outlet_id FROM articles WHERE url = ?"),
      find_hash_in_article_(db.sql(),
                            "SELECT id, number, published_precision FROM revisions "
                            "WHERE article_id = ? AND content_hash = ? ORDER BY number DESC LIMIT 1"),
      find_hash_for_outlet_(db.sql(),
                            "SELECT r.id, r.number, r.published_precision, a.id FROM revisions r "
                            "JOIN articles a ON a.id = r.article_id "
                            "WHERE r.content_hash = ? AND a.outlet_id IS ? LIMIT 1"),
      insert_article_(db.sql(), "INSERT INTO articles(outlet_id, url, created_at) VALUES (?, ?, ?)"),
      insert_revision_(db.sql(),
                       "INSERT INTO revisions(article_id, number, title, author, published, published_at, "
                       "published_precision, body, content_hash, bytes, source, format, ingested_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      index_revision_(db.sql(), "INSERT INTO revisions_fts(rowid, title, body) VALUES (?, ?, ?)"),
      update_latest_(db.sql(),
                     "UPDATE articles SET (latest_revision, published_at) = "
                     "(SELECT number, published_at FROM revisions WHERE article_id = articles.id "
                     "ORDER BY number DESC LIMIT 1) WHERE id = ?1"),
      first_later_revision_(db.sql(), "SELECT min(number) FROM revisions WHERE article_id = ? AND published_at > ?"),
      shift_revisions_(db.sql(),
                       "UPDATE revisions SET number = -(number + 1) WHERE article_id = ? AND number >= ?"),
      unshift_revisions_(db.sql(), "UPDATE revisions SET number = -number WHERE article_id = ? AND number < 0"),
      redate_revision_(db.sql(),
                       "UPDATE revisions SET published = ?, published_at = ?, published_precision = ? WHERE id = ?"),
      redate_article_(db.sql(), "UPDATE articles SET published_at = ? WHERE id = ? AND latest_revision = ?") {}

// Revisions are numbered in publication order, not in the order they were ingested: an
// older version read after a newer one goes before it, and later numbers shift up by one.
int ArticleStore::revision_slot(int64_t article_id, int latest, const Timestamp& published) {
  if (latest == 0 || !published.known()) return latest + 1;
  auto& q = first_later_revision_;
  q.reset();
  q.bind(1, article_id);
  q.bind(2, static_cast<int64_t>(published.time.time_since_epoch().count()));
  const bool later = q.executeStep() && !q.getColumn(0).isNull();
  const int slot = later ? q.getColumn(0).getInt() : latest + 1;
  q.reset();
  if (!later) return slot;
  // Two steps, because UNIQUE(article_id, number) is checked row by row.
  shift_revisions_.reset();
  shift_revisions_.bind(1, article_id);
  shift_revisions_.bind(2, slot);
  shift_revisions_.exec();
  unshift_revisions_.reset();
  unshift_revisions_.bind(1, article_id);
  unshift_revisions_.exec();
  return slot;
}

PreparedBody prepare_body(std::string_view body) { return PreparedBody{sha256_hex(body), pack_text(body)}; }

int64_t ArticleStore::insert_revision(int64_t article_id, int number, const ArticleInput& a,
                                      const PreparedBody& body, const std::string& now) {
  auto& q = insert_revision_;
  q.reset();
  q.bind(1, article_id);
  q.bind(2, number);
  bind_opt(q, 3, a.title);
  bind_opt(q, 4, a.author);
  if (a.published.known()) q.bind(5, a.published.iso());
  else q.bind(5);
  bind_time(q, 6, a.published);
  q.bind(7, std::string(precision_name(a.published.precision)));
  // Stored packed (schema 11); the full-text index below gets the text.
  q.bindNoCopy(8, body.packed.data(), static_cast<int>(body.packed.size()));  // outlives the exec below
  q.bind(9, body.hash);
  q.bind(10, static_cast<int64_t>(a.body.size()));
  q.bind(11, a.origin);
  q.bind(12, a.format);
  q.bind(13, now);
  q.exec();
  const int64_t revision_id = db_.sql().getLastInsertRowid();
  // The full-text index is written here, not by a trigger (migration 0009 says why).
  auto& fts = index_revision_;
  fts.reset();
  fts.bind(1, revision_id);
  bind_opt(fts, 2, a.title);
  fts.bindNoCopy(3, a.body);
  fts.exec();
  update_latest_.reset();
  update_latest_.bind(1, article_id);
  update_latest_.exec();
  return revision_id;
}

PutResult ArticleStore::put(const ArticleInput& a, const std::string& now, const PreparedBody* prepared) {
  PutResult result;
  result.outlet_id = outlets_.resolve_or_create(a.outlet, a.url, now);
  // Without `prepared`, the body is packed only when a revision is written.
  PreparedBody own;
  if (!prepared) own.hash = sha256_hex(a.body);
  const std::string& hash = prepared ? prepared->hash : own.hash;
  const std::optional<std::string> url = a.url ? std::optional(canonical_url(*a.url)) : std::nullopt;

  std::optional<int64_t> article_id;
  int latest = 0;
  if (url) {
    find_by_url_.reset();
    find_by_url_.bind(1, *url);
    if (find_by_url_.executeStep()) {
      article_id = find_by_url_.getColumn(0).getInt64();
      latest = find_by_url_.getColumn(1).getInt();
    }
    find_by_url_.reset();
  }
  // Same content already stored: for this URL's article, or (no URL) for this outlet.
  std::optional<std::string> precision;
  if (article_id) {
    auto& q = find_hash_in_article_;
    q.reset();
    q.bind(1, *article_id);
    q.bind(2, hash);
    if (q.executeStep()) {
      result.article_id = *article_id;
      result.revision_id = q.getColumn(0).getInt64();
      result.revision_number = q.getColumn(1).getInt();
      precision = q.getColumn(2).getString();
    }
    q.reset();
  } else {
    auto& q = find_hash_for_outlet_;
    q.reset();
    q.bind(1, hash);
    if (result.outlet_id) q.bind(2, *result.outlet_id);
    else q.bind(2);
    if (q.executeStep()) {
      result.revision_id = q.getColumn(0).getInt64();
      result.revision_number = q.getColumn(1).getInt();
      precision = q.getColumn(2).getString();
      result.article_id = q.getColumn(3).getInt64();
    }
    q.reset();
  }
  if (precision) {
    result.outcome = PutOutcome::kUnchanged;
    if (*precision == "none" && a.published.known()) {
      auto& u = redate_revision_;
      u.reset();
      u.bind(1, a.published.iso());
      bind_time(u, 2, a.published);
      u.bind(3, std::string(precision_name(a.published.precision)));
      u.bind(4, result.revision_id);
      u.exec();
      auto& l = redate_article_;
      l.reset();
      bind_time(l, 1, a.published);
      l.bind(2, result.article_id);
      l.bind(3, result.revision_number);
      l.exec();
      result.outcome = PutOutcome::kRedated;
    }
    return result;
  }
  if (!article_id) {
    auto& q = insert_article_;
    q.reset();
    if (result.outlet_id) q.bind(1, *result.outlet_id);
    else q.bind(1);
    bind_opt(q, 2, url);
    q.bind(3, now);
    q.exec();
    article_id = db_.sql().getLastInsertRowid();
    result.outcome = PutOutcome::kNew;
  } else {
    result.outcome = PutOutcome::kRevised;
  }
  result.article_id = *article_id;
  result.revision_number = revision_slot(*article_id, latest, a.published);
  if (!prepared) {
    own.packed = pack_text(a.body);
    prepared = &own;
  }
  result.revision_id = insert_revision(*article_id, result.revision_number, a, *prepared, now);
  return result;
}

std::vector<ArticleRow> ArticleStore::list(const ArticleFilter& f) {
  const WhereClause w = filter_where(f);
  const std::string fts = f.search ? fts_query(*f.search) : std::string();
  if (f.search && fts.empty()) throw Error::usage("search text '" + *f.search + "' has nothing to search for");
  std::string sql = std::string("SELECT a.id, o.name, a.url, (SELECT count(*) FROM revisions WHERE article_id = a.id), ") +
                    kRevisionColumns;
  if (!fts.empty()) {
    sql += ", snippet(revisions_fts, 1, '[', ']', '\u2026', 16), bm25(revisions_fts, 5.0, 1.0) AS score"
           " FROM revisions_fts JOIN revisions r ON r.id = revisions_fts.rowid"
           " JOIN articles a ON a.id = r.article_id AND r.number = a.latest_revision"
           " LEFT JOIN outlets o ON o.id = a.outlet_id" +
           w.sql + " AND revisions_fts MATCH ? ORDER BY score, a.id";
  } else {
    sql += " FROM articles a JOIN revisions r ON r.article_id = a.id AND r.number = a.latest_revision"
           " LEFT JOIN outlets o ON o.id = a.outlet_id" +
           w.sql + " ORDER BY a.published_at IS NULL, a.published_at, a.id";
  }
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit) + " OFFSET " + std::to_string(f.offset);
  try {
    auto q_handle = db_.cached(sql);
    SQLite::Statement& q = *q_handle;
    int i = 1;
    for (const auto& v : w.ints) q.bind(i++, *v);
    if (!fts.empty()) q.bind(i++, fts);
    std::vector<ArticleRow> rows;
    while (q.executeStep()) {
      ArticleRow r;
      r.id = q.getColumn(0).getInt64();
      r.outlet = opt_text(q.getColumn(1));
      r.url = opt_text(q.getColumn(2));
      r.revisions = q.getColumn(3).getInt();
      r.latest = read_revision(q, 4);
      if (!fts.empty()) {
        r.snippet = q.getColumn(15).getString();
        r.rank = q.getColumn(16).getDouble();
      }
      rows.push_back(std::move(r));
    }
    return rows;
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e, db_.path());
  }
}

int64_t ArticleStore::count(const ArticleFilter& f) {
  const WhereClause w = filter_where(f);
  auto q_handle = db_.cached("SELECT count(*) FROM articles a" + w.sql);
  SQLite::Statement& q = *q_handle;
  int i = 1;
  for (const auto& v : w.ints) q.bind(i++, *v);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::optional<ArticleDetail> ArticleStore::get(int64_t article_id) {
  auto q_handle = db_.cached(std::string("SELECT a.id, o.name, a.url, a.latest_revision, r.body, ") + kRevisionColumns +
                          " FROM articles a JOIN revisions r ON r.article_id = a.id"
                          " LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ? ORDER BY r.number");
  SQLite::Statement& q = *q_handle;
  q.bind(1, article_id);
  std::optional<ArticleDetail> d;
  while (q.executeStep()) {
    if (!d) {
      d.emplace();
      d->article.id = q.getColumn(0).getInt64();
      d->article.outlet = opt_text(q.getColumn(1));
      d->article.url = opt_text(q.getColumn(2));
    }
    RevisionRow rev = read_revision(q, 5);
    if (rev.number == q.getColumn(3).getInt()) {
      d->body = body_column(q.getColumn(4));
      d->article.latest = rev;
    }
    d->revisions.push_back(std::move(rev));
  }
  if (d) d->article.revisions = static_cast<int>(d->revisions.size());
  return d;
}

std::optional<std::string> ArticleStore::body(int64_t revision_id) {
  auto q_handle = db_.cached("SELECT body FROM revisions WHERE id = ?");
  SQLite::Statement& q = *q_handle;
  q.bind(1, revision_id);
  if (!q.executeStep()) return std::nullopt;
  return body_column(q.getColumn(0));
}

}  // namespace claimline::store
