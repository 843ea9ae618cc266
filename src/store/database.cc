#include "store/database.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "store/body_functions.h"
#include "store/migrations.h"
#include "util/error.h"

namespace claimline::store {
namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kNewPageSize = 8192;

bool is_memory(const std::string& path) { return path == ":memory:" || path.empty(); }

}  // namespace

void rethrow_sqlite(const std::exception& e, const std::string& path) {
  if (const auto* err = dynamic_cast<const Error*>(&e)) throw *err;
  int code = SQLITE_ERROR;
  if (const auto* se = dynamic_cast<const SQLite::Exception*>(&e)) code = se->getErrorCode() & 0xff;
  const std::string where = "database " + path + ": ";
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw Error::database(where + "is locked by another process",
                            "wait for the other claimline command to finish, then retry");
    case SQLITE_NOTADB:
      throw Error::database(where + "is not a claimline database (not an SQLite file)",
                            "choose another file with --db");
    case SQLITE_CORRUPT:
      throw Error::database(where + "is corrupt: " + e.what(), "restore it from a backup");
    case SQLITE_FULL:
      throw Error::database(where + "disk is full", "free some space and retry");
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      throw Error::database(where + "cannot be opened for writing: " + e.what(),
                            "check the file's permissions");
    default:
      throw Error::database(where + e.what());
  }
}

bool configure_sqlite() {
  static const bool applied = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  return applied;
}

namespace {
// At static initialisation, before any program that links the store opens a connection.
[[maybe_unused]] const bool kConfigured = configure_sqlite();
}  // namespace

Database::Database(const std::string& path, OpenMode mode) : path_(path.empty() ? ":memory:" : path) {
  configure_sqlite();
  const bool memory = is_memory(path_);
  if (!memory && mode != OpenMode::kCreate && !std::filesystem::exists(path_)) {
    throw Error::database("no database at " + path_,
                          "run 'claimline init' to create one, or pass --db");
  }
  try {
    // One thread at a time uses a connection (the ingest's extraction threads never touch
    // it), so SQLite need not lock it on every call: reading a column took a mutex.
    const int flags = SQLite::OPEN_READWRITE | (mode == OpenMode::kCreate ? SQLite::OPEN_CREATE : 0) |
                      SQLite::OPEN_NOMUTEX;
    db_ = std::make_unique<SQLite::Database>(path_, flags, kBusyTimeoutMs);
    register_body_functions(db_->getHandle());
    // Reading the header first makes a non-SQLite file fail here, before any pragma writes.
    db_->exec("SELECT count(*) FROM sqlite_master");
    check_application();
    // The version is checked before the pragmas too: switching to WAL rewrites the header
    // of a file in another journal mode, and a refused file must be left byte for byte.
    const int version = schema_version();
    const int latest = latest_schema_version();
    if (version > latest) {
      throw Error::database("database " + path_ + " has schema version " + std::to_string(version) +
                                ", newer than this claimline knows (" + std::to_string(latest) + ")",
                            "upgrade claimline; the database was left untouched");
    }
    if (version < latest && mode == OpenMode::kRead) {
      throw Error::database("database " + path_ + " has schema version " + std::to_string(version) +
                                ", older than this claimline's " + std::to_string(latest),
                            "run 'claimline init' to upgrade it");
    }
    db_->exec("PRAGMA foreign_keys = ON");
    // A new file gets 8 KiB pages (fixed once its first table exists; an existing file
    // keeps its own): a packed body is about 2 KB, and two of those left half of most 4 KiB
    // pages of revisions empty (issue 9: 3,000 articles, 7.9 MB with 28% unused).
    if (version == 0) db_->exec("PRAGMA page_size = " + std::to_string(kNewPageSize));
    if (!memory) {
      switch_to_wal();
      db_->exec("PRAGMA synchronous = NORMAL");
    }
    if (version < latest) migrate();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    rethrow_sqlite(e, path_);
  }
}

Database::~Database() = default;

// Two processes switching a new file to WAL at once both hold a shared lock and want an
// exclusive one: SQLite fails one of them with SQLITE_BUSY at once instead of calling the
// busy handler (waiting could deadlock). The other finishes the switch, so a retry succeeds.
void Database::switch_to_wal() {
  constexpr int kStepMs = 5;
  for (int waited = 0;; waited += kStepMs) {
    try {
      SQLite::Statement wal(*db_, "PRAGMA journal_mode = WAL");
      wal.executeStep();
      return;
    } catch (const SQLite::Exception& e) {
      if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || waited >= kBusyTimeoutMs) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(kStepMs));
  }
}

std::pair<int64_t, int64_t> Database::compact() {
  const bool memory = is_memory(path_);
  const auto size = [&]() -> int64_t {
    std::error_code ec;
    const auto n = memory ? 0 : std::filesystem::file_size(path_, ec);
    return ec ? 0 : static_cast<int64_t>(n);
  };
  try {
    if (!memory) db_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const int64_t before = size();
    if (!memory) db_->exec("PRAGMA journal_mode = DELETE");  // the page size is fixed in WAL mode
    db_->exec("PRAGMA page_size = " + std::to_string(kNewPageSize));
    db_->exec("VACUUM");
    if (!memory) switch_to_wal();
    ++cache_epoch_;
    return {before, size()};
  } catch (const std::exception& e) {
    rethrow_sqlite(e, path_);
  }
}

