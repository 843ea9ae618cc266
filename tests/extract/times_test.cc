#include "extract/times.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimline {
namespace {

Timestamp day(const char* iso) { return *parse_timestamp(iso); }

std::vector<TimeExpr> run(const std::string& text, const Timestamp& published) {
  return find_times(Document(text), published);
}

// One expected expression: its text, type and value.
struct Case {
  const char* sentence;
  const char* published;  // "" = undated
  const char* text;
  const char* type;
  const char* value;
};

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sentence);
    const Timestamp pub = *c.published ? day(c.published) : Timestamp::undated();
    const Document doc(c.sentence);
    const std::vector<TimeExpr> found = find_times(doc, pub);
    bool seen = false;
    for (const TimeExpr& t : found) {
      if (doc.text(t.span) != c.text) continue;
      seen = true;
      EXPECT_EQ(time_type_name(t.type), c.type) << c.text;
      EXPECT_EQ(t.value, c.value) << c.text << " (rule " << t.rule << ")";
    }
    if (!seen) {
      std::string got;
      for (const TimeExpr& t : found) got += "[" + std::string(doc.text(t.span)) + "] ";
      ADD_FAILURE() << "expected [" << c.text << "], found " << got;
    }
  }
}

TEST(Times, SeedSentencesPublished) {
  const Timestamp pub = day("2025-03-17");
  const std::string text =
      "US and Russian officials are in talks to end the conflict, which has persisted for over three years. "
      "The two presidents are expected to hold a phone conversation this week. "
      "A recent proposal for a 30-day cessation of hostilities was accepted.";
  const Document doc(text);
  const std::vector<TimeExpr> found = find_times(doc, pub);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(doc.text(found[0].span), "over three years");
  EXPECT_EQ(found[0].type, TimeType::kDuration);
  EXPECT_EQ(found[0].value, "P3Y");
  EXPECT_EQ(found[0].mod, "MORE_THAN");
  EXPECT_EQ(doc.text(found[1].span), "this week");
  EXPECT_EQ(found[1].value, "2025-W12");
  EXPECT_TRUE(found[1].resolved);
  ASSERT_TRUE(found[1].start && found[1].end);
  EXPECT_EQ(*found[1].start, date::year_month_day(date::year{2025}, date::month{3}, date::day{17}));
  EXPECT_EQ(*found[1].end, date::year_month_day(date::year{2025}, date::month{3}, date::day{23}));
  EXPECT_EQ(doc.text(found[2].span), "30-day");
  EXPECT_EQ(found[2].type, TimeType::kDuration);
  EXPECT_EQ(found[2].value, "P30D");
}

TEST(Times, SeedSentencesUndated) {
  const Document doc("The two presidents are expected to hold a phone conversation this week.");
  const std::vector<TimeExpr> found = find_times(doc, Timestamp::undated());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(doc.text(found[0].span), "this week");
  EXPECT_FALSE(found[0].resolved);
  EXPECT_EQ(found[0].value, "XXXX-WXX");
  EXPECT_FALSE(found[0].start.has_value());
  EXPECT_FALSE(found[0].end.has_value());
}

