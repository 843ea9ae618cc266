// `claimline report --html OUT.html [--claim ID ...] [--as-of D]`: the self-contained page
// with each claim's visual timeline and the outlet-pair findings; `report --json [FILE]`:
// the same data as one JSON document (stdout when FILE is absent or "-").
#include <fstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "query/report.h"
#include "report/html_report.h"
#include "report/timeline_json.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct ReportArgs {
  std::string html, json, as_of;
  bool json_given = false;
  std::vector<int64_t> claims;
};

template <class Write>
void write_file(const std::string& path, Write&& write) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error::usage("cannot write '" + path + "'", "check that its directory exists and is writable");
  write(out);
  out.close();
  if (!out) throw Error::usage("could not finish writing '" + path + "'", "is the disk full?");
}

void run_report(const ReportArgs& a, Global& g) {
  if (a.html.empty() && !a.json_given) throw Error::usage("give --html OUT.html and/or --json [FILE]");
  query::ReportQuery q;
  q.claim_ids = a.claims;
  if (!a.as_of.empty()) q.as_of = unix_end(parse_user_time(a.as_of, "--as-of")) - 1;
  store::Database db(g.db_path, store::OpenMode::kRead);
  const nlohmann::json data = report::report_json(query::build_report(db, q), now_iso());
  if (!a.html.empty()) {
    write_file(a.html, [&](std::ostream& out) { report::write_html_report(data, out); });
    size_t rows = 0;
    for (const auto& c : data["claims"]) rows += c["rows"].size();
    g.io->err << "claimline: wrote " << a.html << " (" << data["claims"].size() << " claims, " << rows << " rows)\n";
  }
  if (!a.json_given) return;
  if (a.json.empty() || a.json == "-") {
    g.io->out << data.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    write_file(a.json, [&](std::ostream& out) {
      out << data.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    });
  }
}

}  // namespace

void setup_report(CLI::App& app, Global& g) {
  auto a = std::make_shared<ReportArgs>();
  auto* cmd = app.add_subcommand(
      "report", "Write the report: a self-contained HTML page with each claim's timeline (a lane per outlet, "
                "marks by stance) and where outlets differ, or the same data as JSON");
  cmd->add_option("--html", a->html, "Write the HTML page to this file");
  cmd->add_option("--json", a->json, "Write the report as JSON to this file (stdout when no file or '-')")
      ->expected(0, 1);
  cmd->add_option("--claim", a->claims, "Only these claims (repeatable; default: every claim)");
  cmd->add_option("--as-of", a->as_of, "Only what had been published by this date");
  cmd->footer(
      "\nThe HTML page loads nothing from the network (inline style and script only); open it in any browser. "
      "Each claim gets a lane per outlet, marks coloured by stance (bars for imprecise dates, undated at the "
      "right; aggregated by day or week above 300 rows), the evidence on click, the rows, and where outlet pairs "
      "differ. The JSON document is {format: \"claimline-report\", version, generated_at, as_of, claims: [{claim, "
      "rows (timeline rows), outlets, diffs (outlet diffs), pairs_compared, pairs_skipped}]}.\n"
      "Examples:\n"
      "  claimline report --html report.html\n"
      "  claimline report --html kursk.html --claim 1 --as-of 2025-03-16\n"
      "  claimline report --json report.json");
  cmd->callback([a, cmd, &g] {
    a->json_given = cmd->count("--json") > 0;
    run_report(*a, g);
  });
}

}  // namespace claimline::cli
