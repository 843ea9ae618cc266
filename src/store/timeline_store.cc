#include "store/timeline_store.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "store/body_functions.h"
#include "store/codes.h"
#include "store/columns.h"

namespace claimline::store {
namespace {

// The columns of a RevisionRef, read by read_revision() from position `at`. Needs `r`
// (revisions), `a` (articles) and `o` (outlets, left-joined).
constexpr const char* kRevisionColumns =
    "r.id, r.article_id, r.number, r.number = a.latest_revision, a.outlet_id, o.name, r.title, a.url, r.published, "
    "r.published_precision, r.published_at";
constexpr int kRevisionColumnCount = 11;
constexpr const char* kRevisionJoins =
    " JOIN articles a ON a.id = r.article_id LEFT JOIN outlets o ON o.id = a.outlet_id";

// Codes, day numbers and method ids are read back as names and ISO days in C++ (as
// decode_sql and day_sql would in SQL, store/codes.h); the key and trigger of a mention, its
// sentence and the text of its time expression come from the body, cut by MentionTexts (no
// body is read by this query).
const std::string kEventColumns =
    "m.id, m.event_id, m.revision_id, m.key, m.occurrence, m.trigger, m.trigger_start, m.trigger_end, m.lemma, "
    "m.class, m.status, m.span_start, m.span_end, m.time_value, m.first_day, m.last_day, m.precision, "
    "m.time_source, m.confidence, m.method, e.label, (SELECT group_concat(en.name, char(31)) "
    "FROM event_mention_participants p JOIN entities en ON en.id = p.entity_id WHERE p.mention_id = m.id)";

// What comparing events needs of a mention (see each_event_fact): no body is read.
const std::string kEventFactColumns =
    "m.id, m.event_id, m.revision_id, m.class, " + event_statuses().decode_sql("m.status") + ", m.time_value, " +
    day_sql("m.first_day") + ", " + day_sql("m.last_day") + ", " + time_precisions().decode_sql("m.precision") +
    ", " + time_sources().decode_sql("m.time_source") +
    ", (SELECT group_concat(en.name, char(31)) FROM event_mention_participants p JOIN entities en "
    " ON en.id = p.entity_id WHERE p.mention_id = m.id)";

// The revision of each article that counts: with ?<n> as the as-of time, the latest one
// published by then; otherwise the latest.
std::string counting(bool as_of, int param) {
  if (!as_of) return " r.number = a.latest_revision";
  const std::string p = "?" + std::to_string(param);
  return " r.published_at <= " + p +
         " AND NOT EXISTS (SELECT 1 FROM revisions r2 WHERE r2.article_id = r.article_id AND r2.number > r.number"
         " AND r2.published_at <= " + p + ")";
}

std::string id_list(const std::vector<int64_t>& ids) {
  std::string in;
  for (auto id : ids) {
    if (!in.empty()) in += ',';
    in += std::to_string(id);
  }
  return in;
}

std::vector<std::string> split_unit(const std::optional<std::string>& joined) {
  std::vector<std::string> out;
  if (!joined) return out;
  size_t start = 0;
  while (start <= joined->size()) {
    const size_t sep = joined->find('\x1f', start);
    out.push_back(joined->substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) break;
    start = sep + 1;
  }
  return out;
}

RevisionRef read_revision(SQLite::Statement& q, int at) {
  RevisionRef r;
  r.revision_id = q.getColumn(at).getInt64();
  r.article_id = q.getColumn(at + 1).getInt64();
  r.number = q.getColumn(at + 2).getInt();
  r.latest = q.getColumn(at + 3).getInt() != 0;
  r.outlet_id = opt_int(q.getColumn(at + 4));
  r.outlet = opt_text(q.getColumn(at + 5));
  r.title = opt_text(q.getColumn(at + 6));
  r.url = opt_text(q.getColumn(at + 7));
  r.published = opt_text(q.getColumn(at + 8));
  r.precision = q.getColumn(at + 9).getString();
  r.published_at = opt_int(q.getColumn(at + 10));
  return r;
}

std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// The texts of event mentions that their rows leave to the body, for rows read in any order:
// the body of one revision at a time, unpacked once (and its time expressions, read when a
// dated mention needs them), instead of three body_span calls and a subquery per row.
class MentionTexts {
 public:
  explicit MentionTexts(Database& db) : db_(db) {}

