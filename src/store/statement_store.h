// Reads of stored statements and entities, for the `statements` and `entities` listings and
// for later queries (timelines, diffs). Only latest revisions are listed unless asked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace claimline::store {

struct StatementRow {
  int64_t id = 0;
  int64_t article_id = 0;
  int64_t revision_id = 0;
  std::optional<std::string> outlet, title, published;  // published: ISO at its precision
  std::string kind;                                     // direct | indirect
  std::string text;
  std::optional<std::string> speaker;
  std::optional<int64_t> speaker_entity_id;
  std::optional<std::string> cue, stance_cue, place, said, said_value, said_first_day, said_last_day;
  int64_t span_start = 0, span_end = 0;
  double confidence = 0;
  std::string method;
};

struct StatementFilter {
  std::optional<std::string> speaker;  // an entity name or alias, else a speaker text match
  std::optional<int64_t> outlet_id;
  std::optional<std::string> cue;      // cue phrase contains this (case-insensitive)
  std::optional<std::string> stance_cue;
  std::optional<std::string> kind;
  std::optional<std::string> search;   // full-text over statement text and speaker
  std::optional<int64_t> article_id;
  std::optional<int64_t> from, to;     // publication, Unix seconds [from, to)
  int limit = 100;
  int offset = 0;
};

struct EntityRow {
  int64_t id = 0;
  std::string name, kind;
  std::vector<std::string> aliases, roles;
  int64_t mentions = 0, articles = 0, statements = 0;
};

struct EntityFilter {
  std::optional<std::string> kind;
  std::optional<std::string> name;  // name or alias contains this (case-insensitive)
  int limit = 100;
  int offset = 0;
};

// For the store's queries of statements: the columns of a StatementRow (`s` statements,
// `r` its revision, `a` articles, `o` outlets left-joined) and the reader of a row of them
// from the first column.
const std::string& statement_row_columns();
StatementRow read_statement_row(SQLite::Statement& q);

class StatementStore {
 public:
  explicit StatementStore(Database& db) : db_(db) {}
  std::vector<StatementRow> list(const StatementFilter& f);
  std::vector<EntityRow> entities(const EntityFilter& f);
  // Entity ids that `name` names: by entity_key of a name or alias; empty when none.
  std::vector<int64_t> find_entities(const std::string& name);

 private:
  Database& db_;
};

}  // namespace claimline::store
