#include "store/article_store.h"

#include <gtest/gtest.h>
#include <SQLiteCpp/Statement.h>

#include "ingest/ingester.h"
#include "store/checker.h"
#include "util/error.h"
#include "util/sha256.h"

namespace claimline::store {
namespace {

ArticleInput article(const std::string& body, const std::string& outlet = "Capital Wire",
                     std::optional<std::string> url = std::nullopt, const std::string& published = "") {
  ArticleInput a;
  a.body = body;
  a.outlet = outlet;
  a.url = std::move(url);
  a.title = "Title of " + body.substr(0, 10);
  if (!published.empty()) a.published = *parse_timestamp(published);
  a.origin = "test";
  a.format = "text";
  return a;
}

class ArticleStoreTest : public ::testing::Test {
 protected:
  PutResult put(const ArticleInput& a) {
    Transaction tx(db_);
    PutResult r = store_.put(a, "2026-01-01T00:00:00Z");
    tx.commit();
    return r;
  }
  int64_t count(const char* table) {
    return db_.sql().execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64();
  }
  Database db_{":memory:", OpenMode::kCreate};
  ArticleStore store_{db_};
};

TEST_F(ArticleStoreTest, SameContentIsANoOp) {
  auto first = put(article("Body one."));
  EXPECT_EQ(first.outcome, PutOutcome::kNew);
  auto again = put(article("Body one."));
  EXPECT_EQ(again.outcome, PutOutcome::kUnchanged);
  EXPECT_EQ(again.article_id, first.article_id);
  EXPECT_EQ(count("revisions"), 1);
}

TEST_F(ArticleStoreTest, SameTextAtAnotherOutletIsAnotherArticle) {
  put(article("Wire copy."));
  EXPECT_EQ(put(article("Wire copy.", "Harbor Post")).outcome, PutOutcome::kNew);
  EXPECT_EQ(count("articles"), 2);
}

TEST_F(ArticleStoreTest, ChangedBodyUnderSameUrlIsARevision) {
  auto v1 = put(article("Early text.", "Capital Wire", "https://cw.example/a", "2025-03-15T09:10:00Z"));
  auto v2 = put(article("Updated text.", "Capital Wire", "https://cw.example/a/?utm_source=x", "2025-03-15T18:40:00Z"));
  EXPECT_EQ(v2.outcome, PutOutcome::kRevised);
  EXPECT_EQ(v2.article_id, v1.article_id);
  EXPECT_EQ(v2.revision_number, 2);
  auto d = store_.get(v1.article_id);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->body, "Updated text.");
  EXPECT_EQ(d->revisions.size(), 2u);
  // Re-reading the old version is recognised too.
  EXPECT_EQ(put(article("Early text.", "Capital Wire", "https://cw.example/a")).outcome, PutOutcome::kUnchanged);
}

TEST_F(ArticleStoreTest, RevisionsAreOrderedByPublicationNotIngestion) {
  auto late = put(article("Updated text.", "Capital Wire", "https://cw.example/a", "2025-03-15T18:40:00Z"));
  auto early = put(article("Early text.", "Capital Wire", "https://cw.example/a", "2025-03-15T09:10:00Z"));
  EXPECT_EQ(early.revision_number, 1);
  auto d = store_.get(late.article_id);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->revisions[0].published, "2025-03-15T09:10:00Z");
  EXPECT_EQ(d->revisions[1].published, "2025-03-15T18:40:00Z");
  EXPECT_EQ(d->body, "Updated text.");
  EXPECT_TRUE(check_database(db_).ok());
}

TEST_F(ArticleStoreTest, DateGivenLaterForAnUndatedArticle) {
  auto undated = put(article("No date here."));
  auto dated = put(article("No date here.", "Capital Wire", std::nullopt, "2025-03-17"));
  EXPECT_EQ(dated.outcome, PutOutcome::kRedated);
  EXPECT_EQ(dated.revision_id, undated.revision_id);
  ArticleFilter f;
  f.undated_only = true;
  EXPECT_TRUE(store_.list(f).empty());
  EXPECT_TRUE(check_database(db_).ok());
}

