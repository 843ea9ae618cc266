#include "ingest/reader.h"

#include <gtest/gtest.h>

namespace claimline::ingest {
namespace {

ReadResult read(std::string_view content, std::string_view name = "in.txt",
                InputFormat format = InputFormat::kAuto) {
  ReadOptions opts;
  opts.format = format;
  return read_articles(content, name, opts);
}

TEST(Sniff, ByExtensionThenContent) {
  struct Case { const char* name; const char* content; InputFormat want; };
  const Case cases[] = {
      {"a.md", "x", InputFormat::kMarkdown},
      {"a.jsonl", "{}", InputFormat::kJsonl},
      {"a.json", "{\"a\":1}\n{\"a\":2}\n", InputFormat::kJsonl},
      {"a.json", "{\n \"a\": 1\n}", InputFormat::kJson},
      {"a.html", "x", InputFormat::kHtml},
      {"a", "<!DOCTYPE html><html>", InputFormat::kHtml},
      {"a", "  [ {\"text\": \"x\"} ]", InputFormat::kJson},
      {"a", "---\ntitle: x\n---\nbody", InputFormat::kMarkdown},
      {"a.txt", "Title: x\n\nbody", InputFormat::kText},
      {"-", "just words", InputFormat::kText},
  };
  for (const auto& c : cases) EXPECT_EQ(sniff_format(c.content, c.name), c.want) << c.name << " " << c.content;
}

TEST(TextReader, HeaderOfKnownKeys) {
  auto r = read("Title: Talks resume\nOutlet: Capital Wire\nPublished: 2025-03-15T09:10:00Z\n"
                "URL: https://capitalwire.example/a\nAuthor: Lena\n\nFirst paragraph.\nSecond.");
  ASSERT_EQ(r.articles.size(), 1u);
  const auto& a = r.articles[0];
  EXPECT_EQ(a.title, "Talks resume");
  EXPECT_EQ(a.outlet, "Capital Wire");
  EXPECT_EQ(a.published.iso(), "2025-03-15T09:10:00Z");
  EXPECT_EQ(a.url, "https://capitalwire.example/a");
  EXPECT_EQ(a.author, "Lena");
  EXPECT_EQ(a.body, "First paragraph.\nSecond.");
  EXPECT_EQ(a.format, "text");
}

TEST(TextReader, CreditedFromWithoutBlankLine) {
  // The founding article's shape: one header line, then the body at once.
  auto r = read("Credited from: THEHILL\nUS and Russian officials talked.\nMore text.");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].outlet, "THEHILL");
  EXPECT_FALSE(r.articles[0].published.known());
  EXPECT_EQ(r.articles[0].body, "US and Russian officials talked.\nMore text.");
}

TEST(TextReader, UnknownKeysStayBody) {
  auto r = read("Washington: officials met on Sunday.\nThey talked.");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_FALSE(r.articles[0].title.has_value());
  EXPECT_EQ(r.articles[0].body, "Washington: officials met on Sunday.\nThey talked.");
}

TEST(TextReader, HeadlineLineBecomesTitle) {
  auto r = read("Ceasefire talks resume in Jeddah\n\nThe talks resumed on Tuesday.");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "Ceasefire talks resume in Jeddah");
  EXPECT_EQ(r.articles[0].body, "The talks resumed on Tuesday.");
}

TEST(TextReader, NormalisesLineEnds) {
  auto r = read("\xEF\xBB\xBFTitle: T\r\n\r\nOne.  \r\nTwo.\r\n\r\n\r\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].body, "One.\nTwo.");
}

TEST(TextReader, BadDateIsAnError) {
  auto r = read("Title: T\nPublished: the ides of March\n\nBody.");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "in.txt:2");
  EXPECT_NE(r.problems[0].message.find("the ides of March"), std::string::npos);
}

