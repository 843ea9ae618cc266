// The compact encodings of schema 8 (store/codes.h): what is stored reads back, in SQL, as
// exactly the name or ISO day the columns held before.
#include "store/codes.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "model/event.h"
#include "model/statement.h"
#include "store/body_functions.h"
#include "store/columns.h"
#include "model/time_expr.h"

namespace claimline::store {
namespace {

// Stores `name` as a Codebook column would and reads it back through decode_sql.
std::string round_trip(SQLite::Database& db, const Codebook& book, std::string_view name) {
  db.exec("DELETE FROM t");
  SQLite::Statement ins(db, "INSERT INTO t(v) VALUES (?)");
  const auto v = book.encode(name);
  if (const int64_t* c = std::get_if<int64_t>(&v)) ins.bind(1, *c);
  else ins.bind(1, std::get<std::string>(v));
  ins.exec();
  SQLite::Statement q(db, "SELECT " + book.decode_sql("v") + ", typeof(v) FROM t");
  EXPECT_TRUE(q.executeStep());
  return q.getColumn(0).getString();
}

class CodesTest : public ::testing::Test {
 protected:
  void SetUp() override { db_.exec("CREATE TABLE t(v)"); }  // no type: stored as bound
  SQLite::Database db_{":memory:", SQLite::OPEN_READWRITE};
};

TEST_F(CodesTest, EveryNameOfEveryBookReadsBack) {
  for (const Codebook* book : {&event_statuses(), &polarities(), &certainties(), &time_precisions(),
                               &time_sources(), &time_types(), &event_actions(), &statement_kinds(),
                               &stance_cues()}) {
    for (size_t i = 0; i < book->names().size(); ++i) {
      const std::string_view name = book->names()[i];
      EXPECT_EQ(book->code(name), static_cast<int64_t>(i));
      EXPECT_EQ(book->name(static_cast<int64_t>(i)), name);
      EXPECT_EQ(round_trip(db_, *book, name), name);
    }
  }
}

TEST_F(CodesTest, CodesAreSmallIntegersAndOtherNamesStayText) {
  EXPECT_EQ(round_trip(db_, polarities(), "NEG"), "NEG");
  EXPECT_EQ(db_.execAndGet("SELECT typeof(v) || ':' || v FROM t").getString(), "integer:1");
  // A name outside the book (an older row, a hand edit) is kept as written.
  EXPECT_EQ(round_trip(db_, polarities(), "positive"), "positive");
  EXPECT_EQ(db_.execAndGet("SELECT typeof(v) FROM t").getString(), "text");
  EXPECT_EQ(polarities().code("positive"), std::nullopt);
  EXPECT_EQ(polarities().name(3), std::nullopt);
  EXPECT_EQ(polarities().name(-1), std::nullopt);
  // NULL stays NULL.
  db_.exec("DELETE FROM t; INSERT INTO t(v) VALUES (NULL)");
  EXPECT_TRUE(db_.execAndGet("SELECT " + time_sources().decode_sql("v") + " IS NULL FROM t").getInt());
}

// The C++ readers of code and day columns read what decode_sql and day_sql read in SQL.
TEST_F(CodesTest, ColumnReadersAgreeWithTheSqlDecoders) {
  db_.exec("INSERT INTO t(v) VALUES (0), (1), (5), (6), (-1), ('positive'), (NULL), (20164), (-719528), "
           "(-719529), (2932896), (2932897), (-2440587), (-2440588), (0.0), (2.5)");
  SQLite::Statement q(db_, "SELECT v, " + event_statuses().decode_sql("v") + ", " + day_sql("v") + " FROM t");
  size_t rows = 0;
  while (q.executeStep()) {
    ++rows;
    SCOPED_TRACE(q.getColumn(0).isNull() ? std::string("NULL") : q.getColumn(0).getString());
    EXPECT_EQ(code_column(q.getColumn(0), event_statuses()), opt_text(q.getColumn(1)));
    if (!q.getColumn(0).isText()) {
      EXPECT_EQ(day_column(q.getColumn(0)), opt_text(q.getColumn(2)));
    }
  }
  EXPECT_EQ(rows, 16u);
  EXPECT_EQ(iso_day(20164), "2025-03-17");
  EXPECT_EQ(iso_day(-719528), "0000-01-01");
  EXPECT_EQ(iso_day(2932897), std::nullopt);
  // A day written by hand as an ISO date reads as that date.
  db_.exec("DELETE FROM t; INSERT INTO t(v) VALUES ('2025-03-17')");
  SQLite::Statement text(db_, "SELECT v FROM t");
  ASSERT_TRUE(text.executeStep());
  EXPECT_EQ(day_column(text.getColumn(0)), "2025-03-17");
}

// Every value the extractors produce has a code: none is stored as text by accident.
TEST(Codes, TheModelsNamesAllHaveCodes) {
  for (auto s : {EventStatus::kOccurred, EventStatus::kExpected, EventStatus::kProposed, EventStatus::kOngoing,
                 EventStatus::kCancelled, EventStatus::kDenied}) {
    EXPECT_TRUE(event_statuses().code(event_status_name(s))) << event_status_name(s);
  }
  for (auto p : {Polarity::kPos, Polarity::kNeg, Polarity::kUnderspecified}) {
    EXPECT_TRUE(polarities().code(polarity_name(p))) << polarity_name(p);
  }
  for (auto c : {Certainty::kCertain, Certainty::kProbable, Certainty::kPossible, Certainty::kUnderspecified}) {
    EXPECT_TRUE(certainties().code(certainty_name(c))) << certainty_name(c);
  }
  for (auto p : {TimePrecision::kUnknown, TimePrecision::kDay, TimePrecision::kWeek, TimePrecision::kMonth,
                 TimePrecision::kQuarter, TimePrecision::kYear, TimePrecision::kRange}) {
    EXPECT_TRUE(time_precisions().code(time_precision_name(p))) << time_precision_name(p);
  }
  for (auto t : {TimeType::kDate, TimeType::kTime, TimeType::kDuration, TimeType::kSet}) {
    EXPECT_TRUE(time_types().code(time_type_name(t))) << time_type_name(t);
  }
  for (auto k : {StatementKind::kDirect, StatementKind::kIndirect}) {
    EXPECT_TRUE(statement_kinds().code(statement_kind_name(k))) << statement_kind_name(k);
  }
  // kNone is stored as NULL; every other cue has a code.
  for (auto c : {StanceCue::kAssert, StanceCue::kDeny, StanceCue::kAccuse, StanceCue::kUrge, StanceCue::kHope,
                 StanceCue::kPredict, StanceCue::kQuestion, StanceCue::kConfirm}) {
    EXPECT_TRUE(stance_cues().code(stance_cue_name(c))) << stance_cue_name(c);
  }
  EXPECT_FALSE(stance_cues().code(stance_cue_name(StanceCue::kNone)));
  // Schema 5's CHECK order, which migration 0008 encodes.
  EXPECT_EQ(event_statuses().code("occurred"), 0);
  EXPECT_EQ(event_statuses().code("denied"), 5);
}

TEST(Codes, DayNumbers) {
  using namespace date::literals;
  EXPECT_EQ(day_number(1970_y / 1 / 1), 0);
  EXPECT_EQ(day_number(2025_y / 3 / 12), 20159);
  EXPECT_EQ(day_number(1969_y / 12 / 31), -1);
  EXPECT_EQ(day_of(20159), 2025_y / 3 / 12);
  EXPECT_EQ(day_number("2025-03-12"), 20159);
  EXPECT_EQ(day_number("2025-03-12T10:00:00Z"), 20159);
  EXPECT_EQ(day_number("2024-02-29"), day_number(2024_y / 2 / 29));
  for (const char* bad : {"2025-02-30", "2025-13-01", "2025-3-12", "March 12", "", "2025-03"}) {
    EXPECT_EQ(day_number(std::string_view(bad)), std::nullopt) << bad;
  }
}

TEST(Codes, DaySqlReadsDayNumbersBackAsIsoDays) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  for (const char* iso : {"1970-01-01", "2025-03-12", "2024-02-29", "1999-12-31", "0001-01-01", "9999-12-31"}) {
    SQLite::Statement q(db, "SELECT " + day_sql("?1"));
    q.bind(1, *day_number(std::string_view(iso)));
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getString(), iso);
  }
  // What migration 0008 computes from an ISO day is the same number.
  SQLite::Statement m(db, "SELECT CAST(julianday('2025-03-12') - 2440587.5 AS INTEGER)");
  ASSERT_TRUE(m.executeStep());
  EXPECT_EQ(m.getColumn(0).getInt64(), 20159);
  EXPECT_TRUE(db.execAndGet("SELECT " + day_sql("NULL") + " IS NULL").getInt());
}