  void use(int64_t revision_id) {
    if (loaded_ && revision_id == revision_) return;
    auto q = db_.cached("SELECT article_id, body FROM revisions WHERE id = ?");
    q->bind(1, revision_id);
    article_id_ = 0;
    body_ = std::make_shared<const std::string>();
    if (q->executeStep()) {
      article_id_ = q->getColumn(0).getInt64();
      body_ = db_.body_text(revision_id, q->getColumn(1));
    }
    revision_ = revision_id;
    loaded_ = true;
    times_.reset();
  }
  int64_t article_id() const { return article_id_; }

  // The rule name of a methods id (what method_sql() reads), each read once.
  std::string method(const SQLite::Column& id) {
    if (id.isNull()) return {};
    const int64_t key = id.getInt64();
    if (auto it = methods_.find(key); it != methods_.end()) return it->second;
    auto q = db_.cached("SELECT name FROM methods WHERE id = ?");
    q->bind(1, key);
    std::string name = q->executeStep() ? q->getColumn(0).getString() : std::string();
    methods_.emplace(key, name);
    return name;
  }

  // The body's bytes [start, end), clamped to it (as body_span).
  std::string span(int64_t start, int64_t end) const {
    const auto size = static_cast<int64_t>(body_->size());
    const int64_t from = std::clamp<int64_t>(start, 0, size);
    const int64_t len = std::clamp<int64_t>(end - std::max<int64_t>(start, 0), 0, size - from);
    return body_->substr(static_cast<size_t>(from), static_cast<size_t>(len));
  }

  // The first time expression (by start, then id) of the revision with this value inside
  // the sentence [start, end): its text as written.
  std::optional<std::string> time_text(int64_t start, int64_t end, const std::string& value) {
    if (!times_) {
      times_.emplace();
      auto q = db_.cached("SELECT span_start, span_end, text, value FROM times WHERE revision_id = ? "
                          "ORDER BY span_start, id");
      q->bind(1, revision_);
      while (q->executeStep()) {
        times_->push_back({q->getColumn(0).getInt64(), q->getColumn(1).getInt64(), opt_text(q->getColumn(2)),
                           q->getColumn(3).getString()});
      }
    }
    for (const Time& t : *times_) {
      if (t.start < start) continue;
      if (t.start > end) break;
      if (t.end <= end && t.value == value) return t.text ? *t.text : span(t.start, t.end);
    }
    return std::nullopt;
  }

