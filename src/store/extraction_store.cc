#include "store/extraction_store.h"

#include <algorithm>

#include "extract/entities.h"
#include "store/codes.h"

namespace claimline::store {
namespace {

void bind_span_opt(SQLite::Statement& q, int i, const std::optional<Span>& s) {
  if (s) {
    q.bind(i, static_cast<int64_t>(s->start));
    q.bind(i + 1, static_cast<int64_t>(s->end));
  } else {
    q.bind(i);
    q.bind(i + 1);
  }
}

void bind_text_opt(SQLite::Statement& q, int i, const std::string& s) {
  if (s.empty()) q.bind(i);
  else q.bind(i, s);
}

std::string kind_of(const Entity& e) { return std::string(entity_kind_name(e.kind)); }

}  // namespace

ExtractionStore::ExtractionStore(Database& db)
    : db_(db),
      find_alias_(db.sql(),
                  "SELECT e.id, e.kind, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                  "WHERE a.key = ? ORDER BY e.id"),
      insert_alias_(db.sql(), "INSERT OR IGNORE INTO entity_aliases(key, entity_id, alias) VALUES (?, ?, ?)"),
      insert_role_(db.sql(), "INSERT OR IGNORE INTO entity_roles(entity_id, role) VALUES (?, ?)"),
      insert_mention_(db.sql(),
                      "INSERT INTO entity_mentions(entity_id, revision_id, span_start, span_end, method) "
                      "VALUES (?, ?, ?, ?, ?)"),
      insert_time_(db.sql(),
                   "INSERT INTO times(revision_id, span_start, span_end, type, value, mod, resolved, "
                   "first_day, last_day, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insert_statement_(db.sql(),
                        "INSERT INTO statements(revision_id, kind, span_start, span_end, text, speaker, "
                        "speaker_entity_id, speaker_start, speaker_end, cue, cue_start, cue_end, stance_cue, "
                        "place, said, said_value, said_first_day, said_last_day, confidence, method) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      index_statement_(db.sql(), "INSERT INTO statements_fts(rowid, text, speaker) VALUES (?, ?, ?)"),
      entity_name_(db.sql(), "SELECT name FROM entities WHERE id = ?"),
      insert_entity_(db.sql(), "INSERT INTO entities(name, kind, created_at) VALUES (?, ?, ?)"),
      update_entity_name_(db.sql(),
                          "UPDATE entities SET name = ?1 WHERE id = ?2 AND (length(name) < length(?1) "
                          "OR (length(name) = length(?1) AND name = upper(name) AND ?1 <> upper(?1)))"),
      clear_times_(db.sql(), "DELETE FROM times WHERE revision_id = ? AND "
                             "method IS NOT (SELECT id FROM methods WHERE name = 'manual')"),
      clear_statements_(db.sql(), "DELETE FROM statements WHERE revision_id = ? AND "
                                  "method IS NOT (SELECT id FROM methods WHERE name = 'manual')"),
      clear_mentions_(db.sql(), "DELETE FROM entity_mentions WHERE revision_id = ? AND "
                                "method IS NOT (SELECT id FROM methods WHERE name = 'manual')"),
      has_rows_(db.sql(),
                "SELECT EXISTS (SELECT 1 FROM times WHERE revision_id = ?1) OR EXISTS (SELECT 1 FROM statements "
                "WHERE revision_id = ?1) OR EXISTS (SELECT 1 FROM entity_mentions WHERE revision_id = ?1)"),
      events_(db) {}

void ExtractionStore::clear(int64_t revision_id) {
  events_.clear(revision_id);
  // A new revision has no rows yet, and a DELETE that finds none still costs: with foreign
  // keys and triggers on these tables it runs under a statement journal, which makes FTS5
  // write its pending terms to disk (migration 0009 says why that matters). Look first.
  auto& any = has_rows_;
  any.reset();
  any.bind(1, revision_id);
  const bool found = any.executeStep() && any.getColumn(0).getInt() != 0;
  any.reset();
  if (!found) return;
  for (SQLite::Statement* q : {&clear_times_, &clear_statements_, &clear_mentions_}) {
    q->reset();
    q->bind(1, revision_id);
    q->exec();
  }
}

void ExtractionStore::check_known() {
  if (known_.epoch == db_.cache_epoch() && known_.entries < kMaxKnown) return;
  known_ = Known{};
  known_.epoch = db_.cache_epoch();
}

std::vector<int64_t> ExtractionStore::candidates(const std::string& key) {
  if (key.empty()) return {};
  if (auto it = known_.ids_by_key.find(key); it != known_.ids_by_key.end()) return it->second;
  std::vector<int64_t> ids;
  find_alias_.reset();
  find_alias_.bind(1, key);
  while (find_alias_.executeStep()) ids.push_back(find_alias_.getColumn(0).getInt64());
  find_alias_.reset();
  known_.entries += 1 + ids.size();
  known_.ids_by_key.emplace(key, ids);
  return ids;
}

void ExtractionStore::add_alias(int64_t id, const std::string& alias) {
  const std::string key = entity_key(alias);
  if (key.empty()) return;
  const auto known = known_.ids_by_key.find(key);
  if (known != known_.ids_by_key.end() && std::binary_search(known->second.begin(), known->second.end(), id)) return;
  insert_alias_.reset();
  insert_alias_.bind(1, key);
  insert_alias_.bind(2, id);
  insert_alias_.bind(3, alias);
  insert_alias_.exec();
  insert_alias_.reset();
  // The key's list is complete, so it now holds this id too; an unknown key stays unknown.
  if (known != known_.ids_by_key.end()) {
    auto& ids = known->second;
    ids.insert(std::upper_bound(ids.begin(), ids.end(), id), id);
    ++known_.entries;
  }
}

// The name is kept when it is fuller than the stored one (the UPDATE's condition). Applying
// a name a second time never changes the row: the stored name is then that name or one the
// condition preferred to it.
void ExtractionStore::apply_name(int64_t id, const std::string& name) {
  if (!known_.names.insert(std::to_string(id) + '\n' + name).second) return;
  ++known_.entries;
  auto& q = update_entity_name_;
  q.reset();
  q.bind(1, name);
  q.bind(2, id);
  q.exec();
}

void ExtractionStore::add_role(int64_t id, const std::string& role) {
  if (!known_.roles.insert(std::to_string(id) + '\n' + role).second) return;
  ++known_.entries;
  insert_role_.reset();
  insert_role_.bind(1, id);
  insert_role_.bind(2, role);
  insert_role_.exec();
  insert_role_.reset();
}

// One entity row per real-world entity: an exact name or alias key match first; for a
// person known here only by a surname, the entity whose surname it is, when exactly one.
int64_t ExtractionStore::resolve_entity(const Entity& e, const std::string& now) {
  std::optional<int64_t> id;
  std::vector<std::string> names = {e.name};
  names.insert(names.end(), e.aliases.begin(), e.aliases.end());
  for (const auto& n : names) {
    const auto ids = candidates(entity_key(n));
    if (ids.size() == 1 || (!ids.empty() && n == e.name)) {
      id = ids.front();
      break;
    }
  }
  const bool surname_only = e.kind == EntityKind::kPerson && e.name.find(' ') == std::string::npos;
  if (!id && e.kind == EntityKind::kPerson && !surname_only) {
    // A full name: an earlier entity known only by this surname becomes this person.
    const auto ids = candidates(surname_key(e.name));
    if (ids.size() == 1) {
      auto& q = entity_name_;
      q.reset();
      q.bind(1, ids.front());
      if (q.executeStep() && q.getColumn(0).getString().find(' ') == std::string::npos) id = ids.front();
      q.reset();
    }
  }
  if (!id) {
    auto& q = insert_entity_;
    q.reset();
    q.bind(1, e.name);
    q.bind(2, kind_of(e));
    q.bind(3, now);
    q.exec();
    id = db_.sql().getLastInsertRowid();
    known_.names.insert(std::to_string(*id) + '\n' + e.name);
    ++known_.entries;
  } else if (e.name.size() > 0) {
    // Keep the fullest name seen, and prefer "Moscow" to a dateline's "MOSCOW".
    apply_name(*id, e.name);
  }
  for (const auto& n : names) add_alias(*id, n);
  if (e.kind == EntityKind::kPerson && !surname_only) add_alias(*id, e.name.substr(e.name.rfind(' ') + 1));
  for (const auto& role : e.roles) add_role(*id, role);
  return *id;
}

// The text of each expression is its span of the body (times.text stays NULL, schema 8).
void ExtractionStore::put_times(int64_t revision_id, const Extraction& x) {
  auto& q = insert_time_;
  for (const auto& t : x.times) {
    const std::string method = t.rule.empty() ? std::string("times") : t.rule;
    q.reset();
    q.bind(1, revision_id);
    q.bind(2, static_cast<int64_t>(t.span.start));
    q.bind(3, static_cast<int64_t>(t.span.end));
    q.bind(4, *time_types().code(time_type_name(t.type)));
    q.bind(5, t.value);
    bind_text_opt(q, 6, t.mod);
    q.bind(7, t.resolved ? 1 : 0);
    if (t.start) q.bind(8, day_number(*t.start)); else q.bind(8);
    if (t.end) q.bind(9, day_number(*t.end)); else q.bind(9);
    q.bind(10, db_.method_id(method));
    q.exec();
  }
}

void ExtractionStore::put_statements(int64_t revision_id, const Extraction& x, std::string_view body,
                                     const std::vector<int64_t>& entity_ids) {
  auto& q = insert_statement_;
  for (size_t i = 0; i < x.statements.size(); ++i) {
    const Statement& s = x.statements[i];
    const std::string method = s.rule.empty() ? std::string("statements") : s.rule;
    q.reset();
    q.bind(1, revision_id);
    q.bind(2, *statement_kinds().code(statement_kind_name(s.kind)));
    q.bind(3, static_cast<int64_t>(s.span.start));
    q.bind(4, static_cast<int64_t>(s.span.end));
    // '' stands for the span of the body, which most statements' text is (schema 11).
    const bool is_span = !s.text.empty() && s.span.start <= s.span.end && s.span.end <= body.size() &&
                         body.substr(s.span.start, s.span.size()) == s.text;
    q.bind(5, is_span ? std::string() : s.text);
    bind_text_opt(q, 6, s.speaker);
    if (s.speaker_entity && *s.speaker_entity < entity_ids.size()) q.bind(7, entity_ids[*s.speaker_entity]);
    else q.bind(7);
    bind_span_opt(q, 8, s.speaker_span);
    bind_text_opt(q, 10, s.cue);
    bind_span_opt(q, 11, s.cue_span);
    if (const auto cue = stance_cues().code(stance_cue_name(s.stance_cue))) q.bind(13, *cue);
    else q.bind(13);  // kNone
    bind_text_opt(q, 14, s.where);
    bind_text_opt(q, 15, s.said);
    const std::optional<size_t> said = i < x.said_time.size() ? x.said_time[i] : std::nullopt;
    const TimeExpr* t = said ? &x.times[*said] : nullptr;
    if (t && t->resolved) q.bind(16, t->value); else q.bind(16);
    if (t && t->start) q.bind(17, day_number(*t->start)); else q.bind(17);
    if (t && t->end) q.bind(18, day_number(*t->end)); else q.bind(18);
    q.bind(19, s.confidence);
    q.bind(20, db_.method_id(method));
    q.exec();
    // The full-text index is written here, not by a trigger (migration 0009 says why).
    auto& fts = index_statement_;
    fts.reset();
    fts.bind(1, db_.sql().getLastInsertRowid());
    fts.bind(2, s.text);
    bind_text_opt(fts, 3, s.speaker);
    fts.exec();
  }
}

std::vector<int64_t> ExtractionStore::put(int64_t revision_id, const Extraction& x, std::string_view body,
                                          const std::string& now) {
  check_known();
  clear(revision_id);
  put_times(revision_id, x);
  const int64_t entities_method = x.entities.empty() ? 0 : db_.method_id("entities");
  std::vector<int64_t> ids;
  ids.reserve(x.entities.size());
  for (const auto& e : x.entities) {
    const int64_t id = resolve_entity(e, now);
    ids.push_back(id);
    for (const auto& m : e.mentions) {
      insert_mention_.reset();
      insert_mention_.bind(1, id);
      insert_mention_.bind(2, revision_id);
      insert_mention_.bind(3, static_cast<int64_t>(m.start));
      insert_mention_.bind(4, static_cast<int64_t>(m.end));
      insert_mention_.bind(5, entities_method);
      insert_mention_.exec();
    }
  }
  insert_mention_.reset();
  put_statements(revision_id, x, body, ids);
  events_.put(revision_id, x, ids, body, now);
  return ids;
}

}  // namespace claimline::store
