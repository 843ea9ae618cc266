#include "store/database.h"

#include <gtest/gtest.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <fstream>
#include <map>

#include "store/migrations.h"
#include "store/test_db.h"
#include "util/error.h"

namespace claimline::store {
namespace {

using claimline::testing::TempDir;

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// name -> normalised SQL of every schema object.
std::map<std::string, std::string> schema_of(SQLite::Database& db) {
  std::map<std::string, std::string> out;
  SQLite::Statement q(db, "SELECT type || ' ' || name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
  while (q.executeStep()) {
    std::string sql = q.getColumn(1).getString(), squashed;
    bool space = false;
    for (char c : sql) {
      if (std::isspace(static_cast<unsigned char>(c))) { space = true; continue; }
      if (space && !squashed.empty()) squashed += ' ';
      space = false;
      squashed += c;
    }
    out[q.getColumn(0).getString()] = squashed;
  }
  return out;
}

TEST(Database, CreatesAtLatestVersionWithPragmas) {
  TempDir dir;
  Database db(dir.file("a.db"), OpenMode::kCreate);
  EXPECT_EQ(db.schema_version(), latest_schema_version());
  EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_EQ(db.sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(db.sql().execAndGet("PRAGMA application_id").getInt(), kApplicationId);
  EXPECT_EQ(db.sql().execAndGet("PRAGMA page_size").getInt(), 8192);  // schema 11: for packed bodies
}

// SQLite keeps no memory statistics in a program that links the store (they cost a global
// mutex per allocation): the setting is applied before any connection opens.
TEST(Database, SqliteKeepsNoMemoryStatistics) {
  EXPECT_TRUE(configure_sqlite());
  Database db(":memory:", OpenMode::kCreate);
  db.sql().exec("CREATE TABLE t(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) INSERT INTO t SELECT i FROM n");
  EXPECT_EQ(sqlite3_memory_used(), 0);
}

// An existing file keeps its page size: claimline only chooses it for a file it creates.
TEST(Database, AnOlderFileKeepsItsPageSize) {
  TempDir dir;
  {
    SQLite::Database raw(dir.file("old.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("PRAGMA page_size = 4096");
    raw.exec(std::string(migrations()[0].sql));
    raw.exec("PRAGMA user_version = 1");
    raw.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  }
  Database db(dir.file("old.db"), OpenMode::kCreate);
  EXPECT_EQ(db.schema_version(), latest_schema_version());
  EXPECT_EQ(db.sql().execAndGet("PRAGMA page_size").getInt(), 4096);
}

TEST(Database, MigrationsProduceTheCommittedSchema) {
  Database migrated(":memory:", OpenMode::kCreate);
  SQLite::Database fresh(":memory:", SQLite::OPEN_READWRITE);
  fresh.exec(read_text(std::string(CLAIMLINE_SOURCE_DIR) + "/schema/schema.sql"));
  EXPECT_EQ(schema_of(migrated.sql()), schema_of(fresh));
}

TEST(Database, EveryMigrationStepKeepsData) {
  // Apply migrations one at a time, inserting an outlet after the first, and check it
  // survives every later step.
  TempDir dir;
  const std::string path = dir.file("steps.db");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec(std::string(migrations().front().sql));
    raw.exec("PRAGMA user_version = 1");
    raw.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    raw.exec("INSERT INTO outlets(name, key, created_at) VALUES ('Kept', 'kept', 'now')");
  }
  Database db(path, OpenMode::kWrite);
  EXPECT_EQ(db.schema_version(), latest_schema_version());
  EXPECT_EQ(db.sql().execAndGet("SELECT name FROM outlets").getString(), "Kept");
}

TEST(Database, MissingFileNeedsInit) {
  TempDir dir;
  try {
    Database db(dir.file("missing.db"), OpenMode::kRead);
    FAIL() << "opened a missing database";
  } catch (const Error& e) {
    EXPECT_EQ(e.exit_code(), ExitCode::kDatabase);
    EXPECT_NE(e.hint().find("claimline init"), std::string::npos);
  }
  EXPECT_FALSE(std::filesystem::exists(dir.file("missing.db")));
}

TEST(Database, RefusesNewerSchemaAndLeavesItUntouched) {
  TempDir dir;
  const std::string path = dir.file("new.db");
  { Database db(path, OpenMode::kCreate); }
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = 999");
  }
  try {
    Database db(path, OpenMode::kWrite);
    FAIL() << "opened a newer database";
  } catch (const Error& e) {
    EXPECT_EQ(e.exit_code(), ExitCode::kDatabase);
    EXPECT_NE(std::string(e.what()).find("999"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find(std::to_string(latest_schema_version())), std::string::npos);
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), 999);
}

TEST(Database, RefusesForeignFiles) {
  TempDir dir;
  const std::string text = dir.file("notes.db");
  std::ofstream(text) << "this is not a database, just some text that is long enough to have a header......";
  const std::string other = dir.file("other.db");
  {
    SQLite::Database raw(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE t(x)");
  }
  for (const auto& path : {text, other}) {
    try {
      Database db(path, OpenMode::kCreate);
      FAIL() << "opened " << path;
    } catch (const Error& e) {
      EXPECT_EQ(e.exit_code(), ExitCode::kDatabase) << path;
      EXPECT_NE(std::string(e.what()).find("not a claimline database"), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(read_text(text).substr(0, 12), "this is not ");
}

TEST(Database, ReadModeRefusesOlderSchema) {
  if (latest_schema_version() < 2) GTEST_SKIP() << "only one schema version so far";
  TempDir dir;
  const std::string path = dir.file("old.db");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec(std::string(migrations().front().sql));
    raw.exec("PRAGMA user_version = 1");
    raw.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  }
  EXPECT_THROW(Database(path, OpenMode::kRead), Error);
  Database upgraded(path, OpenMode::kWrite);
  EXPECT_EQ(upgraded.schema_version(), latest_schema_version());
}

TEST(Transaction, RollsBackUnlessCommitted) {
  Database db(":memory:", OpenMode::kCreate);
  {
    Transaction tx(db);
    db.sql().exec("INSERT INTO outlets(name, key, created_at) VALUES ('A', 'a', 'now')");
  }
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM outlets").getInt(), 0);
  {
    Transaction tx(db);
    db.sql().exec("INSERT INTO outlets(name, key, created_at) VALUES ('A', 'a', 'now')");
    tx.commit();
  }
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM outlets").getInt(), 1);
}

// The name of the methods row with this id ("" when none).
std::string method_named(Database& db, int64_t id) {
  SQLite::Statement q(db.sql(), "SELECT name FROM methods WHERE id = ?");
  q.bind(1, id);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

TEST(Database, MethodIdsAreAddedOnceAndForgottenWithARollback) {
  Database db(":memory:", OpenMode::kCreate);
  int64_t kept = 0;
  {
    Transaction tx(db);
    kept = db.method_id("kept_rule");
    EXPECT_EQ(db.method_id("kept_rule"), kept);
    tx.commit();
  }
  EXPECT_EQ(method_named(db, kept), "kept_rule");
  {
    Transaction tx(db);
    const int64_t lost = db.method_id("lost_rule");
    EXPECT_EQ(method_named(db, lost), "lost_rule");
  }  // rolled back: the row is gone, and its id may be given to the next row
  Transaction tx(db);
  const int64_t other = db.method_id("other_rule");
  const int64_t again = db.method_id("lost_rule");
  EXPECT_NE(again, other);
  EXPECT_EQ(method_named(db, again), "lost_rule");
  EXPECT_EQ(method_named(db, other), "other_rule");
  EXPECT_EQ(db.method_id("kept_rule"), kept);
  tx.commit();
}

// The text of one body value as Database::body_text reads it.
std::shared_ptr<const std::string> body_of(Database& db, int64_t revision_id, const std::string& sql) {
  SQLite::Statement q(db.sql(), sql);
  EXPECT_TRUE(q.executeStep());
  return db.body_text(revision_id, q.getColumn(0));
}

TEST(Database, BodyTextIsUnpackedOnceAndNeverStale) {
  Database db(":memory:", OpenMode::kCreate);
  const auto first = body_of(db, 7, "SELECT body_pack('Troops were not encircled, he said.')");
  EXPECT_EQ(*first, "Troops were not encircled, he said.");
  // The same packed bytes again: the body unpacked before.
  EXPECT_EQ(body_of(db, 7, "SELECT body_pack('Troops were not encircled, he said.')").get(), first.get());
  // Other bytes under the same revision id (the row changed): unpacked afresh.
  EXPECT_EQ(*body_of(db, 7, "SELECT body_pack('Troops were encircled, they said.')"), "Troops were encircled, they said.");
  // A body stored as text, and NULL.
  EXPECT_EQ(*body_of(db, 8, "SELECT 'plain text'"), "plain text");
  EXPECT_EQ(*body_of(db, 9, "SELECT NULL"), "");
  // Many bodies: each still read right.
  for (int i = 0; i < 300; ++i) {
    const std::string text = "body number " + std::to_string(i);
    EXPECT_EQ(*body_of(db, 100 + i, "SELECT body_pack('" + text + "')"), text);
  }
  EXPECT_EQ(*body_of(db, 100, "SELECT body_pack('body number 0')"), "body number 0");
}

}  // namespace
}  // namespace claimline::store
