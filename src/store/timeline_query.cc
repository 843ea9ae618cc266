#include "store/timeline_query.h"

#include <limits>
#include <string>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "store/codes.h"
#include "store/columns.h"

namespace claimline::store {
namespace {

std::string id_list(const std::vector<int64_t>& ids) {
  std::string in;
  for (auto id : ids) {
    if (!in.empty()) in += ',';
    in += std::to_string(id);
  }
  return in;
}

// The WHERE terms shared by both plans. Binds, in order: from, to, as_of (twice), when set.
std::string conditions(const EntityTimelineQuery& q) {
  std::string w = " WHERE s.speaker_entity_id IN (" + id_list(q.entity_ids) + ") AND r.published_at IS NOT NULL";
  if (q.from) w += " AND r.published_at >= ?";
  if (q.to) w += " AND r.published_at < ?";
  if (q.as_of) {
    // The revision of each article that was current on the date: published by then, and no
    // later revision published by then.
    w += " AND r.published_at <= ? AND NOT EXISTS (SELECT 1 FROM revisions r2 WHERE r2.article_id = r.article_id"
         " AND r2.number > r.number AND r2.published_at <= ?)";
  }
  return w;
}

}  // namespace

int64_t EntityTimeline::count_upto(const std::vector<int64_t>& ids, int64_t cap) {
  SQLite::Statement q(db_.sql(), "SELECT count(*) FROM (SELECT 1 FROM statements WHERE speaker_entity_id IN (" +
                                     id_list(ids) + ") LIMIT ?)");
  q.bind(1, cap);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Past a few thousand statements of the speaker, walking revisions in date order and keeping
// the speaker's statements finds a page sooner than sorting all of them.
bool EntityTimeline::walk_by_date(const std::vector<int64_t>& ids) {
  if (walk_by_date_above_ <= 0) return true;
  if (walk_by_date_above_ == std::numeric_limits<int64_t>::max()) return false;
  return count_upto(ids, walk_by_date_above_ + 1) > walk_by_date_above_;
}

std::vector<StatementRow> EntityTimeline::statements(const EntityTimelineQuery& q) {
  std::vector<StatementRow> rows;
  each_statement(q, [&](StatementRow&& r) { rows.push_back(std::move(r)); });
  return rows;
}

void EntityTimeline::each_statement(const EntityTimelineQuery& q, const std::function<void(StatementRow&&)>& row) {
  if (q.entity_ids.empty()) return;
  try {
    run(q, row);
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e, db_.path());
  }
}

void EntityTimeline::run(const EntityTimelineQuery& q, const std::function<void(StatementRow&&)>& row) {
  const bool by_date = walk_by_date(q.entity_ids);
  const std::string latest = q.as_of ? "" : " AND a.latest_revision = r.number";
  std::string sql = "SELECT " + statement_row_columns();
  if (by_date) {
    // CROSS JOIN fixes the loop order: revisions in date order (the index), then their
    // statements, so the first page is found without reading the speaker's whole history.
    sql += " FROM revisions r INDEXED BY revisions_published CROSS JOIN statements s INDEXED BY statements_revision"
           " CROSS JOIN articles a LEFT JOIN outlets o ON o.id = a.outlet_id" +
           conditions(q) + " AND s.revision_id = r.id AND a.id = r.article_id" + latest;
  } else {
    sql += " FROM statements s INDEXED BY statements_speaker JOIN revisions r ON r.id = s.revision_id"
           " JOIN articles a ON a.id = r.article_id" + latest + " LEFT JOIN outlets o ON o.id = a.outlet_id" +
           conditions(q);
  }
  const char* dir = q.newest_first ? " DESC" : "";
  sql += std::string(" ORDER BY r.published_at") + dir + ", r.id" + dir + ", s.span_start LIMIT ? OFFSET ?";
  SQLite::Statement s(db_.sql(), sql);
  int i = 1;
  if (q.from) s.bind(i++, *q.from);
  if (q.to) s.bind(i++, *q.to);
  if (q.as_of) {
    s.bind(i++, *q.as_of);
    s.bind(i++, *q.as_of);
  }
  s.bind(i++, q.limit);
  s.bind(i++, q.offset);
  while (s.executeStep()) row(read_statement_row(s));
}

}  // namespace claimline::store
