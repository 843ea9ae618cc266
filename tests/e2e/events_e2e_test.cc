// End-to-end: events of the sample articles through the built binary.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>

#include "e2e/run.h"

namespace claimline::testing {
namespace {

using nlohmann::json;

std::vector<json> jsonl(const std::string& text) {
  std::vector<json> rows;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) rows.push_back(json::parse(line));
  }
  return rows;
}

class EventsE2E : public ::testing::Test {
 protected:
  void SetUp() override { db_ = dir_.file("test.db"); }
  RunResult run(const std::vector<std::string>& args, const std::string& input = "") {
    return run_claimline(dir_, db_, args, input);
  }
  // The event holding mentions from both outlets that dated the Trump-Putin call.
  std::optional<json> call_event() {
    for (const auto& e : jsonl(run({"events", "--entity", "Vladimir Putin", "--format", "jsonl", "--limit", "0"}).out)) {
      if (e["class"] != "call" && e["class"] != "conversation") continue;
      auto show = run({"events", "show", std::to_string(e["id"].get<int>()), "--format", "json"});
      const json d = json::parse(show.out);
      std::set<std::string> outlets;
      for (const auto& m : d["mention_list"]) {
        if (m["outlet"].is_string()) outlets.insert(m["outlet"].get<std::string>());
      }
      if (outlets.count("Harbor Post") && outlets.count("Northern Ledger")) return d;
    }
    return std::nullopt;
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(EventsE2E, CallDatedTwoWaysIsOneEventWithTwoMentions) {
  ASSERT_EQ(run({"ingest", CLAIMLINE_SAMPLES}).code, 0);
  const auto d = call_event();
  ASSERT_TRUE(d) << run({"events", "--format", "jsonl"}).out;
  const json* tuesday = nullptr;
  const json* this_week = nullptr;
  for (const auto& m : (*d)["mention_list"]) {
    if (m["outlet"] == "Northern Ledger" && m["time_value"] == "2025-03-18") tuesday = &m;
    if (m["outlet"] == "Harbor Post" && m["time_value"] == "2025-W12") this_week = &m;
  }
  ASSERT_NE(tuesday, nullptr) << d->dump(1);
  ASSERT_NE(this_week, nullptr) << d->dump(1);
  EXPECT_EQ((*this_week)["status"], "expected");
  EXPECT_EQ((*tuesday)["status"], "expected");
  // Explained: every merged mention says why.
  for (const auto& m : (*d)["mention_list"]) EXPECT_FALSE(m["reason"].get<std::string>().empty());
  // Each mention shows its whole sentence, cut on byte offsets (the Harbor Post body has
  // curly quotes and dashes before it): it starts where a sentence starts and holds the trigger.
  for (const auto& m : (*d)["mention_list"]) {
    const std::string sentence = m["sentence"].get<std::string>();
    ASSERT_FALSE(sentence.empty());
    EXPECT_FALSE(sentence[0] >= 'a' && sentence[0] <= 'z') << sentence;
    EXPECT_NE(sentence.find(m["trigger"].get<std::string>()), std::string::npos) << sentence;
  }
  const auto& participants = (*d)["participants"];
  EXPECT_NE(std::find(participants.begin(), participants.end(), "Donald Trump"), participants.end());
}

TEST_F(EventsE2E, ExtractPrintsEventsPerTheContract) {
  const std::string file = dir_.file("a.txt");
  std::ofstream(file) << "Title: Call\nPublished: 2025-03-17\n\n"
                         "President Donald Trump and President Vladimir Putin are expected to hold a phone call "
                         "this week.\n";
  auto r = run({"extract", file});
  ASSERT_EQ(r.code, 0) << r.err;
  const json x = json::parse(r.out);
  ASSERT_FALSE(x["events"].empty());
  const json& v = x["events"][0];
  EXPECT_EQ(v["id"], "v1");
  EXPECT_EQ(v["trigger"], "phone call");
  EXPECT_EQ(v["status"], "expected");
  EXPECT_EQ(v["when"]["value"], "2025-W12");
  EXPECT_EQ(v["when"]["start"], "2025-03-17");
  EXPECT_EQ(v["when"]["end"], "2025-03-23");
  EXPECT_EQ(v["participants"].size(), 2u);
  EXPECT_EQ(v["span"].size(), 2u);
}

TEST_F(EventsE2E, ListingFiltersFormatsAndManualDecisions) {
  ASSERT_EQ(run({"ingest", CLAIMLINE_SAMPLES}).code, 0);
  auto all = jsonl(run({"events", "--format", "jsonl", "--limit", "0"}).out);
  ASSERT_GT(all.size(), 3u);
  for (const char* fmt : {"table", "json", "csv", "md"}) {
    auto r = run({"events", "--format", fmt});
    EXPECT_EQ(r.code, 0) << fmt << r.err;
    EXPECT_FALSE(r.out.empty()) << fmt;
  }
  for (const auto& e : jsonl(run({"events", "--status", "expected", "--format", "jsonl"}).out)) {
    EXPECT_EQ(e["status"], "expected");
  }
  for (const auto& e : jsonl(run({"events", "--from", "2025-03-18", "--format", "jsonl"}).out)) {
    EXPECT_GE(e["last_day"].get<std::string>(), "2025-03-18");
  }
  EXPECT_EQ(run({"events", "--status", "maybe"}).code, 2);
  EXPECT_EQ(run({"events", "--entity", "Nobody Atall"}).code, 5);
  EXPECT_EQ(run({"events", "show", "99999"}).code, 5);

  // Merge two events by hand, then split a mention back out.
  const int a = all[0]["id"], b = all[1]["id"];
  auto merged = run({"events", "merge", std::to_string(a), std::to_string(b)});
  ASSERT_EQ(merged.code, 0) << merged.err;
  const json shown = json::parse(run({"events", "show", std::to_string(a), "--format", "json"}).out);
  bool manual = false;
  int64_t mention = 0;
  for (const auto& m : shown["mention_list"]) {
    if (m["reason"].get<std::string>().find("merged by hand") != std::string::npos) {
      manual = true;
      mention = m["mention_id"];
    }
  }
  ASSERT_TRUE(manual) << shown.dump(1);
  auto split = run({"events", "split", std::to_string(mention)});
  EXPECT_EQ(split.code, 0) << split.err;
  EXPECT_EQ(run({"check"}).code, 0);
}

}  // namespace
}  // namespace claimline::testing