 private:
  struct Time {
    int64_t start = 0, end = 0;
    std::optional<std::string> text;
    std::string value;
  };
  Database& db_;
  bool loaded_ = false;
  int64_t revision_ = 0, article_id_ = 0;
  std::shared_ptr<const std::string> body_ = std::make_shared<const std::string>();
  std::optional<std::vector<Time>> times_;
  std::map<int64_t, std::string> methods_;
};

EventMentionRead read_event(SQLite::Statement& q, int at, MentionTexts& texts) {
  EventMentionRead m;
  m.id = q.getColumn(at).getInt64();
  m.event_id = q.getColumn(at + 1).getInt64();
  m.revision_id = q.getColumn(at + 2).getInt64();
  texts.use(m.revision_id);
  const std::optional<std::string> key = opt_text(q.getColumn(at + 3));
  const int64_t occurrence = q.getColumn(at + 4).getInt64();
  const std::optional<std::string> trigger = opt_text(q.getColumn(at + 5));
  const std::string trigger_span = texts.span(q.getColumn(at + 6).getInt64(), q.getColumn(at + 7).getInt64());
  m.trigger = trigger.value_or(trigger_span);
  m.lemma = q.getColumn(at + 8).getString();
  m.event_class = q.getColumn(at + 9).getString();
  // The stable key of a mention (event_store.h) unless the row holds another.
  m.key = key ? *key
              : std::to_string(texts.article_id()) + ":" + m.event_class + ":" + ascii_lower(trigger_span) + ":" +
                    std::to_string(occurrence);
  m.status = code_column(q.getColumn(at + 10), event_statuses()).value_or("");
  m.span_start = q.getColumn(at + 11).getInt64();
  m.span_end = q.getColumn(at + 12).getInt64();
  m.sentence = texts.span(m.span_start, m.span_end);
  m.time_value = opt_text(q.getColumn(at + 13));
  m.first_day = day_column(q.getColumn(at + 14));
  m.last_day = day_column(q.getColumn(at + 15));
  m.precision = code_column(q.getColumn(at + 16), time_precisions());
  m.time_source = code_column(q.getColumn(at + 17), time_sources());
  m.confidence = q.getColumn(at + 18).getDouble();
  m.method = texts.method(q.getColumn(at + 19));
  m.event_label = q.getColumn(at + 20).getString();
  m.participants = split_unit(opt_text(q.getColumn(at + 21)));
  if (m.time_value) m.time_text = texts.time_text(m.span_start, m.span_end, *m.time_value);
  return m;
}

EventMentionRead read_event_facts(SQLite::Statement& q) {
  EventMentionRead m;
  m.id = q.getColumn(0).getInt64();
  m.event_id = q.getColumn(1).getInt64();
  m.revision_id = q.getColumn(2).getInt64();
  m.event_class = q.getColumn(3).getString();
  m.status = q.getColumn(4).getString();
  m.time_value = opt_text(q.getColumn(5));
  m.first_day = opt_text(q.getColumn(6));
  m.last_day = opt_text(q.getColumn(7));
  m.precision = opt_text(q.getColumn(8));
  m.time_source = opt_text(q.getColumn(9));
  m.participants = split_unit(opt_text(q.getColumn(10)));
  return m;
}

template <class F>
auto guarded(Database& db, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e, db.path());
  }
}

std::vector<RevisionRef> read_revisions(SQLite::Statement& q) {
  std::vector<RevisionRef> out;
  while (q.executeStep()) out.push_back(read_revision(q, 0));
  return out;
}

}  // namespace

std::optional<RevisionRef> TimelineStore::current_revision(int64_t article_id, std::optional<int64_t> as_of) {
  return guarded(db_, [&]() -> std::optional<RevisionRef> {
    std::string sql = std::string("SELECT ") + kRevisionColumns + " FROM revisions r" + kRevisionJoins +
                      " WHERE r.article_id = ?1 AND" + counting(as_of.has_value(), 2);
    auto q_handle = db_.cached(sql);
    SQLite::Statement& q = *q_handle;
    q.bind(1, article_id);
    if (as_of) q.bind(2, *as_of);
    if (!q.executeStep()) return std::nullopt;
    return read_revision(q, 0);
  });
}

std::optional<RevisionRef> TimelineStore::revision(int64_t article_id, int number) {
  return guarded(db_, [&]() -> std::optional<RevisionRef> {
    auto q_handle = db_.cached(std::string("SELECT ") + kRevisionColumns + " FROM revisions r" + kRevisionJoins +
                               " WHERE r.article_id = ? AND r.number = ?");
    SQLite::Statement& q = *q_handle;
    q.bind(1, article_id);
    q.bind(2, number);
    if (!q.executeStep()) return std::nullopt;
    return read_revision(q, 0);
  });
}

