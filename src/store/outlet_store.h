// Outlets and their aliases. "THEHILL", "thehill.com" and "The Hill" resolve to one row.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "store/database.h"

namespace claimline::store {

struct OutletRow {
  int64_t id = 0;
  std::string name;
  std::vector<std::string> aliases;
  int64_t articles = 0;
  std::optional<int64_t> first_published;  // Unix seconds
  std::optional<int64_t> last_published;
};

class OutletStore {
 public:
  explicit OutletStore(Database& db);

  // The outlet that `name` (a name, code or domain) and/or the article's URL belong to,
  // created when none matches. Learns the new spellings as aliases. nullopt when both are
  // absent. REQUIRES: an open write transaction.
  std::optional<int64_t> resolve_or_create(const std::optional<std::string>& name,
                                           const std::optional<std::string>& url,
                                           const std::string& now);

  // The outlet a user means by `name`, without creating anything.
  std::optional<int64_t> find(const std::string& name);

  // Adds `alias` to the outlet `id` (method "manual"). Throws Error on a clash.
  void add_alias(int64_t id, const std::string& alias);

  std::vector<OutletRow> list();
  std::optional<OutletRow> get(int64_t id);

 private:
  std::optional<int64_t> by_key(const std::string& key);
  std::optional<int64_t> by_code(const std::string& key);
  int64_t create(const std::string& name, const std::string& key, const std::string& now);
  void learn(int64_t id, const std::string& alias, const std::string& key, const char* method);
  void maybe_rename(int64_t id, const std::string& name);

  Database& db_;
  SQLite::Statement find_alias_;
  SQLite::Statement insert_alias_;
};

}  // namespace claimline::store
