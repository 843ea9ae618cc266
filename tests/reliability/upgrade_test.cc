// Upgrades: a fixture database per released schema version (tests/data/upgrade/vN.sql, the
// migrations as released plus rows in every table) is upgraded by `claimline init` to the
// current schema; every row survives and the schema is exactly schema/schema.sql. Files
// claimline must refuse (corrupt, not SQLite, another application's, a newer schema) get
// exit 4 with a message naming the file and the reason, and are left byte for byte.

#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <vector>

#include "e2e/run.h"
#include "reliability/process.h"
#include "store/body_functions.h"
#include "store/database.h"
#include "store/migrations.h"
#include "util/sha256.h"

namespace claimline::testing {
namespace {

const std::string kUpgradeData = std::string(CLAIMLINE_TEST_DATA) + "/upgrade";

std::string squash_spaces(const std::string& sql) {
  std::string out;
  bool space = false;
  for (char c : sql) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// "type name" -> SQL with runs of white space squashed, of every schema object.
std::map<std::string, std::string> schema_of(SQLite::Database& db) {
  std::map<std::string, std::string> out;
  SQLite::Statement q(db, "SELECT type || ' ' || name, coalesce(sql, '') FROM sqlite_master "
                          "WHERE name NOT LIKE 'sqlite_%'");
  while (q.executeStep()) out[q.getColumn(0).getString()] = squash_spaces(q.getColumn(1).getString());
  return out;
}

// The ordinary tables (not FTS5 shadow or virtual tables) and their columns.
std::map<std::string, std::vector<std::string>> tables_of(SQLite::Database& db) {
  std::map<std::string, std::vector<std::string>> out;
  SQLite::Statement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                          "AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'");
  while (q.executeStep()) {
    const std::string table = q.getColumn(0).getString();
    SQLite::Statement cols(db, "SELECT name FROM pragma_table_info(?)");
    cols.bind(1, table);
    while (cols.executeStep()) out[table].push_back(cols.getColumn(0).getString());
  }
  return out;
}

// Every row of `table`'s `columns`, as text with its type, sorted.
std::vector<std::string> rows_of(SQLite::Database& db, const std::string& table, const std::vector<std::string>& columns) {
  std::string select;
  for (const auto& c : columns) select += (select.empty() ? "" : ", ") + ("quote(\"" + c + "\")");
  SQLite::Statement q(db, "SELECT " + select + " FROM \"" + table + "\" ORDER BY 1" + (columns.size() > 1 ? ", 2" : ""));
  std::vector<std::string> out;
  while (q.executeStep()) {
    std::string row;
    for (int i = 0; i < q.getColumnCount(); ++i) row += q.getColumn(i).getString() + "|";
    out.push_back(row);
  }
  return out;
}

// Every row `sql` returns, as text, in order.
std::vector<std::string> query_rows(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement q(db, sql);
  std::vector<std::string> out;
  while (q.executeStep()) {
    std::string row;
    for (int i = 0; i < q.getColumnCount(); ++i) row += q.getColumn(i).getString() + "|";
    out.push_back(row);
  }
  return out;
}

const std::string kManualDecisions =
    "SELECT quote(id), quote(mention_key), quote(event_id), quote(action), quote(reason), quote(created_at) "
    "FROM event_decisions WHERE manual = 1 ORDER BY id";
const std::string kPlacingDecisions =
    "SELECT quote(mention_id), quote(mention_key), quote(event_id), quote(action), quote(reason) "
    "FROM event_decisions d WHERE manual = 0 AND NOT EXISTS (SELECT 1 FROM event_decisions x "
    "WHERE x.mention_id = d.mention_id AND x.id > d.id) ORDER BY mention_id";

std::string fixture_path(int version) { return kUpgradeData + "/v" + std::to_string(version) + ".sql"; }

// Loads fixture vN into a new database file.
void load_fixture(int version, const std::string& path) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  store::register_body_functions(raw.getHandle());  // v11 and later pack their bodies
  raw.exec(slurp(fixture_path(version)));
}

TEST(Upgrade, EveryReleasedSchemaVersionHasAFixtureWithRowsInEveryTable) {
  for (int v = 1; v <= store::latest_schema_version(); ++v) {
    SCOPED_TRACE("fixture " + fixture_path(v));
    ASSERT_TRUE(std::filesystem::exists(fixture_path(v)))
        << "add a fixture for schema version " << v << " (see tests/data/upgrade/README.md)";
    TempDir dir;
    load_fixture(v, dir.file("f.db"));
    SQLite::Database db(dir.file("f.db"), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), v);
    EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), store::kApplicationId);
    for (const auto& [table, columns] : tables_of(db)) {
      EXPECT_GT(db.execAndGet("SELECT count(*) FROM \"" + table + "\"").getInt(), 0) << "table " << table << " is empty";
    }
    // The fixture's own schema is what migrations 1..v build today: a migration edited after
    // its release would change databases already in users' hands.
    SQLite::Database partial(":memory:", SQLite::OPEN_READWRITE);
    store::register_body_functions(partial.getHandle());
    for (int m = 0; m < v; ++m) partial.exec(std::string(store::migrations()[m].sql));
    EXPECT_EQ(schema_of(db), schema_of(partial)) << "a released migration was edited";
  }
}

