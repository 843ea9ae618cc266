#include "eval/xml_lite.h"

#include <gtest/gtest.h>

#include <string>

namespace claimline::xml {
namespace {

TEST(XmlLite, ParsesElementsAttributesAndText) {
  const std::string src = "<?xml version=\"1.0\"?>\n<!DOCTYPE doc>\n<doc id=\"7\" kind='a'>Hi <b x=\"1\">there</b>!<empty/></doc>\n";
  const Node root = parse(src);
  EXPECT_EQ(root.name, "doc");
  ASSERT_NE(root.attribute("id"), nullptr);
  EXPECT_EQ(*root.attribute("id"), "7");
  EXPECT_EQ(root.attribute_or("kind"), "a");
  EXPECT_EQ(root.attribute("missing"), nullptr);
  EXPECT_EQ(root.attribute_or("missing", "none"), "none");
  ASSERT_EQ(root.children.size(), 4u);
  EXPECT_TRUE(root.children[0].is_text());
  EXPECT_EQ(root.children[0].text, "Hi ");
  EXPECT_EQ(root.children[1].name, "b");
  EXPECT_EQ(root.text_content(), "Hi there!");
  const Node* b = root.find("b");
  ASSERT_NE(b, nullptr);
  // Offsets: the element runs from '<' to past the end tag.
  EXPECT_EQ(src.substr(b->source_start, b->source_end - b->source_start), "<b x=\"1\">there</b>");
  const Node* e = root.find("empty");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(src.substr(e->source_start, e->source_end - e->source_start), "<empty/>");
  EXPECT_EQ(root.find_all("b").size(), 1u);
  EXPECT_EQ(root.find("nothing"), nullptr);
}

TEST(XmlLite, DecodesEntitiesCdataAndLineEnds) {
  const Node root = parse("<t a=\"x&amp;y&#10;z\">a &lt; b &gt; c &quot;&apos; &#8212;&#x2014;\r\nline<![CDATA[<raw> & ]]><!-- gone -->end\rx</t>");
  EXPECT_EQ(root.text_content(), "a < b > c \"' \u2014\u2014\nline<raw> & end\nx");
  // Adjacent character data is one text node.
  ASSERT_EQ(root.children.size(), 1u);
  EXPECT_EQ(*root.attribute("a"), "x&y\nz");
}

TEST(XmlLite, AttributeWhitespaceIsNormalised) {
  const Node root = parse("<t a=\"one\ttwo\nthree\"/>");
  EXPECT_EQ(*root.attribute("a"), "one two three");
}

TEST(XmlLite, RejectsMalformedInput) {
  for (const char* bad : {"", "<a>", "<a></b>", "<a>&nbsp;</a>", "<a x=1/>", "<a x=\"1\" x=\"2\"/>", "<a/><b/>",
                          "<a>text", "<a><!-- open</a>", "<a>&#0;</a>", "text<a/>"}) {
    SCOPED_TRACE(bad);
    EXPECT_THROW(parse(bad), ParseError);
  }
}

TEST(XmlLite, ErrorNamesTheLine) {
  try {
    parse("<a>\n<b>\n</c>\n</a>");
    FAIL() << "no error";
  } catch (const ParseError& e) {
    EXPECT_EQ(e.line(), 3u);
  }
}

TEST(XmlLite, Escape) {
  EXPECT_EQ(escape("a<b>&\"c\""), "a&lt;b&gt;&amp;\"c\"");
  EXPECT_EQ(escape("a<b>&\"c\"", true), "a&lt;b&gt;&amp;&quot;c&quot;");
  const std::string text = "x < y & \"z\" \u2014 done";
  EXPECT_EQ(parse("<t a=\"" + escape(text, true) + "\">" + escape(text) + "</t>").text_content(), text);
}

}  // namespace
}  // namespace claimline::xml
