// Events across articles: merging by class, participants and time; explanations; manual
// merges and splits that survive re-extraction.
#include "store/event_store.h"

#include <functional>
#include <map>

#include <gtest/gtest.h>
#include <SQLiteCpp/Database.h>

#include "extract/pipeline.h"
#include "ingest/ingester.h"
#include "store/article_store.h"
#include "store/extraction_store.h"
#include "store/test_db.h"
#include "store/timeline_store.h"
#include "util/error.h"

namespace claimline::store {
namespace {

ArticleInput article(const std::string& outlet, const std::string& url, const std::string& body,
                     const std::string& published = "2025-03-17T06:00:00Z") {
  ArticleInput a;
  a.outlet = outlet;
  a.url = url;
  a.title = "Title";
  a.body = body;
  a.published = *parse_timestamp(published);
  a.origin = "test";
  a.format = "text";
  return a;
}

const char* kTuesday =
    "President Donald Trump said on Sunday night that he would speak to Russian President Vladimir Putin on "
    "Tuesday.";
const char* kThisWeek =
    "President Donald Trump and President Vladimir Putin are expected to hold a phone call this week, officials "
    "said.";
const char* kOtherCall = "President Donald Trump and President Emmanuel Macron held a phone call on Friday.";

class EventStoreTest : public ::testing::Test {
 protected:
  EventStoreTest() : ingester_(db_, ingest::IngestOptions{}, [] { return std::string("2026-01-01T00:00:00Z"); }) {}

  void ingest(const ArticleInput& a) { ingester_.ingest_article(a); }

  // The events of class `cls`, by id.
  std::vector<EventRow> events_of(const std::string& cls) {
    EventFilter f;
    f.event_class = cls;
    f.limit = 0;
    return events_.list(f);
  }

  Database db_{":memory:", OpenMode::kCreate};
  ingest::Ingester ingester_;
  EventStore events_{db_};
};

TEST_F(EventStoreTest, TwoDatingsOfOneCallAreOneEventWithTwoMentions) {
  ingest(article("Northern Ledger", "https://nl.example/a", kTuesday));
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  std::vector<EventRow> calls;
  for (const auto& cls : {"call", "conversation"}) {
    for (auto& r : events_of(cls)) calls.push_back(r);
  }
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].mentions, 2);
  EXPECT_EQ(calls[0].articles, 2);
  const auto d = events_.get(calls[0].id);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->mentions.size(), 2u);
  // Each mention keeps its own dating.
  std::set<std::string> values;
  for (const auto& m : d->mentions) values.insert(m.time_value.value_or(""));
  EXPECT_EQ(values, (std::set<std::string>{"2025-03-18", "2025-W12"}));
  // The second is explained.
  EXPECT_EQ(d->mentions[1].action, "merge");
  EXPECT_NE(d->mentions[1].reason.find("times overlap"), std::string::npos) << d->mentions[1].reason;
  EXPECT_NE(d->mentions[1].reason.find("Vladimir Putin"), std::string::npos) << d->mentions[1].reason;
}

// Schema 8 stores a mention compactly (codes, day numbers, key and trigger left to the body,
// its placement in its own row) and reads back the names, days, key and reason of before.
// A new event is written with its first mention's summary; one that takes a second mention
// of the same article (here "the call" referring back) is summed up from both.
TEST_F(EventStoreTest, AnEventMadeInOneArticleSumsUpEachOfItsMentions) {
  ingest(article("Northern Ledger", "https://nl.example/two",
                 "President Donald Trump said on Sunday that he would speak to Russian President Vladimir Putin on "
                 "Tuesday. The call will be the first since February, officials said. Trump said the call with "
                 "Putin would cover the ceasefire.",
                 "2025-03-16T06:00:00Z"));
  SQLite::Statement q(db_.sql(),
                      "SELECT e.id, e.mentions, (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id) "
                      "FROM events e ORDER BY e.id");
  int events = 0, with_two = 0;
  while (q.executeStep()) {
    ++events;
    EXPECT_EQ(q.getColumn(1).getInt(), q.getColumn(2).getInt()) << "event " << q.getColumn(0).getInt();
    if (q.getColumn(2).getInt() == 2) ++with_two;
  }
  EXPECT_GE(events, 2);
  EXPECT_EQ(with_two, 1);
  const auto calls = events_of("call");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].mentions, 2);
}

