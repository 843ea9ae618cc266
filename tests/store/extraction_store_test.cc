#include "store/extraction_store.h"

#include <gtest/gtest.h>
#include <SQLiteCpp/Statement.h>

#include "store/article_store.h"
#include "store/test_db.h"

namespace claimline::store {
namespace {

using claimline::testing::TempDir;

// Entity resolution across articles, through the connection's memory of the entity tables:
// the rows must be what the SQL alone would write, across rollbacks and other writers.
class EntityResolutionTest : public ::testing::Test {
 protected:
  // One new article whose extraction holds `entities`, each mentioned once; returns their ids.
  std::vector<int64_t> put(Database& db, ExtractionStore& store, const std::vector<Entity>& entities,
                           bool commit = true) {
    ArticleStore articles(db);
    Transaction tx(db);
    ArticleInput a;
    a.body = "Body " + std::to_string(next_++) + " of the story, long enough for every mention.";
    a.outlet = "Capital Wire";
    a.origin = "test";
    a.format = "text";
    const PutResult r = articles.put(a, "2026-01-01T00:00:00Z");
    Extraction x;
    x.entities = entities;
    for (auto& e : x.entities) e.mentions = {Span(0, 4)};
    const std::vector<int64_t> ids = store.put(r.revision_id, x, a.body, "2026-01-01T00:00:00Z");
    if (commit) tx.commit();
    return ids;
  }
  static Entity person(const std::string& name, std::vector<std::string> roles = {}) {
    return Entity{name, EntityKind::kPerson, {}, std::move(roles), {}};
  }
  static std::string rows(Database& db, const std::string& sql) {
    SQLite::Statement q(db.sql(), sql);
    std::string out;
    while (q.executeStep()) {
      for (int i = 0; i < q.getColumnCount(); ++i) out += q.getColumn(i).getString() + (i + 1 < q.getColumnCount() ? "|" : "\n");
    }
    return out;
  }
  int next_ = 0;
};

TEST_F(EntityResolutionTest, ARepeatedEntityIsOneRowWithItsFullestNameAndEveryRole) {
  Database db(":memory:", OpenMode::kCreate);
  ExtractionStore store(db);
  const int64_t a = put(db, store, {person("Witkoff", {"envoy"})}).front();
  const int64_t b = put(db, store, {person("Steve Witkoff", {"envoy"})}).front();
  const int64_t c = put(db, store, {person("Witkoff", {"special envoy"})}).front();
  EXPECT_EQ(a, b);
  EXPECT_EQ(b, c);
  EXPECT_EQ(rows(db, "SELECT name FROM entities"), "Steve Witkoff\n");
  EXPECT_EQ(rows(db, "SELECT role FROM entity_roles ORDER BY role"), "envoy\nspecial envoy\n");
  EXPECT_EQ(rows(db, "SELECT key, alias FROM entity_aliases ORDER BY key"), "steve witkoff|Steve Witkoff\nwitkoff|Witkoff\n");
  // A dateline's capitals give way to the usual spelling, and do not come back.
  const int64_t m = put(db, store, {Entity{"MOSCOW", EntityKind::kPlace, {}, {}, {}}}).front();
  put(db, store, {Entity{"Moscow", EntityKind::kPlace, {}, {}, {}}});
  put(db, store, {Entity{"MOSCOW", EntityKind::kPlace, {}, {}, {}}});
  EXPECT_EQ(rows(db, "SELECT name FROM entities WHERE id = " + std::to_string(m)), "Moscow\n");
  // A fuller name met through an alias replaces it in turn.
  EXPECT_EQ(put(db, store, {Entity{"Moscow City", EntityKind::kPlace, {"Moscow"}, {}, {}}}).front(), m);
  put(db, store, {Entity{"Moscow", EntityKind::kPlace, {}, {}, {}}});
  EXPECT_EQ(rows(db, "SELECT name FROM entities WHERE id = " + std::to_string(m)), "Moscow City\n");
}

// What a rolled-back article added is forgotten: the entity is written again, not taken to
// exist (its mention would then name a row that is not there).
TEST_F(EntityResolutionTest, ARolledBackEntityIsWrittenAgain) {
  Database db(":memory:", OpenMode::kCreate);
  ExtractionStore store(db);
  put(db, store, {person("Oleksandr Syrskyi", {"commander"})}, /*commit=*/false);
  EXPECT_EQ(rows(db, "SELECT count(*) FROM entities"), "0\n");
  const int64_t id = put(db, store, {person("Oleksandr Syrskyi", {"commander"})}).front();
  EXPECT_EQ(rows(db, "SELECT id, name FROM entities"), std::to_string(id) + "|Oleksandr Syrskyi\n");
  EXPECT_EQ(rows(db, "SELECT count(*) FROM entity_aliases WHERE entity_id = " + std::to_string(id)), "2\n");
  EXPECT_EQ(rows(db, "SELECT role FROM entity_roles"), "commander\n");
}

// Another connection's entities are seen by the next article this one writes: here a key
// that named one entity here names two once the other writer is done, so it no longer
// decides which entity an alias is.
TEST_F(EntityResolutionTest, AnotherWritersEntitiesAreSeen) {
  TempDir dir;
  Database first(dir.file("a.db"), OpenMode::kCreate);
  Database second(dir.file("a.db"), OpenMode::kWrite);
  ExtractionStore one(first), two(second);
  const int64_t vitali = put(first, one, {person("Vitali Klitschko")}).front();
  const int64_t wladimir = put(second, two, {person("Wladimir Klitschko")}).front();
  EXPECT_NE(vitali, wladimir);
  EXPECT_EQ(rows(first, "SELECT count(*) FROM entity_aliases WHERE key = 'klitschko'"), "2\n");
  const int64_t champion =
      put(first, one, {Entity{"Boxing Champion", EntityKind::kPerson, {"Klitschko"}, {}, {}}}).front();
  EXPECT_NE(champion, vitali);
  EXPECT_NE(champion, wladimir);
  EXPECT_EQ(rows(first, "SELECT count(*) FROM entities"), "3\n");
}

}  // namespace
}  // namespace claimline::store