TEST(Codes, SpanTextIsTheBodysBytes) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  register_body_functions(db.getHandle());
  // Byte offsets, not characters: the dash is three bytes.
  SQLite::Statement q(db, "SELECT " + span_text_sql("?1", "?2", "?3") + ", typeof(" + span_text_sql("?1", "?2", "?3") + ")");
  q.bind(1, std::string("GENEVA \u2014 A phone call took place."));
  q.bind(2, 13);
  q.bind(3, 23);
  ASSERT_TRUE(q.executeStep());
  EXPECT_EQ(q.getColumn(0).getString(), "phone call");
  EXPECT_EQ(q.getColumn(1).getString(), "text");
}

// The two commonest placement reasons are stored as a marker and their argument; reason_sql
// reads every stored form back as written, and leaves anything else alone.
TEST(Codes, ReasonsReadBackAsWritten) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  const std::vector<std::string> reasons = {
      "refers back to \u201cdiscussion\u201d earlier in the same article",
      "the same mention in revision 3 of this article",
      "matches mention #6 (Ironbridge Gazette, 2022-01-01): class talks",
      "merged by hand: event 4 into event 2",
      // Near misses: the phrase with nothing in it, another ending, another case.
      "refers back to \u201c\u201d earlier in the same article",
      "refers back to \u201cplan\u201d in another article",
      "Refers back to \u201cplan\u201d earlier in the same article",
  };
  EXPECT_EQ(encode_reason(reasons[0]), "\x01" "discussion");
  EXPECT_EQ(encode_reason(reasons[1]), "\x02" "3");
  for (size_t i = 2; i < reasons.size(); ++i) EXPECT_EQ(encode_reason(reasons[i]), reasons[i]);
  SQLite::Statement q(db, "SELECT " + reason_sql("?1") + ", " + reason_sql("NULL"));
  for (const std::string& r : reasons) {
    q.reset();
    q.bind(1, encode_reason(r));
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getString(), r);
    EXPECT_TRUE(q.getColumn(1).isNull());
  }
}

}  // namespace
}  // namespace claimline::store
