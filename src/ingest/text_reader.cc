// Plain text with an optional header of "Key: value" lines (only known keys count, so a
// body that opens with "Washington: ..." stays body). The header ends at the first blank
// line or the first line that is not a known header.
#include <string>

#include "ingest/fields.h"
#include "ingest/reader.h"

namespace claimline::ingest {
namespace {

struct Line {
  std::string_view text;
  size_t start;
};

// Reads "Key: value"; false when the line is not a header of a known key.
bool header_line(std::string_view line, Field* field, std::string_view* value) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 32) return false;
  const std::string_view key = line.substr(0, colon);
  for (char c : key) {
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != ' ' && c != '-' && c != '_') return false;
  }
  *field = field_for_key(key);
  if (*field == Field::kNone && trim(key) != "Dateline") return false;
  *value = line.substr(colon + 1);
  return true;
}

// A first line that looks like a headline: short, no final period, followed by a blank line.
bool headline_line(std::string_view body) {
  const size_t nl = body.find('\n');
  if (nl == std::string_view::npos || nl > 200 || nl + 1 >= body.size() || body[nl + 1] != '\n') return false;
  const std::string t = trim(body.substr(0, nl));
  return !t.empty() && t.back() != '.' && t.back() != ':' && t.size() >= 8;
}

}  // namespace

void read_text(std::string_view content, std::string_view name, ReadResult* out) {
  ArticleInput a;
  a.origin = std::string(name);
  a.format = "text";
  size_t pos = content.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  size_t line_no = 1;
  bool any_header = false;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    Field field;
    std::string_view value;
    if (trim(line).empty()) {
      if (any_header) pos = nl + 1;
      break;
    }
    if (!header_line(line, &field, &value)) break;
    if (auto err = set_field(&a, field, value)) {
      out->problems.push_back({std::string(name) + ":" + std::to_string(line_no), *err});
      return;
    }
    any_header = true;
    pos = nl + 1;
    ++line_no;
  }
  std::string body = normalize_body(pos < content.size() ? content.substr(pos) : std::string_view());
  if (!a.title && headline_line(body)) {
    const size_t nl = body.find('\n');
    a.title = trim(std::string_view(body).substr(0, nl));
    body = normalize_body(std::string_view(body).substr(nl));
  }
  a.body = std::move(body);
  out->articles.push_back(std::move(a));
}

}  // namespace claimline::ingest
