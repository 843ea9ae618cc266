// End-to-end: every direct quote of the sample corpus, as listed in sample_articles/README.md
// ("Direct quotes and their speakers"), is found by `claimline extract` with its speaker, and
// no other direct quote is; on the founding article too, when ../shared/seed is present.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/run.h"

namespace claimline::testing {
namespace {

using nlohmann::json;

struct ExpectedQuote {
  std::string speaker;
  std::string text;
};

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

// The quoted words without the punctuation an article may or may not put inside the marks.
std::string core(std::string s) {
  s = trim(s);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

// README sections "### `file`" (or "`file#N`" for the N-th record of a JSON Lines file) and
// their table rows "| n | marks | speaker | text |".
std::map<std::string, std::vector<ExpectedQuote>> expected_quotes(const std::string& readme) {
  std::map<std::string, std::vector<ExpectedQuote>> out;
  std::istringstream in(readme);
  std::string line, section;
  bool in_quotes = false;
  while (std::getline(in, line)) {
    if (line.starts_with("## ")) in_quotes = line.find("Direct quotes") != std::string::npos;
    if (!in_quotes) continue;
    if (line.starts_with("### `")) {
      section = line.substr(5, line.rfind('`') - 5);
      continue;
    }
    if (section.empty() || !line.starts_with("| ") || line.starts_with("| #") || line.starts_with("| ---")) continue;
    std::vector<std::string> cells;
    size_t start = 1;
    for (size_t bar = line.find('|', start); bar != std::string::npos; bar = line.find('|', start)) {
      cells.push_back(trim(line.substr(start, bar - start)));
      start = bar + 1;
    }
    if (cells.size() >= 4) out[section].push_back({cells[2], cells[3]});
  }
  return out;
}

bool same_speaker(const std::string& expected, const json& got) {
  if (!got.is_string()) return false;
  const std::string s = got.get<std::string>();
  // The README allows the alias an article uses ("Zelenskyy" for Volodymyr Zelenskyy).
  return s == expected || (expected.size() > s.size() && expected.ends_with(" " + s));
}

class QuotesE2E : public ::testing::Test {
 protected:
  // The extraction objects of a file: one per article (one per line of a JSON Lines file).
  std::vector<json> extract(const std::string& path, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {"extract", path, "--jsonl", "--no-body"};
    args.insert(args.end(), extra.begin(), extra.end());
    const RunResult r = run_claimline(dir_, "", args);
    EXPECT_EQ(r.code, 0) << r.err;
    std::vector<json> out;
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty()) out.push_back(json::parse(line));
    }
    return out;
  }
  TempDir dir_;
};

std::vector<json> direct_statements(const json& x) {
  std::vector<json> out;
  for (const auto& s : x["statements"]) {
    if (s["kind"] == "direct") out.push_back(s);
  }
  return out;
}

TEST_F(QuotesE2E, EverySampleQuoteIsFoundWithItsSpeakerAndNothingElse) {
  const std::string samples = CLAIMLINE_SAMPLES;
  const auto expected = expected_quotes(slurp(samples + "/README.md"));
  size_t total = 0;
  for (const auto& [section, quotes] : expected) {
    std::string file = section;
    size_t record = 0;
    if (const size_t hash = section.find('#'); hash != std::string::npos) {
      file = section.substr(0, hash);
      record = std::stoul(section.substr(hash + 1)) - 1;
    }
    const auto articles = extract(samples + "/" + file);
    ASSERT_LT(record, articles.size()) << section;
    const auto found = direct_statements(articles[record]);
    for (const auto& q : quotes) {
      ++total;
      const auto it = std::find_if(found.begin(), found.end(),
                                   [&](const json& s) { return core(s["text"].get<std::string>()) == core(q.text); });
      ASSERT_NE(it, found.end()) << section << ": quote not found: " << q.text;
      EXPECT_TRUE(same_speaker(q.speaker, (*it)["speaker"]))
          << section << ": " << q.text << " -> " << (*it)["speaker"].dump() << ", expected " << q.speaker;
    }
    // Precision: every direct quote found is one the README lists.
    for (const auto& s : found) {
      const std::string text = core(s["text"].get<std::string>());
      EXPECT_TRUE(std::any_of(quotes.begin(), quotes.end(), [&](const ExpectedQuote& q) { return core(q.text) == text; }))
          << section << ": unexpected direct quote: " << text;
    }
  }
  EXPECT_EQ(total, 32u) << "the README lists 32 direct quotes";
  // Articles without a section have no direct quote at all.
  for (const auto& entry : std::filesystem::directory_iterator(samples)) {
    const std::string name = entry.path().filename().string();
    if (name == "README.md" || name.ends_with(".jsonl") || expected.count(name)) continue;
    for (const auto& x : extract(entry.path().string())) {
      EXPECT_TRUE(direct_statements(x).empty()) << name << " has a direct quote the README does not list";
    }
  }
}

// The founding article (not part of the repository): four direct quotes, Witkoff twice and
// Zelenskyy twice.
TEST_F(QuotesE2E, TheSeedHasFourDirectQuotesOfWitkoffAndZelenskyy) {
  const std::filesystem::path seed = std::filesystem::path(CLAIMLINE_SAMPLES) / "../../shared/seed/article.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "no " << seed << " on this machine";
  const auto articles = extract(seed.string(), {"--published", "2025-03-17"});
  ASSERT_EQ(articles.size(), 1u);
  std::map<std::string, int> by_speaker;
  for (const auto& s : direct_statements(articles[0])) {
    ASSERT_TRUE(s["speaker"].is_string()) << s.dump();
    ++by_speaker[s["speaker"].get<std::string>()];
  }
  EXPECT_EQ(by_speaker["Steve Witkoff"], 2);
  EXPECT_EQ(by_speaker["Zelenskyy"], 2);
  EXPECT_EQ(by_speaker.size(), 2u);
}

}  // namespace
}  // namespace claimline::testing