TEST(Times, AbsoluteDates) {
  check_cases({
      {"It happened on March 13, 2025 in Kyiv.", "", "March 13, 2025", "DATE", "2025-03-13"},
      {"It happened on 13 March 2025.", "", "13 March 2025", "DATE", "2025-03-13"},
      {"It happened on the 13th of March 2025.", "", "13th of March 2025", "DATE", "2025-03-13"},
      {"The deal was signed 3/13/2025 in Riyadh.", "", "3/13/2025", "DATE", "2025-03-13"},
      {"The deal was signed 2025-03-13 in Riyadh.", "", "2025-03-13", "DATE", "2025-03-13"},
      {"Filed on Sept. 30, 1989, the suit failed.", "", "Sept. 30, 1989", "DATE", "1989-09-30"},
      {"Prices peaked in March 1996.", "", "March 1996", "DATE", "1996-03"},
      {"Prices peaked in 1994.", "", "1994", "DATE", "1994"},
      {"Results for fiscal 1989 were weak.", "", "fiscal 1989", "DATE", "1989"},
      {"Growth slowed in the 1990s.", "", "the 1990s", "DATE", "199"},
      {"Growth slowed in the mid-1990s.", "", "the mid-1990s", "DATE", "199"},
      {"It changed in the 20th century.", "", "the 20th century", "DATE", "19"},
      {"Sales rose in Q2 2024.", "", "Q2 2024", "DATE", "2024-Q2"},
      {"Sales rose in the third quarter of 1990.", "", "the third quarter of 1990", "DATE", "1990-Q3"},
      {"Output fell in the summer of 1994.", "", "the summer of 1994", "DATE", "1994-SU"},
      {"Born in nineteen ninety-six, she left.", "", "nineteen ninety-six", "DATE", "1996"},
  });
}

TEST(Times, DatesWithoutYearUseThePublicationDate) {
  check_cases({
      {"Talks resume March 20.", "2025-03-17", "March 20", "DATE", "2025-03-20"},
      {"The rights expire Nov. 21.", "1989-11-02", "Nov. 21", "DATE", "1989-11-21"},
      {"The dividend was paid Dec. 21.", "1990-01-05", "Dec. 21", "DATE", "1989-12-21"},
      {"Sales rose in January.", "1989-10-26", "January", "DATE", "1989-01"},
      {"The launch is set for January.", "1989-10-26", "January", "DATE", "1990-01"},
      {"Output jumped in mid-March.", "2025-04-02", "mid-March", "DATE", "2025-03"},
      {"Profit rose in the third quarter.", "1989-10-26", "the third quarter", "DATE", "1989-Q3"},
      {"Profit rose in the fourth quarter.", "1990-01-20", "the fourth quarter", "DATE", "1989-Q4"},
      {"A third-quarter loss was posted.", "1989-10-26", "third-quarter", "DATE", "1989-Q3"},
      {"The firm expects a rebound early next year.", "2025-03-17", "early next year", "DATE", "2026"},
      {"Christmas sales were strong.", "2024-12-30", "Christmas", "DATE", "2024-12-25"},
  });
}

TEST(Times, TenseDecidesWeekdays) {
  // 2025-03-17 is a Monday.
  check_cases({
      {"Zelenskyy said on Sunday that troops held.", "2025-03-17", "Sunday", "DATE", "2025-03-16"},
      {"The leaders will meet on Tuesday.", "2025-03-17", "Tuesday", "DATE", "2025-03-18"},
      {"The president is expected to call on Thursday.", "2025-03-17", "Thursday", "DATE", "2025-03-20"},
      {"He was named commander and will be sworn in Friday.", "2025-03-17", "Friday", "DATE", "2025-03-21"},
      {"Officials met Friday.", "2025-03-17", "Friday", "DATE", "2025-03-14"},
      {"The company said Monday it would cut jobs.", "2025-03-17", "Monday", "DATE", "2025-03-17"},
      {"The vote was held last Friday.", "2025-03-17", "last Friday", "DATE", "2025-03-14"},
      {"The vote is next Tuesday.", "2025-03-17", "next Tuesday", "DATE", "2025-03-18"},
      {"Police seized a car Saturday, April 25.", "1998-04-24", "Saturday, April 25", "DATE", "1998-04-25"},
      {"They talked Saturday night.", "2025-03-17", "Saturday night", "DATE", "2025-03-15"},
      {"They talked Saturday morning.", "2025-03-17", "Saturday morning", "DATE", "2025-03-15"},
      {"They talked Saturday evening.", "2025-03-17", "Saturday evening", "TIME", "2025-03-15TEV"},
      {"They talk Saturday evening.", "", "Saturday evening", "TIME", "XXXX-WXX-6TEV"},
  });
}