TEST(MarkdownReader, FrontMatterAndMarkup) {
  auto r = read("---\ntitle: \"Analysts doubt the claim\"\noutlet: Meridian Daily\ndate: 2025-03-16\n---\n\n"
                "# Heading kept as text\n\nA *bold* claim with a [link](https://x.example) and **more**.\n\n"
                "> A quoted line.\n",
                "a.md");
  ASSERT_EQ(r.articles.size(), 1u);
  const auto& a = r.articles[0];
  EXPECT_EQ(a.title, "Analysts doubt the claim");
  EXPECT_EQ(a.outlet, "Meridian Daily");
  EXPECT_EQ(a.published.iso(), "2025-03-16");
  EXPECT_EQ(a.body, "Heading kept as text\n\nA bold claim with a link and more.\n\nA quoted line.");
}

TEST(MarkdownReader, FirstHeadingIsTitleWithoutFrontMatter) {
  auto r = read("# The title\n\nBody text.", "a.md");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "The title");
  EXPECT_EQ(r.articles[0].body, "Body text.");
}

TEST(MarkdownReader, UnclosedFrontMatterIsAnError) {
  auto r = read("---\ntitle: x\n\nbody", "a.md");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "a.md:1");
}

TEST(JsonReader, ObjectWithNestedSource) {
  auto r = read(R"({"title": "T", "source": {"id": null, "name": "Harbor Post"},
                   "publishedAt": "2025-03-17T07:45:00Z", "url": "https://h.example/a",
                   "author": ["A One", {"name": "B Two"}], "content": "Body here."})",
                "a.json");
  ASSERT_EQ(r.articles.size(), 1u) << (r.problems.empty() ? "" : r.problems[0].message);
  const auto& a = r.articles[0];
  EXPECT_EQ(a.outlet, "Harbor Post");
  EXPECT_EQ(a.author, "A One, B Two");
  EXPECT_EQ(a.published.precision, Precision::kSecond);
  EXPECT_EQ(a.body, "Body here.");
}

TEST(JsonReader, ArrayAndRecordsUnderOneKey) {
  auto arr = read(R"([{"title": "A", "text": "one"}, {"title": "B", "body": "two"}, 5])", "a.json");
  EXPECT_EQ(arr.articles.size(), 2u);
  ASSERT_EQ(arr.problems.size(), 1u);  // the 5
  auto keyed = read(R"({"status": "ok", "articles": [{"title": "A", "content": "one"}]})", "a.json");
  ASSERT_EQ(keyed.articles.size(), 1u);
  EXPECT_EQ(keyed.articles[0].title, "A");
}

TEST(JsonReader, JsonLinesReportLineOfBadRecord) {
  auto r = read("{\"title\": \"A\", \"text\": \"one\"}\n{\"title\": \"B\", \"text\": \n"
                "{\"title\": \"C\", \"text\": \"three\"}\n",
                "a.jsonl");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].origin, "a.jsonl:1");
  EXPECT_EQ(r.articles[1].origin, "a.jsonl:3");
  EXPECT_EQ(r.articles[1].format, "jsonl");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "a.jsonl:2");
  EXPECT_NE(r.problems[0].message.find("malformed JSON"), std::string::npos);
}

// Found by fuzz_readers (fuzz/regressions/fuzz_readers/jsonl-number-overflow): a number too
// large for a double threw past the reader.
TEST(JsonReader, ANumberTooLargeIsABadRecordNotACrash) {
  auto r = read("{\"title\": \"A\", \"text\": \"one\"}\n{\"title\": 5555555555555555e555555555555, \"text\": \"x\"}\n"
                "{\"title\": \"C\", \"text\": \"three\"}\n",
                "a.jsonl");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].origin, "a.jsonl:3");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "a.jsonl:2");
  EXPECT_NE(r.problems[0].message.find("malformed JSON"), std::string::npos);
}

TEST(JsonReader, PrettyPrintedConcatenatedRecords) {
  auto r = read("{\n  \"title\": \"A\",\n  \"text\": \"one\"\n}\n{\n  \"title\": \"B\",\n  \"text\": \"two\"\n}\n",
                "a.json");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].origin, "a.json:5");
}

TEST(JsonReader, MalformedJsonNamesItsLine) {
  auto r = read("{\n  \"title\": \"A\",\n  \"text\": \"one\",,\n}\n", "a.json");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "a.json:3");
}

