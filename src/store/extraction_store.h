// Stores what the extractors found in one revision: time expressions, entities (resolved to
// one row per real-world entity across articles), entity mentions and statements, each with
// its byte span and the method (rule name) that found it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "model/extraction.h"
#include "store/database.h"
#include "store/event_store.h"

namespace claimline::store {

class ExtractionStore {
 public:
  explicit ExtractionStore(Database& db);

  // Replaces the machine-made rows of `revision_id` with `x` (rows whose method is 'manual'
  // are kept). Returns the database ids of x.entities, in order.
  // REQUIRES: an open write transaction; spans of `x` index the revision's body.
  std::vector<int64_t> put(int64_t revision_id, const Extraction& x, std::string_view body, const std::string& now);

  // Deletes the machine-made rows of one revision.
  void clear(int64_t revision_id);

 private:
  int64_t resolve_entity(const Entity& e, const std::string& now);
  std::vector<int64_t> candidates(const std::string& key);
  void add_alias(int64_t id, const std::string& alias);
  void put_times(int64_t revision_id, const Extraction& x);
  void put_statements(int64_t revision_id, const Extraction& x, std::string_view body,
                      const std::vector<int64_t>& entity_ids);
  void apply_name(int64_t id, const std::string& name);
  void add_role(int64_t id, const std::string& role);

  // What this connection knows of the entity tables, so an entity seen again in article
  // after article costs no statements: every entity id of an alias key (complete for each
  // key held), and the names and roles already applied to an entity. Kept while
  // Database::cache_epoch() stays the same, and dropped whole past kMaxKnown entries so
  // memory stays bounded.
  struct Known {
    uint64_t epoch = 0;
    size_t entries = 0;
    std::unordered_map<std::string, std::vector<int64_t>> ids_by_key;  // sorted ids
    std::unordered_set<std::string> names;  // id, '\n', name: applied by update_entity_name_
    std::unordered_set<std::string> roles;  // id, '\n', role: in entity_roles
  };
  static constexpr size_t kMaxKnown = 200000;
  void check_known();

  Database& db_;
  SQLite::Statement find_alias_;
  SQLite::Statement insert_alias_;
  SQLite::Statement insert_role_;
  SQLite::Statement insert_mention_;
  SQLite::Statement insert_time_;
  SQLite::Statement insert_statement_;
  SQLite::Statement index_statement_;  // statements_fts: the store writes it (migration 0009)
  // Prepared once: preparing costs more than running these small statements.
  SQLite::Statement entity_name_;
  SQLite::Statement insert_entity_;
  SQLite::Statement update_entity_name_;
  SQLite::Statement clear_times_;
  SQLite::Statement clear_statements_;
  SQLite::Statement clear_mentions_;
  SQLite::Statement has_rows_;  // whether clear() has anything to delete
  Known known_;
  EventStore events_;
};

}  // namespace claimline::store
