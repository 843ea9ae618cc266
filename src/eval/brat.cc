#include "eval/brat.h"

#include <algorithm>
#include <charconv>

#include "util/error.h"
#include "util/utf8.h"

namespace claimline::eval {

CodePointIndex::CodePointIndex(std::string_view text) {
  byte_of_.reserve(text.size() + 1);
  code_points_.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 1;
    const char32_t cp = utf8::decode(text, i, &len);
    byte_of_.push_back(i);
    code_points_.push_back(cp);
    i += len;
  }
  byte_of_.push_back(text.size());
}

size_t CodePointIndex::code_point(size_t byte) const {
  auto it = std::lower_bound(byte_of_.begin(), byte_of_.end(), byte);
  return static_cast<size_t>(it - byte_of_.begin());
}

namespace {

std::string line_error(std::string_view origin, size_t line, std::string_view what) {
  return std::string(origin) + ":" + std::to_string(line) + ": " + std::string(what);
}

bool starts_record(std::string_view line) {
  if (line.empty()) return false;
  const char k = line[0];
  size_t i = 1;
  if (k == '#') {
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    return i < line.size() && line[i] == '\t';
  }
  if (k != 'T' && k != 'E' && k != 'A' && k != 'R' && k != 'N' && k != 'M') return false;
  const size_t digits = i;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  return i > digits && i < line.size() && line[i] == '\t';
}

struct Record {
  std::string text;
  size_t line = 0;
};

std::vector<Record> split_records(std::string_view ann) {
  std::vector<Record> out;
  size_t line_no = 0, p = 0;
  while (p <= ann.size()) {
    size_t q = ann.find('\n', p);
    if (q == std::string_view::npos) q = ann.size();
    const std::string_view line = ann.substr(p, q - p);
    ++line_no;
    if (starts_record(line) || out.empty()) {
      out.push_back(Record{std::string(line), line_no});
    } else {
      out.back().text += '\n';
      out.back().text += line;
    }
    if (q == ann.size()) break;
    p = q + 1;
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t p = 0;
  while (p <= s.size()) {
    size_t q = s.find(sep, p);
    if (q == std::string_view::npos) q = s.size();
    out.push_back(s.substr(p, q - p));
    p = q + 1;
  }
  return out;
}

// Words separated by any white space (as Python's str.split() with no argument).
std::vector<std::string_view> split_blank(std::string_view s) {
  std::vector<std::string_view> out;
  size_t p = 0;
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  while (p < s.size()) {
    while (p < s.size() && blank(s[p])) ++p;
    size_t q = p;
    while (q < s.size() && !blank(s[q])) ++q;
    if (q > p) out.push_back(s.substr(p, q - p));
    p = q;
  }
  return out;
}

bool parse_size(std::string_view s, size_t* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

BratSpan parse_span(const Record& r, std::string_view origin) {
  const std::string_view rec = r.text;
  const size_t tab1 = rec.find('\t');
  const size_t tab2 = rec.find('\t', tab1 + 1);
  const std::string_view head = rec.substr(tab1 + 1, tab2 == std::string_view::npos ? std::string_view::npos : tab2 - tab1 - 1);
  const size_t sp = head.find(' ');
  if (sp == std::string_view::npos) throw Error::bad_input(line_error(origin, r.line, "T line without offsets"));
  BratSpan span;
  span.id = std::string(rec.substr(0, tab1));
  span.label = std::string(head.substr(0, sp));
  for (std::string_view frag : split(head.substr(sp + 1), ';')) {
    while (!frag.empty() && frag.front() == ' ') frag.remove_prefix(1);
    const size_t blank = frag.find(' ');
    size_t a = 0, b = 0;
    if (blank == std::string_view::npos || !parse_size(frag.substr(0, blank), &a) || !parse_size(frag.substr(blank + 1), &b) || a > b) {
      throw Error::bad_input(line_error(origin, r.line, "bad offsets in T line"), "expected 'START END[;START END...]'");
    }
    span.fragments.emplace_back(a, b);
  }
  if (tab2 != std::string_view::npos) span.text = std::string(rec.substr(tab2 + 1));
  return span;
}

BratEvent parse_event(const Record& r, std::string_view origin) {
  const std::string_view rec = r.text;
  const size_t tab = rec.find('\t');
  BratEvent ev;
  ev.id = std::string(rec.substr(0, tab));
  const auto parts = split(rec.substr(tab + 1), '\t');
  bool first = true;
  for (std::string_view arg : split_blank(parts.front())) {
    const size_t colon = arg.find(':');
    if (colon == std::string_view::npos) throw Error::bad_input(line_error(origin, r.line, "malformed E argument"));
    if (first) {
      ev.type = std::string(arg.substr(0, colon));
      ev.anchor = std::string(arg.substr(colon + 1));
      first = false;
    } else {
      ev.args.push_back(BratArgument{std::string(arg.substr(0, colon)), std::string(arg.substr(colon + 1))});
    }
  }
  return ev;
}

}  // namespace

BratDocument parse_brat(std::string_view ann, std::string_view origin) {
  BratDocument doc;
  for (const Record& r : split_records(ann)) {
    if (r.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (r.text[0] == 'T') doc.spans.push_back(parse_span(r, origin));
    else if (r.text[0] == 'E') doc.events.push_back(parse_event(r, origin));
  }
  return doc;
}

std::string covered_text(const CodePointIndex& text, const std::vector<Fragment>& fragments) {
  std::string out;
  for (size_t k = 0; k < fragments.size(); ++k) {
    if (k) out += ' ';
    for (size_t cp = fragments[k].first; cp < fragments[k].second && cp < text.size(); ++cp) {
      utf8::append(&out, text.at(cp));
    }
  }
  return out;
}

std::string write_brat(const BratDocument& doc, const CodePointIndex& text) {
  std::string out;
  for (const auto& s : doc.spans) {
    out += s.id + '\t' + s.label + ' ';
    for (size_t k = 0; k < s.fragments.size(); ++k) {
      if (k) out += ';';
      out += std::to_string(s.fragments[k].first) + ' ' + std::to_string(s.fragments[k].second);
    }
    out += '\t' + covered_text(text, s.fragments) + '\n';
  }
  for (const auto& e : doc.events) {
    out += e.id + '\t' + e.type + ':' + e.anchor;
    for (const auto& a : e.args) out += ' ' + a.role + ':' + a.target;
    out += '\n';
  }
  return out;
}

}  // namespace claimline::eval