TEST(Times, RelativeDates) {
  check_cases({
      {"They talked this week.", "2025-03-17", "this week", "DATE", "2025-W12"},
      {"A hearing is set for the week of March 6.", "2000-02-24", "the week of March 6", "DATE", "2000-W10"},
      {"For the week, the index fell 3.8%.", "2025-03-17", "the week", "DATE", "2025-W12"},
      {"This week, they talked.", "2025-03-17", "This week", "DATE", "2025-W12"},
      {"They talked last week.", "2025-03-17", "last week", "DATE", "2025-W11"},
      {"Prices rose last month.", "2025-03-17", "last month", "DATE", "2025-02"},
      {"Prices will rise next year.", "2025-03-17", "next year", "DATE", "2026"},
      {"It opened the year before last.", "2025-03-17", "the year before last", "DATE", "2023"},
      {"It opened two days ago.", "2025-03-17", "two days ago", "DATE", "2025-03-15"},
      {"It opened three weeks ago.", "2025-03-17", "three weeks ago", "DATE", "2025-W09"},
      {"It opened a year ago.", "2025-03-17", "a year ago", "DATE", "2024"},
      {"He arrived yesterday.", "2025-03-17", "yesterday", "DATE", "2025-03-16"},
      {"He arrives tomorrow.", "2025-03-17", "tomorrow", "DATE", "2025-03-18"},
      {"He speaks today.", "2025-03-17", "today", "DATE", "2025-03-17"},
      {"He speaks tonight.", "2025-03-17", "tonight", "TIME", "2025-03-17TNI"},
      {"He spoke this morning.", "2025-03-17", "this morning", "TIME", "2025-03-17TMO"},
      {"Sales rose earlier this month.", "2025-03-17", "earlier this month", "DATE", "2025-03"},
      {"It was hot last summer.", "2025-03-17", "last summer", "DATE", "2024-SU"},
      {"It rained last fall.", "1998-02-06", "last fall", "DATE", "1997-FA"},
      {"Profit rose in the quarter. Sales were flat a year earlier.", "1989-10-26", "a year earlier", "DATE",
       "1988-Q3"},
      {"It fell in January this year.", "1998-03-04", "January this year", "DATE", "1998-01"},
  });
}

// Financial news compares a run of months ("the first nine months") with the same months a
// year before: TimeML dates that comparison by the year, while after a quarter it is that
// quarter a year before.
TEST(Times, ComparisonsFollowThePeriodUnderDiscussion) {
  check_cases({
      {"For the nine months, net fell to $5 million from $6 million a year earlier.", "1989-10-26",
       "a year earlier", "DATE", "1988"},
      {"Revenue from other accounts was 45% in the latest nine months, compared with 40% a year earlier.",
       "1989-10-26", "a year earlier", "DATE", "1988"},
      {"In the first nine months, net was $306 million, compared with a loss in the 1988 period.", "1989-11-02",
       "the 1988 period", "DATE", "1988"},
      {"For the nine months, the company had a loss, compared with year-earlier net income.", "1989-10-26",
       "year-earlier", "DATE", "1988"},
      // Near misses: a quarter named after the months, or no run of months at all.
      {"In the first nine months, net rose. Third-quarter profit fell from a year earlier.", "1989-10-26",
       "a year earlier", "DATE", "1988-Q3"},
      {"Third-quarter profit rose. Sales in the 1988 period were flat.", "1989-10-26", "the 1988 period", "DATE",
       "1988-Q3"},
      {"Third-quarter profit rose to $5 million from $4 million a year earlier.", "1989-10-26", "a year earlier",
       "DATE", "1988-Q3"},
      {"It had a third-quarter loss, compared with a year-earlier loss of $6.2 million.", "1989-10-26",
       "year-earlier", "DATE", "1988-Q3"},
      {"The pact ran for nine months. Profit rose in the quarter from a year ago.", "1989-10-26", "a year ago",
       "DATE", "1988-Q3"},
  });
}

