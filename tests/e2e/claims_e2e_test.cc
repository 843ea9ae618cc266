// End-to-end: claims on the sample corpus, through the built binary.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "e2e/run.h"

namespace claimline::testing {
namespace {

using nlohmann::json;

class ClaimsE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.file("claims.db");
    ASSERT_EQ(run({"ingest", "-q", CLAIMLINE_SAMPLES}).code, 0);
    ASSERT_EQ(run({"claims", "add", "Ukrainian troops are encircled in the Kursk region", "--alias",
                   "Ukrainian forces are surrounded in Kursk"}).code, 0);
    ASSERT_EQ(run({"claims", "scan"}).code, 0);
  }
  RunResult run(const std::vector<std::string>& args) { return run_claimline(dir_, db_, args); }
  json show() {
    auto r = run({"claims", "show", "1", "--format", "json"});
    EXPECT_EQ(r.code, 0) << r.err;
    return json::parse(r.out);
  }
  const json* article(const json& claim, const std::string& outlet, const std::string& title_part) {
    for (const auto& a : claim["articles"]) {
      if (a["outlet"] == outlet && a["title"].get<std::string>().find(title_part) != std::string::npos) return &a;
    }
    return nullptr;
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(ClaimsE2E, ShowCarriesTheDocumentedFields) {
  const json c = show();
  ASSERT_FALSE(c["articles"].empty());
  for (const auto& a : c["articles"]) {
    for (const char* key : {"article_id", "outlet", "published", "url", "title", "stance", "statements"}) {
      EXPECT_TRUE(a.contains(key)) << key;
    }
    for (const auto& s : a["statements"]) {
      EXPECT_TRUE(s.contains("speaker"));
      EXPECT_TRUE(s.contains("stance"));
    }
  }
}

TEST_F(ClaimsE2E, ZelenskyyDeniesAndTrumpAsserts) {
  const json c = show();
  bool zelenskyy_denies = false, trump_supports = false;
  for (const auto& a : c["articles"]) {
    for (const auto& s : a["statements"]) {
      const std::string speaker = s["speaker"].is_string() ? s["speaker"].get<std::string>() : "";
      if (speaker.find("Zelenskyy") != std::string::npos && s["stance"] == "denies") zelenskyy_denies = true;
      if (speaker.find("Trump") != std::string::npos && s["stance"] == "supports") trump_supports = true;
    }
  }
  EXPECT_TRUE(zelenskyy_denies);
  EXPECT_TRUE(trump_supports);
}

TEST_F(ClaimsE2E, ManualLinksSurviveRescanAndUnlinkHides) {
  const json before = show();
  const json* zel = article(before, "Northern Ledger", "Zelenskyy rejects");
  ASSERT_NE(zel, nullptr);
  const std::string id = std::to_string((*zel)["article_id"].get<int>());
  ASSERT_EQ(run({"claims", "link", "1", "--article", id, "--stance", "supports", "--note", "test"}).code, 0);
  ASSERT_EQ(run({"claims", "scan"}).code, 0);
  const json after = show();
  const json* linked = article(after, "Northern Ledger", "Zelenskyy rejects");
  ASSERT_NE(linked, nullptr);
  EXPECT_EQ((*linked)["stance"], "supports");
  EXPECT_EQ((*linked)["method"], "manual");
  ASSERT_EQ(run({"claims", "unlink", "1", "--article", id}).code, 0);
  ASSERT_EQ(run({"claims", "scan", "1"}).code, 0);
  const json unlinked = show();
  const json* gone = article(unlinked, "Northern Ledger", "Zelenskyy rejects");
  ASSERT_NE(gone, nullptr);  // its statements still mention the claim ...
  EXPECT_TRUE((*gone)["method"].is_null());  // ... but the article-level link is gone for good
  EXPECT_NE((*gone)["stance"], "supports");
}

// The expected article-level stances of sample_articles/README.md, by outlet and title.
TEST_F(ClaimsE2E, EverySampleArticleHasItsExpectedStance) {
  struct Expected {
    const char* outlet;
    const char* title_part;
    const char* stance;  // "unrelated": the article is not listed under the claim
  };
  const Expected table[] = {
      {"Meridian Daily", "30-day ceasefire after talks in Jeddah", "unrelated"},
      {"Capital Wire", "Putin visits Kursk region", "discusses"},
      {"Meridian Daily", "retaken Sudzha", "discusses"},
      {"Harbor Post", "Rubio and Lavrov", "unrelated"},
      {"Eastgate Observer", "Trump asks Putin to spare", "supports"},
      {"Capital Wire", "remaining Ukrainian units in Kursk are cut off", "discusses"},  // revision 2
      {"Northern Ledger", "Zelenskyy rejects claims", "denies"},
      {"Harbor Post", "Starmer urges allies", "unrelated"},
      {"Meridian Daily", "Analysts see no sign", "denies"},
      {"Eastgate Observer", "Moscow says Ukrainian forces in Kursk are trapped", "supports"},
      {"Meridian Daily", "weary scepticism", "denies"},
      {"Harbor Post", "expected to speak this week", "discusses"},
      {"Northern Ledger", "speak to Putin on Tuesday", "discusses"},
      {"Northern Ledger", "what we know about the encirclement claim", "discusses"},
      {"Eastgate Observer", "30-day pause on energy strikes", "discusses"},
      {"Capital Wire", "pullback from Sudzha", "denies"},
  };
  const json c = show();
  for (const Expected& e : table) {
    const json* a = article(c, e.outlet, e.title_part);
    const std::string got = a ? (*a)["stance"].get<std::string>() : "unrelated";
    EXPECT_EQ(got, e.stance) << e.outlet << ": " << e.title_part;
  }
}

// Revision 1 of the Capital Wire report, before its update added the denial, supported it.
TEST_F(ClaimsE2E, TheFirstRevisionBeforeTheDenialSupports) {
  auto r = run({"claims", "show", "1", "--as-of", "2025-03-15T12:00:00Z", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const json early = json::parse(r.out);
  const json* first = article(early, "Capital Wire", "remaining Ukrainian units in Kursk are cut off");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ((*first)["revision"], 1);
  EXPECT_EQ((*first)["stance"], "supports");
}

// Ad-hoc stance without a database: any input format, one row per article, speakers named.
TEST(StanceE2E, FilesOfEveryFormatWithSpeakers) {
  TempDir dir;
  const std::string samples = CLAIMLINE_SAMPLES;
  auto r = run_claimline(dir, "", {"stance", "Ukrainian troops are encircled in the Kursk region",
                                   samples + "/northernledger-zelenskyy-2025-03-15.txt",
                                   samples + "/eastgate-trump-surrounded-2025-03-14.html",
                                   samples + "/news-briefs-2025-03.jsonl", "--format", "jsonl"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<json> rows;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) rows.push_back(json::parse(line));
  }
  ASSERT_EQ(rows.size(), 5u);  // one, one, and three JSON Lines records
  EXPECT_EQ(rows[0]["stance"], "denies");
  bool zelenskyy = false;
  for (const auto& e : rows[0]["evidence"]) {
    for (const char* key : {"span", "text", "speaker", "stance"}) EXPECT_TRUE(e.contains(key)) << key;
    if (e["speaker"].is_string() && e["speaker"].get<std::string>().find("Zelenskyy") != std::string::npos) {
      zelenskyy = true;
    }
  }
  EXPECT_TRUE(zelenskyy) << rows[0].dump();
  // The HTML page is read as an article, not as markup: its evidence is text of the story.
  EXPECT_EQ(rows[1]["stance"], "supports");
  for (const auto& e : rows[1]["evidence"]) EXPECT_EQ(e["text"].get<std::string>().find('<'), std::string::npos);
  EXPECT_EQ(rows[4]["file"], samples + "/news-briefs-2025-03.jsonl#3");
  EXPECT_EQ(rows[4]["stance"], "unrelated");  // the Rubio-Lavrov call, no Kursk at all

  auto missing = run_claimline(dir, "", {"stance", "x", dir.file("nope.txt")});
  EXPECT_EQ(missing.code, 3);
  EXPECT_EQ(run_claimline(dir, "", {"stance", "  ", samples + "/news-briefs-2025-03.jsonl"}).code, 2);
}

TEST_F(ClaimsE2E, MergeAndErrors) {
  ASSERT_EQ(run({"claims", "add", "Kursk encirclement"}).code, 0);
  ASSERT_EQ(run({"claims", "merge", "2", "1"}).code, 0);
  auto list = run({"claims", "list", "--format", "json"});
  const json rows = json::parse(list.out);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NE(std::find(rows[0]["aliases"].begin(), rows[0]["aliases"].end(), "Kursk encirclement"),
            rows[0]["aliases"].end());
  EXPECT_EQ(run({"claims", "show", "99"}).code, 5);
  EXPECT_EQ(run({"claims", "link", "1", "--stance", "supports"}).code, 2);
  EXPECT_EQ(run({"claims", "add", "  "}).code, 2);
}

// Every denial in the sample corpus is someone's: no statement that denies the claim is
// left without a named speaker, and the named ones include the Kyiv side.
TEST_F(ClaimsE2E, EachDenialNamesItsSpeaker) {
  const json c = show();
  size_t denials = 0;
  std::set<std::string> speakers;
  for (const auto& a : c["articles"]) {
    for (const auto& st : a["statements"]) {
      if (st["stance"] != "denies") continue;
      ++denials;
      ASSERT_TRUE(st["speaker"].is_string()) << st.dump();
      const std::string speaker = st["speaker"].get<std::string>();
      EXPECT_FALSE(speaker.empty()) << st.dump();
      EXPECT_NE(speaker.find_first_of("abcdefghijklmnopqrstuvwxyz"), std::string::npos)
          << "a dateline is no speaker: " << speaker;
      speakers.insert(speaker);
    }
  }
  EXPECT_GE(denials, 10u);
  EXPECT_TRUE(speakers.count("Ukraine's General Staff")) << "General Staff keeps its title word";
  EXPECT_TRUE(speakers.count("Volodymyr Zelenskyy"));
}

TEST_F(ClaimsE2E, AsOfHidesLaterReports) {
  auto r = run({"claims", "show", "1", "--as-of", "2025-03-14", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const json shown = json::parse(r.out);  // the loop must not range over a temporary
  ASSERT_TRUE(shown.contains("articles"));
  for (const auto& a : shown["articles"]) {
    if (a["published"].is_string()) {
      EXPECT_LE(a["published"].get<std::string>().substr(0, 10), "2025-03-14");
    }
  }
}

TEST_F(ClaimsE2E, SuggestFindsCrossOutletClusters) {
  auto r = run({"claims", "suggest", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const json s = json::parse(r.out);
  ASSERT_FALSE(s.empty());
  EXPECT_GE(s[0]["outlets"].get<int>(), 2);
}

}  // namespace
}  // namespace claimline::testing
