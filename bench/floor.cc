#include "bench/floor.h"

#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>
#include <string>


namespace claimline::bench {
namespace {

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    throw std::runtime_error(std::string("floor: ") + what + ": " + sqlite3_errmsg(db));
  }
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  check(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), db, sql);
  return s;
}

void step(sqlite3* db, sqlite3_stmt* s, const char* what) {
  check(sqlite3_step(s), db, what);
  sqlite3_reset(s);
}

}  // namespace

Floor::Floor(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  check(sqlite3_open(path.c_str(), &db_), db_, "open");
  exec("PRAGMA journal_mode = WAL");
  exec("PRAGMA synchronous = NORMAL");
  exec("CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body TEXT NOT NULL)");
  exec("CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id', "
       "tokenize='unicode61 remove_diacritics 2')");
  insert_doc_ = prepare(db_, "INSERT INTO docs(title, body) VALUES (?1, ?2)");
  insert_fts_ = prepare(db_, "INSERT INTO docs_fts(rowid, title, body) VALUES (last_insert_rowid(), ?1, ?2)");
  exec("BEGIN");
}

Floor::~Floor() {
  sqlite3_finalize(insert_doc_);
  sqlite3_finalize(insert_fts_);
  sqlite3_close(db_);
}

void Floor::exec(const char* sql) { check(sqlite3_exec(db_, sql, nullptr, nullptr, nullptr), db_, sql); }

void Floor::add(const std::string& title, const std::string& body) {
  for (sqlite3_stmt* s : {insert_doc_, insert_fts_}) {
    sqlite3_bind_text(s, 1, title.data(), static_cast<int>(title.size()), SQLITE_STATIC);
    sqlite3_bind_text(s, 2, body.data(), static_cast<int>(body.size()), SQLITE_STATIC);
    step(db_, s, "insert");
  }
}

void Floor::commit() {
  exec("COMMIT");
  exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace claimline::bench