TEST(Times, QuarterEndedOnADate) {
  check_cases({
      {"In the quarter ended July 31, Jayark had 5.6 million shares.", "1989-10-30", "the quarter", "DATE",
       "1989-Q2"},
      {"Net rose for the quarter ended Sept. 30.", "1989-10-30", "the quarter", "DATE", "1989-Q3"},
      {"Net rose for the quarter ending Jan. 31.", "1990-03-02", "the quarter", "DATE", "1989-Q4"},
      // Near misses: a named (fiscal) quarter keeps its number; no date keeps the latest quarter.
      {"Net rose for its fourth quarter ended Sept. 30.", "1989-11-02", "fourth quarter", "DATE", "1989-Q4"},
      {"Net rose in the quarter.", "1989-10-30", "the quarter", "DATE", "1989-Q3"},
      {"Sun posted a loss in its fiscal first quarter. Sales for the quarter ended Sept. 29 rose.", "1989-10-26",
       "the quarter", "DATE", "1989-Q1"},
  });
}

TEST(Times, TenseCuesAroundDeadlinesAndSince) {
  check_cases({
      // 1999-05-07 is a Friday; 2000-04-03 a Monday.
      {"Until Thursday, they had not called Kopp a suspect.", "1999-05-07", "Thursday", "DATE", "1999-05-06"},
      {"Until Thursday, police hadn't named him.", "1999-05-07", "Thursday", "DATE", "1999-05-06"},
      {"The INS extended its deadline until Tuesday.", "2000-04-03", "Tuesday", "DATE", "2000-04-04"},
      {"They had agreed to wait until Tuesday.", "2000-04-03", "Tuesday", "DATE", "2000-04-04"},
      {"The relatives have until 9 a.m. Tuesday to sign.", "2000-04-03", "9 a.m. Tuesday", "TIME",
       "2000-04-04T09:00"},
      {"They met at 9 a.m. Tuesday.", "2000-04-03", "9 a.m. Tuesday", "TIME", "2000-03-28T09:00"},
      // 1989-10-30 is a Monday: a plan in the past perfect looks back.
      {"The offer had been scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", "TIME",
       "1989-10-27T24:00"},
      {"It had been due to expire Friday.", "1989-10-30", "Friday", "DATE", "1989-10-27"},
      {"The offer is scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", "TIME",
       "1989-11-03T24:00"},
      {"It is due to expire Friday.", "1989-10-30", "Friday", "DATE", "1989-11-03"},
      {"Police have searched for him since the Oct. 23 slaying.", "1999-05-06", "Oct. 23", "DATE", "1998-10-23"},
      {"Talks resume Oct. 23.", "1999-05-06", "Oct. 23", "DATE", "1999-10-23"},
  });
}

TEST(Times, BareMonthYear) {
  check_cases({
      {"Sales fell in November.", "1990-03-02", "November", "DATE", "1989-11"},
      {"Prices rose in March.", "1989-10-30", "March", "DATE", "1989-03"},
      {"Evidence from the October slaying.", "1999-04-19", "October", "DATE", "1998-10"},  // six months either way
      // Near misses: the future, and a month less than six months ahead without a verb.
      {"The plant will reopen in December.", "1989-10-27", "December", "DATE", "1989-12"},
      {"The vote will be held in October.", "1999-04-19", "October", "DATE", "1999-10"},
      {"Evidence from the September vote.", "1999-04-19", "September", "DATE", "1999-09"},
  });
}

