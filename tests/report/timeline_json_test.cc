#include "report/timeline_json.h"

#include <gtest/gtest.h>

#include <sstream>

#include "report/claim_review.h"

namespace claimline::report {
namespace {

using nlohmann::json;

query::TimelineRow row(const std::string& kind, const std::string& stance, const std::string& speaker,
                       int64_t article, const std::string& published) {
  query::TimelineRow r;
  r.kind = kind;
  r.valid_time = query::ValidTime{"2025-W12", "2025-03-17", "2025-03-23", "week", "said"};
  r.report_time = published;
  r.report_precision = "minute";
  r.article_id = article;
  r.outlet = "Harbor Post";
  r.title = "Call this week";
  r.url = "https://harborpost.example/call";
  if (!speaker.empty()) r.speaker = speaker;
  r.stance = stance;
  r.level = kind == "mention" ? "article" : "statement";
  r.cue = "said";
  r.text = "positive and constructive discussion";
  return r;
}

TEST(TimelineJson, RowCarriesTheDocumentedContract) {
  const json j = timeline_row_json(row("statement", "denies", "Steve Witkoff", 3, "2025-03-17T07:45Z"));
  for (const char* key : {"valid_time", "report_time", "article_id", "outlet", "speaker", "stance", "cue", "text",
                          "kind"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  for (const char* key : {"value", "start", "end", "precision"}) EXPECT_TRUE(j["valid_time"].contains(key)) << key;
  EXPECT_EQ(j["valid_time"]["value"], "2025-W12");
  EXPECT_EQ(j["valid_time"]["label"], "week of 2025-03-17");
  EXPECT_EQ(j["report_time"], "2025-03-17T07:45Z");
  const json undated = valid_time_json(query::ValidTime{"", "", "", "none", "none"});
  EXPECT_TRUE(undated["value"].is_null());
  EXPECT_TRUE(undated["start"].is_null());
  EXPECT_EQ(undated["label"], "undated");
}

TEST(TimelineJson, TableShowsLabelsNotObjects) {
  const Listing l = timeline_listing({row("statement", "denies", "Steve Witkoff", 3, "2025-03-17T07:45Z")},
                                     Format::kTable);
  ASSERT_EQ(l.rows.size(), 1u);
  EXPECT_EQ(l.rows[0]["when"], "week of 2025-03-17");
  EXPECT_EQ(l.columns.front(), "when");
  std::ostringstream out;
  render(l, Format::kCsv, out);
  EXPECT_NE(out.str().find("week of 2025-03-17"), std::string::npos);
}

TEST(TimelineJson, OutletDiffTableNamesTheFindings) {
  query::OutletDiff d;
  d.outlet_a = "Northern Ledger";
  d.outlet_b = "Harbor Post";
  query::EventComparison e;
  e.label = "phone call";
  query::Dating a, b;
  a.from_text = b.from_text = true;
  a.when = query::ValidTime{"2025-03-18", "2025-03-18", "2025-03-18", "day", "event"};
  a.time_text = "on Tuesday";
  a.status = "expected";
  b.when = query::ValidTime{"2025-W12", "2025-03-17", "2025-03-23", "week", "event"};
  b.time_text = "this week";
  b.status = "expected";
  e.a = {a};
  e.b = {b};
  e.redated = true;
  e.redating = "different precision";
  d.events.push_back(e);
  query::Misquote m;
  m.speaker = "Steve Witkoff";
  m.a.text = "positive and constructive conversation,";
  m.b.text = "positive and constructive discussion";
  m.diff = query::word_diff(m.a.text, m.b.text);
  d.misquotes.push_back(m);
  std::ostringstream table;
  render_outlet_diff(d, Format::kTable, table);
  const std::string t = table.str();
  EXPECT_NE(t.find("a = Northern Ledger"), std::string::npos);
  EXPECT_NE(t.find("re-dated: different precision"), std::string::npos);
  EXPECT_NE(t.find("2025-03-18 \u201con Tuesday\u201d (expected)"), std::string::npos);
  EXPECT_NE(t.find("week of 2025-03-17 \u201cthis week\u201d (expected)"), std::string::npos);
  EXPECT_NE(t.find("[-conversation,-] {+discussion+}"), std::string::npos);
  const json j = outlet_diff_json(d);
  EXPECT_EQ(j["events"][0]["redated"], true);
  EXPECT_EQ(j["events"][0]["covered_by"], "both");
  EXPECT_EQ(j["misquotes"][0]["diff"][3]["op"], "removed");
}

TEST(TimelineJson, OutletDiffTableListsUndatedOneSidedEventsOnOneRow) {
  query::OutletDiff d;
  d.outlet_a = "Northern Ledger";
  d.outlet_b = "Harbor Post";
  query::Dating undated, dated;
  undated.when = query::ValidTime{"2025-03-17", "", "2025-03-17", "unknown", "publication"};
  dated = undated;
  dated.from_text = true;
  dated.when = query::ValidTime{"2025-03-15", "2025-03-15", "2025-03-15", "day", "event"};
  dated.time_text = "on Saturday";
  auto event = [](const char* label, std::vector<query::Dating> a, std::vector<query::Dating> b) {
    query::EventComparison e;
    e.label = label;
    e.a = std::move(a);
    e.b = std::move(b);
    return e;
  };
  d.events = {event("truce", {undated}, {}), event("sanction", {undated}, {}), event("truce", {undated}, {}),
              event("video call", {}, {dated}), event("war", {}, {undated}), event("talks", {undated}, {undated})};
  std::ostringstream csv;
  render_outlet_diff(d, Format::kCsv, csv);
  const std::string t = csv.str();
  EXPECT_NE(t.find("3 other events,\"truce, sanction\",not covered,\"only in a, not dated by the text\""),
            std::string::npos) << t;
  EXPECT_NE(t.find("1 other events,not covered,war,\"only in b, not dated by the text\""), std::string::npos) << t;
  EXPECT_NE(t.find("event,video call,not covered,"), std::string::npos) << t;  // dated: its own row
  EXPECT_NE(t.find("event,talks,"), std::string::npos) << t;                   // both sides: its own row
  EXPECT_EQ(outlet_diff_json(d)["events"].size(), 6u);                          // json keeps every event
}

// What OutletDiffJsonWriter prints when told `d` piece by piece.
std::string streamed(const query::OutletDiff& d, Format format) {
  std::ostringstream out;
  OutletDiffJsonWriter w(format, out);
  query::OutletDiff head = d;
  head.claims.clear();
  head.events.clear();
  head.misquotes.clear();
  w.start(head);
  for (const auto& c : d.claims) w.claim(c);
  for (const auto& e : d.events) w.event(e);
  for (const auto& m : d.misquotes) w.misquote(m);
  w.finish();
  return out.str();
}

std::string whole(const query::OutletDiff& d, Format format) {
  std::ostringstream out;
  render_outlet_diff(d, format, out);
  return out.str();
}

TEST(TimelineJson, StreamedOutletDiffPrintsWhatTheWholeDiffPrints) {
  query::OutletDiff d;
  d.outlet_a = "Northern Ledger";
  d.outlet_b = "Harbor Post";
  store::RevisionRef r;
  r.revision_id = 7;
  r.article_id = 3;
  r.title = "Talks \"this week\"\nsecond line";  // escapes stay inside strings
  r.published = "2025-03-17T07:45Z";
  d.articles_a = {r, r};
  for (const Format f : {Format::kJson, Format::kJsonl}) {
    EXPECT_EQ(streamed(d, f), whole(d, f)) << "articles only";
  }
  query::ClaimComparison c;
  c.claim_id = 4;
  c.text = "troops are encircled";
  c.a.article_ids = {3};
  c.a.article_stances = {"denies"};
  c.a.summary = "denies";
  d.claims = {c, c};
  query::EventComparison e;
  e.event_id = 9;
  e.event_ids = {9, 12};
  e.label = "phone call";
  query::Dating a;
  a.article_id = 3;
  a.from_text = true;
  a.when = query::ValidTime{"2025-03-18", "2025-03-18", "2025-03-18", "day", "event"};
  a.time_text = "on Tuesday";
  e.a = {a};
  d.events = {e, e, e};
  d.limit = 50;
  d.more_b = true;
  for (const Format f : {Format::kJson, Format::kJsonl}) {
    EXPECT_EQ(streamed(d, f), whole(d, f)) << "claims and events";
  }
  query::Misquote m;
  m.speaker = "Steve Witkoff";
  m.a.text = "positive and constructive conversation,";
  m.b.text = "positive and constructive discussion";
  m.diff = query::word_diff(m.a.text, m.b.text);
  d.misquotes = {m};
  d.claims.clear();  // an empty array before streamed ones
  for (const Format f : {Format::kJson, Format::kJsonl}) {
    EXPECT_EQ(streamed(d, f), whole(d, f)) << "misquotes after no claims";
  }
  EXPECT_EQ(streamed(query::OutletDiff{}, Format::kJson), whole(query::OutletDiff{}, Format::kJson));
  std::ostringstream unstarted;  // finished without a head: the empty diff, still valid JSON
  OutletDiffJsonWriter(Format::kJsonl, unstarted).finish();
  EXPECT_EQ(unstarted.str(), whole(query::OutletDiff{}, Format::kJsonl));
  EXPECT_EQ(json::parse(streamed(d, Format::kJson))["misquotes"][0]["speaker"], "Steve Witkoff");
}

TEST(ClaimReview, EveryAppearanceAndTheContestWithoutAVerdict) {
  store::ClaimRow claim;
  claim.id = 1;
  claim.text = "Ukrainian troops are encircled in the Kursk region";
  claim.articles = 2;
  claim.supports = 1;
  claim.denies = 1;
  std::vector<query::TimelineRow> rows = {
      row("mention", "denies", "", 8, "2025-03-15T10:00Z"),
      row("statement", "denies", "Volodymyr Zelenskyy", 8, "2025-03-15T10:00Z"),
      row("mention", "supports", "", 5, "2025-03-14T09:00Z"),
      row("statement", "supports", "Donald Trump", 5, "2025-03-14T09:00Z"),
  };
  const json j = claim_review_json(claim, rows);
  EXPECT_EQ(j["@type"], "Claim");
  ASSERT_EQ(j["appearance"].size(), 2u);
  EXPECT_EQ(j["firstAppearance"]["identifier"], 5);  // the earliest publication
  EXPECT_EQ(j["appearance"][1]["claimline:stance"], "denies");
  EXPECT_EQ(j["appearance"][1]["hasPart"][0]["spokenByCharacter"]["name"], "Volodymyr Zelenskyy");
  EXPECT_EQ(j["claimline:contest"]["assertedBy"], json::array({"Donald Trump"}));
  EXPECT_EQ(j["claimline:contest"]["deniedBy"], json::array({"Volodymyr Zelenskyy"}));
  EXPECT_EQ(j["claimline:contest"]["contested"], true);
  EXPECT_FALSE(j.contains("reviewRating"));
  EXPECT_EQ(j.dump().find("reviewRating"), std::string::npos);
}

}  // namespace
}  // namespace claimline::report
