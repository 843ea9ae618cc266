// libFuzzer target: every reader (text header, Markdown front matter, JSON, JSON Lines,
// HTML, and format sniffing). The first byte picks the format; the rest is the file.
// Invariants: every article read has a non-empty, valid UTF-8 body within the size limit,
// normalised line ends and no control bytes; every field is valid UTF-8; every problem is
// one line naming the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/invariants.h"
#include "ingest/reader.h"

using namespace claimline;
using namespace claimline::fuzz;

namespace {

void check_field(const std::optional<std::string>& f, const char* name) {
  if (!f) return;
  require_text(*f, name);
  require(!f->empty(), std::string(name) + ": present but empty");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  static constexpr ingest::InputFormat kFormats[] = {ingest::InputFormat::kAuto, ingest::InputFormat::kText,
                                                     ingest::InputFormat::kMarkdown, ingest::InputFormat::kJson,
                                                     ingest::InputFormat::kJsonl, ingest::InputFormat::kHtml};
  ingest::ReadOptions opts;
  opts.format = kFormats[data[0] % 6];
  opts.max_article_bytes = 1 << 16;
  const std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);
  const ingest::ReadResult r = ingest::read_articles(content, "fuzz.in", opts);
  for (const auto& a : r.articles) {
    require(!a.body.empty(), "article with an empty body");
    require(a.body.size() <= opts.max_article_bytes, "body over the limit");
    require_text(a.body, "body");
    require(a.body.find('\r') == std::string::npos, "body keeps a carriage return");
    for (char ch : a.body) {
      const auto c = static_cast<unsigned char>(ch);
      require(c >= 0x20 || c == '\n' || c == '\t' || c == '\f', "control byte " + std::to_string(c) + " in body");
    }
    check_field(a.title, "title");
    check_field(a.outlet, "outlet");
    check_field(a.url, "url");
    check_field(a.author, "author");
    require(a.origin.rfind("fuzz.in", 0) == 0, "origin does not name the input: " + a.origin);
  }
  for (const auto& p : r.problems) {
    require(p.where.rfind("fuzz.in", 0) == 0, "problem does not name the input: " + p.where);
    require(!p.message.empty() && p.message.find('\n') == std::string::npos, "problem is not one line: " + p.message);
    require_text(p.message, "problem message");
  }
  return 0;
}
