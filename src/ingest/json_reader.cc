// JSON inputs: one object, an array of objects, JSON Lines, concatenated (pretty-printed)
// objects, or records under one top-level key ({"articles": [...]}). Field names follow the
// common news exports (NewsAPI, GDELT-style dumps, schema.org NewsArticle).
#include <algorithm>

#include <nlohmann/json.hpp>

#include "ingest/fields.h"
#include "ingest/html_text.h"
#include "ingest/reader.h"
#include "util/utf8.h"

namespace claimline::ingest {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 64;

std::string where(std::string_view name, size_t line) { return std::string(name) + ":" + std::to_string(line); }

// A string from a value that may be a string, a number, an object with "name", or an array
// of those (joined with ", ").
std::string text_of(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  if (v.is_object()) {
    for (const char* k : {"name", "title", "@value"}) {
      if (v.contains(k)) return text_of(v[k]);
    }
    return {};
  }
  if (v.is_array()) {
    std::string s;
    for (const auto& e : v) {
      const std::string t = text_of(e);
      if (t.empty()) continue;
      if (!s.empty()) s += ", ";
      s += t;
    }
    return s;
  }
  return {};
}

const json* first_of(const json& o, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = o.find(k);
    if (it != o.end() && !it->is_null() && !text_of(*it).empty()) return &*it;
  }
  return nullptr;
}

bool is_record(const json& o) {
  return o.is_object() && first_of(o, {"text", "body", "content", "articleBody", "full_text",
                                       "fulltext", "article", "story", "maintext"}) != nullptr;
}

bool looks_like_html(std::string_view s) {
  return s.find("<p>") != std::string_view::npos || s.find("<p ") != std::string_view::npos ||
         s.find("<br") != std::string_view::npos || s.find("</div>") != std::string_view::npos;
}

void add_record(const json& o, std::string_view name, size_t line, ReadResult* out) {
  ArticleInput a;
  a.origin = where(name, line);
  a.format = "json";
  struct Map { Field field; std::initializer_list<const char*> keys; };
  const Map maps[] = {
      {Field::kTitle, {"title", "headline", "name"}},
      {Field::kOutlet, {"outlet", "source", "publisher", "source_name", "sourceName", "site_name",
                        "siteName", "publication", "domain"}},
      {Field::kPublished, {"publishedAt", "published", "published_at", "datePublished", "date",
                           "pubDate", "publish_date", "publication_date", "seendate", "time"}},
      {Field::kUrl, {"url", "link", "uri", "permalink", "sourceurl"}},
      {Field::kAuthor, {"author", "authors", "byline", "creator"}},
  };
  for (const auto& m : maps) {
    if (const json* v = first_of(o, m.keys)) {
      if (auto err = set_field(&a, m.field, text_of(*v))) {
        out->problems.push_back({a.origin, *err});
        return;
      }
    }
  }
  const json* body = first_of(o, {"text", "body", "content", "articleBody", "full_text", "fulltext",
                                  "article", "story", "maintext"});
  std::string text = body ? text_of(*body) : std::string();
  if (looks_like_html(text)) {
    if (auto deep = html_too_deep(text)) {
      out->problems.push_back({a.origin, "body: " + deep->message});
      return;
    }
    text = html_fragment_text(text);
  }
  a.body = normalize_body(text);
  out->articles.push_back(std::move(a));
}

void add_value(const json& v, std::string_view name, size_t line, ReadResult* out) {
  if (v.is_array()) {
    for (const auto& e : v) {
      if (e.is_object()) add_record(e, name, line, out);
      else out->problems.push_back({where(name, line), "array element is not a JSON object"});
    }
    return;
  }
  if (!v.is_object()) {
    out->problems.push_back({where(name, line), "expected a JSON object or array of objects"});
    return;
  }
  if (is_record(v)) {
    add_record(v, name, line, out);
    return;
  }
  for (const auto& [key, value] : v.items()) {
    if (value.is_array() && !value.empty() && value[0].is_object()) {
      add_value(value, name, line, out);
      return;
    }
  }
  out->problems.push_back({where(name, line),
                           "JSON object has no article text (expected a text, body, content or "
                           "articleBody field)"});
}