TEST(Times, Undated) {
  for (const char* s : {"They talked this week.", "He arrived yesterday.", "Zelenskyy said on Sunday it held.",
                        "Talks resume March 20.", "Prices rose last month.", "It opened two days ago."}) {
    SCOPED_TRACE(s);
    const std::vector<TimeExpr> found = run(s, Timestamp::undated());
    ASSERT_EQ(found.size(), 1u);
    EXPECT_FALSE(found[0].resolved);
    EXPECT_NE(found[0].value.find('X'), std::string::npos) << found[0].value;
    EXPECT_FALSE(found[0].start.has_value());
  }
  check_cases({
      {"Zelenskyy said on Sunday it held.", "", "Sunday", "DATE", "XXXX-WXX-7"},
      {"Talks resume March 20.", "", "March 20", "DATE", "XXXX-03-20"},
      {"He arrived yesterday.", "", "yesterday", "DATE", "XXXX-XX-XX"},
  });
  // Absolute dates resolve without a publication date.
  const std::vector<TimeExpr> abs = run("It happened on March 13, 2025.", Timestamp::undated());
  ASSERT_EQ(abs.size(), 1u);
  EXPECT_TRUE(abs[0].resolved);
  EXPECT_EQ(abs[0].value, "2025-03-13");
}

TEST(Times, TimesOfDay) {
  check_cases({
      {"The vote closes at 3 p.m. EDT.", "2025-03-17", "3 p.m. EDT", "TIME", "2025-03-17T15:00"},
      {"The vote closes at noon.", "2025-03-17", "noon", "TIME", "2025-03-17T12:00"},
      {"It began at 10:35 a.m. on the day.", "2025-03-17", "10:35 a.m.", "TIME", "2025-03-17T10:35"},
      {"The offer expires at noon Saturday.", "2025-03-17", "noon Saturday", "TIME", "2025-03-15T12:00"},
      {"Trading halts at 5 p.m. EST, Nov. 6.", "1989-11-02", "5 p.m. EST, Nov. 6", "TIME", "1989-11-06T17:00"},
      {"It began around 7:15 p.m.", "2025-03-17", "around 7:15 p.m.", "TIME", "2025-03-17T19:15"},
  });
}

TEST(Times, Durations) {
  check_cases({
      {"The war has lasted for over three years.", "", "over three years", "DURATION", "P3Y"},
      {"They agreed a 30-day truce.", "", "30-day", "DURATION", "P30D"},
      {"They waited 48 hours.", "", "48 hours", "DURATION", "PT48H"},
      {"It took a decade.", "", "a decade", "DURATION", "P10Y"},
      {"It took two decades.", "", "two decades", "DURATION", "P20Y"},
      {"Sales rose in the past two months.", "", "the past two months", "DURATION", "P2M"},
      {"Sales rose in the first nine months.", "", "the first nine months", "DURATION", "P9M"},
      {"It took 2 1/2 years.", "", "2 1/2 years", "DURATION", "P2Y6M"},
      {"It took a year and a half.", "", "a year and a half", "DURATION", "P1Y6M"},
      {"It took half an hour.", "", "half an hour", "DURATION", "PT30M"},
      {"It took several years.", "", "several years", "DURATION", "PXY"},
      {"It took about two weeks.", "", "about two weeks", "DURATION", "P2W"},
      {"It lasted less than one hour.", "", "less than one hour", "DURATION", "PT1H"},
      {"It lasted no more than sixty days.", "", "no more than sixty days", "DURATION", "P60D"},
      {"It will take at least 30 days.", "", "at least 30 days", "DURATION", "P30D"},
      {"They have fought for years.", "", "years", "DURATION", "PXY"},
      {"A 52-week high.", "", "52-week", "DURATION", "P52W"},
  });
}

