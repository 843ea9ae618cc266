#include "store/body_functions.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "util/compress.h"
#include "util/error.h"

namespace claimline::store {
namespace {

const std::string kFirst = "GENEVA \u2014 A phone call between the two leaders took place last week.";
const std::string kSecond = "KYIV \u2014 The ministry denied that troops were surrounded near Sudzha.";

class BodyFunctions : public ::testing::Test {
 protected:
  void SetUp() override {
    register_body_functions(db.getHandle());
    db.exec("CREATE TABLE b(id INTEGER PRIMARY KEY, body)");
    SQLite::Statement q(db, "INSERT INTO b(id, body) VALUES (?, ?)");
    const std::string first = pack_text(kFirst), second = pack_text(kSecond);
    q.bind(1, 1);
    q.bind(2, first.data(), static_cast<int>(first.size()));
    q.exec();
    q.reset();
    q.bind(1, 2);
    q.bind(2, second.data(), static_cast<int>(second.size()));
    q.exec();
    q.reset();
    q.bind(1, 3);
    q.bind(2, kSecond);  // stored as text, as schema 10 and other tools wrote bodies
    q.exec();
  }
  std::string one(const std::string& sql) {
    SQLite::Statement q(db, sql);
    if (!q.executeStep()) return "<no row>";
    return q.getColumn(0).isNull() ? "<null>" : q.getColumn(0).getString();
  }
  SQLite::Database db{":memory:", SQLite::OPEN_READWRITE};
};

TEST_F(BodyFunctions, TextOfPackedAndOfTextBodies) {
  EXPECT_EQ(one("SELECT body_text(body) FROM b WHERE id = 1"), kFirst);
  EXPECT_EQ(one("SELECT body_text(body) FROM b WHERE id = 3"), kSecond);
  EXPECT_EQ(one("SELECT typeof(body_text(body)) FROM b WHERE id = 1"), "text");
  EXPECT_EQ(one("SELECT body_text(NULL)"), "<null>");
  // A blob that is not a frame reads as its bytes.
  EXPECT_EQ(one("SELECT body_text(CAST('plain words' AS BLOB))"), "plain words");
}

TEST_F(BodyFunctions, SpansAreBytesClampedToTheBody) {
  // The dash is three bytes: "phone call" is bytes [13, 23) of the first body.
  EXPECT_EQ(one("SELECT body_span(body, 13, 23) FROM b WHERE id = 1"), "phone call");
  EXPECT_EQ(one("SELECT body_span(body, 0, 6) FROM b WHERE id = 3"), "KYIV \xE2");  // bytes, not characters
  EXPECT_EQ(one("SELECT body_span(body, 60, 100000) FROM b WHERE id = 1"), kFirst.substr(60));
  EXPECT_EQ(one("SELECT body_span(body, -5, 6) FROM b WHERE id = 1"), "GENEVA");
  EXPECT_EQ(one("SELECT body_span(body, 20, 10) FROM b WHERE id = 1"), "");
  EXPECT_EQ(one("SELECT body_span(body, 500, 600) FROM b WHERE id = 1"), "");
  EXPECT_EQ(one("SELECT body_span(body, NULL, 6) FROM b WHERE id = 1"), "<null>");
}

// The connection keeps the last unpacked body: rows alternating between bodies must each
// read their own text, not the previous row's, even when the packed bodies are the same size.
TEST_F(BodyFunctions, AlternatingBodiesEachReadTheirOwnText) {
  const std::string a = pack_text("Talks resume on Monday in Geneva, officials said."),
                    b = pack_text("Talks resume on Friday in Geneva, officials said.");
  ASSERT_EQ(a.size(), b.size());
  SQLite::Statement ins(db, "INSERT INTO b(id, body) VALUES (?, ?)");
  for (const auto& [id, packed] : {std::pair{5, &a}, std::pair{6, &b}}) {
    ins.bind(1, id);
    ins.bind(2, packed->data(), static_cast<int>(packed->size()));
    ins.exec();
    ins.reset();
  }
  std::vector<std::string> got;
  SQLite::Statement alt(db, "SELECT body_span(b.body, 16, 22) FROM (SELECT 1 AS n, 5 AS k UNION ALL SELECT 2, 6 "
                            "UNION ALL SELECT 3, 5 UNION ALL SELECT 4, 1 UNION ALL SELECT 5, 6) x "
                            "JOIN b ON b.id = x.k ORDER BY x.n");
  while (alt.executeStep()) got.push_back(alt.getColumn(0).getString());
  EXPECT_EQ(got, (std::vector<std::string>{"Monday", "Friday", "Monday", "ne cal", "Friday"}));
}

TEST_F(BodyFunctions, PackTurnsTextIntoAFrameAndLeavesTheRest) {
  db.exec("UPDATE b SET body = body_pack(body)");
  EXPECT_EQ(one("SELECT count(*) FROM b WHERE typeof(body) = 'blob'"), "3");
  EXPECT_EQ(one("SELECT body_text(body) FROM b WHERE id = 3"), kSecond);
  EXPECT_EQ(one("SELECT body_text(body) FROM b WHERE id = 1"), kFirst);  // not packed twice
  EXPECT_EQ(one("SELECT body_pack(NULL)"), "<null>");
}

TEST_F(BodyFunctions, ADamagedBodyIsAnSqlErrorAndColumnReadsThrow) {
  std::string damaged = pack_text(kFirst);
  damaged.resize(damaged.size() - 8);
  SQLite::Statement ins(db, "INSERT INTO b(id, body) VALUES (4, ?)");
  ins.bind(1, damaged.data(), static_cast<int>(damaged.size()));
  ins.exec();
  EXPECT_THROW(one("SELECT body_span(body, 0, 4) FROM b WHERE id = 4"), SQLite::Exception);
  SQLite::Statement q(db, "SELECT body FROM b WHERE id = 4");
  ASSERT_TRUE(q.executeStep());
  EXPECT_THROW(body_column(q.getColumn(0)), Error);
  // The damaged row does not poison the next read of a good one.
  EXPECT_EQ(one("SELECT body_span(body, 0, 6) FROM b WHERE id = 1"), "GENEVA");
}

}  // namespace
}  // namespace claimline::store
