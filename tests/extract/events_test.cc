// Event extraction: triggers, status from tense/modality/negation, time anchoring,
// participants and coreference, on sentences written for these tests.
#include "extract/events.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/event_triggers.h"
#include "extract/statements.h"
#include "extract/times.h"

namespace claimline {
namespace {

struct Extracted {
  std::string body;
  std::vector<Entity> entities;
  std::vector<TimeExpr> times;
  std::vector<Event> events;

  std::string text(Span s) const { return body.substr(s.start, s.size()); }
  // The first event whose trigger text is `trigger`, or nullptr.
  const Event* find(const std::string& trigger) const {
    for (const auto& e : events) {
      if (text(e.trigger) == trigger) return &e;
    }
    return nullptr;
  }
  std::vector<std::string> participants(const Event& e) const {
    std::vector<std::string> out;
    for (size_t p : e.participants) out.push_back(entities[p].name);
    std::sort(out.begin(), out.end());
    return out;
  }
};

Extracted extract(const std::string& body, const std::string& published = "2025-03-17", bool all = false) {
  Extracted x;
  x.body = body;
  const Document doc(body);
  const Timestamp pub = published.empty() ? Timestamp::undated() : *parse_timestamp(published);
  x.times = find_times(doc, pub);
  x.entities = extract_statements(doc).entities;
  EventOptions opts;
  opts.all_mentions = all;
  x.events = find_events(doc, x.times, x.entities, pub, opts);
  return x;
}

// ---- Status ----------------------------------------------------------------------------

struct StatusCase {
  const char* sentence;
  const char* trigger;
  EventStatus status;
  bool future;
};

class StatusTable : public ::testing::TestWithParam<StatusCase> {};

TEST_P(StatusTable, StatusFromTenseModalityAndNegation) {
  const StatusCase& c = GetParam();
  const Extracted x = extract(c.sentence);
  const Event* e = x.find(c.trigger);
  ASSERT_NE(e, nullptr) << c.sentence << " -- no event '" << c.trigger << "'";
  EXPECT_EQ(event_status_name(e->status), event_status_name(c.status)) << c.sentence << " rule " << e->rule;
  EXPECT_EQ(e->future, c.future) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Events, StatusTable,
    ::testing::Values(
        StatusCase{"The two presidents are expected to hold a phone call next week.", "phone call",
                   EventStatus::kExpected, true},
        StatusCase{"The foreign ministers will meet in Geneva.", "meet", EventStatus::kExpected, true},
        StatusCase{"Washington proposed a 30-day truce to both sides.", "truce", EventStatus::kProposed, true},
        StatusCase{"Both armies continue to shell the border villages.", "shell", EventStatus::kOngoing, false},
        StatusCase{"The summit was called off after the explosion.", "summit", EventStatus::kCancelled, false},
        StatusCase{"Organisers called off the summit after the explosion.", "summit", EventStatus::kCancelled, false},
        StatusCase{"The ministry denied that its troops had been encircled.", "encircled", EventStatus::kDenied,
                   false},
        StatusCase{"The general staff dismissed reports of an encirclement.", "encirclement",
                   EventStatus::kDenied, false},
        StatusCase{"The brigade did not withdraw from the town.", "withdraw", EventStatus::kDenied, false},
        StatusCase{"Kyiv has accepted the offer.", "accepted", EventStatus::kOccurred, false},
        StatusCase{"Negotiators held talks in Riyadh.", "talks", EventStatus::kOccurred, false},
        StatusCase{"The army retook the village.", "retook", EventStatus::kOccurred, false},
        StatusCase{"The envoy said the leaders could sign an agreement.", "agreement", EventStatus::kExpected,
                   true},
        StatusCase{"Officials hope that a ceasefire will be agreed soon.", "ceasefire", EventStatus::kExpected,
                   true},
        StatusCase{"Residents fear the ongoing war.", "war", EventStatus::kOngoing, false},
        // "attend" is a light verb (lexicon/event_words.h): its object names the event.
        StatusCase{"Rebels refused to meet the envoy.", "meet", EventStatus::kDenied, false}));

// ---- Time anchoring (published Monday 2025-03-17) ----------------------------------------

struct AnchorCase {
  const char* sentence;
  const char* trigger;
  const char* value;  // "" = no time
  TimePrecision precision;
  bool from_publication;
};

class AnchorTable : public ::testing::TestWithParam<AnchorCase> {};

TEST_P(AnchorTable, TimeFromTheGoverningExpression) {
  const AnchorCase& c = GetParam();
  const Extracted x = extract(c.sentence);
  const Event* e = x.find(c.trigger);
  ASSERT_NE(e, nullptr) << c.sentence;
  if (std::string(c.value).empty()) {
    EXPECT_FALSE(e->when.has_value()) << c.sentence << " got " << e->when->value;
    return;
  }
  ASSERT_TRUE(e->when.has_value()) << c.sentence;
  EXPECT_EQ(e->when->value, c.value) << c.sentence;
  EXPECT_EQ(time_precision_name(e->when->precision), time_precision_name(c.precision)) << c.sentence;
  EXPECT_EQ(e->when->source == TimeSource::kPublication, c.from_publication) << c.sentence;
  if (c.from_publication) {
    EXPECT_FALSE(e->when->start.has_value()) << "never a guessed day";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Events, AnchorTable,
    ::testing::Values(
        // Same clause first: "on Tuesday" dates the call, "on Sunday" the saying.
        AnchorCase{"Donald Trump said on Sunday that he would speak to Vladimir Putin on Tuesday.", "speak",
                   "2025-03-18", TimePrecision::kDay, false},
        AnchorCase{"The two leaders are expected to hold a phone call this week.", "phone call", "2025-W12",
                   TimePrecision::kWeek, false},
        AnchorCase{"Russian troops retook the village on March 13.", "retook", "2025-03-13", TimePrecision::kDay,
                   false},
        // No expression: an occurred event is bounded by the publication day, an expected one
        // has no time at all.
        AnchorCase{"Russian troops retook the village.", "retook", "2025-03-17", TimePrecision::kUnknown, true},
        AnchorCase{"The foreign ministers will meet in Geneva.", "meet", "", TimePrecision::kUnknown, false},
        // A duration never dates an event.
        AnchorCase{"The two sides agreed to a 30-day truce.", "truce", "", TimePrecision::kUnknown, false}));

TEST(Events, UndatedArticleGetsNoTime) {
  const Extracted x = extract("Russian troops retook the village.", "");
  const Event* e = x.find("retook");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->when.has_value());
}

TEST(Events, PresentTenseDatedAfterPublicationIsExpected) {
  // "next Thursday": a bare "on Thursday" in the present tense is read as the past Thursday
  // by the time extractor (extract/times.cc), so the date would not be after publication.
  const Extracted x = extract("The talks continue next Thursday in Riyadh.");
  const Event* e = x.find("talks");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->status, EventStatus::kExpected) << e->rule;
  ASSERT_TRUE(e->when);
  EXPECT_EQ(e->when->value, "2025-03-20");
}

// ---- "call": the event, and its near-misses ----------------------------------------------

TEST(Events, CallAsNounAndAsVerbWithAPerson) {
  const Extracted x = extract("Donald Trump will call Vladimir Putin on Tuesday. The call may last an hour.");
  const Event* verb = x.find("call");
  ASSERT_NE(verb, nullptr);
  EXPECT_EQ(verb->event_class, "call");
  EXPECT_EQ(x.participants(*verb), (std::vector<std::string>{"Donald Trump", "Vladimir Putin"}));
}

TEST(Events, CallAsNamingOrAppealIsNoCall) {
  for (const char* text : {"A militia called Vostok claimed the raid.", "They call it a truce, but nobody believes it.",
                           "The rebels called for a truce.", "Analysts called the plan a trap.",
                           "The envoy met Maria Called in Kyiv."}) {
    const Extracted x = extract(text);
    for (const auto& e : x.events) EXPECT_NE(e.event_class, "call") << text << ": " << x.text(e.trigger);
  }
}

TEST(Events, SpeechIsNotAnEvent) {
  const Extracted x = extract("The minister said the army had advanced.");
  for (const auto& e : x.events) EXPECT_NE(x.text(e.trigger), "said");
  const Extracted all = extract("The minister said the army had advanced.", "2025-03-17", true);
  EXPECT_NE(all.find("said"), nullptr) << "every mention in MEANTIME's sense";
}

TEST(Events, AuxiliariesAndModalsAreNotTriggers) {
  const Extracted x = extract("The talks have been postponed and will be held later.", "2025-03-17", true);
  for (const char* w : {"have", "been", "will", "be"}) EXPECT_EQ(x.find(w), nullptr) << w;
  EXPECT_NE(x.find("postponed"), nullptr);
  EXPECT_NE(x.find("held"), nullptr);
}

TEST(Events, CopulaIsAMentionButNotTracked) {
  const Extracted all = extract("The new model is the successor to the old one.", "2025-03-17", true);
  EXPECT_NE(all.find("is"), nullptr);
  const Extracted tracked = extract("The new model is the successor to the old one.");
  EXPECT_EQ(tracked.find("is"), nullptr);
}

// ---- A report of the seed's shape (written for this test) ---------------------------------

TEST(Events, SeedShapedReport) {
  const Extracted x = extract(
      "Officials from both capitals are holding talks about a possible truce. According to reports, "
      "President Trump and President Putin are expected to hold a phone conversation this week to discuss "
      "the truce plan offered by Washington. The envoy said both leaders could have a useful discussion after a "
      "recent US proposal for a 30-day cessation of hostilities, which Ukraine has accepted.");
  int calls = 0;
  for (const auto& e : x.events) calls += e.event_class == "call" && !e.coref;
  EXPECT_EQ(calls, 1);
  const Event* call = x.find("phone conversation");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->status, EventStatus::kExpected);
  ASSERT_TRUE(call->when);
  EXPECT_EQ(call->when->value, "2025-W12");
  EXPECT_EQ(date::format("%F", date::sys_days{*call->when->start}), "2025-03-17");
  EXPECT_EQ(date::format("%F", date::sys_days{call->when->end}), "2025-03-23");
  EXPECT_EQ(x.participants(*call), (std::vector<std::string>{"Putin", "Trump"}));