TEST_F(ArticleStoreTest, OutletSpellingsAreOneOutlet) {
  put(article("A.", "The Hill"));
  put(article("B.", "THEHILL"));
  put(article("C.", "thehill.com"));
  auto d = put(article("D.", "", std::optional<std::string>("https://www.thehill.com/x")));
  (void)d;
  EXPECT_EQ(count("outlets"), 1);
  EXPECT_EQ(db_.sql().execAndGet("SELECT name FROM outlets").getString(), "The Hill");
  EXPECT_TRUE(store_.outlets().find("thehill.com").has_value());
}

TEST_F(ArticleStoreTest, CodeAbbreviatingAnOutletJoinsIt) {
  put(article("A.", "Northern Ledger", std::optional<std::string>("https://northernledger.example/a")));
  put(article("B.", "NORTHLEDGER"));
  EXPECT_EQ(count("outlets"), 1);
  // A code that could be two outlets makes a new one rather than a wrong guess.
  put(article("C.", "Northern Lights"));
  put(article("D.", "NORTHL"));
  EXPECT_EQ(count("outlets"), 3);
}

TEST_F(ArticleStoreTest, ListFiltersAndSearch) {
  put(article("Troops are encircled in Kursk, officials said.", "Capital Wire", std::nullopt, "2025-03-14"));
  put(article("Zelenskyy denied the encirclement claim.", "Northern Ledger", std::nullopt, "2025-03-16"));
  put(article("Talks on a 30-day ceasefire continue.", "Harbor Post"));
  ArticleFilter f;
  EXPECT_EQ(store_.list(f).size(), 3u);
  f.from = parse_timestamp("2025-03-15")->time.time_since_epoch().count();
  EXPECT_EQ(store_.list(f).size(), 1u);
  f = {};
  f.undated_only = true;
  ASSERT_EQ(store_.list(f).size(), 1u);
  f = {};
  f.search = "encirclement";
  auto hits = store_.list(f);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("[encirclement]"), std::string::npos);
  f.search = "30-day";  // would be an FTS5 syntax error unquoted
  EXPECT_EQ(store_.list(f).size(), 1u);
  f.search = "\"ceasefire continue\" OR Zelenskyy";
  EXPECT_EQ(store_.list(f).size(), 2u);
}

TEST(FtsQuery, QuotesWordsAndKeepsOperators) {
  EXPECT_EQ(fts_query("30-day ceasefire"), "\"30-day\" \"ceasefire\"");
  EXPECT_EQ(fts_query("\"positive and constructive\" OR talks"), "\"positive and constructive\" OR \"talks\"");
  EXPECT_EQ(fts_query("say \"\"\"x"), "\"say\" \"x\"");
  EXPECT_EQ(fts_query("OR"), "");
  EXPECT_EQ(fts_query("   "), "");
}

TEST(Atomicity, AFailedInsertLeavesNothing) {
  Database db(":memory:", OpenMode::kCreate);
  // Make the revision insert fail after the outlet and article rows were written.
  db.sql().exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON revisions WHEN new.title = 'boom' "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
  ingest::Ingester ingester(db, {}, [] { return std::string("2026-01-01T00:00:00Z"); });
  ArticleInput a = article("Good one.");
  ingester.ingest_article(a);
  ArticleInput bad = article("Bad one.", "Brand New Outlet");
  bad.title = "boom";
  EXPECT_THROW(ingester.ingest_article(bad), Error);
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM articles").getInt(), 1);
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM outlets").getInt(), 1);
  EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM revisions").getInt(), 1);
  EXPECT_TRUE(check_database(db).ok());
}

