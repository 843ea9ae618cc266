#include "extract/document.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimline {
namespace {

std::vector<std::string> token_texts(const Document& d) {
  std::vector<std::string> out;
  for (const auto& t : d.tokens()) out.emplace_back(d.text(t));
  return out;
}

std::vector<std::string> sentence_texts(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.sentences()) out.emplace_back(d.text(s.span()));
  return out;
}

TEST(Document, TokenizesNewsText) {
  Document d("Trump's envoy met U.S. officials at 3:30 p.m. on 3/13/2025 \u2014 a 30-day \u201Cpause\u201D.");
  EXPECT_EQ(token_texts(d),
            (std::vector<std::string>{"Trump", "'s", "envoy", "met", "U.S.", "officials", "at", "3:30",
                                      "p.m.", "on", "3/13/2025", "\u2014", "a", "30", "-", "day",
                                      "\u201C", "pause", "\u201D", "."}));
  EXPECT_EQ(d.tokens()[0].kind, TokenKind::kWord);
  EXPECT_TRUE(d.tokens()[0].upper_initial);
  EXPECT_EQ(d.tokens()[7].kind, TokenKind::kNumber);
  EXPECT_FALSE(d.tokens()[14].space_before);  // the hyphen of "30-day"
}

TEST(Document, KeepsApostrophesInsideWords) {
  Document d("don't o'clock Zelenskyy\u2019s");
  EXPECT_EQ(token_texts(d), (std::vector<std::string>{"don't", "o'clock", "Zelenskyy", "\u2019s"}));
}

TEST(Document, LowerKeepsOffsets) {
  Document d("The KREMLIN Said");
  EXPECT_EQ(d.lower(d.tokens()[1]), "kremlin");
  EXPECT_EQ(d.lower().size(), d.body().size());
}

TEST(Document, SplitsSentences) {
  Document d("Mr. Smith arrived. He said \u201CNo.\u201D Then J. Doe left! Did he? Yes.");
  EXPECT_EQ(sentence_texts(d),
            (std::vector<std::string>{"Mr. Smith arrived.", "He said \u201CNo.\u201D", "Then J. Doe left!",
                                      "Did he?", "Yes."}));
}

TEST(Document, NearMissesDoNotSplit) {
  // Abbreviations, decimals and lower-case continuations are not sentence ends.
  Document d("Gen. Syrskyi spoke at 3.5 km. from the line. and continued. The U.S. Army came.");
  EXPECT_EQ(sentence_texts(d),
            (std::vector<std::string>{"Gen. Syrskyi spoke at 3.5 km. from the line. and continued.",
                                      "The U.S. Army came."}));
}

TEST(Document, DottedAbbreviationEndsSentenceBeforeOpener) {
  Document d("He flew to the U.S. The talks began.");
  EXPECT_EQ(sentence_texts(d).size(), 2u);
}

TEST(Document, ParagraphsAtBlankLinesOrEveryLine) {
  Document blank("Title line\n\nFirst para\ncontinues here. Second sentence.\n\nLast.");
  ASSERT_EQ(blank.paragraphs().size(), 3u);
  EXPECT_EQ(sentence_texts(blank).front(), "Title line");
  EXPECT_EQ(blank.sentences()[1].paragraph, 1u);
  EXPECT_EQ(blank.text(blank.sentences()[1].span()), "First para\ncontinues here.");

  Document lines("One paragraph\nAnother one\nThird");
  EXPECT_EQ(lines.paragraphs().size(), 3u);
  EXPECT_EQ(lines.sentences().size(), 3u);
}

TEST(Document, LookupByOffset) {
  Document d("One. Two three. Four.");
  EXPECT_EQ(d.sentence_at(0), 0u);
  EXPECT_EQ(d.sentence_at(6), 1u);
  EXPECT_EQ(d.sentence_at(20), 2u);
  EXPECT_EQ(d.text(d.token_at(6)), "Two");
  EXPECT_EQ(d.text(d.token_at(8)), "three");  // offset 8 is the space before "three"
  EXPECT_EQ(d.token_at(1000), d.tokens().size());
}

TEST(Document, SurvivesOddInput) {
  for (const char* s : {"", " ", "\n\n\n", ".", "\u201C\u201C\u201C", "a\xFF b", "...", "U.S."}) {
    Document d(s);
    for (const auto& t : d.tokens()) {
      EXPECT_LT(t.start, t.end);
      EXPECT_LE(t.end, d.body().size());
    }
    for (const auto& sent : d.sentences()) EXPECT_LE(sent.start, sent.end);
  }
}

}  // namespace
}  // namespace claimline
