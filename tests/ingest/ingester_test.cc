#include "ingest/ingester.h"

#include <gtest/gtest.h>

#include <fstream>

#include <SQLiteCpp/Statement.h>

#include "store/test_db.h"
#include "util/error.h"

namespace claimline::ingest {
namespace {

const auto kClock = [] { return std::string("2026-01-01T00:00:00Z"); };

// Every row of the tables ingest writes, in id order, as text.
std::string dump(store::Database& db) {
  std::string out;
  for (const char* table : {"outlets", "articles", "revisions", "times", "entities", "entity_aliases",
                            "entity_mentions", "statements"}) {
    SQLite::Statement q(db.sql(), std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
    while (q.executeStep()) {
      out += table;
      for (int i = 0; i < q.getColumnCount(); ++i) out += "|" + q.getColumn(i).getString();
      out += "\n";
    }
  }
  return out;
}

std::string ingest_samples(size_t workers, size_t batch, IngestCounts* counts) {
  store::Database db(":memory:", store::OpenMode::kCreate);
  IngestOptions opts;
  opts.workers = workers;
  opts.batch = batch;
  Ingester ingester(db, opts, kClock);
  ingester.ingest_paths({CLAIMLINE_SAMPLES}, [] { return std::string(); });
  *counts = ingester.counts();
  return dump(db);
}

TEST(Ingester, ParallelAndBatchedIngestStoresExactlyWhatSequentialDoes) {
  IngestCounts sequential_counts, parallel_counts;
  const std::string sequential = ingest_samples(0, 1, &sequential_counts);
  const std::string parallel = ingest_samples(3, 4, &parallel_counts);
  EXPECT_GT(sequential_counts.added, 10u);
  EXPECT_NE(sequential.find("statements|"), std::string::npos);
  EXPECT_EQ(parallel, sequential);
  EXPECT_EQ(parallel_counts.added, sequential_counts.added);
  EXPECT_EQ(parallel_counts.revised, sequential_counts.revised);
  EXPECT_EQ(parallel_counts.bytes, sequential_counts.bytes);
}

// Inputs of the one-article formats are read on the workers: a directory mixing them with
// JSON Lines, and with inputs no reader accepts, gives the rows, counts and problems (in
// input order) of a sequential ingest.
std::string ingest_mixed(const claimline::testing::TempDir& dir, size_t workers, IngestCounts* counts,
                         std::string* problems) {
  store::Database db(":memory:", store::OpenMode::kCreate);
  IngestOptions opts;
  opts.workers = workers;
  opts.batch = 2;
  Ingester ingester(db, opts, kClock);
  ingester.ingest_paths({dir.path().string()}, [] { return std::string(); });
  *counts = ingester.counts();
  for (const auto& p : ingester.problems()) *problems += p.where + ": " + p.message + "\n";
  return dump(db);
}

TEST(Ingester, InputsReadByTheWorkersKeepTheirOrderAndProblems) {
  claimline::testing::TempDir dir;
  auto write = [&dir](const std::string& name, const std::string& text) {
    std::ofstream(dir.file(name), std::ios::binary) << text;
  };
  write("a.txt", "Title: Bridge\nOutlet: Granite Wire\n\nMaria Okafor said on Monday that the bridge reopened.\n");
  write("b.txt", std::string("Broken \x01 text\n"));
  write("c.jsonl", R"({"title": "Dam", "source": "Granite Wire", "text": "Officials said the dam held."})"
                   "\n{not json}\n");
  write("d.md", "# Port\n\nThe port reopened on Tuesday, the mayor said.\n");
  write("e.txt", "");
  write("f.html", "<html><head><title>Rail</title></head><body><p>Rail strikes ended on Friday, unions said.</p></body></html>");
  IngestCounts seq_counts, par_counts;
  std::string seq_problems, par_problems;
  const std::string sequential = ingest_mixed(dir, 0, &seq_counts, &seq_problems);
  const std::string parallel = ingest_mixed(dir, 2, &par_counts, &par_problems);
  EXPECT_EQ(seq_counts.added, 4u);
  EXPECT_EQ(seq_counts.rejected, 3u);
  EXPECT_EQ(parallel, sequential);
  EXPECT_EQ(par_problems, seq_problems);
  EXPECT_EQ(par_counts.added, seq_counts.added);
  EXPECT_EQ(par_counts.rejected, seq_counts.rejected);
  EXPECT_EQ(par_counts.bytes, seq_counts.bytes);
  EXPECT_NE(seq_problems.find("b.txt"), std::string::npos) << seq_problems;
  EXPECT_LT(seq_problems.find("b.txt"), seq_problems.find("c.jsonl")) << seq_problems;
}

// An input with no name is still read whole on a worker, not taken for an article.
TEST(Ingester, AnUnnamedInputIsReadOnAWorker) {
  store::Database db(":memory:", store::OpenMode::kCreate);
  IngestOptions opts;
  opts.workers = 2;
  Ingester ingester(db, opts, kClock);
  ingester.ingest_content("Title: Bridge\n\nMaria Okafor said on Monday that the bridge reopened.\n", "");
  EXPECT_EQ(ingester.counts().added, 1u);
  EXPECT_EQ(ingester.counts().rejected, 0u);
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM statements").getInt(), 1);
}

// Five JSON Lines articles; the fourth makes the revision insert fail.
std::string five_articles() {
  std::string jsonl;
  for (int i = 1; i <= 5; ++i) {
    const std::string title = i == 4 ? "boom" : "Story " + std::to_string(i);
    jsonl += R"({"title": ")" + title + R"(", "source": "Granite Wire", "published": "2024-01-0)" +
             std::to_string(i) + R"(", "text": "Maria Okafor said on Monday that story )" + std::to_string(i) +
             R"( was true."})" + "\n";
  }
  return jsonl;
}

int articles_after_failure(size_t batch) {
  store::Database db(":memory:", store::OpenMode::kCreate);
  db.sql().exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON revisions WHEN new.title = 'boom' "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
  IngestOptions opts;
  opts.workers = 2;
  opts.batch = batch;
  Ingester ingester(db, opts, kClock);
  EXPECT_THROW(ingester.ingest_content(five_articles(), "five.jsonl"), Error);
  return db.sql().execAndGet("SELECT count(*) FROM articles").getInt();
}

TEST(Ingester, OneTransactionPerArticleByDefault) {
  EXPECT_EQ(IngestOptions{}.batch, 1u);
  EXPECT_EQ(articles_after_failure(1), 3);  // articles 1-3 committed, 4 rolled back
}

TEST(Ingester, AFailedBatchIsRolledBackWhole) {
  EXPECT_EQ(articles_after_failure(2), 2);  // batch {1, 2} committed; {3, 4} rolled back
  EXPECT_EQ(articles_after_failure(10), 0);
}

TEST(Ingester, IngestArticleFinishesWhatWasQueuedFirst) {
  store::Database db(":memory:", store::OpenMode::kCreate);
  IngestOptions opts;
  opts.workers = 2;
  opts.batch = 100;
  Ingester ingester(db, opts, kClock);
  ingester.add_content(R"({"title": "Queued", "source": "Granite Wire", "text": "Queued body."})", "q.json");
  ArticleInput a;
  a.title = "Direct";
  a.outlet = "Granite Wire";
  a.body = "Direct body.";
  ingester.ingest_article(a);
  EXPECT_EQ(db.sql().execAndGet("SELECT group_concat(title, ',') FROM revisions ORDER BY id").getString(),
            "Queued,Direct");
  EXPECT_EQ(ingester.counts().added, 2u);
}

}  // namespace
}  // namespace claimline::ingest
