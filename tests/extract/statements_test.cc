// Quotes, speakers and entities, rule by rule, each with near-misses. Sentences written for
// these tests (some retell the founding story in our own words).
#include "extract/statements.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/entities.h"
#include "extract/quotes.h"

namespace claimline {
namespace {

struct Said {
  std::string text;
  std::string speaker;  // "" when unknown
  std::string rule;
  std::string where;    // setting ("on social media"), "" when none
};

std::vector<Said> said(const std::string& body) {
  const Document doc(body);
  std::vector<Said> out;
  for (const auto& s : extract_statements(doc).statements) {
    Said x{s.text, s.speaker, s.rule, {}};
    if (s.where_span) x.where = body.substr(s.where_span->start, s.where_span->size());
    out.push_back(std::move(x));
  }
  return out;
}

std::string dump(const std::vector<Said>& found) {
  std::string out;
  for (const auto& s : found) out += "[" + s.speaker + " | " + s.rule + " | " + s.text + "] ";
  return out;
}

// ---- Speakers ---------------------------------------------------------------------------

struct SpeakerCase {
  const char* body;
  const char* text_starts;  // the statement looked for: its text starts so
  const char* speaker;      // its speaker; "" = unknown; nullptr = no such statement at all
};

class SpeakerTable : public ::testing::TestWithParam<SpeakerCase> {};

TEST_P(SpeakerTable, ResolvesOrLeavesUnknown) {
  const SpeakerCase& c = GetParam();
  const auto found = said(c.body);
  const auto it = std::find_if(found.begin(), found.end(),
                               [&](const Said& s) { return s.text.starts_with(c.text_starts); });
  if (!c.speaker) {
    EXPECT_EQ(it, found.end()) << c.body << " -> " << dump(found);
    return;
  }
  ASSERT_NE(it, found.end()) << c.body << " -> " << dump(found);
  EXPECT_EQ(it->speaker, c.speaker) << c.body << " -> " << dump(found);
}

INSTANTIATE_TEST_SUITE_P(
    Statements, SpeakerTable,
    ::testing::Values(
        // A dateline is not the subject of the sentence after it.
        SpeakerCase{"KYIV — President Volodymyr Zelenskyy on Saturday dismissed the reports, saying his forces "
                    "were holding their lines.",
                    "his forces were holding", "Volodymyr Zelenskyy"},
        SpeakerCase{"LONDON (Wire) — Prime Minister Keir Starmer hosted a call and urged them to keep up the "
                    "pressure on Moscow.",
                    "them to keep up", "Keir Starmer"},
        // Near-miss: a capitalised sentence opening that is no dateline stays the subject.
        SpeakerCase{"NATO met in Brussels and said the alliance would act.", "the alliance would act", "NATO"},
        // A prepositional phrase completing the source after a quote, "says of X," before one,
        // and an opening phrase of time or place without a comma before the speaker.
        SpeakerCase{"\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.", "It was the least bad",
                    "Morgan"},
        SpeakerCase{"“So why didn’t he pay his taxes?” a narrator in the Clinton ad asks.", "So why didn’t he",
                    "a narrator in the Clinton ad"},
        SpeakerCase{"Donald Trump says of Clinton, “If she gets the chance, she will sell the office.”",
                    "If she gets the chance", "Donald Trump"},
        SpeakerCase{"In a Bloomberg interview Donald Trump declared “I think NATO may be obsolete.”",
                    "I think NATO may be obsolete", "Donald Trump"},
        // ", saying ...": the sentence's subject phrase, taken whole up to its verb.
        SpeakerCase{"Both parents stiffened their denunciation of Mr. Trump, saying that he lacked empathy.",
                    "that he lacked empathy", "Both parents"},
        SpeakerCase{"A spokeswoman for Janney also declined to comment, saying that nobody involved remains.",
                    "that nobody involved remains", "A spokeswoman for Janney"},
        SpeakerCase{"Rubio ducked, pointing to his record and saying that productive senators are overrated.",
                    "that productive senators are overrated", "Rubio"},
        // Near-miss: a verb inside the opening phrase makes it a clause of its own.
        SpeakerCase{"In a speech that angered Putin Trump declared “NATO may be obsolete.”", "NATO may be obsolete",
                    nullptr},
        // A participle after a semicolon belongs to the second clause, not to the first
        // clause's speaker.
        SpeakerCase{"Trump said on Friday that the soldiers were surrounded; the army has denied that, saying "
                    "its units are pulling back.",
                    "its units are pulling back", "army"},
        SpeakerCase{"Trump said on Friday that the soldiers were surrounded; the bridge had fallen, leaving "
                    "its units cut off.",
                    "its units", nullptr},
        SpeakerCase{"Trump said on Friday that the soldiers were surrounded; Ukraine's General Staff denied "
                    "that, saying its units are pulling back.",
                    "its units are pulling back", "Ukraine's General Staff"},
        // A title word before an organisation word is part of the organisation's name.
        SpeakerCase{"Ukraine's General Staff said in a statement that there was no threat of encirclement.",
                    "that there was no threat", "Ukraine's General Staff"},
        // Near-miss: a title before a person's name is a role, not part of the name.
        SpeakerCase{"General Oleksandr Syrskyi said that the troops had pulled back.", "that the troops",
                    "Oleksandr Syrskyi"},
        // A past-tense verb after a name ends the subject: the object is not the speaker.
        SpeakerCase{"Zelenskyy met Trump in Washington and insisted there was no threat.", "there was no threat",
                    "Zelenskyy"},
        SpeakerCase{"Ukraine's General Staff published a map and insisted there was no threat of encirclement.",
                    "there was no threat", "Ukraine's General Staff"},
        // "It" opening a sentence is the organisation that spoke just before.
        SpeakerCase{"The Kremlin said Putin had ordered a halt to the strikes. It said a ceasefire would require "
                    "an end to foreign aid.",
                    "a ceasefire would require", "Kremlin"},
        // Near-misses: "it" after a person who spoke, and "it" inside a sentence.
        SpeakerCase{"Peskov said Putin had ordered a halt to the strikes. It said a ceasefire would require an "
                    "end to foreign aid.",
                    "a ceasefire would require", ""},
        SpeakerCase{"The Kremlin said the strikes had stopped. State television showed footage it said had been "
                    "filmed near the border.",
                    "had been filmed", nullptr},
        // "they" is the plural noun phrase that spoke earlier in the same sentence.
        SpeakerCase{"Independent analysts said on Sunday that they had found no evidence, although they agreed "
                    "that the foothold had shrunk.",
                    "that the foothold had shrunk", "Independent analysts"},
        // Near-miss: "they" in the next sentence stays unknown.
        SpeakerCase{"Independent analysts said on Sunday that they had found no evidence. They agreed that the "
                    "foothold had shrunk.",
                    "that the foothold had shrunk", ""},
        // The subject of a coordinated cue: a determiner opening the sentence, a speaking noun.
        SpeakerCase{"The spokesman refused to answer questions but said there was no call planned.",
                    "there was no call planned", "spokesman"},
        // An age between a name and its appositive.
        SpeakerCase{"Marley Anderson, 21, a student from Las Vegas, said she came to support the senator.",
                    "she came to support", "Marley Anderson"},
        // A relative "who" after a name in object position.
        SpeakerCase{"The assessment contradicts President Donald Trump, who wrote on Friday that thousands of "
                    "troops were surrounded.",
                    "that thousands of troops", "Donald Trump"},
        // Pronouns resolve to the nearest compatible named person.
        SpeakerCase{"Zelenskyy has accused Moscow of stalling. In statements on social media, he asserted, "
                    "“Our troops continue to hold back Russian groupings in the Kursk region.”",
                    "Our troops continue", "Zelenskyy"},
        // An apposition: the speaker is the name, not the role phrase.
        SpeakerCase{"Trump's special envoy, Steve Witkoff, said that both leaders wanted a deal.",
                    "that both leaders wanted", "Steve Witkoff"}));

// ---- Reported speech rules ---------------------------------------------------------------

struct RuleCase {
  const char* body;
  const char* text;     // the one statement's text; "" when there must be none
  const char* speaker;  // its speaker
};

class RuleTable : public ::testing::TestWithParam<RuleCase> {};

TEST_P(RuleTable, FindsTheStatement) {
  const RuleCase& c = GetParam();
  const auto found = said(c.body);
  if (std::string(c.text).empty()) {
    EXPECT_TRUE(found.empty()) << c.body << " -> " << dump(found);
    return;
  }
  ASSERT_EQ(found.size(), 1u) << c.body << " -> " << dump(found);
  EXPECT_EQ(found[0].text, c.text) << c.body;
  EXPECT_EQ(found[0].speaker, c.speaker) << c.body;
}

INSTANTIATE_TEST_SUITE_P(
    Statements, RuleTable,
    ::testing::Values(
        // Intentions take a to-infinitive; the noun "plans" does not speak.
        RuleCase{"Clinton wants to triple the size of the service program.", "to triple the size of the service program",
                 "Clinton"},
        RuleCase{"Clinton plans to call on young people to serve.", "to call on young people to serve", "Clinton"},
        RuleCase{"The plans to build a wall were dropped.", "", ""},
        RuleCase{"Clinton wants a bigger program.", "", ""},
        // Findings of polls and studies need "that"; "police found the body" is no statement.
        RuleCase{"A new poll shows that most voters distrust both candidates.",
                 "that most voters distrust both candidates", "A new poll"},
        RuleCase{"The study found that the agency could not trace the money.",
                 "that the agency could not trace the money", "study"},
        RuleCase{"Police found the body near the river on Sunday.", "", ""},
        // A poll or a study may show without "that".
        RuleCase{"A new poll shows Sanders leading Clinton among young voters.",
                 "Sanders leading Clinton among young voters", "A new poll"},
        // A participle after "by" or "from" is the subject's.
        RuleCase{"Dean appeared on television and began by saying he would never diagnose anyone.",
                 "he would never diagnose anyone", "Dean"},
        // A restrictive "who" names its noun phrase as the source, wherever it stands.
        RuleCase{"Trump refused to pay an architect who said he was stiffed after designing a clubhouse.",
                 "he was stiffed after designing a clubhouse", "an architect"},
        // Near-miss: "which said" is not a person speaking.
        RuleCase{"He quoted the report which said little about the money.", "", ""},
        // Naming with a quoted label is a statement; naming without one is not.
        RuleCase{"Clinton called half of Trump’s supporters “deplorables” at a fundraiser.",
                 "half of Trump’s supporters “deplorables”", "Clinton"},
        RuleCase{"They reached a town called “Sudzha” on Monday.", "", ""},
        RuleCase{"Trump called the police and left the building.", "", ""},
        // A long object before "that".
        RuleCase{"Rubio told the Gazette and Courier newspaper of Charleston on Saturday that he voted early.",
                 "that he voted early", "Rubio"},
        // A possessive phrase with its determiner before an appositive name.
        RuleCase{"The state's campaign chairman, Phil Lovas, said he cannot comment on the letter.",
                 "he cannot comment on the letter", "Phil Lovas"},
        // The dateline is not part of a content that opens the sentence.
        RuleCase{"WASHINGTON — The birther campaign is an insult to all voters, top lawmakers said on Friday.",
                 "The birther campaign is an insult to all voters", "top lawmakers"}));

TEST(Statements, TranscriptTurnsAreStatementsOfTheirSpeakers) {
  const auto found = said(
      "WALLACE: Let us start with the news on the debate and what the campaign announced today.\n\n"
      "PENCE: Well, look, the question really is why the other campaign did this first.\n\n"
      "WALLACE: Governor, I want to ask you about the tax returns now.");
  std::vector<Said> turns;
  for (const auto& s : found) {
    if (s.rule == "speech.transcript") turns.push_back(s);
  }
  ASSERT_EQ(turns.size(), 3u) << dump(found);
  EXPECT_EQ(turns[1].speaker, "PENCE");
  EXPECT_EQ(turns[1].text, "Well, look, the question really is why the other campaign did this first");
  // Near-miss: one label-like line is a headline, not a transcript.
  const auto one = said("BREAKING: The talks in Jeddah ended without an agreement on Tuesday.");
  EXPECT_TRUE(std::none_of(one.begin(), one.end(), [](const Said& s) { return s.rule == "speech.transcript"; }))
      << dump(one);
}

TEST(Statements, AHeadingInOtherMarksDoesNotContinueAQuote) {
  const auto found = said("\"These are strange days,\" said Peter Morgan, a lawyer.\n\n'Legend in the Coal Fields.'\n\n"
                          "Bankruptcy is likely.");
  ASSERT_FALSE(found.empty()) << dump(found);
  EXPECT_EQ(found[0].text, "These are strange days");
  // Near-miss: a paragraph in the same marks goes on with the same speaker.
  const auto same = said("\"These are strange days,\" said Peter Morgan, a lawyer.\n\n\"We will see.\"\n\nIt ended.");
  ASSERT_FALSE(same.empty()) << dump(same);
  EXPECT_EQ(same[0].text, "These are strange days We will see.");
}

TEST(Statements, TheQuestionPutIsAStatementWithoutASpeaker) {
  const auto found = said("Asked about the border wall, Trump said it would be built next year.");
  ASSERT_EQ(found.size(), 2u) << dump(found);
  EXPECT_EQ(found[0].rule, "speech.asked");
  EXPECT_EQ(found[0].text, "about the border wall");
  EXPECT_EQ(found[0].speaker, "");  // the asker is not named
  EXPECT_EQ(found[1].speaker, "Trump");
  EXPECT_EQ(found[1].text, "it would be built next year");
  // An adverbial or the asker between "asked" and the question, and "when asked" after the
  // answer's own clause.
  const auto on_air = said("Asked on Fox News who leads the party, he said Ryan did.");
  ASSERT_FALSE(on_air.empty()) << dump(on_air);
  EXPECT_EQ(on_air[0].rule, "speech.asked");
  EXPECT_EQ(on_air[0].text, "who leads the party");
  const auto when = said("Christie said he would certainly do so when asked whether he would issue a quarantine.");
  ASSERT_EQ(when.size(), 2u) << dump(when);
  EXPECT_EQ(when[0].text, "he would certainly do so");
  EXPECT_EQ(when[1].rule, "speech.asked");
  EXPECT_EQ(when[1].text, "whether he would issue a quarantine");
  // Near-miss: "Asked" without a question word opens no question.
  const auto plain = said("Asked politely, Trump said it would be built next year.");
  EXPECT_TRUE(std::none_of(plain.begin(), plain.end(), [](const Said& x) { return x.rule == "speech.asked"; }))
      << dump(plain);
  // Near-miss: someone who asked a named person is a speaker, handled as a cue.
  const auto asker = said("Mr. Hurt asked Norton whether it would republish the book.");
  EXPECT_TRUE(std::none_of(asker.begin(), asker.end(), [](const Said& x) { return x.rule == "speech.asked"; }))
      << dump(asker);
}

TEST(Statements, AHeadlineOpeningTheBodyAttributesItsSource) {
  auto found = said("Graham: Trump's rhetoric is destroying the party's chances.\n\nThe senator spoke on Sunday.");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].rule, "speech.headline");
  EXPECT_EQ(found[0].speaker, "Graham");
  EXPECT_EQ(found[0].text, "Trump's rhetoric is destroying the party's chances");
  found = said("Bellwether County Says Trump Should Win the Nomination.\n\nVoters there have picked winners.");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].rule, "speech.headline");
  EXPECT_EQ(found[0].text, "Trump Should Win the Nomination");
  // Near-misses: a label, a dateline, and a one-paragraph text are no attributed headline.
  for (const char* body : {"Update: The talks resumed on Monday in Riyadh.\n\nMore follows.",
                           "WASHINGTON: The talks resumed on Monday in Riyadh.\n\nMore follows.",
                           "Graham: Trump's rhetoric is destroying the party's chances."}) {
    const auto none = said(body);
    EXPECT_TRUE(std::none_of(none.begin(), none.end(), [](const Said& x) { return x.rule == "speech.headline"; }))
        << body << " -> " << dump(none);
  }
}

