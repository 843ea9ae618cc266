#include "store/event_store.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include "extract/entities.h"
#include "model/timestamp.h"
#include "store/codes.h"
#include "util/error.h"

namespace claimline::store {
namespace {

// The reason of a placement by coreference within an article (also how merging finds
// those placements again: their antecedent speaks for them).
constexpr std::string_view kRefersBack = "refers back to ";
// Stored, such a reason starts with kRefersBackMarker (store/codes.h); compatible_event()
// and profile() test for it in SQL.

// How far past a candidate's last day the first of the two index ranges that find the
// mentions overlapping it reaches (any value finds the same mentions; a month keeps both
// ranges small).
constexpr int kShortSpanDays = 31;


std::optional<std::string> opt_text(SQLite::Statement& q, int col) {
  const auto c = q.getColumn(col);
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

void bind_opt(SQLite::Statement& q, int i, const std::optional<int64_t>& v) {
  if (v) q.bind(i, *v);
  else q.bind(i);
}

void bind_code(SQLite::Statement& q, int i, const Codebook& book, std::string_view name) {
  const auto v = book.encode(name);
  if (const int64_t* c = std::get_if<int64_t>(&v)) q.bind(i, *c);
  else q.bind(i, std::get<std::string>(v));
}

std::optional<int64_t> opt_day(const std::optional<date::year_month_day>& d) {
  if (!d) return std::nullopt;
  return day_number(*d);
}

// A mention's trigger, as written in the body (`m` event_mentions, `r` its revision).
std::string trigger_sql() {
  return "coalesce(m.trigger, " + span_text_sql("r.body", "m.trigger_start", "m.trigger_end") + ")";
}

// A mention's stable key (see event_store.h), from its article, class, trigger and occurrence.
std::string mention_key_sql() {
  return "coalesce(m.key, r.article_id || ':' || m.class || ':' || lower(" +
         span_text_sql("r.body", "m.trigger_start", "m.trigger_end") + ") || ':' || m.occurrence)";
}

std::vector<std::string> split_names(const std::optional<std::string>& joined) {
  std::vector<std::string> out;
  if (!joined) return out;
  size_t start = 0;
  while (start <= joined->size()) {
    const size_t bar = joined->find('\x1f', start);
    const std::string part = joined->substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    if (!part.empty()) out.push_back(part);
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Stable keys of the mentions of one extraction: article, class, trigger, occurrence (the
// occurrences in `occurrences`). mention_key_sql() reads the same key back from a row.
std::vector<std::string> mention_keys(int64_t article_id, const Extraction& x, std::string_view body,
                                      std::vector<int>* occurrences) {
  std::map<std::string, int> seen;
  std::vector<std::string> keys;
  for (const auto& e : x.events) {
    std::string trig(body.substr(e.trigger.start, e.trigger.size()));
    for (char& c : trig) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    std::string base = std::to_string(article_id) + ":" + e.event_class + ":" + trig;
    const int occurrence = ++seen[base];
    occurrences->push_back(occurrence);
    keys.push_back(base + ":" + std::to_string(occurrence));
  }
  return keys;
}

const std::string kEventColumns =
    "e.id, e.class, e.label, " + day_sql("e.first_day") + ", " + day_sql("e.last_day") + ", " +
    event_statuses().decode_sql("e.status") + ", e.mentions, "
    "(SELECT COUNT(DISTINCT r.article_id) FROM event_mentions m JOIN revisions r ON r.id = m.revision_id "
    " WHERE m.event_id = e.id), "
    "(SELECT MIN(r.published) FROM event_mentions m JOIN revisions r ON r.id = m.revision_id WHERE m.event_id = e.id), "
    "(SELECT group_concat(en.name, char(31)) FROM event_mentions m JOIN event_mention_participants p "
    " ON p.mention_id = m.id JOIN entities en ON en.id = p.entity_id WHERE m.event_id = e.id)";

EventRow read_event_row(SQLite::Statement& q) {
  EventRow r;
  r.id = q.getColumn(0).getInt64();
  r.event_class = q.getColumn(1).getString();
  r.label = q.getColumn(2).getString();
  r.first_day = opt_text(q, 3);
  r.last_day = opt_text(q, 4);
  r.status = opt_text(q, 5);
  r.mentions = q.getColumn(6).getInt64();
  r.articles = q.getColumn(7).getInt64();
  r.first_reported = opt_text(q, 8);
  r.participants = split_names(opt_text(q, 9));
  return r;
}

}  // namespace

// A stored mention as a merge reason names it: outlet, publication and candidate with names.
struct EventStore::Stored {
  int64_t id = 0;
  std::string outlet, published;
  MergeCandidate candidate;
};

EventStore::EventStore(Database& db)
    : db_(db),
      insert_mention_(db.sql(),
                      "INSERT INTO event_mentions(event_id, revision_id, occurrence, span_start, span_end, "
                      "trigger_start, trigger_end, action, lemma, class, status, polarity, certainty, time_value, "
                      "first_day, last_day, precision, time_source, merge_first, merge_last, confidence, method, "
                      "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                      "?, ?)"),
      insert_participant_(db.sql(),
                          "INSERT OR IGNORE INTO event_mention_participants(mention_id, entity_id, class, merge_first, "
                          "merge_last, event_id) VALUES (?, ?, ?, ?, ?, ?)"),
      insert_decision_(db.sql(),
                       "INSERT INTO event_decisions(mention_key, event_id, action, reason, created_at) "
                       "VALUES (?, ?, ?, ?, ?)") {}

void EventStore::put(int64_t revision_id, const Extraction& x, const std::vector<int64_t>& entity_ids,
                     std::string_view body, const std::string& now) {
  if (x.events.empty()) return;
  auto rev_handle = db_.cached("SELECT article_id, published FROM revisions WHERE id = ?");
  SQLite::Statement& rev = *rev_handle;
  rev.bind(1, revision_id);
  if (!rev.executeStep()) throw Error::not_found("no revision " + std::to_string(revision_id));
  const int64_t article_id = rev.getColumn(0).getInt64();
  const Timestamp published =
      rev.getColumn(1).isNull() ? Timestamp::undated() : parse_timestamp(rev.getColumn(1).getString()).value_or(Timestamp{});
  std::vector<int> occurrences;
  const std::vector<std::string> keys = mention_keys(article_id, x, body, &occurrences);
  // The events that already have a mention from this article (none of them can take
  // another by merging), kept sorted as this revision's mentions are placed.
  std::vector<int64_t> article_events;
  const SameKeys earlier = stored_keys(article_id, &article_events);
  std::vector<int64_t> placed(x.events.size(), 0);
  std::map<int64_t, Summary> created;  // events made for this revision: all their mentions are here
  std::set<int64_t> made;               // ... of them, those made with their first mention's summary
  const ByHand hand = by_hand();
  for (size_t k = 0; k < x.events.size(); ++k) {
    const Event& e = x.events[k];
    MergeCandidate c;
    c.event_class = e.event_class;
    c.lemma = e.lemma;
    for (size_t p : e.participants) {
      if (p >= entity_ids.size()) continue;
      c.participants.push_back({x.entities[p].name, {"id:" + std::to_string(entity_ids[p])}});
    }
    set_merge_interval(&c, e, published);
    std::optional<int64_t> antecedent;
    std::string antecedent_text;
    if (e.coref && *e.coref < k) {
      antecedent = placed[*e.coref];
      const Event& a = x.events[*e.coref];
      antecedent_text = std::string(body.substr(a.trigger.start, a.trigger.size()));
    }
    const std::optional<int64_t> first_day = opt_day(e.when ? e.when->start : std::nullopt);
    const std::optional<int64_t> last_day = e.when ? std::optional(day_number(e.when->end)) : std::nullopt;
    Summary own;
    own.add(e.event_class, e.lemma, std::string(event_status_name(e.status)), first_day ? first_day : last_day, last_day);
    const Placement where = place(keys[k], article_events, earlier, c, antecedent, antecedent_text, hand, own, now);
    placed[k] = where.event_id;
    if (const auto at = std::lower_bound(article_events.begin(), article_events.end(), where.event_id);
        at == article_events.end() || *at != where.event_id) {
      article_events.insert(at, where.event_id);
    }
    if (where.action == "new") created[where.event_id];
    if (where.made) made.insert(where.event_id);

    auto& q = insert_mention_;
    q.reset();
    q.bind(1, where.event_id);
    q.bind(2, revision_id);
    q.bind(3, occurrences[k]);
    q.bind(4, static_cast<int64_t>(e.span.start));
    q.bind(5, static_cast<int64_t>(e.span.end));
    q.bind(6, static_cast<int64_t>(e.trigger.start));
    q.bind(7, static_cast<int64_t>(e.trigger.end));
    bind_code(q, 8, event_actions(), where.action);
    q.bind(9, e.lemma);
    q.bind(10, e.event_class);
    bind_code(q, 11, event_statuses(), event_status_name(e.status));
    bind_code(q, 12, polarities(), polarity_name(e.polarity));
    bind_code(q, 13, certainties(), certainty_name(e.certainty));
    if (e.when) {
      q.bind(14, e.when->value);
      bind_opt(q, 15, opt_day(e.when->start));
      q.bind(16, day_number(e.when->end));
      bind_code(q, 17, time_precisions(), time_precision_name(e.when->precision));
      bind_code(q, 18, time_sources(), e.when->source == TimeSource::kPublication ? "publication" : "expression");
    } else {
      for (int i = 14; i <= 18; ++i) q.bind(i);
    }
    if (auto it = created.find(where.event_id); it != created.end()) {
      it->second.add(e.event_class, e.lemma, std::string(event_status_name(e.status)), first_day ? first_day : last_day,
                     last_day);
    }
    const std::optional<int64_t> merge_first = opt_day(c.first);
    const std::optional<int64_t> merge_last = opt_day(c.last);
    bind_opt(q, 19, merge_first);
    bind_opt(q, 20, merge_last);
    q.bind(21, e.confidence);
    const std::string method = e.rule.empty() ? std::string("events") : e.rule;
    q.bind(22, db_.method_id(method));
    if (where.action == "new" && where.reason == kFirstMentionReason) q.bind(23);
    else q.bind(23, encode_reason(where.reason));
    q.exec();
    const int64_t mention_id = db_.sql().getLastInsertRowid();
    noted(where.event_id, mention_id, c, where.reason.rfind(kRefersBack, 0) != 0);
    for (size_t p : e.participants) {
      if (p >= entity_ids.size()) continue;
      insert_participant_.reset();
      insert_participant_.bind(1, mention_id);
      insert_participant_.bind(2, entity_ids[p]);
      insert_participant_.bind(3, e.event_class);
      bind_opt(insert_participant_, 4, merge_first);
      bind_opt(insert_participant_, 5, merge_last);
      insert_participant_.bind(6, where.event_id);
      insert_participant_.exec();
    }
  }
  // Each event's summary once, after all its mentions of this revision are in (nothing above
  // reads the summaries: placement reads the mentions).
  std::sort(placed.begin(), placed.end());
  placed.erase(std::unique(placed.begin(), placed.end()), placed.end());
  for (int64_t event_id : placed) {
    if (auto it = created.find(event_id); it != created.end()) {
      // An event made with its one mention's summary already holds it.
      if (!made.count(event_id) || it->second.mentions > 1) set_summary(event_id, it->second);
    } else {
      refresh(event_id);
    }
  }
}

// What refresh() computes, for an event whose mentions all belong to one revision (so share
// its publication), added in id order: their number, the least first day (or last day, when
// a mention has no first), the greatest last day, class and label of the first, status of
// the last.
void EventStore::Summary::add(const std::string& mention_class, const std::string& lemma, const std::string& mention_status,
                              const std::optional<int64_t>& first_or_last, const std::optional<int64_t>& last) {
  if (mentions++ == 0) {
    event_class = mention_class;
    label = lemma;
  }
  status = mention_status;
  if (first_or_last && (!first_day || *first_or_last < *first_day)) first_day = first_or_last;
  if (last && (!last_day || *last > *last_day)) last_day = last;
}

void EventStore::set_summary(int64_t event_id, const Summary& s) {
  auto q_handle = db_.cached("UPDATE events SET mentions = ?2, first_day = ?3, last_day = ?4, class = ?5, label = ?6, "
                             "status = ?7 WHERE id = ?1");
  SQLite::Statement& q = *q_handle;
  q.bind(1, event_id);
  q.bind(2, s.mentions);
  bind_opt(q, 3, s.first_day);
  bind_opt(q, 4, s.last_day);
  q.bind(5, s.event_class);
  q.bind(6, s.label);
  bind_code(q, 7, event_statuses(), s.status);
  q.exec();
}

EventStore::Placement EventStore::place(const std::string& key, const std::vector<int64_t>& article_events,
                                        const SameKeys& earlier,
                                        const MergeCandidate& c,
                                        const std::optional<int64_t>& antecedent_event, const std::string& antecedent,
                                        const ByHand& hand, const Summary& first, const std::string& now) {
  if (hand.decisions) {
    if (auto p = manual_placement(key)) return *p;
  }
  if (antecedent_event && *antecedent_event != 0) {
    return {*antecedent_event, "merge", std::string(kRefersBack) + "\u201c" + antecedent + "\u201d earlier in the same article"};
  }
  if (auto p = earlier_revision(key, earlier)) return *p;
  if (auto p = compatible_event(article_events, c, hand.splits)) return *p;
  return {new_event(first, now), "new", std::string(kFirstMentionReason), true};
}

EventStore::ByHand EventStore::by_hand() {
  auto q_handle = db_.cached("SELECT EXISTS (SELECT 1 FROM event_decisions), EXISTS (SELECT 1 FROM event_split_sources)");
  SQLite::Statement& q = *q_handle;
  q.executeStep();
  return ByHand{q.getColumn(0).getInt() != 0, q.getColumn(1).getInt() != 0};
}

std::optional<EventStore::Placement> EventStore::manual_placement(const std::string& key) {
  auto q_handle = db_.cached("SELECT d.id, d.event_id, d.action, d.reason FROM event_decisions d JOIN events e ON e.id = d.event_id "
                             "WHERE d.mention_key = ? ORDER BY d.id DESC LIMIT 1");
  SQLite::Statement& q = *q_handle;
  q.bind(1, key);
  if (!q.executeStep()) return std::nullopt;
  return Placement{q.getColumn(1).getInt64(), q.getColumn(2).getString(),
                   "manual decision #" + q.getColumn(0).getString() + ": " + q.getColumn(3).getString()};
}

// One query per article instead of one per mention: the mentions stored so far under the
// article's revisions do not change while its new mentions are placed (their own keys are
// distinct, so none of them is found for another).
EventStore::SameKeys EventStore::stored_keys(int64_t article_id, std::vector<int64_t>* events) {
  SameKeys out;
  auto q_handle = db_.cached("SELECT " + mention_key_sql() + ", m.event_id, r.number FROM revisions r "
                             "JOIN event_mentions m ON m.revision_id = r.id WHERE r.article_id = ? "
                             "ORDER BY r.number DESC, m.id");
  SQLite::Statement& q = *q_handle;
  q.bind(1, article_id);
  while (q.executeStep()) {
    out.emplace(q.getColumn(0).getString(), std::make_pair(q.getColumn(1).getInt64(), q.getColumn(2).getInt()));
    events->push_back(q.getColumn(1).getInt64());
  }
  std::sort(events->begin(), events->end());
  events->erase(std::unique(events->begin(), events->end()), events->end());
  return out;
}

std::optional<EventStore::Placement> EventStore::earlier_revision(const std::string& key, const SameKeys& earlier) {
  const auto it = earlier.find(key);
  if (it == earlier.end()) return std::nullopt;
  return Placement{it->second.first, "merge",
                   "the same mention in revision " + std::to_string(it->second.second) + " of this article"};
}

std::optional<EventStore::Stored> EventStore::stored_mention(int64_t mention_id) {
  auto q_handle = db_.cached("SELECT m.id, coalesce(o.name, ''), coalesce(r.published, ''), m.class, m.lemma, "
                             "m.merge_first, m.merge_last, m.time_value, m.time_source FROM event_mentions m "
                             "JOIN revisions r ON r.id = m.revision_id JOIN articles a ON a.id = r.article_id "
                             "LEFT JOIN outlets o ON o.id = a.outlet_id WHERE m.id = ?1");
  SQLite::Statement& q = *q_handle;
  q.bind(1, mention_id);
  if (!q.executeStep()) return std::nullopt;
  Stored s;
  s.id = q.getColumn(0).getInt64();
  s.outlet = q.getColumn(1).getString();
  s.published = q.getColumn(2).getString();
  s.candidate.event_class = q.getColumn(3).getString();
  s.candidate.lemma = q.getColumn(4).getString();
  if (!q.getColumn(5).isNull()) s.candidate.first = day_of(q.getColumn(5).getInt64());
  if (!q.getColumn(6).isNull()) s.candidate.last = day_of(q.getColumn(6).getInt64());
  const auto value = opt_text(q, 7);
  const bool publication = !q.getColumn(8).isNull() && q.getColumn(8).getInt64() == *time_sources().code("publication");
  if (publication) s.candidate.time_text = "on or before " + value.value_or("");
  else if (value) s.candidate.time_text = *value;
  else s.candidate.time_text = "expected after " + s.published.substr(0, 10);
  auto p_handle = db_.cached("SELECT p.entity_id, en.name FROM event_mention_participants p JOIN entities en ON en.id = p.entity_id "
                             "WHERE p.mention_id = ? ORDER BY p.entity_id");
  SQLite::Statement& p = *p_handle;
  p.bind(1, s.id);
  while (p.executeStep()) {
    s.candidate.participants.push_back({p.getColumn(1).getString(), {"id:" + p.getColumn(0).getString()}});
  }
  return s;
}

std::optional<EventStore::Placement> EventStore::compatible_event(const std::vector<int64_t>& article_events,
                                                                  const MergeCandidate& c, bool splits) {
  if (!c.first || c.participants.empty() || c.event_class.empty()) return std::nullopt;
  const std::vector<std::string> classes = mergeable_classes(c.event_class);
  // Only events that can pass the checks below are read. Merging needs every mention that
  // speaks for the event (was not placed by referring back to an earlier mention of its
  // article) to be compatible with the candidate: a mergeable class (one of `classes`), a
  // shared participant (participants are keyed by entity id here) and an overlapping
  // interval. So an event that can pass either has one mention that does all three, found
  // through the candidate's entities in the participants' index (entity, class, merge_last,
  // merge_first), or has no mention speaking for it, which only a split by hand leaves
  // (event_split_sources, checked in full). Both read rows in proportion to the candidate's
  // own entities and the splits, not to the mentions of its class in its days, and at most
  // kMaxCandidateRows per entity.
  const Form mine_form = form_of(c);
  std::vector<int64_t> events;
  for (const auto& cls : classes) {
    // Overlapping mentions of each entity, in two index ranges of (entity, class,
    // merge_last): those ending between the candidate's first day and kShortSpanDays past
    // its last, then those ending later (long intervals such as "this year", and future
    // ones); at most kMaxCandidateRows of them per entity, so a rare participant's mentions
    // are found however many a frequent one has.
    auto q_handle = db_.cached(
        "SELECT p.event_id FROM event_mention_participants p "
        "WHERE p.entity_id = ?4 AND p.class = ?1 AND p.merge_last >= ?2 AND p.merge_last <= ?7 "
        "AND p.merge_first <= ?3 "
        "UNION ALL SELECT p.event_id FROM event_mention_participants p "
        "WHERE p.entity_id = ?4 AND p.class = ?1 AND p.merge_last > ?7 AND p.merge_first <= ?3 "
        "LIMIT ?9");
    // In no order and with repeats (a sort is a temporary b-tree per query): the events of
    // every class are sorted and made unique below.
    SQLite::Statement& q = *q_handle;
    for (int64_t entity : mine_form.entities) {
      q.reset();
      q.bind(1, cls);
      q.bind(2, day_number(*c.first));
      q.bind(3, day_number(*c.last));
      q.bind(4, entity);
      q.bind(7, day_number(*c.last) + kShortSpanDays);
      q.bind(9, kMaxCandidateRows);
      while (q.executeStep()) events.push_back(q.getColumn(0).getInt64());
    }
    // Events with no mention speaking for them (a mention speaks for its event unless the
    // decision that placed it refers back), which only a split by hand leaves; all of them.
    if (!splits) continue;
    auto s_handle = db_.cached(
        "SELECT s.event_id FROM event_split_sources s WHERE EXISTS (SELECT 1 FROM event_mentions w "
        "WHERE w.event_id = s.event_id AND w.class = ?1 AND w.merge_last >= ?2 AND w.merge_first <= ?3) "
        "AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = s.event_id "
        "AND coalesce(substr(m.reason, 1, 1), '') <> ?4)");
    SQLite::Statement& split = *s_handle;
    split.bind(1, cls);
    split.bind(2, day_number(*c.first));
    split.bind(3, day_number(*c.last));
    split.bind(4, std::string(1, kRefersBackMarker));
    while (split.executeStep()) events.push_back(split.getColumn(0).getInt64());
  }
  std::sort(events.begin(), events.end());
  events.erase(std::unique(events.begin(), events.end()), events.end());
  const MergeForm mine = view(mine_form);
  for (int64_t ev : events) {
    const Profile& pr = profile(ev);
    if (pr.mentions == 0) continue;
    // None of the event's mentions from this article; every mention that speaks for it
    // compatible (each distinct form once: the verdict is a function of the form).
    if (std::binary_search(article_events.begin(), article_events.end(), ev)) continue;
    const bool ok = std::all_of(pr.speaking.begin(), pr.speaking.end(),
                                [&](const Form& m) { return forms_compatible(view(m), mine); });
    if (!ok) continue;
    // The reason names the first mention that speaks for the event, read afresh (names,
    // outlet and dates may have changed since the profile was made; they are not kept).
    std::string reason;
    if (pr.first_speaking != 0) {
      if (const std::optional<Stored> first = stored_mention(pr.first_speaking)) {
        const Stored& m = *first;
        reason = "matches mention #" + std::to_string(m.id) + " (" + (m.outlet.empty() ? "unknown outlet" : m.outlet) +
                 (m.published.empty() ? "" : ", " + m.published.substr(0, 10)) + "): " + compare_mentions(m.candidate, c).reason;
      }
    }
    if (pr.mentions > 1) reason += "; compatible with all " + std::to_string(pr.mentions) + " mentions";
    return Placement{ev, "merge", reason};
  }
  return std::nullopt;
}

// A candidate as merging compares it, without what only reasons show: participants by
// entity id ("id:<n>" keys), sorted and each once, as a stored mention reads them back
// (the decision counts participants, so the two must agree); class and lemma interned.
EventStore::Form EventStore::form_of(const MergeCandidate& c) {
  Form f;
  f.event_class = intern(c.event_class);
  f.lemma = intern(c.lemma);
  if (c.first) f.first = day_number(*c.first);
  if (c.last) f.last = day_number(*c.last);
  for (const auto& p : c.participants) {
    for (const auto& k : p.keys) {
      if (k.rfind("id:", 0) == 0 && k.size() > 3 && k.find_first_not_of("0123456789", 3) == std::string::npos) {
        f.entities.push_back(std::stoll(k.substr(3)));
      }
    }
  }
  std::sort(f.entities.begin(), f.entities.end());
  f.entities.erase(std::unique(f.entities.begin(), f.entities.end()), f.entities.end());
  return f;
}

MergeForm EventStore::view(const Form& f) const {
  return MergeForm{names_[f.event_class], names_[f.lemma], f.first, f.last, f.entities};
}

int32_t EventStore::intern(const std::string& name) {
  const auto [it, made] = name_ids_.try_emplace(name, static_cast<int32_t>(names_.size()));
  if (made) names_.push_back(name);
  return it->second;
}

void EventStore::Profile::add(int64_t mention_id, Form form, bool speaks) {
  ++mentions;
  if (!speaks) return;
  if (first_speaking == 0 || mention_id < first_speaking) first_speaking = mention_id;
  if (std::find(speaking.begin(), speaking.end(), form) == speaking.end()) speaking.push_back(std::move(form));
}

size_t EventStore::Profile::bytes() const {
  size_t n = 160 + speaking.capacity() * sizeof(Form);
  for (const Form& f : speaking) n += f.entities.capacity() * sizeof(int64_t);
  return n;
}

const EventStore::Profile& EventStore::profile(int64_t event_id) {
  // Outside a transaction every statement commits on its own and nothing is kept.
  const bool in_transaction = sqlite3_get_autocommit(db_.sql().getHandle()) == 0;
  if (!in_transaction || profiles_epoch_ != db_.cache_epoch()) {
    forget_profiles();
    profiles_epoch_ = in_transaction ? db_.cache_epoch() : 0;
  }
  if (profile_bytes_ > kProfileBudgetBytes) {
    // Small events first: they are most profiles and cost little to read again; large ones,
    // read again, cost what keeping them saves.
    for (auto it = profiles_.begin(); it != profiles_.end();) {
      if (it->second.mentions < kKeptMentions) {
        profile_bytes_ -= it->second.bytes();
        it = profiles_.erase(it);
      } else {
        ++it;
      }
    }
    if (profile_bytes_ > kProfileBudgetBytes / 2) forget_profiles();
  }
  if (auto it = profiles_.find(event_id); it != profiles_.end()) return it->second;
  Profile p;
  auto q_handle = db_.cached(
      "SELECT m.id, m.class, m.lemma, m.merge_first, m.merge_last, substr(m.reason, 1, 1) = ?2, "
      "(SELECT group_concat(p.entity_id) FROM event_mention_participants p WHERE p.mention_id = m.id) "
      "FROM event_mentions m WHERE m.event_id = ?1 ORDER BY m.id");
  SQLite::Statement& q = *q_handle;
  q.bind(1, event_id);
  q.bind(2, std::string(1, kRefersBackMarker));
  while (q.executeStep()) {
    Form f;
    f.event_class = intern(q.getColumn(1).getString());
    f.lemma = intern(q.getColumn(2).getString());
    if (!q.getColumn(3).isNull()) f.first = q.getColumn(3).getInt64();
    if (!q.getColumn(4).isNull()) f.last = q.getColumn(4).getInt64();
    const std::string ids = q.getColumn(6).isNull() ? std::string() : q.getColumn(6).getString();
    for (size_t i = 0; i < ids.size();) {
      const size_t comma = std::min(ids.find(',', i), ids.size());
      f.entities.push_back(std::stoll(ids.substr(i, comma - i)));
      i = comma + 1;
    }
    std::sort(f.entities.begin(), f.entities.end());
    f.entities.erase(std::unique(f.entities.begin(), f.entities.end()), f.entities.end());
    const bool follower = !q.getColumn(5).isNull() && q.getColumn(5).getInt() != 0;
    p.add(q.getColumn(0).getInt64(), std::move(f), !follower);
  }
  if (profiles_epoch_ == 0) {
    scratch_ = std::move(p);
    return scratch_;
  }
  profile_bytes_ += p.bytes();
  return profiles_.emplace(event_id, std::move(p)).first->second;
}

void EventStore::noted(int64_t event_id, int64_t mention_id, const MergeCandidate& c, bool speaks) {
  if (profiles_epoch_ == 0 || profiles_epoch_ != db_.cache_epoch()) return;  // profile() starts afresh
  if (auto it = profiles_.find(event_id); it != profiles_.end()) {
    profile_bytes_ -= it->second.bytes();
    it->second.add(mention_id, form_of(c), speaks);
    profile_bytes_ += it->second.bytes();
  }
}

void EventStore::forget_profiles() {
  profiles_.clear();
  profile_bytes_ = 0;
}

int64_t EventStore::new_event(const Summary& s, const std::string& now) {
  auto q_handle = db_.cached("INSERT INTO events(class, label, created_at, mentions, first_day, last_day, status) "
                             "VALUES (?, ?, CAST(strftime('%s', ?) AS INTEGER), ?, ?, ?, ?)");
  SQLite::Statement& q = *q_handle;
  q.bind(1, s.event_class);
  q.bind(2, s.label);
  q.bind(3, now);
  q.bind(4, s.mentions);
  bind_opt(q, 5, s.first_day);
  bind_opt(q, 6, s.last_day);
  bind_code(q, 7, event_statuses(), s.status);
  q.exec();
  return db_.sql().getLastInsertRowid();
}

int64_t EventStore::new_event(const std::string& event_class, const std::string& label, const std::string& now) {
  // created_at is Unix seconds (schema 11); `now` is ISO 8601 UTC.
  auto q_handle =
      db_.cached("INSERT INTO events(class, label, created_at) VALUES (?, ?, CAST(strftime('%s', ?) AS INTEGER))");
  SQLite::Statement& q = *q_handle;
  q.bind(1, event_class);
  q.bind(2, label);
  q.bind(3, now);
  q.exec();
  return db_.sql().getLastInsertRowid();
}

void EventStore::record(const std::string& key, int64_t event_id, const std::string& action,
                        const std::string& reason, const std::string& now) {
  auto& q = insert_decision_;
  q.reset();
  q.bind(1, key);
  q.bind(2, event_id);
  q.bind(3, action);
  q.bind(4, reason);
  q.bind(5, now);
  q.exec();
}

void EventStore::place_by_hand(int64_t mention_id, int64_t event_id, const std::string& action,
                               const std::string& reason) {
  forget_profiles();  // mentions move or go: the kept profiles would be wrong
  auto q_handle = db_.cached("UPDATE event_mentions SET event_id = ?, action = ?, reason = ? WHERE id = ?");
  SQLite::Statement& q = *q_handle;
  q.bind(1, event_id);
  bind_code(q, 2, event_actions(), action);
  q.bind(3, encode_reason(reason));
  q.bind(4, mention_id);
  q.exec();
  // Participant rows name their mention's event (schema 10).
  auto p_handle = db_.cached("UPDATE event_mention_participants SET event_id = ? WHERE mention_id = ?");
  SQLite::Statement& p = *p_handle;
  p.bind(1, event_id);
  p.bind(2, mention_id);
  p.exec();
}

// Recomputes an event's summary from its mentions: class and label of the first mention,
// the days its dated mentions span, the status of the most recently published mention.
void EventStore::refresh(int64_t event_id) {
  auto q_handle = db_.cached("UPDATE events SET "
                             "(mentions, first_day, last_day) = (SELECT COUNT(*), MIN(coalesce(first_day, last_day)), "
                             "  MAX(last_day) FROM event_mentions WHERE event_id = ?1), "
                             "class = coalesce((SELECT class FROM event_mentions WHERE event_id = ?1 ORDER BY id LIMIT 1), class), "
                             "label = coalesce((SELECT lemma FROM event_mentions WHERE event_id = ?1 ORDER BY id LIMIT 1), label), "
                             "status = (SELECT m.status FROM event_mentions m JOIN revisions r ON r.id = m.revision_id "
                             "  WHERE m.event_id = ?1 ORDER BY r.published_at DESC NULLS LAST, m.id DESC LIMIT 1) "
                             "WHERE id = ?1");
  SQLite::Statement& q = *q_handle;
  q.bind(1, event_id);
  q.exec();
}

void EventStore::drop_if_empty(int64_t event_id) {
  auto q_handle = db_.cached("DELETE FROM events WHERE id = ?1 AND mentions = 0 AND NOT EXISTS "
                             "(SELECT 1 FROM event_decisions WHERE event_id = ?1) AND NOT EXISTS "
                             "(SELECT 1 FROM event_mentions WHERE event_id = ?1)");
  SQLite::Statement& q = *q_handle;
  q.bind(1, event_id);
  q.exec();
}

void EventStore::clear(int64_t revision_id) {
  std::vector<int64_t> touched;
  {
    auto q_handle = db_.cached("SELECT DISTINCT event_id FROM event_mentions WHERE revision_id = ?");
    SQLite::Statement& q = *q_handle;
    q.bind(1, revision_id);
    while (q.executeStep()) touched.push_back(q.getColumn(0).getInt64());
  }
  if (touched.empty()) return;
  forget_profiles();  // mentions go: the kept profiles would be wrong
  auto del_handle = db_.cached("DELETE FROM event_mentions WHERE revision_id = ? AND "
                               "method IS NOT (SELECT id FROM methods WHERE name = 'manual')");
  SQLite::Statement& del = *del_handle;
  del.bind(1, revision_id);
  del.exec();
  // Mentions kept by hand may be left with none of their article's mentions they referred
  // back to: merging checks their events apart, as it does the events of a split.
  auto kept_handle = db_.cached("INSERT OR IGNORE INTO event_split_sources(event_id) "
                                "SELECT DISTINCT event_id FROM event_mentions WHERE revision_id = ?");
  SQLite::Statement& kept = *kept_handle;
  kept.bind(1, revision_id);
  kept.exec();
  for (int64_t ev : touched) {
    refresh(ev);
    drop_if_empty(ev);
  }
}

std::vector<int64_t> EventStore::entities_named(std::string_view name) {
  std::vector<int64_t> ids;
  auto q_handle = db_.cached("SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ? ORDER BY entity_id");
  SQLite::Statement& q = *q_handle;
  q.bind(1, entity_key(name));
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

std::vector<EventRow> EventStore::list(const EventFilter& f) {
  std::string sql = std::string("SELECT ") + kEventColumns + " FROM events e WHERE e.mentions > 0";
  if (f.entity_given) {
    std::string in;
    for (size_t i = 0; i < f.entity_ids.size(); ++i) in += i ? ", ?" : "?";
    if (in.empty()) return {};
    sql += " AND EXISTS (SELECT 1 FROM event_mentions m JOIN event_mention_participants p ON p.mention_id = m.id "
           "WHERE m.event_id = e.id AND p.entity_id IN (" + in + "))";
  }
  if (f.from) sql += " AND e.last_day >= ?";
  if (f.to) sql += " AND e.first_day <= ?";
  // The filter's days as day numbers; a day that is not a date matches nothing.
  const std::optional<int64_t> from = f.from ? day_number(*f.from) : std::nullopt;
  const std::optional<int64_t> to = f.to ? day_number(*f.to) : std::nullopt;
  if ((f.from && !from) || (f.to && !to)) return {};
  if (f.status) sql += " AND e.status = ?";
  if (f.event_class) sql += " AND e.class = ?";
  sql += " ORDER BY e.first_day IS NULL, e.first_day, e.id";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit) + " OFFSET " + std::to_string(std::max(0, f.offset));
  SQLite::Statement q(db_.sql(), sql);  // the SQL varies with the filter: not cached
  int i = 0;
  if (f.entity_given) {
    for (int64_t id : f.entity_ids) q.bind(++i, id);
  }
  if (from) q.bind(++i, *from);
  if (to) q.bind(++i, *to);
  if (f.status) bind_code(q, ++i, event_statuses(), *f.status);
  if (f.event_class) q.bind(++i, *f.event_class);
  std::vector<EventRow> rows;
  while (q.executeStep()) rows.push_back(read_event_row(q));
  return rows;
}

std::optional<EventDetail> EventStore::get(int64_t event_id) {
  auto q_handle = db_.cached(std::string("SELECT ") + kEventColumns + " FROM events e WHERE e.id = ?");
  SQLite::Statement& q = *q_handle;
  q.bind(1, event_id);
  if (!q.executeStep()) return std::nullopt;
  EventDetail d;
  d.event = read_event_row(q);
  auto m_handle = db_.cached("SELECT m.id, m.event_id, m.revision_id, r.article_id, r.number, o.name, r.title, r.published, " +
                             mention_key_sql() + ", " + trigger_sql() +
                             ", body_span(r.body, m.span_start, m.span_end), m.lemma, "
                             "m.class, " + event_statuses().decode_sql("m.status") + ", " + polarities().decode_sql("m.polarity") +
                             ", " + certainties().decode_sql("m.certainty") + ", m.time_value, " + day_sql("m.first_day") + ", " +
                             day_sql("m.last_day") + ", " + time_precisions().decode_sql("m.precision") + ", " +
                             time_sources().decode_sql("m.time_source") + ", " + event_actions().decode_sql("m.action") +
                             ", coalesce(" + reason_sql("m.reason") + ", ?2), 0, "
                             "m.confidence, (SELECT name FROM methods WHERE id = m.method), "
                             "(SELECT group_concat(en.name, char(31)) FROM event_mention_participants p JOIN entities en "
                             " ON en.id = p.entity_id WHERE p.mention_id = m.id) "
                             "FROM event_mentions m JOIN revisions r ON r.id = m.revision_id JOIN articles a ON a.id = r.article_id "
                             "LEFT JOIN outlets o ON o.id = a.outlet_id "
                             "WHERE m.event_id = ?1 ORDER BY r.published_at NULLS LAST, m.id");
  SQLite::Statement& m = *m_handle;
  m.bind(1, event_id);
  m.bind(2, std::string(kFirstMentionReason));
  while (m.executeStep()) {
    EventMentionRow r;
    r.id = m.getColumn(0).getInt64();
    r.event_id = m.getColumn(1).getInt64();
    r.revision_id = m.getColumn(2).getInt64();
    r.article_id = m.getColumn(3).getInt64();
    r.revision_number = m.getColumn(4).getInt();
    r.outlet = opt_text(m, 5);
    r.title = opt_text(m, 6);
    r.published = opt_text(m, 7);
    r.key = m.getColumn(8).getString();
    r.trigger = m.getColumn(9).getString();
    r.sentence = m.getColumn(10).getString();
    r.lemma = m.getColumn(11).getString();
    r.event_class = m.getColumn(12).getString();
    r.status = m.getColumn(13).getString();
    r.polarity = m.getColumn(14).getString();
    r.certainty = m.getColumn(15).getString();
    r.time_value = opt_text(m, 16);
    r.first_day = opt_text(m, 17);
    r.last_day = opt_text(m, 18);
    r.precision = opt_text(m, 19);
    r.time_source = opt_text(m, 20);
    r.action = m.getColumn(21).getString();
    r.reason = m.getColumn(22).getString();
    r.manual = m.getColumn(23).getInt() != 0;
    r.confidence = m.getColumn(24).getDouble();
    r.method = m.getColumn(25).getString();
    r.participants = split_names(opt_text(m, 26));
    d.mentions.push_back(std::move(r));
  }
  return d;
}

int64_t EventStore::merge(int64_t into, int64_t from, const std::string& now) {
  forget_profiles();  // mentions move or go: the kept profiles would be wrong
  if (into == from) throw Error::usage("cannot merge event " + std::to_string(into) + " into itself");
  for (int64_t id : {into, from}) {
    auto q_handle = db_.cached("SELECT 1 FROM events WHERE id = ?");
    SQLite::Statement& q = *q_handle;
    q.bind(1, id);
    if (!q.executeStep()) throw Error::not_found("no event " + std::to_string(id), "'claimline events' lists them");
  }
  std::vector<std::pair<int64_t, std::string>> moved;
  {
    auto q_handle = db_.cached("SELECT m.id, " + mention_key_sql() +
                               " FROM event_mentions m JOIN revisions r ON r.id = m.revision_id WHERE m.event_id = ?");
    SQLite::Statement& q = *q_handle;
    q.bind(1, from);
    while (q.executeStep()) moved.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
  }
  const std::string reason = "merged by hand: event " + std::to_string(from) + " into event " + std::to_string(into);
  for (const auto& [id, key] : moved) {
    place_by_hand(id, into, "merge", reason);
    record(key, into, "merge", reason, now);
  }
  // The mentions already in `into` are pinned too: the merge says they belong with the
  // moved ones, so a re-extraction of their articles must not place them elsewhere.
  {
    std::vector<std::string> kept;
    auto q_handle = db_.cached("SELECT DISTINCT " + mention_key_sql() +
                               " FROM event_mentions m JOIN revisions r ON r.id = m.revision_id WHERE m.event_id = ?");
    SQLite::Statement& q = *q_handle;
    q.bind(1, into);
    while (q.executeStep()) kept.push_back(q.getColumn(0).getString());
    for (const auto& key : kept) {
      if (std::any_of(moved.begin(), moved.end(), [&](const auto& m) { return m.second == key; })) continue;
      record(key, into, "merge", reason, now);
    }
  }
  // Manual decisions that pinned mentions to `from` now pin them to `into`.
  auto pins_handle = db_.cached("UPDATE event_decisions SET event_id = ? WHERE event_id = ?");
  SQLite::Statement& pins = *pins_handle;
  pins.bind(1, into);
  pins.bind(2, from);
  pins.exec();
  refresh(into);
  refresh(from);
  auto del_handle = db_.cached("DELETE FROM events WHERE id = ?");
  SQLite::Statement& del = *del_handle;
  del.bind(1, from);
  del.exec();
  return static_cast<int64_t>(moved.size());
}

int64_t EventStore::split(int64_t mention_id, const std::string& now) {
  forget_profiles();  // mentions move or go: the kept profiles would be wrong
  auto q_handle = db_.cached("SELECT m.event_id, " + mention_key_sql() +
                             ", m.class, m.lemma FROM event_mentions m JOIN revisions r ON r.id = m.revision_id "
                             "WHERE m.id = ?");
  SQLite::Statement& q = *q_handle;
  q.bind(1, mention_id);
  if (!q.executeStep())
    throw Error::not_found("no event mention " + std::to_string(mention_id), "'claimline events show ID' lists them");
  const int64_t old_event = q.getColumn(0).getInt64();
  const std::string key = q.getColumn(1).getString();
  const int64_t fresh = new_event(q.getColumn(2).getString(), q.getColumn(3).getString(), now);
  const std::string reason = "split by hand from event " + std::to_string(old_event);
  place_by_hand(mention_id, fresh, "split", reason);
  // The mentions left behind may all refer back to the one taken out (see compatible_event).
  auto src_handle = db_.cached("INSERT OR IGNORE INTO event_split_sources(event_id) VALUES (?)");
  SQLite::Statement& src = *src_handle;
  src.bind(1, old_event);
  src.exec();
  record(key, fresh, "split", reason, now);
  refresh(fresh);
  refresh(old_event);
  drop_if_empty(old_event);
  return fresh;
}

}  // namespace claimline::store