TEST_F(EventStoreTest, CompactRowsReadBackAsNamesDaysAndKeys) {
  ingest(article("Northern Ledger", "https://nl.example/a", kTuesday));
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  SQLite::Database& sql = db_.sql();
  // Nothing derivable is stored: no key, no trigger, no time expression text, the usual
  // first-mention reason as NULL; statuses, sources and days are integers.
  EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM event_mentions WHERE key IS NOT NULL OR trigger IS NOT NULL").getInt(), 0);
  EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM times WHERE text IS NOT NULL").getInt(), 0);
  EXPECT_GT(sql.execAndGet("SELECT count(*) FROM times").getInt(), 0);
  EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM event_mentions WHERE typeof(status) <> 'integer' OR "
                           "typeof(polarity) <> 'integer' OR typeof(certainty) <> 'integer' OR "
                           "typeof(last_day) NOT IN ('integer', 'null') OR typeof(method) <> 'integer'").getInt(), 0);
  EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM event_mentions WHERE action = 0 AND reason IS NULL").getInt(),
            sql.execAndGet("SELECT count(*) FROM events").getInt());
  EXPECT_EQ(sql.execAndGet("SELECT count(*) FROM event_decisions").getInt(), 0);  // manual ones only

  std::vector<EventRow> calls;
  for (const auto& cls : {"call", "conversation"}) {
    for (auto& r : events_of(cls)) calls.push_back(r);
  }
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].first_day, "2025-03-17");
  EXPECT_EQ(calls[0].last_day, "2025-03-23");  // "this week"
  EXPECT_EQ(calls[0].status, "expected");
  const auto d = events_.get(calls[0].id);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->mentions.size(), 2u);
  const EventMentionRow& first = d->mentions[0];
  EXPECT_EQ(first.key, std::to_string(first.article_id) + ":" + first.event_class + ":" + first.trigger + ":1");
  EXPECT_EQ(first.trigger, "speak");
  EXPECT_EQ(first.status, "expected");
  EXPECT_EQ(first.polarity, "POS");
  EXPECT_EQ(first.first_day, "2025-03-18");
  EXPECT_EQ(first.last_day, "2025-03-18");
  EXPECT_EQ(first.precision, "day");
  EXPECT_EQ(first.time_source, "expression");
  EXPECT_EQ(first.action, "new");
  EXPECT_EQ(first.reason, "first mention: no compatible event");
  EXPECT_FALSE(first.method.empty());
  EXPECT_EQ(d->mentions[1].trigger, "phone call");
  EXPECT_EQ(d->mentions[1].action, "merge");
  // The day filters compare day numbers.
  EventFilter f;
  f.limit = 0;
  f.from = "2025-03-18";
  f.to = "2025-03-18";
  bool found = false;
  for (const auto& r : events_.list(f)) found = found || r.id == calls[0].id;
  EXPECT_TRUE(found);
  f.from = "2025-03-24";
  f.to = std::nullopt;
  for (const auto& r : events_.list(f)) EXPECT_NE(r.id, calls[0].id);
  f.from = std::nullopt;
  f.to = "2025-03-16";
  for (const auto& r : events_.list(f)) EXPECT_NE(r.id, calls[0].id);
  f.status = "expected";
  f.from = std::nullopt;
  f.to = std::nullopt;
  found = false;
  for (const auto& r : events_.list(f)) found = found || r.id == calls[0].id;
  EXPECT_TRUE(found);
}

TEST_F(EventStoreTest, DifferentParticipantsStayApart) {
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  ingest(article("Capital Wire", "https://cw.example/c", kOtherCall));
  EXPECT_EQ(events_of("call").size(), 2u);
}

// Distinct full names, `n` of them, for articles that each cast another person.
std::vector<std::string> people(size_t n) {
  const char* first[] = {"Alan", "Brenda", "Carl", "Diane", "Edgar", "Fiona", "Gordon", "Helen", "Ivan", "Joan", "Keith", "Laura"};
  const char* last[] = {"Whitfield", "Ashby", "Barlow", "Croft", "Dunmore", "Ellery", "Fenwick", "Garside", "Hollis",
                        "Ingram", "Jessop", "Kendal", "Lowther", "Marsden"};
  std::vector<std::string> out;
  for (const char* l : last) {
    for (const char* f : first) {
      if (out.size() < n) out.push_back(std::string(f) + " " + l);
    }
  }
  return out;
}