class UpgradeFrom : public ::testing::TestWithParam<int> {};

TEST_P(UpgradeFrom, InitUpgradesToTheCurrentSchemaKeepingEveryRow) {
  const int version = GetParam();
  TempDir dir;
  const std::string path = dir.file("old.db");
  ASSERT_NO_THROW(load_fixture(version, path));
  ASSERT_NO_THROW(load_fixture(version, dir.file("before.db")));
  std::map<std::string, std::vector<std::string>> before;
  std::map<std::string, std::vector<std::string>> columns;
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    columns = tables_of(db);
    for (const auto& [table, cols] : columns) before[table] = rows_of(db, table, cols);
  }

  RunResult init = run_claimline(dir, path, {"init"});
  ASSERT_EQ(init.code, 0) << init.err;
  EXPECT_NE(init.out.find("schema version " + std::to_string(store::latest_schema_version())), std::string::npos)
      << init.out;

  // Read-write for the TEMP views below only; nothing in the file is written.
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), store::latest_schema_version());
  SQLite::Database fresh(":memory:", SQLite::OPEN_READWRITE);
  fresh.exec(slurp(std::string(CLAIMLINE_SOURCE_DIR) + "/schema/schema.sql"));
  EXPECT_EQ(schema_of(db), schema_of(fresh));
  // Schema 11 packs every body, the old ones too; the bodies are read back as text.
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM revisions WHERE typeof(body) <> 'blob'").getInt(), 0);
  store::register_body_functions(db.getHandle());
  if (version < 11) db.exec(slurp(kUpgradeData + "/v10_shape.sql"));
  // Schema 8 re-encoded some tables: their rows are compared in the shape they had.
  if (version < 8) db.exec(slurp(kUpgradeData + "/v7_shape.sql"));
  for (const auto& [table, cols] : columns) {
    if (version < 8 && table == "event_decisions") continue;  // below
    EXPECT_EQ(rows_of(db, table, cols), before[table]) << "rows of " << table << " changed in the upgrade";
  }
  if (version >= 5 && version < 8) {
    // Schema 8 keeps the manual decisions as they were, and of the automatic ones the
    // decision that placed each mention (its latest), in the mention's row.
    SQLite::Database old(dir.file("before.db"), SQLite::OPEN_READONLY);
    for (const std::string& sql : {kManualDecisions, kPlacingDecisions}) {
      EXPECT_EQ(query_rows(db, sql), query_rows(old, sql)) << sql;
    }
    EXPECT_FALSE(query_rows(db, kPlacingDecisions).empty());
  }

  RunResult check = run_claimline(dir, path, {"check"});
  EXPECT_EQ(check.code, 0) << check.out << check.err;
  // The full-text index came through: the article is found by a word of its body.
  RunResult search = run_claimline(dir, path, {"articles", "--search", "Okafor", "--format", "jsonl"});
  EXPECT_EQ(search.code, 0) << search.err;
  EXPECT_NE(search.out.find("granitewire.example/kyiv-talks"), std::string::npos) << search.out;
  // And the upgraded database takes new articles.
  RunResult ingest = run_claimline(dir, path, {"ingest", "-"},
                                   "Title: Later story\nOutlet: Harbor Post\nPublished: 2025-03-20\n\n"
                                   "Ana Costa said on Monday that the talks had ended.\n");
  EXPECT_EQ(ingest.code, 0) << ingest.err;
  EXPECT_EQ(run_claimline(dir, path, {"check"}).code, 0);
}

