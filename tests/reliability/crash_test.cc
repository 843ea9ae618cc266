// Crash safety: a real `claimline ingest` of 300 articles is killed with SIGKILL at random
// moments. After each kill `claimline check` passes, every stored article is whole (its
// body, hash and extracted rows exactly as an uninterrupted ingest stores them), and a
// re-run ingests exactly the articles that are missing.
//
// CLAIMLINE_KILL_SEED=N reproduces a run's kill times (the seed is printed on failure).

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <cstdlib>
#include <random>
#include <regex>
#include <thread>

#include "reliability/corpus.h"
#include "reliability/process.h"
#include "reliability/snapshot.h"
#include "store/migrations.h"

namespace claimline::testing {
namespace {

constexpr int kArticles = 300;
constexpr int kRuns = 24;

struct Summary {
  int added = -1, unchanged = -1, rejected = -1;
};

Summary parse_summary(const std::string& out) {
  static const std::regex re(R"(ingested \d+ articles?: (\d+) new, (\d+) unchanged, \d+ revised.*; (\d+) rejected)");
  std::smatch m;
  Summary s;
  if (std::regex_search(out, m, re)) {
    s.added = std::stoi(m[1]);
    s.unchanged = std::stoi(m[2]);
    s.rejected = std::stoi(m[3]);
  }
  return s;
}

unsigned kill_seed() {
  if (const char* s = std::getenv("CLAIMLINE_KILL_SEED")) return static_cast<unsigned>(std::strtoul(s, nullptr, 10));
  return std::random_device{}();
}

TEST(CrashSafety, SigkillDuringIngestLosesNothingAndRerunCompletes) {
  TempDir dir;
  const auto articles = write_articles(dir.path() / "in", 0, kArticles);
  const std::string in = (dir.path() / "in").string();

  // The reference: one uninterrupted ingest, timed to spread the kills over it.
  const std::string ref_db = dir.file("ref.db");
  const auto start = std::chrono::steady_clock::now();
  RunResult ref = run_direct(dir, {"--db", ref_db, "ingest", in});
  const double full_seconds = seconds_since(start);
  ASSERT_EQ(ref.code, 0) << ref.err;
  ASSERT_EQ(parse_summary(ref.out).added, kArticles) << ref.out;
  const DatabaseSnapshot reference = snapshot(ref_db);
  ASSERT_EQ(reference.size(), static_cast<size_t>(kArticles));
  size_t with_statements = 0, with_times = 0;
  for (const auto& [url, a] : reference) {
    with_statements += a.extracted.find("statement|") != std::string::npos;
    with_times += a.extracted.find("time|") != std::string::npos;
  }
  ASSERT_EQ(with_statements, reference.size()) << "every generated article should yield a statement";
  ASSERT_EQ(with_times, reference.size()) << "every generated article should yield a time";

  const unsigned seed = kill_seed();
  SCOPED_TRACE("CLAIMLINE_KILL_SEED=" + std::to_string(seed) + ", full ingest " + std::to_string(full_seconds) + " s");
  std::mt19937 rng(seed);
  // Most kills land in the middle of the reference's time (start-up, the migrations and the
  // last commit are a larger share of a faster ingest, and a loaded machine stretches them);
  // every fourth run draws from the whole time and a little past it, so some kills land in
  // start-up or the migrations and some runs finish.
  std::uniform_real_distribution<double> anywhere(0.0, full_seconds * 1.1);
  std::uniform_real_distribution<double> midway(full_seconds * 0.25, full_seconds * 0.9);
  int killed_midway = 0;
  for (int run = 0; run < kRuns; ++run) {
    SCOPED_TRACE("run " + std::to_string(run));
    const std::string db = dir.file("kill" + std::to_string(run) + ".db");
    // Most runs start from an initialised database; some let ingest create it, so a kill
    // may land in the migrations. Some write batches of articles, some extract on the writer.
    if (run % 4 != 0) {
      ASSERT_EQ(run_direct(dir, {"--db", db, "init"}).code, 0);
    }
    std::vector<std::string> args = {"--db", db, "ingest", in};
    if (run % 3 == 1) args.insert(args.end(), {"--batch", "7"});
    if (run % 5 == 2) args.insert(args.end(), {"--jobs", "0"});
    const double delay = run % 4 == 3 ? anywhere(rng) : midway(rng);

    Child child = spawn_claimline(args, dir.file("kill.out"), dir.file("kill.err"));
    int code = 0;
    bool exited = false;
    if (run % 4 != 3) {
      // A mid-ingest kill counts its delay from the first write (the write-ahead log is
      // there and growing), not from the spawn: on a loaded machine start-up alone can take
      // longer than the whole reference ingest.
      const auto spawned = std::chrono::steady_clock::now();
      std::error_code ec;
      while (seconds_since(spawned) < 10 && !(exited = try_wait_child(child, &code))) {
        if (std::filesystem::file_size(db + "-wal", ec) > 0 && !ec) break;
        std::this_thread::sleep_for(std::chrono::microseconds(500));
      }
    }
    const auto t0 = std::chrono::steady_clock::now();
    while (!exited && seconds_since(t0) < delay) {
      if ((exited = try_wait_child(child, &code))) break;
      std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    if (!exited) {
      ::kill(child.pid, SIGKILL);
      code = wait_child(child);
    }
    const bool was_killed = code == -SIGKILL;
    if (!was_killed) {
      ASSERT_EQ(code, 0) << slurp(child.err_path);
    }

    // check passes (a kill inside the migrations leaves an older schema: check asks for init).
    RunResult check = run_direct(dir, {"--db", db, "check"});
    bool migrated = true;
    if (check.code == 4 && check.err.find("older than") != std::string::npos) {
      migrated = false;
    } else if (check.code == 4 && check.err.find("no database") != std::string::npos) {
      migrated = false;  // killed before the file was created
    } else {
      EXPECT_EQ(check.code, 0) << check.out << check.err;
    }

    // Every stored article is whole.
    size_t stored = 0;
    if (migrated) {
      const DatabaseSnapshot got = snapshot(db);
      stored = got.size();
      for (const auto& [url, a] : got) {
        auto it = reference.find(url);
        ASSERT_NE(it, reference.end()) << "unknown article " << url;
        EXPECT_EQ(snapshot_diff({{url, a}}, {{url, it->second}}), "") << "article not whole after the kill";
      }
      if (stored > 0 && stored < reference.size()) ++killed_midway;
    }

    // A re-run stores exactly the missing ones.
    RunResult rerun = run_direct(dir, {"--db", db, "ingest", in});
    ASSERT_EQ(rerun.code, 0) << rerun.err;
    const Summary s = parse_summary(rerun.out);
    EXPECT_EQ(s.added, static_cast<int>(reference.size() - stored)) << rerun.out;
    EXPECT_EQ(s.unchanged, static_cast<int>(stored)) << rerun.out;
    EXPECT_EQ(s.rejected, 0) << rerun.out;
    EXPECT_EQ(snapshot_diff(snapshot(db), reference), "");
    RunResult check2 = run_direct(dir, {"--db", db, "check"});
    EXPECT_EQ(check2.code, 0) << check2.out << check2.err;
    if (::testing::Test::HasFailure()) break;
  }
  // The kills must actually land inside ingests, or the test proves nothing.
  EXPECT_GE(killed_midway, kRuns / 3);
  RecordProperty("killed_midway", killed_midway);
}

}  // namespace
}  // namespace claimline::testing