// The events of class `cls` with a mention of this trigger lemma.
size_t events_with_lemma(Database& db, const std::string& cls, const std::string& lemma) {
  SQLite::Statement q(db.sql(), "SELECT count(DISTINCT event_id) FROM event_mentions WHERE class = ? AND lemma = ?");
  q.bind(1, cls);
  q.bind(2, lemma);
  q.executeStep();
  return static_cast<size_t>(q.getColumn(0).getInt64());
}

// Merging reads at most kMaxCandidateRows mentions per entity, but per entity: a call with
// a frequent person and a rare one still finds the rare one's event, however many calls
// the frequent one had that day.
TEST_F(EventStoreTest, ARareParticipantFindsItsEventBesideAFrequentOne) {
  const auto names = people(EventStore::kMaxCandidateRows + 12);
  ASSERT_EQ(names.size(), EventStore::kMaxCandidateRows + 12);
  for (size_t i = 0; i < names.size(); ++i) {
    ingest(article("Outlet " + std::to_string(i), "https://o" + std::to_string(i) + ".example/c",
                   "President Donald Trump and " + names[i] + " held a phone call on Friday.", "2025-03-21T10:00:00Z"));
  }
  ASSERT_EQ(events_of("call").size(), names.size());  // different participants: apart
  // The last of them, whose mention is past the frequent person's first kMaxCandidateRows.
  ingest(article("Late Outlet", "https://late.example/c",
                 names.back() + " and President Donald Trump held a phone call on Friday.", "2025-03-21T12:00:00Z"));
  const auto calls = events_of("call");
  ASSERT_EQ(calls.size(), names.size());
  EXPECT_EQ(calls.back().mentions, 2);
}

// `fillers` calls of one person on one day, each with another person and another trigger
// than "phone call" (so incompatible with a call naming only him: one participant and
// different triggers), then two reports of his phone call that day. Returns the events the
// two reports' mentions are in.
size_t phone_call_events_after(const std::function<void(const ArticleInput&)>& ingest, Database& db, size_t fillers) {
  const auto names = people(fillers);
  for (size_t i = 0; i < names.size(); ++i) {
    ingest(article("Filler " + std::to_string(i), "https://f" + std::to_string(i) + ".example/x",
                   "President Donald Trump and " + names[i] + " spoke by phone on Friday.", "2025-03-21T08:00:00Z"));
  }
  ingest(article("Harbor Post", "https://hp.example/x", "President Donald Trump held a phone call on Friday.",
                 "2025-03-21T10:00:00Z"));
  ingest(article("Capital Wire", "https://cw.example/x", "President Donald Trump held a phone call on Friday.",
                 "2025-03-21T10:00:00Z"));
  return events_with_lemma(db, "call", "phone call");
}

// A few other calls that day: the second report finds the first and merges.
TEST_F(EventStoreTest, ASecondReportMergesPastOtherCallsOfTheDay) {
  EXPECT_EQ(phone_call_events_after([&](const ArticleInput& a) { ingest(a); }, db_, 8), 1u);
}

// Past kMaxCandidateRows stored mentions of one entity, class and days, a mention may
// start an event of its own instead of merging: the work per mention stays bounded. The
// first report's mention ends on the fillers' day and comes after them in the index.
TEST_F(EventStoreTest, MergingReadsABoundedNumberOfNearestMentions) {
  EXPECT_EQ(phone_call_events_after([&](const ArticleInput& a) { ingest(a); }, db_, EventStore::kMaxCandidateRows),
            2u);
}