// Migration 0011 stores the two commonest placement reasons as a marker and their argument;
// no released fixture has either, so one is given them before the upgrade.
TEST(Upgrade, PlacementReasonsAreEncodedAndReadBackInFull) {
  TempDir dir;
  const std::string path = dir.file("v10.db");
  load_fixture(10, path);
  const std::string refers = "refers back to \u201cphone call\u201d earlier in the same article";
  const std::string same = "the same mention in revision 1 of this article";
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    SQLite::Statement q(raw, "UPDATE event_mentions SET reason = ? WHERE id = ?");
    q.bind(1, refers);
    q.bind(2, 1);
    q.exec();
    q.reset();
    q.bind(1, same);
    q.bind(2, 2);
    q.exec();
  }
  ASSERT_EQ(run_claimline(dir, path, {"init"}).code, 0);
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("SELECT reason FROM event_mentions WHERE id = 1").getString(), "\x01" "phone call");
  EXPECT_EQ(db.execAndGet("SELECT reason FROM event_mentions WHERE id = 2").getString(), "\x02" "1");
  for (const auto& [mention, reason] : {std::pair{"1", refers}, std::pair{"2", same}}) {
    const int64_t event = db.execAndGet(std::string("SELECT event_id FROM event_mentions WHERE id = ") + mention).getInt64();
    RunResult show = run_claimline(dir, path, {"events", "show", std::to_string(event), "--format", "json"});
    EXPECT_EQ(show.code, 0) << show.err;
    EXPECT_NE(show.out.find(reason), std::string::npos) << show.out;
  }
}