// Parses one top-level value; on error reports the line where the parser stopped.
void parse_value(std::string_view text, std::string_view name, size_t first_line, ReadResult* out) {
  int depth = 0;
  bool too_deep = false;
  json::parser_callback_t guard = [&](int d, json::parse_event_t, json&) {
    if (d > kMaxDepth) too_deep = true;
    depth = std::max(depth, d);
    return !too_deep;
  };
  try {
    const json v = json::parse(text.begin(), text.end(), guard);
    if (too_deep) {
      out->problems.push_back({where(name, first_line), "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels"});
      return;
    }
    add_value(v, name, first_line, out);
  } catch (const json::parse_error& e) {
    const size_t at = e.byte > 0 ? std::min<size_t>(e.byte - 1, text.size()) : 0;
    const size_t line = first_line + utf8::line_of(text, at) - 1;
    std::string msg = e.what();
    const size_t cut = msg.find("parse error");
    if (cut != std::string::npos) msg = msg.substr(cut);
    // The parser quotes the bytes it last read, which may end inside a character.
    for (size_t bad; (bad = utf8::find_invalid(msg)) != std::string::npos;) msg[bad] = '?';
    out->problems.push_back({where(name, line), "malformed JSON: " + msg});
  } catch (const json::exception& e) {
    // A number too large for a double ("5555555555555555e555555555555") and the like: the
    // parser gives no position, so the record's first line is named.
    std::string msg = e.what();
    for (size_t bad; (bad = utf8::find_invalid(msg)) != std::string::npos;) msg[bad] = '?';
    out->problems.push_back({where(name, first_line), "malformed JSON: " + msg});
  }
}

// Finds the end of the value that starts at s[pos] ('{' or '['); npos when unterminated.
size_t value_end(std::string_view s, size_t pos) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = pos; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') ++depth;
    else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::string_view::npos;
}

bool one_object_per_line(std::string_view s) {
  const size_t start = s.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || s[start] != '{') return false;
  const size_t nl = s.find('\n', start);
  if (nl == std::string_view::npos) return false;
  return value_end(s, start) <= nl;
}

void read_lines(std::string_view content, std::string_view name, ReadResult* out) {
  size_t pos = 0, line = 1;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    const std::string_view l = content.substr(pos, nl - pos);
    if (l.find_first_not_of(" \t\r") != std::string_view::npos) parse_value(l, name, line, out);
    pos = nl + 1;
    ++line;
  }
}

// The whole first character of `s` (not its first byte, which may start a longer one).
std::string first_character(std::string_view s) {
  size_t length = 1;
  utf8::decode(s, 0, &length);
  return std::string(s.substr(0, std::max<size_t>(length, 1)));
}

void read_concatenated(std::string_view content, std::string_view name, ReadResult* out) {
  size_t pos = 0;
  while (true) {
    pos = content.find_first_not_of(" \t\r\n,", pos);
    if (pos == std::string_view::npos) return;
    const size_t line = utf8::line_of(content, pos);
    if (content[pos] != '{' && content[pos] != '[') {
      out->problems.push_back({where(name, line), "malformed JSON: expected '{' or '[' but found '" +
                                                      first_character(content.substr(pos)) + "'"});
      pos = content.find('\n', pos);
      if (pos == std::string_view::npos) return;
      continue;
    }
    const size_t end = value_end(content, pos);
    if (end == std::string_view::npos) {
      out->problems.push_back({where(name, line), "malformed JSON: value starting here is never closed"});
      return;
    }
    parse_value(content.substr(pos, end - pos), name, line, out);
    pos = end;
  }
}

}  // namespace

void read_json(std::string_view content, std::string_view name, ReadResult* out) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  if (one_object_per_line(content)) {
    read_lines(content, name, out);
    for (auto& a : out->articles) a.format = "jsonl";
  } else {
    read_concatenated(content, name, out);
  }
}

}  // namespace claimline::ingest