// The timeline's reader cuts a mention's key, trigger, sentence and time text from the body
// in C++; the event store reads them in SQL. Both must agree, a capitalised trigger's key in
// lower case included.
TEST_F(EventStoreTest, TimelineReadsMentionsAsTheEventStoreDoes) {
  ingest(article("Northern Ledger", "https://nl.example/a", kTuesday));
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  ingest(article("Capital Wire", "https://cw.example/t",
                 "Talks with Vladimir Putin were held by President Donald Trump on Monday.", "2025-03-19T10:00:00Z"));
  // Two expressions in one sentence: the meeting is dated by the second.
  ingest(article("Granite Wire", "https://gw.example/m",
                 "Vladimir Putin said on Tuesday that he would meet Donald Trump again this week.",
                 "2025-03-19T10:00:00Z"));
  std::vector<int64_t> revisions;
  SQLite::Statement q(db_.sql(), "SELECT id FROM revisions ORDER BY id");
  while (q.executeStep()) revisions.push_back(q.getColumn(0).getInt64());
  TimelineStore timeline(db_);
  const auto read = timeline.event_mentions_of(revisions);
  ASSERT_GE(read.size(), 3u);
  size_t dated = 0, capitalised = 0;
  for (const auto& m : read) {
    const auto detail = events_.get(m.event_id);
    ASSERT_TRUE(detail);
    const EventMentionRow* row = nullptr;
    for (const auto& r : detail->mentions) {
      if (r.id == m.id) row = &r;
    }
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(m.key, row->key);
    EXPECT_EQ(m.trigger, row->trigger);
    EXPECT_EQ(m.sentence, row->sentence);
    EXPECT_EQ(m.lemma, row->lemma);
    EXPECT_EQ(m.event_class, row->event_class);
    EXPECT_EQ(m.status, row->status);
    EXPECT_EQ(m.time_value, row->time_value);
    EXPECT_EQ(m.first_day, row->first_day);
    EXPECT_EQ(m.last_day, row->last_day);
    EXPECT_EQ(m.method, row->method);
    // The time text is the expression that dates it, inside its sentence.
    if (m.time_value && m.time_source == "expression") {
      ASSERT_TRUE(m.time_text) << m.sentence;
      EXPECT_NE(m.sentence.find(*m.time_text), std::string::npos);
      ++dated;
    }
    if (m.trigger == "meet") {
      EXPECT_EQ(m.time_text, "this week");
    }
    if (m.trigger == "Talks") {
      EXPECT_NE(m.key.find(":talks:"), std::string::npos) << m.key;
      ++capitalised;
    }
  }
  EXPECT_GE(dated, 3u);
  EXPECT_EQ(capitalised, 1u);
  // The entity timeline reads the same rows.
  std::map<int64_t, EventMentionRead> by_id;
  for (const auto& m : read) by_id[m.id] = m;
  size_t seen = 0;
  timeline.each_event_mention_with(events_.entities_named("Vladimir Putin"), std::nullopt, 100,
                                   [&](const RevisionRef&, const EventMentionRead& m) {
                                     ASSERT_TRUE(by_id.count(m.id));
                                     EXPECT_EQ(m.key, by_id[m.id].key);
                                     EXPECT_EQ(m.sentence, by_id[m.id].sentence);
                                     EXPECT_EQ(m.time_text, by_id[m.id].time_text);
                                     ++seen;
                                   });
  EXPECT_GE(seen, 3u);
}

TEST_F(EventStoreTest, EntityAndDateFilters) {
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  ingest(article("Capital Wire", "https://cw.example/c", kOtherCall));
  EventFilter f;
  f.entity_given = true;
  f.entity_ids = events_.entities_named("Emmanuel Macron");
  ASSERT_FALSE(f.entity_ids.empty());
  EXPECT_EQ(events_.list(f).size(), 1u);
  EventFilter from;
  from.from = "2025-03-17";
  for (const auto& r : events_.list(from)) EXPECT_GE(*r.last_day, "2025-03-17");
  EventFilter status;
  status.status = "expected";
  for (const auto& r : events_.list(status)) EXPECT_EQ(*r.status, "expected");
}