std::vector<RevisionRef> TimelineStore::outlet_revisions(int64_t outlet_id, std::optional<int64_t> from,
                                                         std::optional<int64_t> to, std::optional<int64_t> as_of) {
  return guarded(db_, [&] {
    // Without as-of the article row carries the latest revision's publication, so the
    // outlet index (outlet_id, published_at) serves the range too.
    const char* published = as_of ? "r.published_at" : "a.published_at";
    std::string sql = std::string("SELECT ") + kRevisionColumns +
                      " FROM articles a JOIN revisions r ON r.article_id = a.id LEFT JOIN outlets o ON o.id = a.outlet_id"
                      " WHERE a.outlet_id = ?1 AND" + counting(as_of.has_value(), 2);
    if (from) sql += std::string(" AND ") + published + " >= ?3";
    if (to) sql += std::string(" AND ") + published + " < ?4";
    sql += std::string(" ORDER BY ") + published + " IS NULL, " + published + ", a.id";
    auto q_handle = db_.cached(sql);
    SQLite::Statement& q = *q_handle;
    q.bind(1, outlet_id);
    if (as_of) q.bind(2, *as_of);
    if (from) q.bind(3, *from);
    if (to) q.bind(4, *to);
    return read_revisions(q);
  });
}

std::vector<RevisionRef> TimelineStore::matching_revisions(const std::string& fts, std::optional<int64_t> as_of,
                                                           int limit) {
  return guarded(db_, [&] {
    std::string sql = std::string("SELECT ") + kRevisionColumns +
                      " FROM revisions_fts f JOIN revisions r ON r.id = f.rowid" + kRevisionJoins +
                      " WHERE revisions_fts MATCH ?1 AND" + counting(as_of.has_value(), 2) + " ORDER BY f.rank LIMIT ?3";
    auto q_handle = db_.cached(sql);
    SQLite::Statement& q = *q_handle;
    q.bind(1, fts);
    if (as_of) q.bind(2, *as_of);
    q.bind(3, limit);
    return read_revisions(q);
  });
}

std::vector<StatementRow> TimelineStore::matching_statements(const std::string& fts, std::optional<int64_t> as_of,
                                                             int limit) {
  return guarded(db_, [&] {
    std::string sql = "SELECT " + statement_row_columns() +
                      " FROM statements_fts f JOIN statements s ON s.id = f.rowid JOIN revisions r ON r.id = s.revision_id" +
                      kRevisionJoins + " WHERE statements_fts MATCH ?1 AND" + counting(as_of.has_value(), 2) +
                      " ORDER BY r.published_at IS NULL, r.published_at, a.id, s.span_start LIMIT ?3";
    auto q_handle = db_.cached(sql);
    SQLite::Statement& q = *q_handle;
    q.bind(1, fts);
    if (as_of) q.bind(2, *as_of);
    q.bind(3, limit);
    std::vector<StatementRow> rows;
    while (q.executeStep()) rows.push_back(read_statement_row(q));
    return rows;
  });
}

std::vector<StatementRow> TimelineStore::statements_of(const std::vector<int64_t>& revision_ids, bool direct_only) {
  if (revision_ids.empty()) return {};
  return guarded(db_, [&] {
    SQLite::Statement q(db_.sql(), "SELECT " + statement_row_columns() +
                                       " FROM statements s JOIN revisions r ON r.id = s.revision_id" + kRevisionJoins +
                                       " WHERE s.revision_id IN (" + id_list(revision_ids) + ")" +
                                       (direct_only ? " AND s.kind = " + std::to_string(*statement_kinds().code("direct")) : "") +
                                       " ORDER BY s.revision_id, s.span_start");
    std::vector<StatementRow> rows;
    while (q.executeStep()) rows.push_back(read_statement_row(q));
    return rows;
  });
}

std::vector<EventMentionRead> TimelineStore::event_mentions_of(const std::vector<int64_t>& revision_ids) {
  if (revision_ids.empty()) return {};
  return guarded(db_, [&] {
    SQLite::Statement q(db_.sql(), std::string("SELECT ") + kEventColumns +
                                       " FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.revision_id IN (" +
                                       id_list(revision_ids) + ") ORDER BY m.revision_id, m.span_start, m.id");
    MentionTexts texts(db_);
    std::vector<EventMentionRead> rows;
    while (q.executeStep()) rows.push_back(read_event(q, 0, texts));
    return rows;
  });
}