// Schema 11: the body is stored packed; every reader gets the text back, and the full-text
// index (whose content is the view revisions_content) finds and quotes it.
TEST_F(ArticleStoreTest, BodiesAreStoredPackedAndReadBackAsText) {
  std::string body;
  for (int i = 0; i < 30; ++i) body += "The ministry denied that troops were surrounded near Sudzha, day " + std::to_string(i) + ". ";
  const PutResult r = put(article(body));
  SQLite::Statement q(db_.sql(), "SELECT typeof(body), length(body), bytes FROM revisions");
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "blob");
  EXPECT_LT(q.getColumn(1).getInt64() * 4, q.getColumn(2).getInt64());
  EXPECT_EQ(q.getColumn(2).getInt64(), static_cast<int64_t>(body.size()));
  EXPECT_EQ(store_.body(r.revision_id), body);
  EXPECT_EQ(store_.get(r.article_id)->body, body);
  ArticleFilter f;
  f.search = "Sudzha";
  const auto found = store_.list(f);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].snippet.find("[Sudzha]"), std::string::npos) << found[0].snippet;
  EXPECT_TRUE(check_database(db_).ok());
  // Deleting the revision takes its terms out of the index (the delete trigger unpacks it).
  db_.sql().exec("DELETE FROM articles");
  EXPECT_TRUE(store_.list(f).empty());
  EXPECT_EQ(count("revisions_fts WHERE revisions_fts MATCH 'Sudzha'"), 0);
  EXPECT_TRUE(check_database(db_).ok());
}

// The bulk ingest hands put() a body its workers hashed and packed: the stored row is the
// same as when put() does it itself, and a prepared duplicate is still recognised.
TEST_F(ArticleStoreTest, APreparedBodyIsStoredAsItsOwn) {
  std::string body;
  for (int i = 0; i < 20; ++i) body += "Officials said the bridge reopened on day " + std::to_string(i) + ". ";
  const PreparedBody prepared = prepare_body(body);
  EXPECT_EQ(prepared.hash, sha256_hex(body));
  Transaction tx(db_);
  const PutResult r = store_.put(article(body), "2026-01-01T00:00:00Z", &prepared);
  const PutResult again = store_.put(article(body), "2026-01-01T00:00:00Z", &prepared);
  tx.commit();
  EXPECT_EQ(r.outcome, PutOutcome::kNew);
  EXPECT_EQ(again.outcome, PutOutcome::kUnchanged);
  EXPECT_EQ(store_.body(r.revision_id), body);
  const PutResult own = put(article(body, "Harbor Post"));
  SQLite::Statement q(db_.sql(), "SELECT body, content_hash FROM revisions ORDER BY id");
  ASSERT_TRUE(q.executeStep());
  const std::string prepared_blob = q.getColumn(0).getString(), prepared_hash = q.getColumn(1).getString();
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), prepared_blob);
  EXPECT_EQ(q.getColumn(1).getString(), prepared_hash);
  EXPECT_EQ(prepared_hash, prepared.hash);
  EXPECT_NE(own.article_id, r.article_id);
  EXPECT_TRUE(check_database(db_).ok());
}

TEST(Checker, FindsADamagedPackedBody) {
  Database db(":memory:", OpenMode::kCreate);
  ingest::Ingester ingester(db, {}, [] { return std::string("2026-01-01T00:00:00Z"); });
  ingester.ingest_article(article("A body long enough to be packed into a frame of its own, twice over."));
  // Cut the frame short underneath the index (the update trigger would refuse to unpack it).
  db.sql().exec("DROP TRIGGER revisions_fts_update");
  db.sql().exec("UPDATE revisions SET body = substr(body, 1, length(body) - 6)");
  const CheckReport r = check_database(db);
  ASSERT_FALSE(r.ok());
  const bool named = std::any_of(r.problems.begin(), r.problems.end(), [](const CheckProblem& p) {
    return p.check == "content-hash" && p.message.find("revision 1: a stored body is damaged") != std::string::npos;
  });
  EXPECT_TRUE(named) << r.problems[0].check << ": " << r.problems[0].message;
}

TEST(Checker, FindsATamperedBody) {
  Database db(":memory:", OpenMode::kCreate);
  ingest::Ingester ingester(db, {}, [] { return std::string("2026-01-01T00:00:00Z"); });
  ingester.ingest_article(article("Original body."));
  db.sql().exec("UPDATE revisions SET body = 'Tampered body.'");
  const CheckReport r = check_database(db);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.problems[0].check, "content-hash");
}

}  // namespace
}  // namespace claimline::store