TEST_F(EventStoreTest, ManualMergeAndSplitSurviveReextraction) {
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  ingest(article("Capital Wire", "https://cw.example/c", kOtherCall));
  auto calls = events_of("call");
  ASSERT_EQ(calls.size(), 2u);
  {
    Transaction tx(db_);
    EXPECT_EQ(events_.merge(calls[0].id, calls[1].id, "2026-01-02T00:00:00Z"), 1);
    tx.commit();
  }
  ASSERT_EQ(events_of("call").size(), 1u);
  // Participant rows follow their mention to its event (schema 10: merging reads the event
  // from them).
  const auto stale_participants = [&] {
    return db_.sql().execAndGet("SELECT count(*) FROM event_mention_participants p JOIN event_mentions m "
                                "ON m.id = p.mention_id WHERE p.event_id IS NOT m.event_id").getInt();
  };
  EXPECT_GT(db_.sql().execAndGet("SELECT count(*) FROM event_mention_participants").getInt(), 0);
  EXPECT_EQ(stale_participants(), 0);
  // A revised Capital Wire article re-runs extraction: its mention follows the manual merge.
  ingest(article("Capital Wire", "https://cw.example/c", std::string(kOtherCall) + " Aides called it cordial.",
                 "2025-03-17T09:00:00Z"));
  calls = events_of("call");
  ASSERT_EQ(calls.size(), 1u);
  const auto d = events_.get(calls[0].id);
  ASSERT_TRUE(d);
  bool manual_seen = false;
  for (const auto& m : d->mentions) manual_seen = manual_seen || m.reason.find("manual decision") != std::string::npos;
  EXPECT_TRUE(manual_seen);

  // Split the Harbor Post mention off; a new revision of that article stays split.
  int64_t harbor_mention = 0;
  for (const auto& m : d->mentions) {
    if (m.outlet && *m.outlet == "Harbor Post") harbor_mention = m.id;
  }
  ASSERT_NE(harbor_mention, 0);
  int64_t fresh = 0;
  {
    Transaction tx(db_);
    fresh = events_.split(harbor_mention, "2026-01-03T00:00:00Z");
    tx.commit();
  }
  ingest(article("Harbor Post", "https://hp.example/b", std::string(kThisWeek) + " No agenda was published.",
                 "2025-03-17T10:00:00Z"));
  const auto split = events_.get(fresh);
  ASSERT_TRUE(split);
  EXPECT_EQ(split->mentions.size(), 2u) << "both revisions of the Harbor Post article";
  for (const auto& m : split->mentions) EXPECT_EQ(*m.outlet, "Harbor Post");
  EXPECT_EQ(stale_participants(), 0);
}

// Splitting off the mention that another mention of its article referred back to leaves an
// event none of whose mentions speaks for it: merging still finds that event (schema 7 lists
// it in event_split_sources) and a later mention in its days joins it, as before.
TEST_F(EventStoreTest, AnEventLeftWithOnlyMentionsReferringBackStillTakesMerges) {
  ingest(article("Harbor Post", "https://hp.example/b",
                 std::string(kThisWeek) + " The call will cover trade, officials said."));
  auto calls = events_of("call");
  ASSERT_EQ(calls.size(), 1u);
  auto d = events_.get(calls[0].id);
  ASSERT_TRUE(d);
  int64_t antecedent = 0;
  bool follower = false;
  for (const auto& m : d->mentions) {
    if (m.reason.find("refers back to ") == 0) follower = true;
    else antecedent = m.id;
  }
  if (!follower) GTEST_SKIP() << "the extractor placed no mention by referring back";
  ASSERT_NE(antecedent, 0);
  const int64_t left = calls[0].id;
  {
    Transaction tx(db_);
    events_.split(antecedent, "2026-01-03T00:00:00Z");
    tx.commit();
  }
  ingest(article("Capital Wire", "https://cw.example/c", kTuesday));
  d = events_.get(left);
  ASSERT_TRUE(d);
  bool joined = false;
  for (const auto& m : d->mentions) joined = joined || (m.outlet && *m.outlet == "Capital Wire");
  EXPECT_TRUE(joined);
}

TEST_F(EventStoreTest, MergeAndSplitErrors) {
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  const auto calls = events_of("call");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_THROW(events_.merge(calls[0].id, calls[0].id, "now"), Error);
  EXPECT_THROW(events_.merge(calls[0].id, 9999, "now"), Error);
  EXPECT_THROW(events_.split(9999, "now"), Error);
}

TEST_F(EventStoreTest, ReingestingTheSameRevisionKeepsOneMention) {
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  ingest(article("Harbor Post", "https://hp.example/b", kThisWeek));
  const auto calls = events_of("call");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].mentions, 1);
}

// Merging keeps what it read of each event (EventStore::Profile) across this connection's
// transactions. These pin down that it keeps it right: a mention stored counts for the next,
// what another connection wrote between two transactions is read again, and nothing of a
// rolled-back transaction is remembered.
const char* kThisWeekCall = "President Donald Trump and President Vladimir Putin held a phone call this week, officials said.";
const char* kTuesdayCall = "President Donald Trump and President Vladimir Putin held a phone call on Tuesday.";
const char* kThursdayCall = "President Donald Trump and President Vladimir Putin held a phone call on Thursday.";