CachedStatement::CachedStatement(SQLite::Statement* cached, bool* in_use, std::unique_ptr<SQLite::Statement> own)
    : statement_(own ? own.get() : cached), in_use_(own ? nullptr : in_use), owned_(std::move(own)) {
  if (in_use_) *in_use_ = true;
}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : statement_(other.statement_), in_use_(other.in_use_), owned_(std::move(other.owned_)) {
  other.statement_ = nullptr;
  other.in_use_ = nullptr;
}

CachedStatement::~CachedStatement() {
  if (!statement_) return;
  try {
    statement_->reset();
    statement_->clearBindings();
  } catch (...) {
    // reset() reports the last step's error again; the statement is reusable regardless.
  }
  if (in_use_) *in_use_ = false;
}

CachedStatement Database::cached(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    auto statement = std::make_unique<SQLite::Statement>(*db_, sql);  // throws on bad SQL: nothing cached
    it = cache_.emplace(sql, CacheEntry{std::move(statement), false}).first;
  }
  CacheEntry& e = it->second;
  if (e.in_use) return CachedStatement(nullptr, nullptr, std::make_unique<SQLite::Statement>(*db_, sql));
  return CachedStatement(e.statement.get(), &e.in_use, nullptr);
}

int64_t Database::method_id(const std::string& name) {
  if (method_ids_epoch_ != cache_epoch_) {
    method_ids_.clear();
    method_ids_epoch_ = cache_epoch_;
  }
  if (auto it = method_ids_.find(name); it != method_ids_.end()) return it->second;
  {
    auto add = cached("INSERT OR IGNORE INTO methods(name) VALUES (?)");
    add->bind(1, name);
    add->exec();
  }
  auto q = cached("SELECT id FROM methods WHERE name = ?");
  q->bind(1, name);
  if (!q->executeStep()) throw Error::database("the methods row of '" + name + "' could not be added", "");
  const int64_t id = q->getColumn(0).getInt64();
  method_ids_.emplace(name, id);
  return id;
}

std::shared_ptr<const std::string> Database::body_text(int64_t revision_id, const SQLite::Column& body) {
  if (!body.isBlob()) return std::make_shared<const std::string>(body.isNull() ? std::string() : body.getString());
  const std::string_view packed(static_cast<const char*>(body.getBlob()), static_cast<size_t>(body.getBytes()));
  for (const UnpackedBody& b : bodies_) {
    if (b.revision_id == revision_id && b.packed == packed) return b.text;
  }
  auto text = std::make_shared<const std::string>(body_column(body));
  UnpackedBody entry{revision_id, std::string(packed), text};
  if (bodies_.size() < kUnpackedBodies) {
    bodies_.push_back(std::move(entry));
  } else {
    bodies_[next_body_] = std::move(entry);
    next_body_ = (next_body_ + 1) % kUnpackedBodies;
  }
  return text;
}

void Database::check_application() {
  // The first migration writes tables, user_version and application_id in one transaction;
  // reading the id last keeps another process's first migration, committed between these
  // reads, from making a new claimline file look like another application's.
  const int tables = db_->execAndGet("SELECT count(*) FROM sqlite_master").getInt();
  const int version = db_->execAndGet("PRAGMA user_version").getInt();
  const int app_id = db_->execAndGet("PRAGMA application_id").getInt();
  if (app_id == kApplicationId) return;
  if (app_id != 0 || version != 0 || tables != 0) {
    throw Error::database("database " + path_ + " is an SQLite file but not a claimline database",
                          "choose another file with --db; it was left untouched");
  }
}

int Database::schema_version() { return db_->execAndGet("PRAGMA user_version").getInt(); }

int Database::migrate() {
  int applied = 0;
  try {
    for (const Migration& m : migrations()) {
      if (m.version <= schema_version()) continue;
      Transaction tx(*this);
      // Another process may have applied it while this one waited for the write lock.
      if (m.version <= schema_version()) continue;
      db_->exec(std::string(m.sql));
      db_->exec("PRAGMA user_version = " + std::to_string(m.version));
      db_->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      tx.commit();
      ++applied;
    }
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    rethrow_sqlite(e, path_);
  }
  return applied;
}

Transaction::Transaction(Database& db) : db_(db) {
  try {
    db_.sql().exec("BEGIN IMMEDIATE");
    // Holding the write lock now: what others committed before is all there will be.
    const int64_t version = db_.sql().execAndGet("PRAGMA data_version").getInt64();
    if (version != db_.data_version_) ++db_.cache_epoch_;
    db_.data_version_ = version;
  } catch (const std::exception& e) {
    rethrow_sqlite(e, db_.path());
  }
}

Transaction::~Transaction() {
  if (done_) return;
  ++db_.cache_epoch_;  // what was kept may include rows rolled back
  try {
    db_.sql().exec("ROLLBACK");
  } catch (...) {
    // The transaction may already be gone (SQLite rolls back itself on some errors).
  }
}

void Transaction::commit() {
  try {
    db_.sql().exec("COMMIT");
    done_ = true;
  } catch (const std::exception& e) {
    rethrow_sqlite(e, db_.path());
  }
}

}  // namespace claimline::store
