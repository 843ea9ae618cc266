#include "store/statement_store.h"

#include <SQLiteCpp/Statement.h>

#include "extract/entities.h"
#include "store/article_store.h"
#include "store/codes.h"
#include "store/columns.h"
#include "util/error.h"

namespace claimline::store {

// Codes, day numbers and method ids read back as names and ISO days (store/codes.h); the
// text of most statements is their span of the body (schema 11).
const std::string& statement_row_columns() {
  static const std::string columns =
      "s.id, a.id, r.id, o.name, r.title, r.published, " + statement_kinds().decode_sql("s.kind") + ", " +
      statement_text_sql("s", "r") + ", s.speaker, s.speaker_entity_id, s.cue, " +
      stance_cues().decode_sql("s.stance_cue") + ", s.place, s.said, s.said_value, " + day_sql("s.said_first_day") +
      ", " + day_sql("s.said_last_day") + ", s.span_start, s.span_end, s.confidence, " + method_sql("s.method");
  return columns;
}

StatementRow read_statement_row(SQLite::Statement& q) {
  StatementRow r;
  r.id = q.getColumn(0).getInt64();
  r.article_id = q.getColumn(1).getInt64();
  r.revision_id = q.getColumn(2).getInt64();
  r.outlet = opt_text(q.getColumn(3));
  r.title = opt_text(q.getColumn(4));
  r.published = opt_text(q.getColumn(5));
  r.kind = q.getColumn(6).getString();
  r.text = q.getColumn(7).getString();
  r.speaker = opt_text(q.getColumn(8));
  r.speaker_entity_id = opt_int(q.getColumn(9));
  r.cue = opt_text(q.getColumn(10));
  r.stance_cue = opt_text(q.getColumn(11));
  r.place = opt_text(q.getColumn(12));
  r.said = opt_text(q.getColumn(13));
  r.said_value = opt_text(q.getColumn(14));
  r.said_first_day = opt_text(q.getColumn(15));
  r.said_last_day = opt_text(q.getColumn(16));
  r.span_start = q.getColumn(17).getInt64();
  r.span_end = q.getColumn(18).getInt64();
  r.confidence = q.getColumn(19).getDouble();
  r.method = q.getColumn(20).getString();
  return r;
}

namespace {

std::vector<std::string> split_bar(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size() && !s.empty()) {
    const size_t bar = s.find('|', start);
    out.push_back(s.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

// A statement query under construction: WHERE terms and their bound values, in order.
struct Query {
  std::string where = " WHERE 1";
  std::vector<std::string> texts;
  std::vector<std::pair<int, int64_t>> ints;  // position among all binds, value
  std::vector<std::pair<int, std::string>> strings;
  int next = 1;
  void add_int(const std::string& term, int64_t v) { where += term; ints.emplace_back(next++, v); }
  void add_text(const std::string& term, const std::string& v) { where += term; strings.emplace_back(next++, v); }
  void bind(SQLite::Statement& q) const {
    for (const auto& [i, v] : ints) q.bind(i, v);
    for (const auto& [i, v] : strings) q.bind(i, v);
  }
};

}  // namespace

std::vector<int64_t> StatementStore::find_entities(const std::string& name) {
  auto q_handle = db_.cached("SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ? ORDER BY entity_id");
  SQLite::Statement& q = *q_handle;
  q.bind(1, entity_key(name));
  std::vector<int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

std::vector<StatementRow> StatementStore::list(const StatementFilter& f) {
  Query w;
  std::string from = " FROM statements s JOIN revisions r ON r.id = s.revision_id"
                     " JOIN articles a ON a.id = r.article_id AND r.number = a.latest_revision"
                     " LEFT JOIN outlets o ON o.id = a.outlet_id";
  if (f.search) {
    const std::string fts = fts_query(*f.search);
    if (fts.empty()) throw Error::usage("search text '" + *f.search + "' has nothing to search for");
    from += " JOIN statements_fts ON statements_fts.rowid = s.id";
    w.add_text(" AND statements_fts MATCH ?", fts);
  }
  if (f.speaker) {
    const auto ids = find_entities(*f.speaker);
    if (!ids.empty()) {
      std::string in;
      for (auto id : ids) in += (in.empty() ? "" : ",") + std::to_string(id);
      w.where += " AND s.speaker_entity_id IN (" + in + ")";
    } else {
      w.add_text(" AND s.speaker LIKE '%' || ? || '%'", *f.speaker);
    }
  }
  if (f.outlet_id) w.add_int(" AND a.outlet_id = ?", *f.outlet_id);
  if (f.cue) w.add_text(" AND s.cue LIKE '%' || ? || '%'", *f.cue);
  if (f.stance_cue) w.add_text(" AND " + stance_cues().decode_sql("s.stance_cue") + " = ?", *f.stance_cue);
  if (f.kind) w.add_text(" AND " + statement_kinds().decode_sql("s.kind") + " = ?", *f.kind);
  if (f.article_id) w.add_int(" AND a.id = ?", *f.article_id);
  if (f.from) w.add_int(" AND a.published_at >= ?", *f.from);
  if (f.to) w.add_int(" AND a.published_at < ?", *f.to);
  std::string sql = "SELECT " + statement_row_columns() + from + w.where + " ORDER BY a.published_at IS NULL, a.published_at, a.id, s.span_start";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit) + " OFFSET " + std::to_string(f.offset);
  auto q_handle = db_.cached(sql);
  SQLite::Statement& q = *q_handle;
  w.bind(q);
  std::vector<StatementRow> rows;
  while (q.executeStep()) rows.push_back(read_statement_row(q));
  return rows;
}

std::vector<EntityRow> StatementStore::entities(const EntityFilter& f) {
  Query w;
  if (f.kind) w.add_text(" AND e.kind = ?", *f.kind);
  if (f.name) {
    w.add_text(" AND e.id IN (SELECT entity_id FROM entity_aliases WHERE alias LIKE '%' || ? || '%')", *f.name);
  }
  std::string sql = R"sql(
    SELECT e.id, e.name, e.kind,
      (SELECT group_concat(alias, '|') FROM entity_aliases WHERE entity_id = e.id AND alias <> e.name),
      (SELECT group_concat(role, '|') FROM entity_roles WHERE entity_id = e.id),
      (SELECT count(*) FROM entity_mentions WHERE entity_id = e.id),
      (SELECT count(DISTINCT r.article_id) FROM entity_mentions m JOIN revisions r ON r.id = m.revision_id
        WHERE m.entity_id = e.id),
      (SELECT count(*) FROM statements WHERE speaker_entity_id = e.id)
    FROM entities e)sql";
  sql += w.where + " ORDER BY 6 DESC, e.name";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit) + " OFFSET " + std::to_string(f.offset);
  auto q_handle = db_.cached(sql);
  SQLite::Statement& q = *q_handle;
  w.bind(q);
  std::vector<EntityRow> rows;
  while (q.executeStep()) {
    EntityRow r;
    r.id = q.getColumn(0).getInt64();
    r.name = q.getColumn(1).getString();
    r.kind = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) r.aliases = split_bar(q.getColumn(3).getString());
    if (!q.getColumn(4).isNull()) r.roles = split_bar(q.getColumn(4).getString());
    r.mentions = q.getColumn(5).getInt64();
    r.articles = q.getColumn(6).getInt64();
    r.statements = q.getColumn(7).getInt64();
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace claimline::store