// ---- Lead-ins and settings --------------------------------------------------------------

TEST(Statements, AVenueBeforeTheSpeakerIsNotPartOfWhatWasSaid) {
  const auto found = said(
      "In statements on social media, he asserted, “Our troops continue to hold back Russian "
      "groupings in the Kursk region.”");
  ASSERT_EQ(found.size(), 1u) << dump(found);
  EXPECT_EQ(found[0].text, "Our troops continue to hold back Russian groupings in the Kursk region.");
  EXPECT_EQ(found[0].where, "on social media");
}

TEST(Statements, ATopicBeforeTheSpeakerIsPartOfWhatWasSaid) {
  const auto found = said(
      "As for the talks in Jeddah, she said, “We expect an answer from Moscow within days.”");
  const auto lead = std::find_if(found.begin(), found.end(), [](const Said& s) { return s.rule == "quote.lead"; });
  ASSERT_NE(lead, found.end()) << dump(found);
  EXPECT_TRUE(lead->text.starts_with("As for the talks in Jeddah")) << lead->text;
  // Near-miss: a date before the speaker is when, not what.
  const auto dated = said(
      "On Friday, March 14, Trump wrote, “Thousands of troops are completely surrounded.”");
  EXPECT_TRUE(std::none_of(dated.begin(), dated.end(), [](const Said& s) { return s.rule == "quote.lead"; }))
      << dump(dated);
}

