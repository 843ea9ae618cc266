// End-to-end: the built binary on the sample articles, as a user would run it.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "e2e/run.h"

namespace claimline::testing {
namespace {

using nlohmann::json;

std::vector<json> jsonl(const std::string& text) {
  std::vector<json> rows;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) rows.push_back(json::parse(line));
  }
  return rows;
}

class IngestE2E : public ::testing::Test {
 protected:
  void SetUp() override { db_ = dir_.file("test.db"); }
  RunResult run(const std::vector<std::string>& args, const std::string& input = "") {
    return run_claimline(dir_, db_, args, input);
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(IngestE2E, SamplesGoInAndAgainAreUnchanged) {
  auto first = run({"ingest", CLAIMLINE_SAMPLES});
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_NE(first.out.find("ingested 17 articles: 16 new, 0 unchanged, 1 revised; 0 rejected"), std::string::npos)
      << first.out;
  auto again = run({"ingest", CLAIMLINE_SAMPLES});
  ASSERT_EQ(again.code, 0) << again.err;
  EXPECT_NE(again.out.find("ingested 17 articles: 0 new, 17 unchanged, 0 revised; 0 rejected"), std::string::npos)
      << again.out;
  EXPECT_EQ(run({"check"}).code, 0);
}

TEST_F(IngestE2E, EveryArticleHasOutletTitleAndDate) {
  ASSERT_EQ(run({"ingest", CLAIMLINE_SAMPLES}).code, 0);
  auto list = run({"articles", "--format", "jsonl", "--limit", "0"});
  ASSERT_EQ(list.code, 0) << list.err;
  const auto rows = jsonl(list.out);
  ASSERT_EQ(rows.size(), 16u);
  int undated = 0;
  for (const auto& r : rows) {
    EXPECT_FALSE(r["outlet"].is_null()) << r.dump();
    EXPECT_FALSE(r["title"].is_null()) << r.dump();
    if (r["undated"].get<bool>()) ++undated;
  }
  EXPECT_EQ(undated, 1);
  auto outlets = jsonl(run({"outlets", "--format", "jsonl"}).out);
  std::set<std::string> names;
  for (const auto& o : outlets) names.insert(o["name"].get<std::string>());
  EXPECT_EQ(names, (std::set<std::string>{"Capital Wire", "Eastgate Observer", "Harbor Post", "Meridian Daily",
                                          "Northern Ledger"}));
}

TEST_F(IngestE2E, RevisedArticleShowsBothRevisions) {
  ASSERT_EQ(run({"ingest", CLAIMLINE_SAMPLES}).code, 0);
  const auto rows = jsonl(run({"articles", "--format", "jsonl", "--limit", "0"}).out);
  const json* revised = nullptr;
  for (const auto& r : rows) {
    if (r["revisions"] == 2) revised = &r;
  }
  ASSERT_NE(revised, nullptr);
  auto show = run({"articles", "show", std::to_string((*revised)["id"].get<int>()), "--format", "json"});
  ASSERT_EQ(show.code, 0) << show.err;
  const json a = json::parse(show.out);
  ASSERT_EQ(a["revision_list"].size(), 2u);
  EXPECT_LT(a["revision_list"][0]["published"].get<std::string>(), a["revision_list"][1]["published"].get<std::string>());
  EXPECT_EQ(a["body"].get<std::string>().find("General Staff") != std::string::npos, true);
}

TEST_F(IngestE2E, SearchRanksAndFilters) {
  ASSERT_EQ(run({"ingest", CLAIMLINE_SAMPLES}).code, 0);
  auto hits = jsonl(run({"articles", "--search", "encirclement", "--format", "jsonl"}).out);
  ASSERT_FALSE(hits.empty());
  for (const auto& h : hits) EXPECT_NE(h["snippet"].get<std::string>().find('['), std::string::npos);
  auto ledger = jsonl(run({"articles", "--outlet", "NORTHLEDGER", "--format", "jsonl"}).out);
  for (const auto& r : ledger) EXPECT_EQ(r["outlet"], "Northern Ledger");
  EXPECT_FALSE(ledger.empty());
  auto range = jsonl(run({"articles", "--from", "2025-03-16", "--to", "2025-03-16", "--format", "jsonl"}).out);
  ASSERT_FALSE(range.empty());
  for (const auto& r : range) EXPECT_EQ(r["published"].get<std::string>().substr(0, 10), "2025-03-16");
  auto missing = run({"articles", "--outlet", "No Such Outlet"});
  EXPECT_EQ(missing.code, 5);
}

// Since schema 9 the store writes both full-text indexes itself: every revision and every
// statement ingested is found by search, and a row missing from an index is what `check`
// reports and `check --repair` mends.
TEST_F(IngestE2E, EveryRevisionAndStatementIsIndexedAndCheckFindsOneThatIsNot) {
  ASSERT_EQ(run({"ingest", CLAIMLINE_SAMPLES}).code, 0);
  int64_t statement = 0;
  {
    SQLite::Database db(db_, SQLite::OPEN_READWRITE);
    for (const char* sql : {"SELECT (SELECT count(*) FROM revisions) = (SELECT count(*) FROM revisions_fts_docsize)",
                            "SELECT (SELECT count(*) FROM statements) = (SELECT count(*) FROM statements_fts_docsize)",
                            "SELECT count(*) > 0 FROM statements"}) {
      EXPECT_EQ(db.execAndGet(sql).getInt(), 1) << sql;
    }
    // A statement's own words find it.
    statement = db.execAndGet("SELECT id FROM statements WHERE instr(text, '\"') = 0 ORDER BY length(text) DESC LIMIT 1").getInt64();
    SQLite::Statement q(db, "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ? AND rowid = ?");
    q.bind(1, "\"" + db.execAndGet("SELECT text FROM statements WHERE id = " + std::to_string(statement)).getString() + "\"");
    q.bind(2, statement);
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getInt(), 1);
    db.exec("INSERT INTO statements_fts(statements_fts, rowid, text, speaker) SELECT 'delete', id, text, speaker "
            "FROM statements WHERE id = " + std::to_string(statement));
  }
  auto check = run({"check"});
  EXPECT_EQ(check.code, 1);
  EXPECT_NE(check.out.find("PROBLEM  search-index: 1 of the statements are missing from the full-text index (first: id " +
                           std::to_string(statement) + ")"),
            std::string::npos)
      << check.out;
  ASSERT_EQ(run({"check", "--repair"}).code, 0);
  EXPECT_EQ(run({"check"}).code, 0);
}

TEST_F(IngestE2E, EveryListingFormat) {
  ASSERT_EQ(run({"ingest", CLAIMLINE_SAMPLES}).code, 0);
  auto csv = run({"articles", "--format", "csv"});
  EXPECT_EQ(csv.out.substr(0, csv.out.find('\r')), "id,published,outlet,title,revisions");
  auto md = run({"outlets", "--format", "md"});
  EXPECT_EQ(md.out.substr(0, 2), "| ");
  auto js = run({"outlets", "--format", "json"});
  EXPECT_TRUE(json::parse(js.out).is_array());
  auto table = run({"outlets", "--format", "table"});
  EXPECT_EQ(table.out.substr(0, 2), "ID");
  // Piped output defaults to JSON Lines.
  auto piped = run({"outlets"});
  EXPECT_NO_THROW(jsonl(piped.out));
}

TEST_F(IngestE2E, BadInputsAreRejectedWithFileAndLine) {
  const std::string good = dir_.file("good.txt"), bad_json = dir_.file("bad.jsonl"), latin1 = dir_.file("latin1.txt"),
                    empty = dir_.file("empty.txt");
  std::ofstream(good) << "Title: Fine\nOutlet: Capital Wire\nPublished: 2025-03-15\n\nA good body.\n";
  std::ofstream(bad_json) << "{\"title\": \"ok\", \"text\": \"one\"}\n{\"title\": broken\n";
  std::ofstream(latin1, std::ios::binary) << "Caf\xE9 society\n";
  std::ofstream(empty) << "";
  auto r = run({"ingest", good, bad_json, latin1, empty, dir_.file("missing.txt")});
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("bad.jsonl:2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("latin1.txt:1: invalid UTF-8"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt:1: empty file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.txt: no such file"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("2 new"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4 rejected"), std::string::npos) << r.out;
  EXPECT_EQ(jsonl(run({"articles"}).out).size(), 2u);
  EXPECT_EQ(run({"check"}).code, 0);
}

TEST_F(IngestE2E, StandardInputAndOverrides) {
  auto r = run({"ingest", "-", "--outlet", "Harbor Post", "--published", "2025-03-17"},
               "Troops were said to be surrounded on Sunday.\n");
  ASSERT_EQ(r.code, 0) << r.err;
  auto rows = jsonl(run({"articles"}).out);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["outlet"], "Harbor Post");
  EXPECT_EQ(rows[0]["published"], "2025-03-17");
}

// The scale-out path: extract elsewhere (`extract --jsonl -`), load with `ingest --extracted`.
TEST_F(IngestE2E, ExtractedOutputLoadsWithoutExtractingAgain) {
  const std::string articles = std::string(CLAIMLINE_SAMPLES) + "/news-briefs-2025-03.jsonl";
  std::ifstream in(articles, std::ios::binary);
  const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto extracted = run_claimline(dir_, "", {"extract", "--jsonl", "-"}, input);
  ASSERT_EQ(extracted.code, 0) << extracted.err;
  const std::vector<json> records = jsonl(extracted.out);
  ASSERT_EQ(records.size(), 3u);

  // A bad record among good ones: a statement span past the end of its body.
  json bad = records[0];
  bad["article"]["url"] = "https://example.org/bad";
  ASSERT_FALSE(bad["statements"].empty());
  bad["statements"][0]["span"] = json::array({0, 1000000});
  const std::string file = dir_.file("extracted.jsonl");
  std::ofstream(file, std::ios::binary) << extracted.out << bad.dump() << "\n" << "{not json\n";

  auto r = run({"ingest", "--extracted", file});
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_NE(r.err.find("extracted.jsonl:4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("extracted.jsonl:5"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("3 new"), std::string::npos) << r.out;

  // The same statements as extracting on ingest.
  const std::string direct_db = dir_.file("direct.db");
  ASSERT_EQ(run_claimline(dir_, direct_db, {"ingest", "-q", articles}).code, 0);
  const auto loaded = jsonl(run({"statements", "--format", "jsonl"}).out);
  const auto direct = jsonl(run_claimline(dir_, direct_db, {"statements", "--format", "jsonl"}).out);
  ASSERT_FALSE(direct.empty());
  ASSERT_EQ(loaded.size(), direct.size());
  for (size_t i = 0; i < direct.size(); ++i) {
    EXPECT_EQ(loaded[i]["text"], direct[i]["text"]);
    EXPECT_EQ(loaded[i]["speaker"], direct[i]["speaker"]);
    EXPECT_EQ(loaded[i]["span"], direct[i]["span"]);
  }
}

TEST_F(IngestE2E, UsageErrorsExitTwo) {
  EXPECT_EQ(run({"ingest"}).code, 2);
  EXPECT_EQ(run({"articles", "--format", "xml"}).code, 2);
  EXPECT_EQ(run({"no-such-command"}).code, 2);
  auto bad_date = run({"articles", "--from", "last tuesday"});
  EXPECT_EQ(bad_date.code, 2);
  EXPECT_NE(bad_date.err.find("--from"), std::string::npos);
  EXPECT_EQ(run({"--help"}).code, 0);
}

TEST_F(IngestE2E, DatabaseProblemsExitFour) {
  EXPECT_EQ(run({"articles"}).code, 4);  // no database yet
  std::ofstream(db_) << "plain text, not a database at all, but long enough to look like a header....";
  auto r = run({"init"});
  EXPECT_EQ(r.code, 4);
  EXPECT_NE(r.err.find("not a claimline database"), std::string::npos) << r.err;
}

TEST_F(IngestE2E, NotFoundExitsFive) {
  ASSERT_EQ(run({"init"}).code, 0);
  EXPECT_EQ(run({"articles", "show", "999"}).code, 5);
}

}  // namespace
}  // namespace claimline::testing
