#include "report/format.h"

#include <algorithm>
#include <ostream>

#include "util/utf8.h"

namespace claimline::report {

std::string json_text(const nlohmann::json& v, int indent) {
  return v.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

using nlohmann::json;

std::string one_line(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

// Cuts to `width` display columns, ending in an ellipsis when cut.
std::string fit(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  std::string out;
  size_t cols = 0, i = 0;
  while (i < s.size() && cols + 1 < width) {
    size_t len;
    utf8::decode(s, i, &len);
    out.append(s, i, len);
    i += len;
    ++cols;
  }
  out += "\u2026";
  return out;
}

void render_table(const Listing& l, std::ostream& out, const RenderOptions& opts) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths;
  for (const auto& c : l.columns) widths.push_back(display_width(c));
  for (const auto& row : l.rows) {
    std::vector<std::string> r;
    for (size_t i = 0; i < l.columns.size(); ++i) {
      const auto it = row.find(l.columns[i]);
      std::string text = it == row.end() ? std::string() : fit(one_line(cell_text(*it)), opts.max_cell_width);
      widths[i] = std::max(widths[i], display_width(text));
      r.push_back(std::move(text));
    }
    cells.push_back(std::move(r));
  }
  auto line = [&](const std::vector<std::string>& r) {
    std::string s;
    for (size_t i = 0; i < r.size(); ++i) {
      s += r[i];
      if (i + 1 < r.size()) s.append(widths[i] - display_width(r[i]) + 2, ' ');
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  std::vector<std::string> header;
  for (const auto& c : l.columns) {
    std::string h = c;
    std::transform(h.begin(), h.end(), h.begin(), [](char ch) { return static_cast<char>(std::toupper(static_cast<unsigned char>(ch))); });
    header.push_back(h);
  }
  line(header);
  for (const auto& r : cells) line(r);
}

void render_csv(const Listing& l, std::ostream& out) {
  for (size_t i = 0; i < l.columns.size(); ++i) out << (i ? "," : "") << csv_escape(l.columns[i]);
  out << "\r\n";
  for (const auto& row : l.rows) {
    for (size_t i = 0; i < l.columns.size(); ++i) {
      const auto it = row.find(l.columns[i]);
      out << (i ? "," : "") << csv_escape(it == row.end() ? std::string() : cell_text(*it));
    }
    out << "\r\n";
  }
}

void render_md(const Listing& l, std::ostream& out) {
  out << '|';
  for (const auto& c : l.columns) out << ' ' << md_escape(c) << " |";
  out << "\n|";
  for (size_t i = 0; i < l.columns.size(); ++i) out << " --- |";
  out << '\n';
  for (const auto& row : l.rows) {
    out << '|';
    for (const auto& c : l.columns) {
      const auto it = row.find(c);
      out << ' ' << md_escape(it == row.end() ? std::string() : cell_text(*it)) << " |";
    }
    out << '\n';
  }
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::kTable;
  if (name == "json") return Format::kJson;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "csv") return Format::kCsv;
  if (name == "md" || name == "markdown") return Format::kMd;
  return std::nullopt;
}

std::string_view format_name(Format f) {
  switch (f) {
    case Format::kTable: return "table";
    case Format::kJson: return "json";
    case Format::kJsonl: return "jsonl";
    case Format::kCsv: return "csv";
    case Format::kMd: return "md";
  }
  return "table";
}

std::string cell_text(const json& v) {
  if (v.is_null()) return {};
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
  if (v.is_array()) {
    std::string s;
    for (const auto& e : v) {
      if (!s.empty()) s += ", ";
      s += e.is_string() ? e.get<std::string>() : json_text(e);
    }
    return s;
  }
  return json_text(v);
}

std::string csv_escape(std::string_view cell) {
  std::string s(cell);
  // A cell that a spreadsheet would run as a formula is prefixed with an apostrophe.
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')) {
    s.insert(s.begin(), '\'');
  }
  if (s.find_first_of(",\"\r\n") == std::string::npos && s.find('\'') != 0) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string md_escape(std::string_view cell) {
  std::string out;
  for (char c : cell) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "<br>"; break;
      case '\r': break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

size_t display_width(std::string_view text) {
  size_t n = 0, i = 0;
  while (i < text.size()) {
    size_t len;
    const char32_t cp = utf8::decode(text, i, &len);
    i += len;
    if (cp >= 0x300 && cp <= 0x36F) continue;
    ++n;
  }
  return n;
}

void render(const Listing& listing, Format format, std::ostream& out, const RenderOptions& opts) {
  switch (format) {
    case Format::kTable: render_table(listing, out, opts); break;
    case Format::kCsv: render_csv(listing, out); break;
    case Format::kMd: render_md(listing, out); break;
    case Format::kJson: out << json_text(json(listing.rows), 2) << '\n'; break;
    case Format::kJsonl:
      for (const auto& r : listing.rows) out << json_text(r) << '\n';
      break;
  }
}

void render_object(const json& object, Format format, std::ostream& out) {
  if (format == Format::kJson) { out << json_text(object, 2) << '\n'; return; }
  if (format == Format::kJsonl) { out << json_text(object) << '\n'; return; }
  Listing l{{"field", "value"}, {}};
  for (const auto& [k, v] : object.items()) {
    if (v.is_object() || (v.is_array() && !v.empty() && v[0].is_object())) continue;
    l.rows.push_back(json{{"field", k}, {"value", cell_text(v)}});
  }
  RenderOptions opts;
  opts.max_cell_width = 200;
  render(l, format, out, opts);
}

}  // namespace claimline::report
