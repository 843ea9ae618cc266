#include "store/claim_store.h"

#include <algorithm>
#include <map>

#include <SQLiteCpp/Statement.h>

#include "store/body_functions.h"
#include "store/codes.h"
#include "store/columns.h"
#include "util/error.h"

namespace claimline::store {
namespace {

template <class T>
void bind_opt(SQLite::Statement& q, int i, const std::optional<T>& v) {
  if (v) q.bind(i, *v);
  else q.bind(i);
}

void insert_mention(Database& db, const MentionInput& m) {
  auto q_handle = db.cached("INSERT INTO claim_mentions(claim_id, revision_id, level, statement_id, stance, span_start, "
                            "span_end, speaker, speaker_entity_id, confidence, method, note, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
  SQLite::Statement& q = *q_handle;
  q.bind(1, m.claim_id);
  q.bind(2, m.revision_id);
  q.bind(3, m.level);
  bind_opt(q, 4, m.statement_id);
  q.bind(5, m.stance);
  if (m.span) {
    q.bind(6, static_cast<int64_t>(m.span->start));
    q.bind(7, static_cast<int64_t>(m.span->end));
  } else {
    q.bind(6);
    q.bind(7);
  }
  bind_opt(q, 8, m.speaker);
  bind_opt(q, 9, m.speaker_entity_id);
  q.bind(10, m.confidence);
  q.bind(11, m.method);
  bind_opt(q, 12, m.note);
  q.exec();
}

// The text of spans of revision bodies, reading each body once while consecutive spans
// come from the same revision (a claim's mentions arrive grouped by article): a claim with
// thousands of mentions reads each body once instead of once per mention.
class RevisionBodies {
 public:
  explicit RevisionBodies(Database& db) : db_(db) {}
  // Bytes [start, end) of the body, clamped to it (as SQL substr on the body as a blob).
  std::string of(int64_t revision_id, int64_t start, int64_t end) {
    if (revision_id != revision_id_) {
      auto q_handle = db_.cached("SELECT body FROM revisions WHERE id = ?");
      SQLite::Statement& q = *q_handle;
      q.bind(1, revision_id);
      body_ = q.executeStep() ? body_column(q.getColumn(0)) : std::string();
      revision_id_ = revision_id;
    }
    const auto size = static_cast<int64_t>(body_.size());
    const int64_t from = std::clamp<int64_t>(start, 0, size);
    return body_.substr(static_cast<size_t>(from), static_cast<size_t>(std::clamp<int64_t>(end - start, 0, size - from)));
  }

 private:
  Database& db_;
  int64_t revision_id_ = 0;
  std::string body_;
};

}  // namespace

const std::string& mention_row_columns() {
  static const std::string columns =
      "m.id, m.claim_id, a.id, r.id, r.number, r.number = a.latest_revision, m.level, m.stance, m.method, "
      "m.statement_id, m.span_start, m.span_end, m.speaker, m.speaker_entity_id, m.confidence, o.name, r.title, "
      "a.url, r.published, r.published_at, r.published_precision, s.cue, s.said_value, " +
      day_sql("s.said_first_day") + ", " + day_sql("s.said_last_day");  // said days: day numbers (schema 8)
  return columns;
}

MentionRow read_mention_row(SQLite::Statement& q) {
  MentionRow r;
  r.id = q.getColumn(0).getInt64();
  r.claim_id = q.getColumn(1).getInt64();
  r.article_id = q.getColumn(2).getInt64();
  r.revision_id = q.getColumn(3).getInt64();
  r.revision_number = q.getColumn(4).getInt();
  r.latest_revision = q.getColumn(5).getInt() != 0;
  r.level = q.getColumn(6).getString();
  r.stance = q.getColumn(7).getString();
  r.method = q.getColumn(8).getString();
  r.statement_id = opt_int(q.getColumn(9));
  r.span_start = opt_int(q.getColumn(10));
  r.span_end = opt_int(q.getColumn(11));
  r.speaker = opt_text(q.getColumn(12));
  r.speaker_entity_id = opt_int(q.getColumn(13));
  r.confidence = q.getColumn(14).getDouble();
  r.outlet = opt_text(q.getColumn(15));
  r.title = opt_text(q.getColumn(16));
  r.url = opt_text(q.getColumn(17));
  r.published = opt_text(q.getColumn(18));
  r.published_at = opt_int(q.getColumn(19));
  r.precision = q.getColumn(20).getString();
  r.cue = opt_text(q.getColumn(21));
  r.said_value = opt_text(q.getColumn(22));
  r.said_first_day = opt_text(q.getColumn(23));
  r.said_last_day = opt_text(q.getColumn(24));
  return r;
}

int64_t ClaimStore::add(const std::string& text, const std::vector<std::string>& aliases, const std::string& origin,
                        const std::string& now) {
  auto q_handle = db_.cached("INSERT INTO claims(text, origin, created_at) VALUES (?, ?, ?)");
  SQLite::Statement& q = *q_handle;
  q.bind(1, text);
  q.bind(2, origin);
  q.bind(3, now);
  q.exec();
  const int64_t id = db_.sql().getLastInsertRowid();
  for (const auto& a : aliases) add_alias(id, a);
  return id;
}

void ClaimStore::add_alias(int64_t claim_id, const std::string& text) {
  auto q_handle = db_.cached("INSERT OR IGNORE INTO claim_aliases(claim_id, text) VALUES (?, ?)");
  SQLite::Statement& q = *q_handle;
  q.bind(1, claim_id);
  q.bind(2, text);
  q.exec();
}

std::vector<ClaimRow> ClaimStore::list(bool include_merged) {
  // Article-level stance per (claim, article) on latest revisions; a manual row wins.
  std::string sql = R"sql(
    WITH article_stance AS (
      SELECT m.claim_id, r.article_id,
             (SELECT m2.stance FROM claim_mentions m2 WHERE m2.claim_id = m.claim_id
                AND m2.revision_id = r.id AND m2.level = 'article'
              ORDER BY m2.method = 'manual' DESC, m2.id DESC LIMIT 1) AS stance
      FROM claim_mentions m JOIN revisions r ON r.id = m.revision_id
      JOIN articles a ON a.id = r.article_id AND a.latest_revision = r.number
      GROUP BY m.claim_id, r.article_id)
    SELECT c.id, c.text, c.origin, c.merged_into, c.created_at,
           (SELECT group_concat(text, '|') FROM claim_aliases WHERE claim_id = c.id),
           count(s.article_id) FILTER (WHERE s.stance IS NOT 'unrelated'),
           count(*) FILTER (WHERE s.stance = 'supports'),
           count(*) FILTER (WHERE s.stance = 'denies'),
           count(*) FILTER (WHERE s.stance = 'discusses')
    FROM claims c LEFT JOIN article_stance s ON s.claim_id = c.id)sql";
  if (!include_merged) sql += " WHERE c.merged_into IS NULL";
  sql += " GROUP BY c.id ORDER BY c.id";
  auto q_handle = db_.cached(sql);
  SQLite::Statement& q = *q_handle;
  std::vector<ClaimRow> rows;
  while (q.executeStep()) {
    ClaimRow r;
    r.id = q.getColumn(0).getInt64();
    r.text = q.getColumn(1).getString();
    r.origin = q.getColumn(2).getString();
    r.merged_into = opt_int(q.getColumn(3));
    r.created_at = q.getColumn(4).getString();
    if (auto a = opt_text(q.getColumn(5))) {
      size_t start = 0;
      while (true) {
        const size_t bar = a->find('|', start);
        r.aliases.push_back(a->substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (bar == std::string::npos) break;
        start = bar + 1;
      }
    }
    r.articles = q.getColumn(6).getInt64();
    r.supports = q.getColumn(7).getInt64();
    r.denies = q.getColumn(8).getInt64();
    r.discusses = q.getColumn(9).getInt64();
    rows.push_back(std::move(r));
  }
  return rows;
}

std::optional<ClaimRow> ClaimStore::get(int64_t claim_id) {
  for (auto& r : list(true)) {
    if (r.id == claim_id) return r;
  }
  return std::nullopt;
}

int64_t ClaimStore::resolve(int64_t claim_id) {
  for (int hops = 0; hops < 64; ++hops) {
    auto q_handle = db_.cached("SELECT merged_into FROM claims WHERE id = ?");
    SQLite::Statement& q = *q_handle;
    q.bind(1, claim_id);
    if (!q.executeStep() || q.getColumn(0).isNull()) return claim_id;
    claim_id = q.getColumn(0).getInt64();
  }
  return claim_id;
}

void ClaimStore::merge(int64_t from, int64_t into) {
  if (from == into) throw Error::usage("cannot merge a claim into itself");
  auto text_handle = db_.cached("SELECT text FROM claims WHERE id = ?");
  SQLite::Statement& text = *text_handle;
  text.bind(1, from);
  if (!text.executeStep()) throw Error::not_found("no claim " + std::to_string(from));
  add_alias(into, text.getColumn(0).getString());
  auto aliases_handle = db_.cached("INSERT OR IGNORE INTO claim_aliases(claim_id, text) SELECT ?, text FROM claim_aliases "
                            "WHERE claim_id = ?");
  SQLite::Statement& aliases = *aliases_handle;
  aliases.bind(1, into);
  aliases.bind(2, from);
  aliases.exec();
  // Machine rows of `into` on a revision that `from` also covers would double up; keep
  // the target's and move the rest.
  auto drop_handle = db_.cached("DELETE FROM claim_mentions WHERE claim_id = ?1 AND method <> 'manual' AND revision_id IN "
                         "(SELECT revision_id FROM claim_mentions WHERE claim_id = ?2)");
  SQLite::Statement& drop = *drop_handle;
  drop.bind(1, from);
  drop.bind(2, into);
  drop.exec();
  auto move_handle = db_.cached("UPDATE claim_mentions SET claim_id = ? WHERE claim_id = ?");
  SQLite::Statement& move = *move_handle;
  move.bind(1, into);
  move.bind(2, from);
  move.exec();
  auto mark_handle = db_.cached("UPDATE claims SET merged_into = ? WHERE id = ?");
  SQLite::Statement& mark = *mark_handle;
  mark.bind(1, into);
  mark.bind(2, from);
  mark.exec();
}

void ClaimStore::replace_machine_mentions(int64_t claim_id, int64_t revision_id,
                                          const std::vector<MentionInput>& mentions) {
  auto del_handle = db_.cached("DELETE FROM claim_mentions WHERE claim_id = ? AND revision_id = ? AND method <> 'manual'");
  SQLite::Statement& del = *del_handle;
  del.bind(1, claim_id);
  del.bind(2, revision_id);
  del.exec();
  for (const auto& m : mentions) insert_mention(db_, m);
}

int64_t ClaimStore::put_manual(const MentionInput& m) {
  auto del_handle = db_.cached("DELETE FROM claim_mentions WHERE claim_id = ?1 AND revision_id = ?2 AND method = 'manual' "
                        "AND level = ?3 AND statement_id IS ?4");
  SQLite::Statement& del = *del_handle;
  del.bind(1, m.claim_id);
  del.bind(2, m.revision_id);
  del.bind(3, m.level);
  bind_opt(del, 4, m.statement_id);
  del.exec();
  MentionInput manual = m;
  manual.method = "manual";
  insert_mention(db_, manual);
  return db_.sql().getLastInsertRowid();
}

std::vector<MentionRow> ClaimStore::mentions(int64_t claim_id, std::optional<int64_t> as_of) {
  // The revision of each article that counts: its latest, or its latest published by as_of.
  const std::string revision_filter =
      as_of ? "r.published_at <= ?2 AND r.number = (SELECT max(r2.number) FROM revisions r2 "
              "WHERE r2.article_id = r.article_id AND r2.published_at <= ?2)"
            : "r.number = a.latest_revision";
  const std::string sql =
      "SELECT " + mention_row_columns() +
      " FROM claim_mentions m JOIN revisions r ON r.id = m.revision_id JOIN articles a ON a.id = r.article_id "
      "LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN statements s ON s.id = m.statement_id "
      "WHERE m.claim_id = ?1 AND " + revision_filter +
      " ORDER BY r.published_at IS NULL, r.published_at, a.id, m.level <> 'article', m.span_start, "
      "m.method = 'manual' DESC, m.id";
  auto q_handle = db_.cached(sql);
  SQLite::Statement& q = *q_handle;
  q.bind(1, claim_id);
  if (as_of) q.bind(2, *as_of);
  std::vector<MentionRow> rows;
  // A manual row hides machine rows of the same target: (revision, level, statement or span).
  std::map<std::tuple<int64_t, std::string, int64_t>, bool> manual_targets;
  std::vector<MentionRow> all;
  RevisionBodies evidence(db_);
  while (q.executeStep()) {
    MentionRow r = read_mention_row(q);
    if (r.span_start && r.span_end) r.evidence = evidence.of(r.revision_id, *r.span_start, *r.span_end);
    const auto key = std::make_tuple(r.revision_id, r.level, r.statement_id.value_or(r.span_start.value_or(-1)));
    if (r.method == "manual") manual_targets[key] = true;
    else if (manual_targets.count(key)) continue;
    all.push_back(std::move(r));
  }
  for (auto& r : all) {
    if (r.stance == "unrelated") continue;
    rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<RevisionStatement> ClaimStore::statements_of(int64_t revision_id) {
  auto q_handle = db_.cached("SELECT id, span_start, span_end, " + statement_kinds().decode_sql("kind") +
                             ", speaker, speaker_entity_id, " + stance_cues().decode_sql("stance_cue") + " FROM statements "
                      "WHERE revision_id = ? ORDER BY span_start");
  SQLite::Statement& q = *q_handle;
  q.bind(1, revision_id);
  std::vector<RevisionStatement> out;
  while (q.executeStep()) {
    RevisionStatement s;
    s.id = q.getColumn(0).getInt64();
    s.span = Span(static_cast<uint32_t>(q.getColumn(1).getInt64()), static_cast<uint32_t>(q.getColumn(2).getInt64()));
    s.kind = q.getColumn(3).getString();
    s.speaker = opt_text(q.getColumn(4));
    s.speaker_entity_id = opt_int(q.getColumn(5));
    s.stance_cue = opt_text(q.getColumn(6));
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<RevisionStatement> ClaimStore::statement(int64_t statement_id, int64_t* revision_id) {
  auto q_handle = db_.cached("SELECT id, span_start, span_end, " + statement_kinds().decode_sql("kind") +
                             ", speaker, speaker_entity_id, revision_id FROM statements "
                      "WHERE id = ?");
  SQLite::Statement& q = *q_handle;
  q.bind(1, statement_id);
  if (!q.executeStep()) return std::nullopt;
  RevisionStatement s;
  s.id = q.getColumn(0).getInt64();
  s.span = Span(static_cast<uint32_t>(q.getColumn(1).getInt64()), static_cast<uint32_t>(q.getColumn(2).getInt64()));
  s.kind = q.getColumn(3).getString();
  s.speaker = opt_text(q.getColumn(4));
  s.speaker_entity_id = opt_int(q.getColumn(5));
  *revision_id = q.getColumn(6).getInt64();
  return s;
}

std::optional<int64_t> ClaimStore::latest_revision(int64_t article_id) {
  auto q_handle = db_.cached("SELECT r.id FROM articles a JOIN revisions r ON r.article_id = a.id AND r.number = a.latest_revision "
                      "WHERE a.id = ?");
  SQLite::Statement& q = *q_handle;
  q.bind(1, article_id);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

std::vector<int64_t> ClaimStore::revision_ids() {
  auto q_handle = db_.cached("SELECT id FROM revisions ORDER BY id");
  SQLite::Statement& q = *q_handle;
  std::vector<int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

std::optional<RevisionText> ClaimStore::revision(int64_t revision_id) {
  auto q_handle = db_.cached("SELECT id, article_id, body, coalesce(title, '') FROM revisions WHERE id = ?");
  SQLite::Statement& q = *q_handle;
  q.bind(1, revision_id);
  if (!q.executeStep()) return std::nullopt;
  return RevisionText{q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), body_column(q.getColumn(2)),
                      q.getColumn(3).getString()};
}

std::vector<SuggestRow> ClaimStore::suggest_rows() {
  auto q_handle = db_.cached("SELECT s.id, " + statement_text_sql("s", "r") + R"sql(, coalesce(o.name, ''), s.speaker_entity_id,
           (SELECT group_concat(m.entity_id) FROM entity_mentions m WHERE m.revision_id = s.revision_id
              AND m.span_start >= s.span_start AND m.span_end <= s.span_end)
    FROM statements s JOIN revisions r ON r.id = s.revision_id
    JOIN articles a ON a.id = r.article_id AND a.latest_revision = r.number
    LEFT JOIN outlets o ON o.id = a.outlet_id ORDER BY s.id)sql");
  SQLite::Statement& q = *q_handle;
  std::vector<SuggestRow> rows;
  while (q.executeStep()) {
    SuggestRow r;
    r.statement_id = q.getColumn(0).getInt64();
    r.text = q.getColumn(1).getString();
    r.outlet = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) r.entities.push_back(q.getColumn(3).getInt64());
    if (!q.getColumn(4).isNull()) {
      const std::string ids = q.getColumn(4).getString();
      size_t start = 0;
      while (start < ids.size()) {
        size_t comma = ids.find(',', start);
        if (comma == std::string::npos) comma = ids.size();
        r.entities.push_back(std::stoll(ids.substr(start, comma - start)));
        start = comma + 1;
      }
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace claimline::store