// The bodies an upgrade packs leave their old pages free inside the file; `init --compact`
// gives them back and moves an old file to the page size new files get.
TEST(Upgrade, CompactReturnsThePagesPackingFreed) {
  TempDir dir;
  const std::string path = dir.file("v10.db");
  load_fixture(10, path);
  {
    // 300 more revisions of about 6 kB of text each, as schema 10 stored them.
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec(R"sql(
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
      INSERT INTO articles(id, outlet_id, url, latest_revision, published_at, created_at)
        SELECT 100 + i, 1, 'https://granitewire.example/bulk-' || i, 1, NULL, '2025-03-12T08:00:00Z' FROM n;
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
      INSERT INTO revisions(id, article_id, number, title, published_precision, body, content_hash, bytes, ingested_at)
        SELECT 100 + i, 100 + i, 1, 'Bulk ' || i, 'none', b, '', length(CAST(b AS BLOB)),
               '2025-03-12T08:00:00Z'
        FROM (SELECT i, replace(hex(zeroblob(120)), '00', 'The council met on Tuesday to discuss the harbour plan ' || i || '. ') AS b FROM n);
      INSERT INTO revisions_fts(rowid, title, body) SELECT id, title, body FROM revisions WHERE id > 100;
    )sql");
    SQLite::Statement bodies(raw, "SELECT id, body FROM revisions WHERE id > 100");
    SQLite::Statement hash(raw, "UPDATE revisions SET content_hash = ? WHERE id = ?");
    while (bodies.executeStep()) {
      hash.bind(1, sha256_hex(bodies.getColumn(1).getString()));
      hash.bind(2, bodies.getColumn(0).getInt64());
      hash.exec();
      hash.reset();
    }
  }
  ASSERT_EQ(run_claimline(dir, path, {"init"}).code, 0);
  int64_t free_pages = 0, bodies_before = 0;
  std::string rows_before;
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA page_size").getInt(), 4096);
    free_pages = db.execAndGet("PRAGMA freelist_count").getInt64();
    bodies_before = db.execAndGet("SELECT count(*) FROM revisions WHERE typeof(body) = 'blob'").getInt64();
    rows_before = db.execAndGet("SELECT group_concat(id || ':' || hex(body) || ':' || content_hash, ',') FROM revisions").getString();
  }
  EXPECT_GT(free_pages, 100) << "packing 300 bodies of 6 kB should free pages";
  EXPECT_EQ(bodies_before, 303);
  const auto size_before = std::filesystem::file_size(path);
  RunResult compact = run_claimline(dir, path, {"init", "--compact"});
  ASSERT_EQ(compact.code, 0) << compact.err;
  EXPECT_NE(compact.out.find("claimline: compacted " + path + ": "), std::string::npos) << compact.out;
  EXPECT_LT(std::filesystem::file_size(path), size_before);
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA page_size").getInt(), 8192);
    EXPECT_EQ(db.execAndGet("PRAGMA freelist_count").getInt64(), 0);
    EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
    EXPECT_EQ(db.execAndGet("SELECT group_concat(id || ':' || hex(body) || ':' || content_hash, ',') FROM revisions")
                  .getString(),
              rows_before);
  }
  EXPECT_EQ(run_claimline(dir, path, {"check"}).code, 0);
  RunResult search = run_claimline(dir, path, {"articles", "--search", "harbour", "--format", "jsonl"});
  EXPECT_EQ(search.code, 0) << search.err;
  EXPECT_NE(search.out.find("bulk-17"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, UpgradeFrom, ::testing::Range(1, store::latest_schema_version() + 1));

// ---- files claimline must refuse -------------------------------------------------------

// Every file in `dir` with its bytes.
std::map<std::string, std::string> files_in(const std::filesystem::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name == "stdin.txt" || name == "stdout.txt" || name == "stderr.txt") continue;
    out[name] = slurp(e.path().string());
  }
  return out;
}

// Runs each command on `file` (in a directory of its own) and expects exit 4, a message
// naming the file and containing `reason`, and the directory exactly as before.
void expect_refused(const TempDir& dir, const std::string& file, const std::string& reason) {
  const auto before = files_in(dir.path());
  for (const std::vector<std::string>& cmd : std::vector<std::vector<std::string>>{
           {"init"}, {"check"}, {"articles"}, {"ingest", "-"}, {"outlets", "--format", "csv"}}) {
    SCOPED_TRACE("claimline " + cmd[0] + " on " + file);
    RunResult r = run_claimline(dir, file, cmd, "Title: T\nOutlet: O\n\nAna Costa said on Monday that it was over.\n");
    EXPECT_EQ(r.code, 4) << r.out << r.err;
    EXPECT_NE(r.err.find(file), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(reason), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("\n"), r.err.size() - 1) << "one line expected: " << r.err;
    EXPECT_EQ(files_in(dir.path()), before) << "the refused file (or its directory) was changed";
  }
}

// A claimline database made by the current binary, closed cleanly.
void make_database(const TempDir& dir, const std::string& path) {
  ASSERT_EQ(run_claimline(dir, path, {"ingest", std::string(CLAIMLINE_SAMPLES)}).code, 0);
}

TEST(Refuse, NewerSchemaInWalMode) {
  TempDir dir;
  const std::string path = dir.file("newer.db");
  make_database(dir, path);
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA user_version = " + std::to_string(store::latest_schema_version() + 1));
  }
  expect_refused(dir, path, "newer than this claimline knows (" + std::to_string(store::latest_schema_version()) + ")");
}

