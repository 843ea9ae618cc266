// RFC 4180 CSV reading and writing, as corpora such as FNC-1 use it: fields may be quoted,
// quoted fields may hold commas, doubled quotes ("") and line breaks; rows end in LF, CRLF
// or CR. Reading is lenient where Python's csv module is (a quote inside an unquoted field
// is literal; text after a closing quote is kept), so both read a file the same way.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimline::eval {

struct CsvRow {
  std::vector<std::string> fields;
  size_t line = 0;  // 1-based line on which the row starts
};

// Parses `text` (a leading UTF-8 byte order mark is skipped). Empty lines are skipped.
// Throws Error::bad_input naming `source` and the line of a quoted field that never ends.
std::vector<CsvRow> parse_csv(std::string_view text, std::string_view source);

// A table with a header row: columns are looked up by name (header cells are trimmed).
class CsvTable {
 public:
  // Throws Error::bad_input when `text` has no header row.
  CsvTable(std::string_view text, std::string_view source);

  // Index of the column named `name`, if the header has it.
  std::optional<size_t> column(std::string_view name) const;
  // Like column(), but throws Error::bad_input naming the source and the expected header.
  size_t require_column(std::string_view name, std::string_view expected_header) const;

  const std::vector<std::string>& header() const { return header_; }
  const std::vector<CsvRow>& rows() const { return rows_; }
  const std::string& source() const { return source_; }

 private:
  std::string source_;
  std::vector<std::string> header_;
  std::vector<CsvRow> rows_;
};

// One field written for RFC 4180: quoted (with doubled quotes) only when it holds a comma,
// a quote or a line break. Unlike report::csv_escape it never alters the text, so written
// keys (headlines) match the corpus byte for byte.
std::string csv_field(std::string_view field);

}  // namespace claimline::eval
