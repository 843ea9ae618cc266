// The floor: what storing the same texts costs with nothing but SQLite. Titles and bodies go
// into a bare table with an external-content FTS5 index (the tokenizer claimline uses), all
// in one transaction, on a connection with the same pragmas as claimline's. No extraction,
// no deduplication, no revisions: the fastest a full-text store of these texts can be.
#pragma once

#include <cstdint>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace claimline::bench {

class Floor {
 public:
  // Creates a fresh database at `path` (removing any file there) and opens the transaction.
  // Throws std::runtime_error on SQLite errors.
  explicit Floor(const std::string& path);
  ~Floor();
  Floor(const Floor&) = delete;
  Floor& operator=(const Floor&) = delete;

  void add(const std::string& title, const std::string& body);
  // Commits the transaction and checkpoints the WAL into the database file.
  void commit();

 private:
  void exec(const char* sql);
  sqlite3* db_ = nullptr;
  sqlite3_stmt* insert_doc_ = nullptr;
  sqlite3_stmt* insert_fts_ = nullptr;
};

}  // namespace claimline::bench
