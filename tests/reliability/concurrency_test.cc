// Concurrency: two `claimline ingest` processes with overlapping inputs and readers (this
// test's own snapshots plus `claimline articles` and `claimline check`) on one database at
// once. Nobody fails with "database is locked", no article is lost or stored twice, and a
// reader only ever sees whole articles.

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "reliability/corpus.h"
#include "reliability/process.h"
#include "reliability/snapshot.h"

namespace claimline::testing {
namespace {

// Articles 0..199 in one directory, 100..299 in the other: the middle hundred is in both.
constexpr int kFirstEnd = 200, kSecondBegin = 100, kTotal = 300;

struct Ingests {
  RunResult a, b;
};

// Runs both ingests at once (plus the readers) on `db`; fails the test on a reader's error.
Ingests ingest_concurrently(const TempDir& dir, const std::string& db, const DatabaseSnapshot& reference,
                            const std::vector<std::string>& extra) {
  const std::string in_a = (dir.path() / "a").string(), in_b = (dir.path() / "b").string();
  std::vector<std::string> args_a = {"--db", db, "ingest", in_a}, args_b = {"--db", db, "ingest", in_b};
  args_a.insert(args_a.end(), extra.begin(), extra.end());
  args_b.insert(args_b.end(), extra.begin(), extra.end());
  Child a = spawn_claimline(args_a, dir.file("a.out"), dir.file("a.err"));
  Child b = spawn_claimline(args_b, dir.file("b.out"), dir.file("b.err"));

  std::atomic<bool> done{false};
  std::atomic<int> snapshots{0}, cli_reads{0};
  std::mutex error_mutex;
  std::string reader_error;
  auto fail = [&](const std::string& message) {
    std::lock_guard<std::mutex> lock(error_mutex);
    if (reader_error.empty()) reader_error = message;
    done = true;
  };
  std::thread snapshot_reader([&] {
    while (!done) {
      std::error_code ec;
      if (!std::filesystem::exists(db, ec)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        continue;
      }
      try {
        SQLite::Database conn(db, SQLite::OPEN_READONLY, 10000);
        if (conn.execAndGet("PRAGMA user_version").getInt() == 0) continue;
        if (!conn.tableExists("event_mentions")) continue;
        for (const auto& [url, got] : snapshot(conn)) {
          auto it = reference.find(url);
          if (it == reference.end() || !(got == it->second)) {
            fail("reader saw a partial or unknown article " + url);
            return;
          }
        }
        ++snapshots;
      } catch (const std::exception& e) {
        // Only a migration still running may stop a read (the schema is not all there yet).
        const std::string what = e.what();
        if (what.find("no such table") == std::string::npos) {
          fail(std::string("reader failed: ") + what);
          return;
        }
      }
    }
  });
  std::thread cli_reader([&] {
    TempDir own;
    while (!done) {
      for (const std::vector<std::string>& cmd : {std::vector<std::string>{"--db", db, "articles", "--format", "jsonl"},
                                                  std::vector<std::string>{"--db", db, "check"}}) {
        RunResult r = run_direct(own, cmd);
        // Before the first ingest has created and migrated the file, readers are told so.
        if (r.code == 4 && (r.err.find("no database") != std::string::npos ||
                            r.err.find("older than") != std::string::npos)) {
          continue;
        }
        if (r.code != 0 || r.err.find("locked") != std::string::npos) {
          fail("`claimline " + cmd[2] + "` failed during the ingests (exit " + std::to_string(r.code) +
               "): " + r.err + r.out);
          return;
        }
        ++cli_reads;
      }
    }
  });
  Ingests out;
  out.a.code = wait_child(a);
  out.b.code = wait_child(b);
  done = true;
  snapshot_reader.join();
  cli_reader.join();
  out.a.out = slurp(a.out_path);
  out.a.err = slurp(a.err_path);
  out.b.out = slurp(b.out_path);
  out.b.err = slurp(b.err_path);
  EXPECT_EQ(reader_error, "");
  EXPECT_GT(snapshots.load(), 0);
  EXPECT_GT(cli_reads.load(), 0);
  return out;
}

// Sums "N new" and "N unchanged" of an ingest summary.
std::pair<int, int> new_and_unchanged(const std::string& out) {
  int added = -1, unchanged = -1;
  const auto colon = out.find(": ");
  if (colon != std::string::npos) std::sscanf(out.c_str() + colon + 2, "%d new, %d unchanged", &added, &unchanged);
  return {added, unchanged};
}

class Concurrency : public ::testing::Test {
 protected:
  void SetUp() override {
    write_articles(dir_.path() / "a", 0, kFirstEnd);
    write_articles(dir_.path() / "b", kSecondBegin, kTotal);
    write_articles(dir_.path() / "all", 0, kTotal);
    const std::string ref = dir_.file("ref.db");
    RunResult r = run_direct(dir_, {"--db", ref, "ingest", (dir_.path() / "all").string()});
    ASSERT_EQ(r.code, 0) << r.err;
    reference_ = snapshot(ref);
    ASSERT_EQ(reference_.size(), static_cast<size_t>(kTotal));
  }

  void expect_complete(const std::string& db, const Ingests& r) {
    EXPECT_EQ(r.a.code, 0) << r.a.err;
    EXPECT_EQ(r.b.code, 0) << r.b.err;
    EXPECT_EQ(r.a.err.find("locked"), std::string::npos) << r.a.err;
    EXPECT_EQ(r.b.err.find("locked"), std::string::npos) << r.b.err;
    const auto [added_a, unchanged_a] = new_and_unchanged(r.a.out);
    const auto [added_b, unchanged_b] = new_and_unchanged(r.b.out);
    EXPECT_EQ(added_a + added_b, kTotal) << r.a.out << r.b.out;
    EXPECT_EQ(unchanged_a + unchanged_b, kFirstEnd - kSecondBegin) << r.a.out << r.b.out;
    EXPECT_EQ(snapshot_diff(snapshot(db), reference_), "");
    RunResult check = run_direct(dir_, {"--db", db, "check"});
    EXPECT_EQ(check.code, 0) << check.out << check.err;
  }

  TempDir dir_;
  DatabaseSnapshot reference_;
};

TEST_F(Concurrency, TwoIngestsAndReadersOnAnInitialisedDatabase) {
  const std::string db = dir_.file("shared.db");
  ASSERT_EQ(run_direct(dir_, {"--db", db, "init"}).code, 0);
  expect_complete(db, ingest_concurrently(dir_, db, reference_, {}));
}

TEST_F(Concurrency, TwoBatchedIngestsAndReaders) {
  const std::string db = dir_.file("batched.db");
  ASSERT_EQ(run_direct(dir_, {"--db", db, "init"}).code, 0);
  expect_complete(db, ingest_concurrently(dir_, db, reference_, {"--batch", "25"}));
}

// Both ingests find no database and create and migrate it at the same time.
TEST_F(Concurrency, TwoIngestsCreatingTheDatabaseAtOnce) {
  for (int round = 0; round < 3; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const std::string db = dir_.file("fresh" + std::to_string(round) + ".db");
    expect_complete(db, ingest_concurrently(dir_, db, reference_, {}));
    if (HasFailure()) break;
  }
}

}  // namespace
}  // namespace claimline::testing