TEST(Times, Mods) {
  struct ModCase {
    const char* sentence;
    const char* text;
    const char* mod;
  };
  for (const ModCase& c : std::vector<ModCase>{
           {"It took about two years.", "about two years", "APPROX"},
           {"It took more than four hours.", "more than four hours", "MORE_THAN"},
           {"It took less than a week.", "less than a week", "LESS_THAN"},
           {"It took at least 30 days.", "at least 30 days", "EQUAL_OR_MORE"},
           {"It took no more than sixty days.", "no more than sixty days", "EQUAL_OR_LESS"},
           {"Growth returns in early 2025.", "early 2025", "START"},
           {"Growth returns in late 2025.", "late 2025", "END"},
           {"Growth returns in mid-2025.", "mid-2025", "MID"},
           {"Growth returns by the end of 2025.", "the end of 2025", "END"},
       }) {
    SCOPED_TRACE(c.sentence);
    const Document doc(c.sentence);
    const std::vector<TimeExpr> found = find_times(doc, day("2025-03-17"));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(doc.text(found[0].span), c.text);
    EXPECT_EQ(found[0].mod, c.mod);
  }
}

TEST(Times, SetsAndVague) {
  check_cases({
      {"They meet every Monday.", "", "every Monday", "SET", "XXXX-WXX-1"},
      {"They meet each year.", "", "each year", "SET", "P1Y"},
      {"They meet every two weeks.", "", "every two weeks", "SET", "P2W"},
      {"The paper is printed daily.", "", "daily", "SET", "P1D"},
      {"It costs $5 billion a year.", "", "a year", "SET", "P1Y"},
      {"They meet on Tuesday nights.", "", "Tuesday nights", "SET", "XXXX-WXX-2TNI"},
      {"He recently resigned.", "2025-03-17", "recently", "DATE", "PAST_REF"},
      {"He is now the leader.", "2025-03-17", "now", "DATE", "PRESENT_REF"},
      {"Now the court has ruled against him.", "2025-03-17", "Now", "DATE", "PRESENT_REF"},
      {"It is currently closed.", "2025-03-17", "currently", "DATE", "PRESENT_REF"},
      {"A ceasefire will be established soon.", "2025-03-17", "soon", "DATE", "FUTURE_REF"},
      {"Nobody knows the future.", "2025-03-17", "the future", "DATE", "FUTURE_REF"},
      {"Islam will one day be the second largest religion.", "1998-03-03", "one day", "DATE", "FUTURE_REF"},
      {"The strike lasted one day.", "1998-03-03", "one day", "DURATION", "P1D"},
  });
}

// Words that look like dates or durations in other senses must not match.
TEST(Times, NearMissesDoNotMatch) {
  const Timestamp pub = day("2025-03-17");
  for (const char* s : {
           "She may resign.",
           "May I ask a question?",
           "Theresa May spoke to reporters.",
           "Thousands joined a protest march in Kyiv.",
           "March organisers counted the crowd.",
           "The Sunday Times reported the leak.",
           "He bought milk at a 7-Eleven.",
           "The story aired on Fox 5 news.",
           "See page 2025 of the report.",
           "The bill passed in a 52-48 vote.",
           "The deal is worth $2,000 million.",
           "It cost $1990 in total.",
           "He was elected for a second term.",
           "They finished second in the race.",
           "A quarter of the voters abstained.",
           "Three quarters of the shares were sold.",
           "The 44-year-old minister resigned.",
           "Prices will fall, analysts said.",
           "He scored 2000 points.",
           "A protest march took place.",
           "Now, the court has ruled against him.",
           "Baker said on ABC's \u201CThis Week\u201D that talks failed.",
           "Baker spoke on This Week With David Brinkley.",
           "For Poland, high noon has come.",
           "\u201CNow, let us begin,\u201D he said.",
       }) {
    SCOPED_TRACE(s);
    const Document doc(s);
    const std::vector<TimeExpr> found = find_times(doc, pub);
    std::string got;
    for (const TimeExpr& t : found) got += "[" + std::string(doc.text(t.span)) + " " + t.value + "] ";
    EXPECT_TRUE(found.empty()) << got;
  }
}