void TimelineStore::each_event_fact(const std::vector<int64_t>& revision_ids,
                                    const std::function<void(const EventMentionRead&)>& f) {
  if (revision_ids.empty()) return;
  guarded(db_, [&] {
    SQLite::Statement q(db_.sql(), "SELECT " + kEventFactColumns + " FROM event_mentions m WHERE m.revision_id IN (" +
                                       id_list(revision_ids) + ") ORDER BY m.revision_id, m.span_start, m.id");
    while (q.executeStep()) f(read_event_facts(q));
  });
}

std::vector<EventMentionRead> TimelineStore::event_mentions_by_id(const std::vector<int64_t>& mention_ids) {
  if (mention_ids.empty()) return {};
  return guarded(db_, [&] {
    // By revision, so that each body is unpacked once.
    SQLite::Statement q(db_.sql(), std::string("SELECT ") + kEventColumns +
                                       " FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.id IN (" +
                                       id_list(mention_ids) + ") ORDER BY m.revision_id, m.span_start, m.id");
    MentionTexts texts(db_);
    std::vector<EventMentionRead> rows;
    while (q.executeStep()) rows.push_back(read_event(q, 0, texts));
    return rows;
  });
}

std::vector<std::pair<RevisionRef, EventMentionRead>> TimelineStore::event_mentions_with(
    const std::vector<int64_t>& entity_ids, std::optional<int64_t> as_of, int limit) {
  std::vector<std::pair<RevisionRef, EventMentionRead>> rows;
  each_event_mention_with(entity_ids, as_of, limit,
                          [&](const RevisionRef& r, const EventMentionRead& m) { rows.emplace_back(r, m); });
  return rows;
}

void TimelineStore::each_event_mention_with(const std::vector<int64_t>& entity_ids, std::optional<int64_t> as_of,
                                            int limit,
                                            const std::function<void(const RevisionRef&, const EventMentionRead&)>& f) {
  if (entity_ids.empty()) return;
  guarded(db_, [&] {
    std::string sql = std::string("SELECT ") + kRevisionColumns + ", " + kEventColumns +
                      " FROM event_mentions m JOIN revisions r ON r.id = m.revision_id" + kRevisionJoins +
                      " JOIN events e ON e.id = m.event_id WHERE m.id IN (SELECT mention_id FROM "
                      "event_mention_participants WHERE entity_id IN (" + id_list(entity_ids) + ")) AND" +
                      counting(as_of.has_value(), 1) + " ORDER BY r.published_at IS NULL, r.published_at, m.id LIMIT ?2";
    SQLite::Statement q(db_.sql(), sql);
    if (as_of) q.bind(1, *as_of);
    q.bind(2, limit);
    MentionTexts texts(db_);
    while (q.executeStep()) f(read_revision(q, 0), read_event(q, kRevisionColumnCount, texts));
  });
}

std::optional<std::string> TimelineStore::outlet_name(int64_t outlet_id) {
  return guarded(db_, [&]() -> std::optional<std::string> {
    auto q_handle = db_.cached("SELECT name FROM outlets WHERE id = ?");
    SQLite::Statement& q = *q_handle;
    q.bind(1, outlet_id);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getString();
  });
}

std::optional<ClaimRow> TimelineStore::claim(int64_t claim_id) {
  return guarded(db_, [&]() -> std::optional<ClaimRow> {
    auto q_handle = db_.cached("SELECT id, text, origin, merged_into, created_at FROM claims WHERE id = ?");
    SQLite::Statement& q = *q_handle;
    q.bind(1, claim_id);
    if (!q.executeStep()) return std::nullopt;
    ClaimRow c;
    c.id = q.getColumn(0).getInt64();
    c.text = q.getColumn(1).getString();
    c.origin = q.getColumn(2).getString();
    c.merged_into = opt_int(q.getColumn(3));
    c.created_at = q.getColumn(4).getString();
    auto aliases_handle = db_.cached("SELECT text FROM claim_aliases WHERE claim_id = ? ORDER BY text");
    SQLite::Statement& aliases = *aliases_handle;
    aliases.bind(1, claim_id);
    while (aliases.executeStep()) c.aliases.push_back(aliases.getColumn(0).getString());
    return c;
  });
}