class MergeInTransactionTest : public ::testing::Test {
 protected:
  // Stores one article with what the extractors find (as the ingester does, no transaction
  // of its own); returns the event of its (only) event mention.
  int64_t put(const ArticleInput& a) {
    const PutResult r = articles_.put(a, kNow);
    const Document doc(a.body);
    extractions_.put(r.revision_id, extract_article(doc, a.published), a.body, kNow);
    SQLite::Statement q(db_.sql(), "SELECT event_id FROM event_mentions WHERE revision_id = ?");
    q.bind(1, r.revision_id);
    EXPECT_TRUE(q.executeStep()) << a.body;
    const int64_t ev = q.getColumn(0).getInt64();
    EXPECT_FALSE(q.executeStep()) << "one event mention expected: " << a.body;
    return ev;
  }
  // The week's call as twelve outlets report it: one event, large enough that merging keeps
  // its profile (small events are read afresh each time).
  int64_t week_call() {
    int64_t ev = 0;
    for (int i = 1; i <= 12; ++i) {
      const int64_t got = put(article("Outlet " + std::to_string(i), "https://o" + std::to_string(i) + ".example/w",
                                      kThisWeekCall, "2025-03-17T06:00:00Z"));
      if (i == 1) ev = got;
      EXPECT_EQ(got, ev);
    }
    return ev;
  }
  static constexpr const char* kNow = "2026-01-01T00:00:00Z";
  testing::TempDir dir_;
  std::string path_ = dir_.file("events.db");
  Database db_{path_, OpenMode::kCreate};
  ArticleStore articles_{db_};
  ExtractionStore extractions_{db_};
};

TEST_F(MergeInTransactionTest, AMentionStoredInTheTransactionCountsForTheNext) {
  Transaction tx(db_);
  const int64_t week = week_call();
  // Tuesday 18 March lies in that week: the same call.
  EXPECT_EQ(put(article("Harbor Post", "https://hp.example/t", kTuesdayCall, "2025-03-19T06:00:00Z")), week);
  // Thursday 20 March lies in the week too, but not on the Tuesday the event's last
  // mention gives: every mention that speaks for an event must agree, so a new event.
  const int64_t thursday = put(article("Granite Wire", "https://gw.example/h", kThursdayCall, "2025-03-21T06:00:00Z"));
  EXPECT_NE(thursday, week);
  tx.commit();
}

TEST_F(MergeInTransactionTest, NothingOfARolledBackTransactionIsRemembered) {
  {
    Transaction tx(db_);
    const int64_t week = week_call();
    EXPECT_EQ(put(article("Harbor Post", "https://hp.example/t", kTuesdayCall, "2025-03-19T06:00:00Z")), week);
  }  // rolled back: neither the articles nor the event were ever stored
  Transaction tx(db_);
  const int64_t week = week_call();
  // Only the week is stored now, and Thursday lies in it (the Tuesday mention that would
  // have kept them apart was rolled back, though the event may have the same id again).
  EXPECT_EQ(put(article("Granite Wire", "https://gw.example/h", kThursdayCall, "2025-03-21T06:00:00Z")), week);
  tx.commit();
}

TEST_F(MergeInTransactionTest, WhatAnotherConnectionWroteBetweenTransactionsIsReadAgain) {
  int64_t week = 0;
  {
    Transaction tx(db_);
    week = week_call();
    EXPECT_EQ(put(article("Harbor Post", "https://hp.example/t", kTuesdayCall, "2025-03-19T06:00:00Z")), week);
    tx.commit();
  }
  {
    // Another connection moves the Tuesday mention's interval to 25 March (day 20172).
    SQLite::Database other(path_, SQLite::OPEN_READWRITE);
    other.exec("UPDATE event_mentions SET merge_first = 20172, merge_last = 20172 WHERE id = "
               "(SELECT max(id) FROM event_mentions)");
  }
  Transaction tx(db_);
  // Another Tuesday report agrees with the week but no longer with the moved mention.
  const int64_t again = put(article("Granite Wire", "https://gw.example/t2", kTuesdayCall, "2025-03-19T07:00:00Z"));
  EXPECT_NE(again, week);
  tx.commit();
}

}  // namespace
}  // namespace claimline::store