// A database from a future claimline that uses a rollback journal: refusing it must not
// switch it to WAL (which rewrites its header).
TEST(Refuse, NewerSchemaInRollbackJournalMode) {
  TempDir dir;
  const std::string path = dir.file("newer-rollback.db");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("PRAGMA journal_mode = DELETE");
    raw.exec("CREATE TABLE outlets(id INTEGER PRIMARY KEY, name TEXT)");
    raw.exec("INSERT INTO outlets(name) VALUES ('Granite Wire')");
    raw.exec("PRAGMA application_id = " + std::to_string(store::kApplicationId));
    raw.exec("PRAGMA user_version = 99");
  }
  expect_refused(dir, path, "schema version 99, newer than this claimline knows");
}

TEST(Refuse, NotAnSqliteFile) {
  TempDir dir;
  const std::string path = dir.file("notes.db");
  std::string text;
  for (int i = 0; i < 200; ++i) text += "line " + std::to_string(i) + " of a text file that is not a database\n";
  std::ofstream(path, std::ios::binary) << text;
  expect_refused(dir, path, "not a claimline database");
}

TEST(Refuse, AnotherApplicationsSqliteFile) {
  TempDir dir;
  const std::string path = dir.file("other.db");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)");
    raw.exec("INSERT INTO notes(text) VALUES ('keep me')");
  }
  expect_refused(dir, path, "not a claimline database");
}

TEST(Refuse, CorruptSchemaPage) {
  TempDir dir;
  const std::string path = dir.file("corrupt.db");
  make_database(dir, path);
  std::string bytes = slurp(path);
  ASSERT_GT(bytes.size(), 4096u);
  for (size_t i = 100; i < 4096; ++i) bytes[i] = static_cast<char>(0xAB);  // page 1 after the header
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  expect_refused(dir, path, "is corrupt");
}

TEST(Refuse, TruncatedFile) {
  TempDir dir;
  const std::string path = dir.file("truncated.db");
  make_database(dir, path);
  const std::string bytes = slurp(path);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() / 3);
  expect_refused(dir, path, "is corrupt");
}

// Damage inside a data page is only found by reading it: `check` finds it (exit 1, with
// the problem named) and leaves the file alone.
TEST(Refuse, CorruptDataPageIsFoundByCheck) {
  TempDir dir;
  const std::string path = dir.file("damaged.db");
  make_database(dir, path);
  // Three leaf pages that hold revisions (their bodies), whatever the file's layout: a page
  // picked by position can be an empty index leaf, where overwriting the cells finds nothing.
  // (Read from a copy: opening the database itself would leave a -wal file beside it.)
  std::vector<int64_t> data_pages;
  size_t page_size = 0;
  {
    const std::string probe = dir.file("probe.db");
    std::ofstream(probe, std::ios::binary) << slurp(path);
    SQLite::Database raw(probe, SQLite::OPEN_READONLY);
    SQLite::Statement q(raw, "SELECT pageno FROM dbstat WHERE name = 'revisions' AND pagetype = 'leaf' "
                             "AND ncell > 0 ORDER BY pageno LIMIT 3");
    while (q.executeStep()) data_pages.push_back(q.getColumn(0).getInt64());
    page_size = static_cast<size_t>(raw.execAndGet("PRAGMA page_size").getInt64());
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove(dir.file(std::string("probe.db") + suffix).c_str());
  ASSERT_EQ(data_pages.size(), 3u);
  std::string bytes = slurp(path);
  for (int64_t page : data_pages) {
    const size_t p = static_cast<size_t>(page - 1);
    ASSERT_LE((p + 1) * page_size, bytes.size());
    for (size_t i = p * page_size + 8; i < (p + 1) * page_size; ++i) bytes[i] = 'Z';
  }
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  const auto before = files_in(dir.path());
  RunResult r = run_claimline(dir, path, {"check"});
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("PROBLEM  integrity"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("problem(s) found in " + path), std::string::npos) << r.err;
  EXPECT_EQ(files_in(dir.path()), before);
}

}  // namespace
}  // namespace claimline::testing