std::vector<int64_t> TimelineStore::claim_ids() {
  return guarded(db_, [&] {
    auto q_handle = db_.cached("SELECT id FROM claims WHERE merged_into IS NULL ORDER BY id");
    SQLite::Statement& q = *q_handle;
    std::vector<int64_t> ids;
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
    return ids;
  });
}

std::vector<int64_t> TimelineStore::claims_in(const std::vector<int64_t>& revision_ids) {
  if (revision_ids.empty()) return {};
  return guarded(db_, [&] {
    SQLite::Statement q(db_.sql(), "SELECT DISTINCT m.claim_id FROM claim_mentions m JOIN claims c ON c.id = m.claim_id"
                                   " WHERE m.revision_id IN (" + id_list(revision_ids) +
                                   ") AND m.stance <> 'unrelated' AND c.merged_into IS NULL ORDER BY m.claim_id");
    std::vector<int64_t> ids;
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
    return ids;
  });
}

std::vector<RevisionClaimMention> TimelineStore::claim_mentions_of(int64_t revision_id) {
  return guarded(db_, [&] {
    auto q_handle = db_.cached("SELECT id, claim_id, revision_id, level, stance, method, statement_id, span_start, span_end, "
                               "speaker, speaker_entity_id, confidence FROM claim_mentions WHERE revision_id = ? "
                               "ORDER BY claim_id, method = 'manual' DESC, span_start, id");
    SQLite::Statement& q = *q_handle;
    q.bind(1, revision_id);
    std::map<std::tuple<int64_t, std::string, int64_t>, bool> manual_targets;
    std::vector<RevisionClaimMention> rows;
    while (q.executeStep()) {
      RevisionClaimMention m;
      m.id = q.getColumn(0).getInt64();
      m.claim_id = q.getColumn(1).getInt64();
      m.revision_id = q.getColumn(2).getInt64();
      m.level = q.getColumn(3).getString();
      m.stance = q.getColumn(4).getString();
      m.method = q.getColumn(5).getString();
      m.statement_id = opt_int(q.getColumn(6));
      m.span_start = opt_int(q.getColumn(7));
      m.span_end = opt_int(q.getColumn(8));
      m.speaker = opt_text(q.getColumn(9));
      m.speaker_entity_id = opt_int(q.getColumn(10));
      m.confidence = q.getColumn(11).getDouble();
      // Manual rows of a claim come first, so they are seen before the machine rows they hide.
      const auto target = std::make_tuple(m.claim_id, m.level, m.statement_id.value_or(m.span_start.value_or(-1)));
      if (m.method == "manual") manual_targets[target] = true;
      else if (manual_targets.count(target)) continue;
      if (m.stance != "unrelated") rows.push_back(std::move(m));
    }
    return rows;
  });
}

std::vector<RevisionRef> TimelineStore::revisions_by_id(const std::vector<int64_t>& revision_ids) {
  if (revision_ids.empty()) return {};
  return guarded(db_, [&] {
    SQLite::Statement q(db_.sql(), std::string("SELECT ") + kRevisionColumns + " FROM revisions r" + kRevisionJoins +
                                       " WHERE r.id IN (" + id_list(revision_ids) + ")");
    std::map<int64_t, RevisionRef> by_id;
    while (q.executeStep()) {
      auto r = read_revision(q, 0);
      by_id.emplace(r.revision_id, std::move(r));
    }
    std::vector<RevisionRef> out;
    for (auto id : revision_ids) {
      if (auto it = by_id.find(id); it != by_id.end()) out.push_back(it->second);
    }
    return out;
  });
}

}  // namespace claimline::store