  const Event* truce = x.find("cessation of hostilities");
  ASSERT_NE(truce, nullptr);
  EXPECT_EQ(truce->event_class, "ceasefire");
  EXPECT_EQ(truce->status, EventStatus::kProposed);

  const Event* accepted = x.find("accepted");
  ASSERT_NE(accepted, nullptr);
  EXPECT_EQ(accepted->status, EventStatus::kOccurred);
  EXPECT_EQ(x.participants(*accepted), (std::vector<std::string>{"Ukraine"}));
}

TEST(Events, DefiniteMentionRefersBack) {
  const Extracted x = extract(
      "Donald Trump and Vladimir Putin are expected to hold a phone call this week. The call would be their "
      "first since February.");
  const Event* first = x.find("phone call");
  ASSERT_NE(first, nullptr);
  const Event* again = nullptr;
  for (const auto& e : x.events) {
    if (x.text(e.trigger) == "call") again = &e;
  }
  ASSERT_NE(again, nullptr);
  ASSERT_TRUE(again->coref.has_value());
  EXPECT_EQ(&x.events[*again->coref], first);
}

TEST(Events, PrecisionOfValues) {
  EXPECT_EQ(precision_of_value("2025-03-18"), TimePrecision::kDay);
  EXPECT_EQ(precision_of_value("2025-03-18T15:00"), TimePrecision::kDay);
  EXPECT_EQ(precision_of_value("2025-W12"), TimePrecision::kWeek);
  EXPECT_EQ(precision_of_value("2025-03"), TimePrecision::kMonth);
  EXPECT_EQ(precision_of_value("2025-Q1"), TimePrecision::kQuarter);
  EXPECT_EQ(precision_of_value("2025"), TimePrecision::kYear);
  EXPECT_EQ(precision_of_value("2025-SU"), TimePrecision::kRange);
}

