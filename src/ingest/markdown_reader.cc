// Markdown with an optional YAML-style front matter block between "---" lines. The body is
// stored as plain text: heading marks, emphasis, link targets and images are dropped so that
// extractors see prose, and the first "# " heading becomes the title when the front matter
// has none.
#include <string>

#include "ingest/fields.h"
#include "ingest/reader.h"

namespace claimline::ingest {
namespace {

std::string unquote(std::string_view v) {
  std::string s = trim(v);
  if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\''))) {
    s = s.substr(1, s.size() - 2);
  }
  return s;
}

// Inline markup: **b**, *i*, __b__, `code`, [text](url), ![alt](src).
std::string strip_inline(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '!' && i + 1 < line.size() && line[i + 1] == '[') {
      const size_t close = line.find("](", i);
      const size_t end = close == std::string_view::npos ? close : line.find(')', close);
      if (end != std::string_view::npos) { i = end; continue; }
    }
    if (c == '[') {
      const size_t close = line.find("](", i);
      const size_t end = close == std::string_view::npos ? close : line.find(')', close);
      if (end != std::string_view::npos && line.substr(i, close - i).find('[', 1) == std::string_view::npos) {
        out += strip_inline(line.substr(i + 1, close - i - 1));
        i = end;
        continue;
      }
    }
    if (c == '*' || c == '`') continue;
    if (c == '_' && (i + 1 < line.size() && line[i + 1] == '_')) { ++i; continue; }
    if (c == '\\' && i + 1 < line.size()) { out.push_back(line[++i]); continue; }
    out.push_back(c);
  }
  return out;
}

struct FrontMatter {
  size_t body_start = 0;
  bool ok = true;
};

FrontMatter read_front_matter(std::string_view content, std::string_view name, ArticleInput* a,
                              ReadResult* out) {
  FrontMatter fm;
  if (content.substr(0, 3) != "---") return fm;
  size_t pos = content.find('\n');
  if (pos == std::string_view::npos) return fm;
  ++pos;
  size_t line_no = 2;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---" || line == "...") {
      fm.body_start = nl + 1;
      return fm;
    }
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos && !line.empty() && line[0] != ' ' && line[0] != '#') {
      const Field field = field_for_key(line.substr(0, colon));
      if (auto err = set_field(a, field, unquote(line.substr(colon + 1)))) {
        out->problems.push_back({std::string(name) + ":" + std::to_string(line_no), *err});
        fm.ok = false;
        return fm;
      }
    }
    pos = nl + 1;
    ++line_no;
  }
  out->problems.push_back({std::string(name) + ":1", "front matter opened with '---' is never closed"});
  fm.ok = false;
  return fm;
}

}  // namespace

void read_markdown(std::string_view content, std::string_view name, ReadResult* out) {
  ArticleInput a;
  a.origin = std::string(name);
  a.format = "md";
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  const FrontMatter fm = read_front_matter(content, name, &a, out);
  if (!fm.ok) return;
  std::string body;
  std::string_view rest = content.substr(std::min(fm.body_start, content.size()));
  bool in_fence = false;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.substr(0, 3) == "```") { in_fence = !in_fence; continue; }
    std::string_view text = line;
    size_t hashes = 0;
    while (hashes < text.size() && text[hashes] == '#') ++hashes;
    if (hashes > 0 && hashes <= 6 && hashes < text.size() && text[hashes] == ' ') {
      const std::string heading = strip_inline(trim(text.substr(hashes)));
      if (hashes == 1 && !a.title && body.find_first_not_of(" \n") == std::string::npos) {
        a.title = heading;
        continue;
      }
      body += heading;
      body += '\n';
      continue;
    }
    while (!text.empty() && text[0] == '>') {
      text.remove_prefix(1);
      if (!text.empty() && text[0] == ' ') text.remove_prefix(1);
    }
    if (text == "---" || text == "***" || text == "___") text = {};
    body += in_fence ? std::string(text) : strip_inline(text);
    body += '\n';
  }
  a.body = normalize_body(body);
  out->articles.push_back(std::move(a));
}

}  // namespace claimline::ingest