TEST(Times, SpansAreOrderedDisjointAndOnBoundaries) {
  const std::string text =
      "\u201CWe met on Sunday,\u201D Zelenskyy said \u2014 three days ago \u2014 after talks last week "
      "that ran for 48 hours, at 3 p.m. EDT.";
  const Document doc(text);
  const std::vector<TimeExpr> found = find_times(doc, day("2025-03-17"));
  ASSERT_GE(found.size(), 4u);
  for (size_t k = 0; k < found.size(); ++k) {
    EXPECT_LE(found[k].span.end, text.size());
    EXPECT_FALSE(found[k].span.empty());
    EXPECT_FALSE(found[k].rule.empty());
    if (k > 0) {
      EXPECT_LE(found[k - 1].span.end, found[k].span.start);
    }
  }
}

// Found by fuzz_extract (fuzz/regressions/fuzz_extract/times-digit-run-overflow): a long run
// of digits where a day, a year or a quantity may stand overflowed an int (UBSan). Runs of
// digits of any length are read saturated and never taken for a date.
TEST(Times, LongDigitRunsNeitherOverflowNorDate) {
  const std::string nines(40, '9');
  const std::string text = "It ended on " + nines + "/03/2025, in " + nines + ", on March " + nines +
                           " and after " + nines + " days, at " + nines + ":30.";
  const std::vector<TimeExpr> found = run(text, day("2025-03-17"));
  for (const TimeExpr& t : found) {
    EXPECT_EQ(t.value.find(nines.substr(0, 12)), std::string::npos) << t.value;
    EXPECT_LE(t.span.end, text.size());
  }
}

TEST(Times, Deterministic) {
  const std::string text = "On Sunday, three days ago, last week and next year, about two years.";
  EXPECT_EQ(run(text, day("2025-03-17")), run(text, day("2025-03-17")));
}

// The scanner skips "the" unless the next word can continue a time expression: each rule's
// way of going on after "the" must still be found (and "the" before other words is not).
TEST(Times, EveryRuleStillStartsAtThe) {
  const Timestamp pub = day("2025-03-15");
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Sales rose in the prior quarter.", "the prior quarter"},
      {"Profit fell in the latter half of 1990.", "the latter half of 1990"},
      {"Jazz boomed in the twenties.", "the twenties"},
      {"She arrived the day before yesterday.", "the day before yesterday"},
      {"Prices will rise in the near future.", "the near future"},
      {"Talks resumed at the close of 2024.", "the close of 2024"},
      {"Fighting continued over the coming weeks.", "the coming weeks"},
      {"Music from the '90s returned.", "the '90s"},
      {"The plan was drafted in the 1990s.", "the 1990s"},
      {"Output grew in the fiscal first quarter.", "the fiscal first quarter"},
      {"The talks happened over the weekend.", "the weekend"},
      {"Exports rose in the 20th century.", "the 20th century"},
      {"Costs fell in the year-ago period.", "the year-ago period"},
      {"Trade slowed in the summer of 1994.", "the summer of 1994"},
      {"Officials met the following Monday.", "the following Monday"},
      {"Prices climbed over the past two months.", "the past two months"},
      {"Production rose in the latest quarter.", "the latest quarter"},
      {"Growth slowed at the end of 1994.", "the end of 1994"},  // position modifiers
      {"Prices peaked in the mid-1970s.", "the mid-1970s"},
      {"Sales fell in the early 1990s.", "the early 1990s"},
  };
  for (const auto& [sentence, text] : cases) {
    const Document doc(sentence);
    bool seen = false;
    for (const TimeExpr& t : find_times(doc, pub)) seen = seen || doc.text(t.span) == text;
    EXPECT_TRUE(seen) << sentence;
  }
  for (const char* sentence : {"The minister met the press on the record.", "He read the times of the trains."}) {
    EXPECT_TRUE(run(sentence, pub).empty()) << sentence;
  }
}

}  // namespace
}  // namespace claimline
