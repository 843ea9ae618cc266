// The self-contained HTML report: one file with inline CSS and JavaScript (no network, no
// external script, style or font) that draws, per claim, a timeline with a lane per outlet
// and marks coloured by stance (imprecise dates as ranges, dense periods aggregated by day
// or week), shows a row's evidence, speaker and article on hover or click, and lists the
// rows, the outlets' sides and the outlet-pair findings (stances, misquotes, re-datings)
// below.
//
// Escaping: the page embeds the report JSON (report_json) in a
// <script type="application/json"> block with "<", ">", "&", U+2028 and U+2029 written as
// \u escapes, so no article text can end the block or start markup; the script builds the
// DOM from it with textContent and setAttribute only (never innerHTML), so article text
// is always shown as text. Nothing else from articles is written into the page.
#pragma once

#include <iosfwd>
#include <string>

#include <nlohmann/json.hpp>

namespace claimline::report {

// Writes the page for `report` (the object report_json() returns).
void write_html_report(const nlohmann::json& report, std::ostream& out);

// JSON text safe inside an HTML <script> element: compact, UTF-8, with "<", ">", "&",
// U+2028 and U+2029 escaped as \u003c, \u003e, \u0026, \u2028, \u2029. Invalid UTF-8 in
// strings is replaced by U+FFFD.
std::string script_json(const nlohmann::json& data);

}  // namespace claimline::report
