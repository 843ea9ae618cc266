// Output formats of every listing, and the generic renderer of a listing. Renderers never
// query: they take rows that the query layer built. All escaping lives in report/.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimline::report {

enum class Format { kTable, kJson, kJsonl, kCsv, kMd };

std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format f);

// A listing: rows are JSON objects (json/jsonl print every field of each row); `columns`
// names the keys shown, in order, by table, csv and md.
struct Listing {
  std::vector<std::string> columns;
  std::vector<nlohmann::json> rows;
};

struct RenderOptions {
  size_t max_cell_width = 60;  // table only: longer cells are cut and end in "…"
};

void render(const Listing& listing, Format format, std::ostream& out, const RenderOptions& opts = {});

// JSON text (indented by `indent`, one line when negative); invalid UTF-8 is replaced
// rather than thrown on (bodies are validated at ingest, but a listing must not die on a
// database written by someone else).
std::string json_text(const nlohmann::json& v, int indent = -1);

// One object in the given format: json pretty-printed, jsonl one line; table/md/csv print
// the object's scalar fields as two columns (field, value).
void render_object(const nlohmann::json& object, Format format, std::ostream& out);

// Cell text of a JSON value as the text formats show it: strings raw, null empty, arrays
// of scalars joined by ", ", objects as compact JSON.
std::string cell_text(const nlohmann::json& value);

// Escaping, exposed for tests.
std::string csv_escape(std::string_view cell);   // RFC 4180 + guard against formula injection
std::string md_escape(std::string_view cell);    // pipes, backslashes, newlines
std::string html_escape(std::string_view text);  // & < > " '

// Display width in terminal columns (code points; combining marks ignored).
size_t display_width(std::string_view text);

}  // namespace claimline::report
