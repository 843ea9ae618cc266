#include "ingest/reader.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "util/utf8.h"

namespace claimline::ingest {
namespace {

std::string lower_ext(std::string_view name) {
  const size_t slash = name.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  const size_t dot = base.rfind('.');
  if (dot == std::string_view::npos) return {};
  std::string ext(base.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return ext;
}

std::string_view skip_space(std::string_view s) {
  size_t i = 0;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// A JSON Lines file: its first line alone is a complete object.
bool first_line_is_object(std::string_view s) {
  const size_t nl = s.find('\n');
  if (nl == std::string_view::npos) return false;
  std::string_view line = s.substr(0, nl);
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  return line.size() > 1 && line.front() == '{' && line.back() == '}';
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "md" || name == "markdown") return InputFormat::kMarkdown;
  if (name == "json") return InputFormat::kJson;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  if (name == "html" || name == "htm") return InputFormat::kHtml;
  return std::nullopt;
}

std::string_view input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kMarkdown: return "md";
    case InputFormat::kJson: return "json";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kHtml: return "html";
  }
  return "auto";
}

InputFormat sniff_format(std::string_view content, std::string_view name) {
  const std::string ext = lower_ext(name);
  if (ext == "md" || ext == "markdown") return InputFormat::kMarkdown;
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonl;
  if (ext == "json") return first_line_is_object(skip_space(content)) ? InputFormat::kJsonl : InputFormat::kJson;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  const std::string_view s = skip_space(content);
  if (starts_with_ci(s, "<!doctype html") || starts_with_ci(s, "<html") ||
      (starts_with_ci(s, "<") && (s.find("<body") != std::string_view::npos || s.find("<BODY") != std::string_view::npos))) {
    return InputFormat::kHtml;
  }
  if (!s.empty() && (s[0] == '{' || s[0] == '[')) {
    return first_line_is_object(s) ? InputFormat::kJsonl : InputFormat::kJson;
  }
  if (s.substr(0, 3) == "---") return InputFormat::kMarkdown;
  return InputFormat::kText;
}

std::string normalize_body(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      c = '\n';
    }
    if (c == '\n') {
      while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
    }
    out.push_back(c);
  }
  while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
  size_t lead = 0;
  while (lead < out.size() && (out[lead] == '\n' || out[lead] == ' ' || out[lead] == '\t')) {
    if (out[lead] != '\n') {
      // Keep leading indentation of the first line only if it is not followed by a newline.
      const size_t nl = out.find('\n', lead);
      const size_t text_start = out.find_first_not_of(" \t", lead);
      if (nl == std::string::npos || text_start < nl) break;
    }
    ++lead;
  }
  out.erase(0, lead);
  return out;
}

std::optional<ReadProblem> check_text(std::string_view content, std::string_view name) {
  const size_t bad = utf8::find_invalid(content);
  if (bad != std::string_view::npos) {
    return ReadProblem{std::string(name) + ":" + std::to_string(utf8::line_of(content, bad)),
                       "invalid UTF-8 at byte " + std::to_string(bad) + "; convert the file to UTF-8"};
  }
  for (size_t i = 0; i < content.size(); ++i) {
    const auto c = static_cast<unsigned char>(content[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
      return ReadProblem{std::string(name) + ":" + std::to_string(utf8::line_of(content, i)),
                         "binary content (control byte " + std::to_string(c) + "); not a text article"};
    }
  }
  return std::nullopt;
}

namespace {

// The first control byte (as check_text refuses in a file) in a field a reader decoded from
// an escape (JSON "\u001b", HTML "&#27;"): it would reach terminals and reports raw.
std::optional<std::string> decoded_control(const ArticleInput& a) {
  const std::pair<const char*, const std::string*> fields[] = {
      {"title", a.title ? &*a.title : nullptr},   {"outlet", a.outlet ? &*a.outlet : nullptr},
      {"url", a.url ? &*a.url : nullptr},         {"author", a.author ? &*a.author : nullptr},
      {"body", &a.body}};
  for (const auto& [field, value] : fields) {
    if (!value) continue;
    for (char ch : *value) {
      const auto c = static_cast<unsigned char>(ch);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return "control byte " + std::to_string(c) + " in the " + field + "; not text";
      }
    }
  }
  return std::nullopt;
}

}  // namespace

ReadResult read_articles(std::string_view content, std::string_view name, const ReadOptions& opts) {
  ReadResult result;
  if (auto problem = check_text(content, name)) {
    result.problems.push_back(*problem);
    return result;
  }
  if (skip_space(content).empty()) {
    result.problems.push_back({std::string(name) + ":1", "empty file; nothing to ingest"});
    return result;
  }
  const InputFormat format = opts.format == InputFormat::kAuto ? sniff_format(content, name) : opts.format;
  switch (format) {
    case InputFormat::kMarkdown: read_markdown(content, name, &result); break;
    case InputFormat::kJson:
    case InputFormat::kJsonl: read_json(content, name, &result); break;
    case InputFormat::kHtml: read_html(content, name, &result); break;
    default: read_text(content, name, &result); break;
  }
  // Refuse what no reader could make an article of, and oversized bodies.
  std::vector<ArticleInput> kept;
  for (auto& a : result.articles) {
    if (a.body.empty()) {
      result.problems.push_back({a.origin, "article has no body text"});
    } else if (auto control = decoded_control(a)) {
      result.problems.push_back({a.origin, *control});
    } else if (a.body.size() > opts.max_article_bytes) {
      result.problems.push_back({a.origin, "article body is " + std::to_string(a.body.size()) +
                                               " bytes, over the limit of " +
                                               std::to_string(opts.max_article_bytes) +
                                               " (raise it with --max-bytes)"});
    } else {
      kept.push_back(std::move(a));
    }
  }
  result.articles = std::move(kept);
  return result;
}

}  // namespace claimline::ingest