TEST(JsonReader, NoTextFieldIsAnError) {
  auto r = read(R"({"title": "only a title"})", "a.json");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("no article text"), std::string::npos);
}

TEST(JsonReader, DeepNestingIsRefused) {
  std::string deep = "{\"text\": \"x\", \"a\": ";
  for (int i = 0; i < 500; ++i) deep += "[";
  for (int i = 0; i < 500; ++i) deep += "]";
  deep += "}";
  auto r = read(deep, "a.json");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
}

TEST(JsonReader, HtmlBodyBecomesText) {
  auto r = read(R"({"title": "T", "text": "<p>One &amp; two.</p><p>Three.</p>"})", "a.json");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].body, "One & two.\n\nThree.");
}

TEST(HtmlReader, MetadataAndMainText) {
  const char* page = R"(<!DOCTYPE html><html><head><title>Page title | Site</title>
<meta property="og:title" content="OG title">
<meta property="og:site_name" content="Northern Ledger">
<meta property="article:published_time" content="2025-03-17T05:30:00Z">
<link rel="canonical" href="https://northernledger.example/call">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"LD headline","datePublished":"2025-03-17T05:30:00+00:00",
 "author":{"@type":"Person","name":"Ada Writer"},"publisher":{"@type":"Organization","name":"Northern Ledger"}}</script>
</head><body><nav><a href="/">Home</a> World</nav>
<div class="cookie-banner">We use cookies. Accept?</div>
<article><h1>LD headline</h1><time datetime="2025-03-17T05:30:00Z">March 17</time>
<p>Trump said he would speak to Putin &ldquo;on Tuesday&rdquo;.</p>
<script>var x = "not article text";</script>
<p>Second   paragraph
 continues.</p><aside>Related: other story</aside></article>
<footer>Copyright</footer></body></html>)";
  auto r = read(page, "a.html");
  ASSERT_EQ(r.articles.size(), 1u);
  const auto& a = r.articles[0];
  EXPECT_EQ(a.title, "LD headline");
  EXPECT_EQ(a.outlet, "Northern Ledger");
  EXPECT_EQ(a.author, "Ada Writer");
  EXPECT_EQ(a.url, "https://northernledger.example/call");
  EXPECT_EQ(a.published.iso(), "2025-03-17T05:30:00Z");
  EXPECT_EQ(a.body, "March 17\n\nTrump said he would speak to Putin \u201Con Tuesday\u201D.\n\nSecond paragraph continues.");
}

TEST(HtmlReader, FallsBackToMetaAndTime) {
  auto r = read("<html><head><meta name=\"author\" content=\"X\"></head><body><main>"
                "<time datetime=\"2025-03-12\">Wed</time><p>Text.</p></main></body></html>",
                "a.html");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].published.iso(), "2025-03-12");
  EXPECT_EQ(r.articles[0].author, "X");
}

TEST(Readers, RefuseBadInput) {
  struct Case { std::string content; const char* name; const char* where; const char* says; };
  const Case cases[] = {
      {"", "empty.txt", "empty.txt:1", "empty"},
      {"  \n\n ", "blank.txt", "blank.txt:1", "empty"},
      {"line one\nbad \xFF byte", "latin1.txt", "latin1.txt:2", "UTF-8"},
      {std::string("ELF\0\x01\x02", 6), "bin.txt", "bin.txt:1", "binary"},
      {"Title: only a header\n\n", "nobody.txt", "nobody.txt", "no body"},
  };
  for (const auto& c : cases) {
    auto r = read(c.content, c.name);
    EXPECT_TRUE(r.articles.empty()) << c.name;
    ASSERT_EQ(r.problems.size(), 1u) << c.name;
    EXPECT_EQ(r.problems[0].where, c.where);
    EXPECT_NE(r.problems[0].message.find(c.says), std::string::npos) << r.problems[0].message;
  }
}

TEST(Readers, OversizedBodyIsRefused) {
  ReadOptions opts;
  opts.max_article_bytes = 100;
  auto r = read_articles(std::string(101, 'a'), "big.txt", opts);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("over the limit"), std::string::npos);
}

}  // namespace
}  // namespace claimline::ingest