TEST(Statements, CompoundSettingsAreSkippedBeforeTheReportedClause) {
  auto found = said("Zelenskyy said in his nightly video address that Ukraine was ready to take this step.");
  ASSERT_EQ(found.size(), 1u) << dump(found);
  EXPECT_EQ(found[0].text, "that Ukraine was ready to take this step");
  found = said("Witkoff said in a television interview on Sunday that the two leaders could talk.");
  ASSERT_EQ(found.size(), 1u) << dump(found);
  EXPECT_EQ(found[0].text, "that the two leaders could talk");
}

// ---- Quotes ------------------------------------------------------------------------------

struct QuoteCase {
  const char* body;
  size_t quotes;        // top-level quotes found
  const char* first;    // quote_text of the first one ("" when none)
};

class QuoteTable : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteTable, Pairs) {
  const QuoteCase& c = GetParam();
  const Document doc(c.body);
  std::vector<Quote> top;
  for (const auto& q : find_quotes(doc)) {
    if (q.depth == 0) top.push_back(q);
  }
  ASSERT_EQ(top.size(), c.quotes) << c.body;
  if (c.quotes > 0) {
    EXPECT_EQ(quote_text(doc, top[0]), c.first) << c.body;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Statements, QuoteTable,
    ::testing::Values(
        QuoteCase{"He said \"we will win\" and left.", 1, "we will win"},
        QuoteCase{"He said “we will win” and left.", 1, "we will win"},
        QuoteCase{"Il a dit «nous gagnerons» hier.", 1, "nous gagnerons"},
        QuoteCase{"‘We will win,’ he said.", 1, "We will win"},
        // A quote over two paragraphs: opening mark on each, closing only on the last.
        QuoteCase{"“The first part goes on.\n\n“And the second ends here.” she said.",
                  1, "The first part goes on. And the second ends here."},
        // Nested: the inner quote is found at depth 1, the outer stays whole.
        QuoteCase{"“He told me ‘never again’ last year,” she said.", 1,
                  "He told me ‘never again’ last year"},
        // Apostrophes are not single quotes.
        QuoteCase{"Ukraine's army and the troops' positions were Putin's concern.", 0, ""},
        // A stray closing mark pairs with nothing and does not shift the quote after it.
        QuoteCase{"It ended” abruptly.\n\nShe said “it is over” later.", 1,
                  "it is over"},
        // An opening mark never closed makes no quote.
        QuoteCase{"She said “it is over and left the room.", 0, ""}));

TEST(Statements, ScareQuotesAndTitlesAreNotStatements) {
  // The label is no direct quote; the naming itself is Moscow's (indirect) statement.
  const auto named = said("Moscow calls the offensive a “special operation” in its reports.");
  EXPECT_TRUE(std::none_of(named.begin(), named.end(), [](const Said& x) { return x.rule.starts_with("quote."); }))
      << dump(named);
  EXPECT_TRUE(said("The film “The Long Road” opened on Friday in Kyiv.").empty());
  // Near-miss: the same words attributed are a statement.
  const auto found = said("“The offensive is a special operation,” Peskov said.");
  ASSERT_EQ(found.size(), 1u) << dump(found);
  EXPECT_EQ(found[0].speaker, "Peskov");
  EXPECT_EQ(found[0].rule, "quote.after");
}

TEST(Statements, TenThousandQuotationMarksEndQuicklyAndPairNothingWrong) {
  std::string body = "He said ";
  for (int i = 0; i < 10000; ++i) body += "\"";
  body += " and left.";
  const auto found = said(body);
  for (const auto& s : found) EXPECT_TRUE(s.speaker.empty() || s.speaker == "He") << s.speaker;
}

// ---- Entities ----------------------------------------------------------------------------

const Entity* entity_named(const EntityResult& r, const std::string& name) {
  for (const auto& e : r.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST(Entities, AliasesMergeWithinAnArticle) {
  const Document doc(
      "Trump's special envoy, Steve Witkoff, flew to Moscow. Witkoff met Putin there. President Volodymyr "
      "Zelensky said Kyiv was ready. Zelenskyy added that the talks must go on.");
  const EntityResult r = extract_entities(doc);
  const Entity* witkoff = entity_named(r, "Steve Witkoff");
  ASSERT_NE(witkoff, nullptr);
  EXPECT_EQ(witkoff->mentions.size(), 2u);
  EXPECT_NE(std::find(witkoff->roles.begin(), witkoff->roles.end(), "special envoy"), witkoff->roles.end());
  const Entity* zelensky = entity_named(r, "Volodymyr Zelensky");
  ASSERT_NE(zelensky, nullptr);
  EXPECT_EQ(zelensky->mentions.size(), 2u);
  EXPECT_EQ(zelensky->kind, EntityKind::kPerson);
}

TEST(Entities, TitlesAreRolesButOrganisationWordsKeepTheirTitleWord) {
  const Document doc(
      "US Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov. Ukraine's General Staff "
      "and the Kremlin disagreed.");
  const EntityResult r = extract_entities(doc);
  const Entity* rubio = entity_named(r, "Marco Rubio");
  ASSERT_NE(rubio, nullptr);
  EXPECT_EQ(rubio->kind, EntityKind::kPerson);
  EXPECT_NE(entity_named(r, "Sergey Lavrov"), nullptr);
  const Entity* staff = entity_named(r, "Ukraine's General Staff");
  ASSERT_NE(staff, nullptr);
  EXPECT_EQ(staff->kind, EntityKind::kOrganisation);
  const Entity* kremlin = entity_named(r, "Kremlin");
  ASSERT_NE(kremlin, nullptr);
  EXPECT_EQ(kremlin->kind, EntityKind::kOrganisation);
  // Near-miss: no entity named "Staff" or "Secretary of State Marco Rubio".
  EXPECT_EQ(entity_named(r, "Staff"), nullptr);
  EXPECT_EQ(entity_named(r, "Secretary of State Marco Rubio"), nullptr);
}

TEST(Entities, KeysFoldTransliterations) {
  EXPECT_EQ(entity_key("Zelenskyy"), entity_key("Zelensky"));
  EXPECT_EQ(entity_key("Zelenskiy"), entity_key("Zelensky"));
  EXPECT_EQ(entity_key("The Kremlin"), entity_key("Kremlin"));
  EXPECT_NE(entity_key("Putin"), entity_key("Peskov"));
  EXPECT_EQ(surname_key("Steve Witkoff"), "witkoff");
}

}  // namespace
}  // namespace claimline
