// The entity-statement timeline: what one speaker (an entity) said, in order of publication,
// optionally as it was known on a given date (bitemporal "as of"). Built on the statements
// table alone; the claim timeline (claims and their mentions) is a different query.
//
// Only dated articles have a place on a timeline; statements of undated articles are left
// out. Without `as_of`, each article contributes its latest revision; with it, the latest
// revision published by then (revisions published later, and articles first published
// later, are ignored), and rows are dated by that revision's publication.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "store/database.h"
#include "store/statement_store.h"

namespace claimline::store {

struct EntityTimelineQuery {
  std::vector<int64_t> entity_ids;  // the speaker: every entity its name resolves to
  std::optional<int64_t> from;      // publication, Unix seconds, inclusive
  std::optional<int64_t> to;        // publication, Unix seconds, exclusive
  std::optional<int64_t> as_of;     // what had been published by then, Unix seconds, inclusive
  bool newest_first = false;
  int limit = 100;                  // rows per page; > 0
  int offset = 0;
};

class EntityTimeline {
 public:
  // Above `walk_by_date_above` statements of the speaker, the query walks revisions in date
  // order instead of sorting the speaker's statements (same rows, different cost; tests
  // pass 0 or a huge value to check that both plans agree).
  explicit EntityTimeline(Database& db, int64_t walk_by_date_above = kDefaultWalkByDateAbove)
      : db_(db), walk_by_date_above_(walk_by_date_above) {}

  static constexpr int64_t kDefaultWalkByDateAbove = 4000;

  // Statements whose speaker is one of q.entity_ids, ordered by publication time (then
  // article, then position in the body). Empty when entity_ids is empty. Throws Error
  // (kDatabase) when the database fails.
  std::vector<StatementRow> statements(const EntityTimelineQuery& q);
  // The same rows handed over one at a time, none kept.
  void each_statement(const EntityTimelineQuery& q, const std::function<void(StatementRow&&)>& row);

 private:
  void run(const EntityTimelineQuery& q, const std::function<void(StatementRow&&)>& row);
  bool walk_by_date(const std::vector<int64_t>& ids);
  // Counts the speaker's statements, stopping at `cap`.
  int64_t count_upto(const std::vector<int64_t>& ids, int64_t cap);

  Database& db_;
  int64_t walk_by_date_above_;
};

}  // namespace claimline::store
