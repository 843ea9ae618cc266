// The one door to SQLite. Opens a database file, sets the pragmas every connection needs
// (foreign keys, WAL, busy timeout), checks that the file is a claimline database of a
// schema this binary knows, and applies migrations. Only store/ includes this header's
// SQLiteCpp types; other layers use the store classes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace claimline::store {

enum class OpenMode {
  kCreate,    // create the file when missing, then migrate to the latest schema
  kWrite,     // must exist; migrate an older schema to the latest
  kRead,      // must exist and be at the latest schema; opened read-write for WAL readers
};

class Database;

// Process-wide SQLite settings, applied before SQLite first initialises: memory statistics
// off, so an allocation takes no global mutex (a sixteenth of the ingest writer's time went
// to locking). Returns false when SQLite was already initialised and the settings could not
// be applied. It runs at static initialisation of any program that links the store, and
// again (a no-op) in Database's constructor.
bool configure_sqlite();

// A statement prepared once per connection and reused: the handle resets it and clears its
// bindings when it goes out of scope, so a SELECT never holds a read snapshot open. A second
// handle on the same SQL while the first is alive gets a statement of its own.
class CachedStatement {
 public:
  CachedStatement(CachedStatement&& other) noexcept;
  CachedStatement& operator=(CachedStatement&&) = delete;
  CachedStatement(const CachedStatement&) = delete;
  ~CachedStatement();

  SQLite::Statement& operator*() { return *statement_; }
  SQLite::Statement* operator->() { return statement_; }

 private:
  friend class Database;
  CachedStatement(SQLite::Statement* cached, bool* in_use, std::unique_ptr<SQLite::Statement> own);
  SQLite::Statement* statement_ = nullptr;
  bool* in_use_ = nullptr;                    // the cache entry's flag, or null when owned
  std::unique_ptr<SQLite::Statement> owned_;  // set when the cached one was busy
};

// One connection. Not for two threads at once (it is opened without SQLite's per-call
// locking); threads that need the database open their own.
class Database {
 public:
  // Throws Error (kind kDatabase) with a message naming `path` when the file is missing
  // (except kCreate), not an SQLite file, corrupt, locked, or of a newer schema; and, for
  // kRead, when its schema is older (the hint says to run `claimline init`).
  Database(const std::string& path, OpenMode mode);
  ~Database();

  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  const std::string& path() const { return path_; }
  int schema_version();
  // Applies pending migrations in order, each in its own transaction; returns how many.
  int migrate();

  // Rewrites the file without its free pages and with the page size a new file gets
  // (VACUUM): after an upgrade packed the bodies (schema 11), the space they freed stays in
  // the file until then. Needs no other connection open and free disk space about the
  // database's size, and no statement of this connection midway through its rows. Returns
  // the file's size before and after, in bytes (0 in memory).
  std::pair<int64_t, int64_t> compact();

  SQLite::Database& sql() { return *db_; }
  // `sql` prepared once for this connection (for statements run per article or per row).
  CachedStatement cached(const std::string& sql);

  // What a store keeps in memory about rows stays good while this number is the same: it
  // changes when a Transaction of this connection is rolled back, and when a transaction
  // of this connection begins after another connection committed (SQLite's data_version).
  // Outside a transaction it is not kept up to date.
  uint64_t cache_epoch() const { return cache_epoch_; }

  // The id of the `methods` row with this rule name, added when missing. The ids are kept
  // while cache_epoch() stays the same (a rollback may take away a row added here; rows are
  // never deleted otherwise), so a writer naming a method per row skips the lookup.
  int64_t method_id(const std::string& name);

  // The text of a revision's body column (packed or text, store/body_functions.h), through
  // a few bodies this connection unpacked last: one query reads a revision's body for
  // several things (a claim's evidence, its event mentions). A hit is checked against the
  // packed bytes, so a row that changed is unpacked afresh.
  std::shared_ptr<const std::string> body_text(int64_t revision_id, const SQLite::Column& body);

 private:
  struct CacheEntry {
    std::unique_ptr<SQLite::Statement> statement;
    bool in_use = false;
  };
  void check_application();
  void switch_to_wal();
  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
  // Declared after db_ so the statements are finalised before the connection closes.
  std::unordered_map<std::string, CacheEntry> cache_;
  uint64_t cache_epoch_ = 1;
  struct UnpackedBody {
    int64_t revision_id = 0;
    std::string packed;
    std::shared_ptr<const std::string> text;
  };
  static constexpr size_t kUnpackedBodies = 256;  // about 2 MB of news text
  std::vector<UnpackedBody> bodies_;  // at most kUnpackedBodies, the oldest replaced first
  size_t next_body_ = 0;
  std::unordered_map<std::string, int64_t> method_ids_;
  uint64_t method_ids_epoch_ = 0;  // the cache_epoch_ method_ids_ belong to
  int64_t data_version_ = -1;  // as read at the last Transaction's start
  friend class Transaction;
};

// RAII write transaction (BEGIN IMMEDIATE, so a writer waits for the lock up front instead
// of failing at its first write). Rolls back in the destructor unless committed; never
// throws from the destructor.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

// Runs `f` and turns any SQLite::Exception it throws into an Error of kind kDatabase that
// names the database, with a hint for the common codes (busy, corrupt, not a database).
[[noreturn]] void rethrow_sqlite(const std::exception& e, const std::string& path);

// A fixed application id stored in the file header, so `check` and `open` can tell a
// claimline database from any other SQLite file.
inline constexpr int kApplicationId = 0x436c6d4c;  // "ClmL"

}  // namespace claimline::store