// ---- Triggers ------------------------------------------------------------------------------

TEST(EventTriggers, NounOrVerbFromTheLeftNeighbour) {
  const Document doc("Apple plans to sell the phones. The plans were leaked.");
  const auto ts = find_triggers(doc);
  std::vector<std::string> lemmas;
  for (const auto& t : ts) lemmas.push_back(t.lemma);
  EXPECT_NE(std::find(lemmas.begin(), lemmas.end(), "plan"), lemmas.end());
  EXPECT_NE(std::find(lemmas.begin(), lemmas.end(), "sell"), lemmas.end());
  EXPECT_NE(std::find(lemmas.begin(), lemmas.end(), "leak"), lemmas.end());
}

TEST(EventTriggers, PhrasalVerbsAndCompounds) {
  const Document doc("The leaders called off the peace talks and the envoy stepped down.");
  const auto ts = find_triggers(doc);
  std::vector<std::string> lemmas;
  for (const auto& t : ts) lemmas.push_back(t.lemma);
  EXPECT_NE(std::find(lemmas.begin(), lemmas.end(), "call off"), lemmas.end());
  EXPECT_NE(std::find(lemmas.begin(), lemmas.end(), "peace talks"), lemmas.end());
  EXPECT_NE(std::find(lemmas.begin(), lemmas.end(), "step down"), lemmas.end());
  EXPECT_EQ(event_class_of("peace talks"), "talks");
  EXPECT_EQ(event_class_of("call off"), "");
  EXPECT_EQ(event_class_of("drone attack"), "attack");
}

TEST(EventTriggers, NamesAreNotTriggers) {
  const Document doc("The United Nations welcomed the Marshall Plan.");
  for (const auto& t : find_triggers(doc)) {
    EXPECT_NE(t.lemma, "unite");
    EXPECT_NE(t.lemma, "plan");
  }
}

}  // namespace
}  // namespace claimline
