// Reported speech and its sources, rule by rule: what the content of "X said ..." covers,
// which noun phrases can be the source of a cue, and near-misses that must not match.
// Sentences written for these tests.
#include "extract/attribution.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/statements.h"

namespace claimline {
namespace {

struct Found {
  std::string content;  // statement text
  std::string source;   // the source phrase as written ("" when none)
  std::string speaker;  // resolved speaker ("" when unknown)
  std::string rule;
};

std::vector<Found> statements_of(const std::string& body) {
  const Document doc(body);
  std::vector<Found> out;
  for (const auto& s : extract_statements(doc).statements) {
    Found f;
    f.content = s.text;
    if (s.speaker_span) f.source = body.substr(s.speaker_span->start, s.speaker_span->size());
    f.speaker = s.speaker;
    f.rule = s.rule;
    out.push_back(f);
  }
  return out;
}

// ---- Content extent ---------------------------------------------------------------------

struct ContentCase {
  const char* sentence;
  const char* content;  // the one statement's text; "" when there must be none
};

class ContentTable : public ::testing::TestWithParam<ContentCase> {};

TEST_P(ContentTable, ReportedClause) {
  const ContentCase& c = GetParam();
  const auto found = statements_of(c.sentence);
  if (std::string(c.content).empty()) {
    EXPECT_TRUE(found.empty()) << c.sentence << " -> " << (found.empty() ? "" : found[0].content);
    return;
  }
  ASSERT_EQ(found.size(), 1u) << c.sentence;
  EXPECT_EQ(found[0].content, c.content) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Attribution, ContentTable,
    ::testing::Values(
        // A reason is part of what was said.
        ContentCase{"Warren said the bank was fined because it broke the law.",
                    "the bank was fined because it broke the law"},
        ContentCase{"Warren said the bank was fined, because it broke the law.",
                    "the bank was fined, because it broke the law"},
        // So is an example list.
        ContentCase{"The senator said taxes would rise, including those on capital gains.",
                    "taxes would rise, including those on capital gains"},
        ContentCase{"The senator said taxes would rise, especially for families.",
                    "taxes would rise, especially for families"},
        // Near-misses: a participle clause or a contrast after the comma is the writer's.
        ContentCase{"The senator said taxes would rise, leaving families worse off.", "taxes would rise"},
        ContentCase{"The senator said taxes would rise, but the bill passed anyway.", "taxes would rise"},
        // A comparison opens the reported clause.
        ContentCase{"Aides said more than 1 million donors gave to the campaign.",
                    "more than 1 million donors gave to the campaign"},
        // Near-miss: "said more." is not a clause.
        ContentCase{"Aides said more.", ""},
        // "too much" and "much of" open a clause; "said too." does not.
        ContentCase{"Mike Pence says too much is made of the tweets.", "too much is made of the tweets"},
        ContentCase{"Aides said much of the money was gone.", "much of the money was gone"},
        ContentCase{"Aides said so too.", ""},
        ContentCase{"CNN reported at least six planes filled the skies.", "at least six planes filled the skies"},
        ContentCase{"CNN reported at the scene.", ""},
        // An attitude toward a noun phrase: the object is the content, without a trailing time
        // or setting phrase.
        ContentCase{"Christie endorsed Trump last week.", "Trump"},
        ContentCase{"Howard endorsed Republican presidential candidate Sen. Ted Cruz in November.",
                    "Republican presidential candidate Sen. Ted Cruz"},
        ContentCase{"Warren praised Clinton's advocacy for families at a rally in Ohio.",
                    "Clinton's advocacy for families"},
        ContentCase{"Schlafly endorsed Donald J. Trump for president in 2016.", "Donald J. Trump for president"},
        // Near-misses: a month or time phrase inside the noun phrase is no adverbial.
        ContentCase{"The letter cited an April summit on birth defects.", "an April summit on birth defects"},
        ContentCase{"He cited this week's warnings of intrusions.", "this week's warnings of intrusions"},
        // What follows a closing source and its comma describes the source when it is a noun
        // phrase without a verb; a clause goes on with the content.
        ContentCase{"Clinton has a strong ground game in the state, said Mindy Romero, director of the Civic "
                    "Engagement Project.",
                    "Clinton has a strong ground game in the state"},
        ContentCase{"The group has called for attacks, according to the SITE Intelligence Group, which monitors "
                    "extremist statements.",
                    "The group has called for attacks"},
        ContentCase{"The museum, Mr. Bush said, celebrated several of his heroes.",
                    "The museum celebrated several of his heroes"},
        // Declining: the to-infinitive is the content; a relative clause set off by commas
        // ends at its comma.
        ContentCase{"Cook declined to say whether it was a violation of policy.",
                    "to say whether it was a violation of policy"},
        ContentCase{"The publisher, which declined to comment, returned the rights to the author.", "to comment"},
        ContentCase{"Cook declined the invitation.", ""},
        // An appearance or expectation without a holder: the subject and what follows.
        ContentCase{"The sale is expected to expand the company's move into media.",
                    "The sale to expand the company's move into media"},
        ContentCase{"But Mr. Rubio seems to be on the upswing.", "Mr. Rubio to be on the upswing"},
        ContentCase{"It seems unfair to tell the communities that the plan failed.",
                    "unfair to tell the communities that the plan failed"},
        ContentCase{"While no candidate seems willing to endorse containment, few are calling for rollback.",
                    "no candidate willing to endorse containment"},
        // Near-misses: "appeared" at a place, "seems" before a preposition.
        ContentCase{"Clinton appeared at a rally in Ohio on Monday.", ""},
        ContentCase{"The crowd seems in a good mood tonight.", ""},
        // What a poll or a record shows, with or without "that"; the poll opening a sentence.
        ContentCase{"Federal Election Commission records compiled by the Center for Responsive Politics show Pate "
                    "has not donated to any candidate.",
                    "Pate has not donated to any candidate"},
        ContentCase{"A poll released Sunday showed Clinton taking a lead in the race.", "Clinton taking a lead in the race"},
        ContentCase{"In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.",
                    "50 percent of respondents chose Clinton"},
        // Near-misses: a person shows without "that" nothing reported; "in" a place is no poll.
        ContentCase{"The senator showed reporters the letter.", ""},
        ContentCase{"In a town hall in Iowa, the crowd cheered loudly for the candidate.", ""},
        // A noun of saying or thinking with its clause; its owner is the source.
        ContentCase{"Officials were alarmed by Trump's repeated claim that the election was rigged.",
                    "that the election was rigged"},
        ContentCase{"Voters remembered her promise to raise the minimum wage.", "to raise the minimum wage"},
        // Near-misses: "that" opening a relative clause, and a plan nobody owns.
        ContentCase{"The claim that was made on Sunday turned out to be false.", ""},
        ContentCase{"A plan to raise the minimum wage passed the House.", ""},
        // A named addressee inside a parenthetical attribution; a lone connecting adverb
        // before it is the writer's.
        ContentCase{"Instead, Trump told CNN, his policy would merely be to go after them.",
                    "his policy would merely be to go after them"},
        // A long "according to" source phrase before its comma.
        ContentCase{"According to early results of exit polls conducted for the Associated Press and television "
                    "networks by Edison Research, majorities of voters say they feel betrayed.",
                    "majorities of voters say they feel betrayed"},
        // A parenthesis between the cue and "that".
        ContentCase{"Mr. Trump said, among other things, that Mr. Bezos has a huge antitrust problem.",
                    "that Mr. Bezos has a huge antitrust problem"},
        ContentCase{"Mr. Trump said, among other things.", ""},
        // "called" with a quoted label after a long object, or a pronoun and a label.
        ContentCase{"Trump called Ford's plans to open a $1.6 billion plant in Mexico “an absolute disgrace.”",
                    "Ford's plans to open a $1.6 billion plant in Mexico “an absolute disgrace.”"},
        ContentCase{"His former partner, Lawrence Cummings, called him a master at bolting together deals.",
                    "him a master at bolting together deals"},
        ContentCase{"Carson took the stage in Baltimore and called the political system “rotten to the core.”",
                    "the political system “rotten to the core.”"},
        ContentCase{"Trump called him on Tuesday to discuss the deal.", ""},
        // "with X saying": the phrase after "with" speaks.
        ContentCase{"Trump improved his standing, with 30 percent of voters saying they have a positive view of him.",
                    "they have a positive view of him"}));

// ---- Sources ----------------------------------------------------------------------------

struct SourceCase {
  const char* sentence;
  const char* source;   // the source phrase; "" when no statement may be found
  const char* speaker;  // the resolved speaker ("" = unknown or the phrase itself, see below)
};

class SourceTable : public ::testing::TestWithParam<SourceCase> {};

TEST_P(SourceTable, SourcePhrase) {
  const SourceCase& c = GetParam();
  const auto found = statements_of(c.sentence);
  if (std::string(c.source).empty()) {
    EXPECT_TRUE(found.empty()) << c.sentence << " -> " << (found.empty() ? "" : found[0].source);
    return;
  }
  ASSERT_EQ(found.size(), 1u) << c.sentence;
  EXPECT_EQ(found[0].source, c.source) << c.sentence;
  if (c.speaker) {
    EXPECT_EQ(found[0].speaker, c.speaker) << c.sentence;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Attribution, SourceTable,
    ::testing::Values(
        // A capitalised determiner opening the sentence.
        SourceCase{"Some Democrats say Perez would help the party in November.", "Some Democrats", nullptr},
        SourceCase{"The state reported that unemployment fell to 2.8 percent in June.", "The state", nullptr},
        // An appositive with abbreviations in it.
        SourceCase{"Nick Merrill, a spokesman for Mrs. Clinton, said that the focus was on wages.", "Nick Merrill",
                   "Nick Merrill"},
        // Role nouns between an owner and a name.
        SourceCase{"Sanders campaign manager Jeff Weaver said the campaign had suspended two staffers.",
                   "Sanders campaign manager Jeff Weaver", "Jeff Weaver"},
        SourceCase{"The campaign manager Jeff Weaver said the campaign had suspended two staffers.",
                   "The campaign manager Jeff Weaver", "Jeff Weaver"},
        // A noun phrase a name completes: the speaker is the phrase, never the name in it.
        SourceCase{"A spokeswoman for Hillary Clinton says the campaign never helped her.",
                   "A spokeswoman for Hillary Clinton", "A spokeswoman for Hillary Clinton"},
        // A role phrase with the speaker's name as its appositive.
        SourceCase{"Trump's special envoy, Steve Witkoff, said that both leaders wanted a deal.",
                   "Trump's special envoy, Steve Witkoff", "Steve Witkoff"},
        // Near-miss: an appositive that is not a full name leaves the role phrase the source.
        SourceCase{"The senator, a Republican, said that the plan was dead.", "The senator", "senator"},
        // Near-misses: a verb before the role is not part of the source ("met"), and a name
        // after "to" is an addressee, not a source.
        SourceCase{"Voters who met campaign manager Jeff Weaver said the campaign was doing well.", "", nullptr},
        SourceCase{"A letter to Hillary Clinton says the campaign never helped her.", "", nullptr},
        // A title abbreviation belongs to the source: ", Mr. Bush said," is parenthetical.
        SourceCase{"The museum, Mr. Bush said, celebrated several of his heroes.", "Mr. Bush", nullptr},
        SourceCase{"An acre of trees can convert 156 tons of carbon, Mr. Van Voorhis said.", "Mr. Van Voorhis", nullptr},
        // A source phrase taken whole from the clause boundary, with prepositions and
        // hyphenated modifiers inside; its head is the noun before the first preposition.
        SourceCase{"But current and former officials in the FBI and at the Justice Department have said "
                   "investigators are trying to determine whether a crime was committed.",
                   "current and former officials in the FBI and at the Justice Department",
                   "current and former officials in the FBI and at the Justice Department"},
        SourceCase{"Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.",
                   "a source close to him", "a source close to him"},
        SourceCase{"The Nobel-winning Peruvian novelist Mario Vargas Llosa told an audience that the comments were "
                   "intolerable.",
                   "The Nobel-winning Peruvian novelist Mario Vargas Llosa", "Mario Vargas Llosa"},
        SourceCase{"Trump improved his standing, with 30 percent of voters saying they have a positive view of him.",
                   "30 percent of voters", nullptr},
        // Portions of a group, a quantifier alone, a name suffix, and a phrase after "that".
        SourceCase{"In Virginia, 85% of Democrats said the economic system favors the wealthy.", "85% of Democrats",
                   nullptr},
        SourceCase{"Nearly two-thirds of Democratic primary voters said that Wall Street hurts the economy.",
                   "two-thirds of Democratic primary voters", nullptr},
        SourceCase{"Most of the candidates said they support the right to boycott state exams.", "Most of the candidates",
                   nullptr},
        SourceCase{"Some said they have cringed at the comparison.", "Some", nullptr},
        SourceCase{"Vice President Joseph R. Biden Jr. said the remarks had made him a danger to allies.",
                   "Vice President Joseph R. Biden Jr.", nullptr},
        SourceCase{"The point is that 78 percent of voters in a recent CBS News poll said they think she is different.",
                   "78 percent of voters in a recent CBS News poll", nullptr},
        // A participle modifying the noun after it, and "at least" before a quantity.
        SourceCase{"Short of it, retired neurosurgeon Ben Carson told supporters that he sees no path forward.",
                   "retired neurosurgeon Ben Carson", "Ben Carson"},
        SourceCase{"But at least a dozen members of Congress told The Huffington Post she thinks the House is in "
                   "reach.",
                   "a dozen members of Congress", nullptr},
        // Who was polled; an adjective and a cue form used as a noun inside the phrase.
        SourceCase{"Some 56 percent of Cuban-Americans polled said they were less likely to vote for him.",
                   "Some 56 percent of Cuban-Americans polled", nullptr},
        SourceCase{"An earlier report in a New Hampshire paper said that Sanders had used the images.",
                   "An earlier report in a New Hampshire paper", nullptr},
        // A phrase after "than" or "what".
        SourceCase{"Mr. Obama has gotten less credit than his aides say he deserves for the recovery.", "his aides",
                   nullptr},
        // An adviser "to" someone speaks; a share alone.
        SourceCase{"Aides to Clinton say she is shifting her tack toward Sanders.", "Aides to Clinton", nullptr},
        SourceCase{"On economic issues, 42% say they are liberal.", "42%", nullptr},
        // Near-misses: a phrase with a verb in it ("who met") or without a determiner, a name
        // or a speaking head is no source.
        SourceCase{"Officials who met the envoy say the talks went well.", "", nullptr},
        SourceCase{"Ukraine has long been troubled and Russian economy grows says nothing.", "", nullptr}));

}  // namespace
}  // namespace claimline
