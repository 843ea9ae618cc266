// Schema 11 stores a statement's text as '' when it is the statement's span of the body:
// every reader still gets the text, the full-text index still finds it, and deleting the
// article (ON DELETE CASCADE through revisions) takes its terms out of the index.
#include <gtest/gtest.h>

#include <SQLiteCpp/Statement.h>

#include "ingest/ingester.h"
#include "store/article_store.h"
#include "store/checker.h"
#include "store/database.h"
#include "store/statement_store.h"

namespace claimline::store {
namespace {

const std::string kBody =
    "KYIV \u2014 Maria Okafor said on Tuesday that the talks would resume in Geneva. "
    "\"We are ready to sign the agreement,\" said Tomas Vidal, a spokesman for the ministry. "
    "The ministry denied that troops were surrounded near Sudzha.";

class StatementText : public ::testing::Test {
 protected:
  void SetUp() override {
    ArticleInput a;
    a.body = kBody;
    a.outlet = "Capital Wire";
    a.title = "Talks to resume";
    a.url = "https://capitalwire.example/talks";
    a.published = *parse_timestamp("2025-03-12T09:30Z");
    a.origin = "test";
    a.format = "text";
    ingest::Ingester ingester(db_, {}, [] { return std::string("2026-01-01T00:00:00Z"); });
    ingester.ingest_article(a);
  }
  int64_t count(const std::string& sql) { return db_.sql().execAndGet(sql).getInt64(); }
  std::vector<StatementRow> search(const std::string& words) {
    StatementFilter f;
    f.search = words;
    return StatementStore(db_).list(f);
  }
  Database db_{":memory:", OpenMode::kCreate};
};

TEST_F(StatementText, SpansAreStoredEmptyAndReadBackWhole) {
  ASSERT_GT(count("SELECT count(*) FROM statements"), 0);
  EXPECT_GT(count("SELECT count(*) FROM statements WHERE text = ''"), 0) << "no statement stored as its span";
  const std::vector<StatementRow> rows = StatementStore(db_).list(StatementFilter{});
  ASSERT_FALSE(rows.empty());
  bool quote_seen = false;
  for (const StatementRow& r : rows) {
    EXPECT_FALSE(r.text.empty()) << "statement " << r.id;
    const std::string span = kBody.substr(static_cast<size_t>(r.span_start), static_cast<size_t>(r.span_end - r.span_start));
    SQLite::Statement q(db_.sql(), "SELECT text FROM statements WHERE id = ?");
    q.bind(1, r.id);
    ASSERT_TRUE(q.executeStep());
    if (q.getColumn(0).getString().empty()) {
      EXPECT_EQ(r.text, span) << "statement " << r.id;
    }
    if (r.text.find("ready to sign") != std::string::npos) quote_seen = true;
  }
  EXPECT_TRUE(quote_seen);
}

TEST_F(StatementText, TheIndexFindsAndForgetsThem) {
  EXPECT_FALSE(search("Geneva").empty());
  EXPECT_TRUE(check_database(db_).ok());
  // Re-extracting the revision deletes its statements first (the revision is still there).
  db_.sql().exec("DELETE FROM statements WHERE text = ''");
  EXPECT_EQ(count("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'Geneva'"), 0);
  EXPECT_TRUE(check_database(db_).ok());
}

TEST_F(StatementText, DeletingTheArticleLeavesTheIndexExact) {
  ASSERT_FALSE(search("Geneva").empty());
  db_.sql().exec("DELETE FROM articles");
  EXPECT_EQ(count("SELECT count(*) FROM statements"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM statements_fts_docsize"), 0);
  // The index itself, not only its join with statements: a 'delete' given the wrong text
  // (the body already gone) would leave the terms behind.
  EXPECT_EQ(count("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'Geneva'"), 0);
  EXPECT_TRUE(search("Geneva").empty());
  const CheckReport r = check_database(db_);
  EXPECT_TRUE(r.ok()) << (r.problems.empty() ? "" : r.problems[0].message);
}

}  // namespace
}  // namespace claimline::store
