#include "report/html_report.h"

#include <ostream>

#include "report/html_report_assets.h"

namespace claimline::report {

std::string script_json(const nlohmann::json& data) {
  const std::string raw = data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(raw.size() + raw.size() / 16);
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (c == '\xE2' && i + 2 < raw.size() && raw[i + 1] == '\x80' && (raw[i + 2] == '\xA8' || raw[i + 2] == '\xA9')) {
      // U+2028 and U+2029 end a line in older JavaScript parsers.
      out += raw[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

void write_html_report(const nlohmann::json& report, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         // Nothing may load from elsewhere: inline style and script only, no network at all.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'\">\n"
         "<title>claimline report</title>\n<style>"
      << kReportCss << "</style>\n</head>\n<body>\n<main id=\"report\"></main>\n"
      << "<noscript><p>This report draws its timeline with JavaScript; the data is in the "
         "claimline-data block of this file (also available as claimline report --json).</p></noscript>\n"
      << "<script type=\"application/json\" id=\"claimline-data\">" << script_json(report) << "</script>\n"
      << "<script>" << kReportJs << "</script>\n</body>\n</html>\n";
}

}  // namespace claimline::report
