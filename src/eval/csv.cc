#include "eval/csv.h"

#include <algorithm>

#include "util/error.h"

namespace claimline::eval {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// A cursor over the text that counts lines as it goes.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool done() const { return pos_ >= text_.size(); }
  char peek() const { return text_[pos_]; }
  size_t line() const { return line_; }

  // Consumes one line break (LF, CRLF or CR) if one starts here.
  bool take_newline() {
    if (done()) return false;
    if (text_[pos_] == '\n') {
      ++pos_;
    } else if (text_[pos_] == '\r') {
      ++pos_;
      if (!done() && text_[pos_] == '\n') ++pos_;
    } else {
      return false;
    }
    ++line_;
    return true;
  }

  char take() {
    const char c = text_[pos_++];
    if (c == '\n' || (c == '\r' && (done() || text_[pos_] != '\n'))) ++line_;
    return c;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  size_t line_ = 1;
};

// Reads a quoted field's content after its opening quote, up to and including the closing one.
void read_quoted(Scanner& in, std::string* field, std::string_view source, size_t start_line) {
  while (!in.done()) {
    const char c = in.take();
    if (c != '"') {
      field->push_back(c);
    } else if (!in.done() && in.peek() == '"') {
      in.take();
      field->push_back('"');
    } else {
      return;
    }
  }
  throw Error::bad_input(std::string(source) + ":" + std::to_string(start_line) +
                             ": quoted field never ends",
                         "check the file for an unbalanced double quote");
}

// Reads one field; leaves the cursor on the delimiter, the line break or the end.
std::string read_field(Scanner& in, std::string_view source) {
  std::string field;
  if (!in.done() && in.peek() == '"') {
    const size_t start_line = in.line();
    in.take();
    read_quoted(in, &field, source, start_line);
  }
  while (!in.done() && in.peek() != ',' && in.peek() != '\n' && in.peek() != '\r') {
    field.push_back(in.take());
  }
  return field;
}

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view text, std::string_view source) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  std::vector<CsvRow> rows;
  Scanner in(text);
  while (!in.done()) {
    if (in.take_newline()) continue;  // an empty line
    CsvRow row;
    row.line = in.line();
    while (true) {
      row.fields.push_back(read_field(in, source));
      if (in.done() || in.peek() != ',') break;
      in.take();
    }
    in.take_newline();
    rows.push_back(std::move(row));
  }
  return rows;
}

CsvTable::CsvTable(std::string_view text, std::string_view source) : source_(source) {
  rows_ = parse_csv(text, source);
  if (rows_.empty()) {
    throw Error::bad_input(source_ + ": empty file, expected a CSV header row");
  }
  for (const auto& cell : rows_.front().fields) header_.emplace_back(trim(cell));
  rows_.erase(rows_.begin());
}

std::optional<size_t> CsvTable::column(std::string_view name) const {
  const auto it = std::find(header_.begin(), header_.end(), name);
  if (it == header_.end()) return std::nullopt;
  return static_cast<size_t>(it - header_.begin());
}

size_t CsvTable::require_column(std::string_view name, std::string_view expected_header) const {
  if (auto c = column(name)) return *c;
  throw Error::bad_input(source_ + ": header lacks the column '" + std::string(name) + "'",
                         "expected the header " + std::string(expected_header));
}

std::string csv_field(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace claimline::eval
