// Generated articles for the reliability tests: many small, distinct articles in the text,
// Markdown and JSON formats, each with quotes, dates, people and events, so an ingest
// stores rows in every table extraction fills. Deterministic in the index.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimline::testing {

struct GeneratedArticle {
  std::string url;
  std::string body;
  std::string file_name;  // e.g. "a0042.txt"
  std::string content;    // the whole file
};

inline GeneratedArticle generated_article(int i) {
  static const char* const kOutlets[] = {"Granite Wire", "Harbor Post", "Northern Ledger", "Eastgate Observer",
                                         "Meridian Daily"};
  static const char* const kPeople[] = {"Maria Okafor", "Dmitry Peskov", "Lena Hartmann", "Tomas Vidal",
                                        "Keir Starmer", "Ana Costa", "Viktor Orlov"};
  static const char* const kPlaces[] = {"Kursk", "Sudzha", "Jeddah", "Kyiv", "Geneva", "Riyadh"};
  static const char* const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  const std::string n = std::to_string(i);
  const std::string outlet = kOutlets[i % 5];
  const std::string speaker = kPeople[i % 7], other = kPeople[(i + 3) % 7];
  const std::string place = kPlaces[i % 6];
  const std::string day = kDays[i % 5];
  char published[32];
  std::snprintf(published, sizeof published, "2025-03-%02dT%02d:%02d:00Z", 11 + i % 10, 6 + i % 12, i % 60);
  GeneratedArticle a;
  a.url = "https://example.org/story/" + n;
  a.body = place + " — " + speaker + " said on " + day + " that talks on item " + n +
           " would resume on March " + std::to_string(12 + i % 8) + ", according to officials.\n\n" +
           "\"We expect an agreement on point " + n + " by Friday, and nobody should doubt it,\" said " + other +
           ", a spokesman for the foreign ministry.\n\n" + "The ministry denied on " + kDays[(i + 2) % 5] +
           " that troops were surrounded near " + place + ". A phone call between the two leaders took place "
           "last week, and a summit is planned for April " + std::to_string(1 + i % 28) + ".\n";
  const std::string title = "Talks on item " + n + " to resume, " + speaker + " says";
  switch (i % 3) {
    case 0:
      a.file_name = "a" + n + ".txt";
      a.content = "Title: " + title + "\nOutlet: " + outlet + "\nPublished: " + published + "\nURL: " + a.url +
                  "\n\n" + a.body;
      break;
    case 1:
      a.file_name = "a" + n + ".md";
      a.content = "---\ntitle: " + title + "\noutlet: " + outlet + "\npublished: " + published + "\nurl: " + a.url +
                  "\n---\n\n" + a.body;
      break;
    default: {
      a.file_name = "a" + n + ".json";
      nlohmann::json j = {{"title", title}, {"source", outlet}, {"publishedAt", published}, {"url", a.url},
                          {"text", a.body}};
      a.content = j.dump(2) + "\n";
      break;
    }
  }
  return a;
}

// Writes articles [first, last) into `dir` (created when missing); returns them.
inline std::vector<GeneratedArticle> write_articles(const std::filesystem::path& dir, int first, int last) {
  std::filesystem::create_directories(dir);
  std::vector<GeneratedArticle> out;
  for (int i = first; i < last; ++i) {
    GeneratedArticle a = generated_article(i);
    std::ofstream(dir / a.file_name, std::ios::binary) << a.content;
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace claimline::testing
