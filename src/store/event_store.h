// Events across articles: one row per real-world event, one mention row per mention in a
// revision (with its own dating, status and span, and the decision that put it in its event,
// with its reason), and the manual decisions. Every SQL string about events lives here.
//
// Placing a mention (put), in order:
// 1. a manual decision for its key (events merge / events split) wins;
// 2. a mention referring back to an earlier one of the same article joins that one's event
//    (step 4 then compares with that one, not with the mention referring back);
// 3. the same mention (same key) in an earlier revision of the article: that event;
// 4. the first event (lowest id) whose every mention, all from other articles, is
//    compatible with it (extract/event_merge.h: class, participants, time);
// 5. else a new event.
// Mention keys ("<article id>:<class>:<trigger>:<occurrence>") are stable across
// re-extraction, so manual decisions survive it.
#pragma once

#include <climits>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "extract/event_merge.h"
#include "model/event.h"
#include "model/extraction.h"
#include "store/database.h"

namespace claimline::store {

struct EventFilter {
  std::vector<int64_t> entity_ids;   // events with a mention naming one of them; empty = any
  bool entity_given = false;         // a name was given (so an empty entity_ids matches nothing)
  std::optional<std::string> from;   // ISO day: events whose days reach it (last day >= from)
  std::optional<std::string> to;     // ISO day: events that start by it
  std::optional<std::string> status; // the event's status (that of its latest report)
  std::optional<std::string> event_class;
  int limit = 100;                   // <= 0: no limit
  int offset = 0;
};

struct EventRow {
  int64_t id = 0;
  std::string event_class, label;
  std::optional<std::string> first_day, last_day, status;
  int64_t mentions = 0, articles = 0;
  std::vector<std::string> participants;   // entity names, sorted
  std::optional<std::string> first_reported;  // earliest publication of a mention's article
};

struct EventMentionRow {
  int64_t id = 0, event_id = 0, revision_id = 0, article_id = 0;
  int revision_number = 0;
  std::optional<std::string> outlet, title, published;
  std::string key, trigger, sentence, lemma, event_class, status, polarity, certainty;
  std::optional<std::string> time_value, first_day, last_day, precision, time_source;
  std::vector<std::string> participants;
  std::string action, reason;  // the decision that placed it
  bool manual = false;
  double confidence = 0;
  std::string method;
};

struct EventDetail {
  EventRow event;
  std::vector<EventMentionRow> mentions;  // by publication, then id
};

class EventStore {
 public:
  explicit EventStore(Database& db);

  // Stores the events of one revision (x.events) and places each mention (see above).
  // `entity_ids` are the database ids of x.entities. REQUIRES: an open write transaction;
  // the revision's machine-made mentions cleared (clear()).
  void put(int64_t revision_id, const Extraction& x, const std::vector<int64_t>& entity_ids, std::string_view body,
           const std::string& now);

  // Deletes the mentions of one revision, and events left with no mention and no manual
  // decision.
  void clear(int64_t revision_id);

  std::vector<EventRow> list(const EventFilter& filter);
  std::optional<EventDetail> get(int64_t event_id);
  // Entity ids whose name or alias has this key (extract/entities.h entity_key).
  std::vector<int64_t> entities_named(std::string_view name);

  // Moves every mention of event `from` into event `into`, recording a manual decision for
  // each. Throws Error (not found) when either event does not exist, (usage) when equal.
  // Returns the number of mentions moved.
  int64_t merge(int64_t into, int64_t from, const std::string& now);

  // Moves one mention into a new event of its own (manual decision). Throws Error (not
  // found) for an unknown mention. Returns the new event's id.
  int64_t split(int64_t mention_id, const std::string& now);

  // The most stored mentions of one entity and class that merging reads for a candidate
  // mention: those ending nearest after its first day first, then the long and future
  // intervals. It bounds the work per mention however many articles share an entity and
  // its days (a few people are in most of the news); past it, a mention may start an
  // event of its own where an unbounded search would have merged it.
  static constexpr int64_t kMaxCandidateRows = 128;

 private:
  struct Placement {
    int64_t event_id = 0;
    std::string action, reason;
    bool made = false;  // event_id was made for this mention, with its summary (new_event)
  };
  struct Stored;  // one stored mention, as merging compares it
  // The summary of an event made while storing one revision, from its mentions there.
  struct Summary {
    int64_t mentions = 0;
    std::optional<int64_t> first_day, last_day;  // day numbers (store/codes.h)
    std::string event_class, label, status;
    void add(const std::string& mention_class, const std::string& lemma, const std::string& mention_status,
             const std::optional<int64_t>& first_or_last, const std::optional<int64_t>& last);
  };

