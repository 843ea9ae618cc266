#include "report/html_report.h"

#include <gtest/gtest.h>

#include <sstream>

#include "report/html_report_assets.h"

namespace claimline::report {
namespace {

using nlohmann::json;

const std::string kHostile = "</script><script>alert(1)</script>\"><img src=x onerror=alert(2)> & \u2028\u2029 done";

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

json report_with(const std::string& text) {
  json row{{"kind", "statement"}, {"text", text}, {"title", text}, {"outlet", text}, {"speaker", text}};
  return json{{"generated_at", "2025-04-01T00:00:00Z"},
              {"as_of", nullptr},
              {"claims", json::array({json{{"claim", json{{"id", 1}, {"text", text}}}, {"rows", json::array({row})}}})}};
}

TEST(ScriptJson, EscapesEverythingThatCouldLeaveTheScriptBlock) {
  const json data{{"text", kHostile}};
  const std::string s = script_json(data);
  for (const char* bad : {"<", ">", "&", "\u2028", "\u2029"}) EXPECT_EQ(s.find(bad), std::string::npos) << bad;
  EXPECT_NE(s.find("\\u003c/script\\u003e"), std::string::npos);
  EXPECT_NE(s.find("\\u2028"), std::string::npos);
  EXPECT_EQ(json::parse(s), data);  // still the same JSON
}

TEST(ScriptJson, ReplacesInvalidUtf8InsteadOfFailing) {
  const json data{{"text", std::string("bad \xff byte")}};
  const std::string s = script_json(data);
  EXPECT_EQ(json::parse(s)["text"], "bad \xEF\xBF\xBD byte");
}

TEST(HtmlReport, ArticleTextNeverBecomesMarkup) {
  std::ostringstream out;
  write_html_report(report_with(kHostile), out);
  const std::string html = out.str();
  EXPECT_EQ(html.find(kHostile), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("alert("), html.find("alert(1)\\u003c"));  // only inside the escaped JSON
  EXPECT_EQ(count(html, "<script"), 2u);  // the data block and the page's own script
  EXPECT_EQ(count(html, "</script>"), 2u);
}

TEST(HtmlReport, SelfContained) {
  std::ostringstream out;
  write_html_report(report_with("plain"), out);
  const std::string html = out.str();
  for (const char* external : {"<link", " src=", "@import", "url(", "http://", "https://", "//fonts"}) {
    EXPECT_EQ(html.find(external), std::string::npos) << external;
  }
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
}

TEST(HtmlReport, ScriptBuildsTheDomWithoutParsingHtml) {
  const std::string js(kReportJs);
  for (const char* sink : {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                           "setTimeout(\"", "srcdoc"}) {
    EXPECT_EQ(js.find(sink), std::string::npos) << sink;
  }
  EXPECT_NE(js.find("textContent"), std::string::npos);
}

}  // namespace
}  // namespace claimline::report