  // Mention key -> (event id, revision number) of the article's stored mentions, from its
  // highest-numbered revision holding the key.
  using SameKeys = std::unordered_map<std::string, std::pair<int64_t, int>>;

  // `article_events`: the events holding a mention of this article, sorted.
  // What the tables of decisions by hand hold, read once per revision: most databases have
  // none, and then no mention needs to look for one.
  struct ByHand {
    bool decisions = true;  // event_decisions has rows
    bool splits = true;     // event_split_sources has rows
  };
  ByHand by_hand();
  // `first`: the summary of the event when this mention makes one.
  Placement place(const std::string& key, const std::vector<int64_t>& article_events, const SameKeys& earlier,
                  const MergeCandidate& c,
                  const std::optional<int64_t>& antecedent_event, const std::string& antecedent,
                  const ByHand& by_hand, const Summary& first, const std::string& now);
  std::optional<Placement> manual_placement(const std::string& key);
  // Also sets `events` to the events of those mentions, sorted, each once.
  SameKeys stored_keys(int64_t article_id, std::vector<int64_t>* events);
  std::optional<Placement> earlier_revision(const std::string& key, const SameKeys& earlier);
  std::optional<Placement> compatible_event(const std::vector<int64_t>& article_events, const MergeCandidate& c,
                                            bool splits = true);
  // One stored mention, read afresh for the reason that names it; nullopt when gone.
  std::optional<Stored> stored_mention(int64_t mention_id);

  // A mention as merging tells mentions apart (see compatible_event): class and lemma
  // (interned in names_), the days of its interval, its participants' entity ids, sorted.
  struct Form {
    static constexpr int64_t kNoDay = INT64_MIN;
    int32_t event_class = 0, lemma = 0;
    int64_t first = kNoDay, last = kNoDay;
    std::vector<int64_t> entities;
    bool operator==(const Form&) const = default;
  };
  // What merging needs to know of a stored event: its number of mentions and the distinct
  // forms of those that speak for it (whether one comes from the article at hand, put()
  // knows from the article's own mentions). Kept across this
  // connection's write transactions while Database::cache_epoch() stays the same (no
  // rollback, no commit by another connection), so an event with thousands of mentions is
  // read once, not once per candidate mention; put() adds what it stores, and every other
  // change to mentions forgets them all. Nothing is kept outside a transaction.
  struct Profile {
    int64_t mentions = 0;
    std::vector<Form> speaking;     // each once
    int64_t first_speaking = 0;     // least id of a mention that speaks for it; 0: none
    void add(int64_t mention_id, Form form, bool speaks);
    size_t bytes() const;  // about what it holds in memory
  };
  // A bound on the memory kept: past it, the profiles of events with fewer than
  // kKeptMentions mentions are forgotten, and all of them if that frees less than half.
  static constexpr size_t kProfileBudgetBytes = size_t{8} << 20;
  static constexpr int64_t kKeptMentions = 16;
  Form form_of(const MergeCandidate& c);
  MergeForm view(const Form& f) const;  // valid while `f` and names_ are
  int32_t intern(const std::string& name);
  const Profile& profile(int64_t event_id);
  // A mention just stored in `event_id`, with its candidate and whether it speaks for it.
  void noted(int64_t event_id, int64_t mention_id, const MergeCandidate& c, bool speaks);
  void forget_profiles();
  int64_t new_event(const std::string& event_class, const std::string& label, const std::string& now);
  // A new event whose summary is `s` (its mentions will be those `s` was made from).
  int64_t new_event(const Summary& s, const std::string& now);
  // A manual decision about the mention with this key.
  void record(const std::string& key, int64_t event_id, const std::string& action, const std::string& reason,
              const std::string& now);
  // Moves a mention to an event by hand, with the action and reason it shows.
  void place_by_hand(int64_t mention_id, int64_t event_id, const std::string& action, const std::string& reason);
  void refresh(int64_t event_id);
  // refresh() for an event all of whose mentions `s` summarises.
  void set_summary(int64_t event_id, const Summary& s);
  void drop_if_empty(int64_t event_id);

  Database& db_;
  SQLite::Statement insert_mention_;
  SQLite::Statement insert_participant_;
  SQLite::Statement insert_decision_;
  std::unordered_map<int64_t, Profile> profiles_;
  uint64_t profiles_epoch_ = 0;  // 0: none kept
  size_t profile_bytes_ = 0;     // Profile::bytes() of profiles_
  Profile scratch_;              // the last profile read and not kept
  std::deque<std::string> names_;  // classes and lemmas of forms, by id (stable: views point here)
  std::unordered_map<std::string, int32_t> name_ids_;
};

}  // namespace claimline::store
