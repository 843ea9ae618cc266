#include "cli/app.h"

#include <iostream>

#include "cli/commands.h"
#include "util/error.h"

namespace claimline::cli {

report::Format Global::format() const {
  if (format_name.empty()) return io->out_is_terminal ? report::Format::kTable : report::Format::kJsonl;
  return *report::parse_format(format_name);
}

void add_format_option(CLI::App* cmd, Global& g) {
  cmd->add_option("--format", g.format_name,
                  "Output format: table, json, jsonl, csv or md (default: table on a terminal, "
                  "jsonl when piped)")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "md"}));
}

namespace {

void print_error(Io& io, const std::string& message, const std::string& hint) {
  io.err << "claimline: " << message;
  if (!hint.empty()) io.err << " (" << hint << ")";
  io.err << '\n';
}

}  // namespace

int run_cli(int argc, const char* const* argv, Io& io) {
  Global g;
  g.io = &io;
  if (io.env_db) g.db_path = *io.env_db;

  CLI::App app{"claimline: a claim-tracking timeline database for news.\n"
               "Articles go in; statements, dated events and claims come out.",
               "claimline"};
  app.set_version_flag("--version", std::string("claimline ") + CLAIMLINE_VERSION);
  app.add_option("--db", g.db_path, "Database file (default ./claimline.db, or $CLAIMLINE_DB)");
  app.require_subcommand(1);
  app.fallthrough();

  for (auto* setup : {&setup_init, &setup_ingest, &setup_articles, &setup_outlets, &setup_check, &setup_extract,
                      &setup_statements, &setup_entities, &setup_claims,
                      &setup_eval, &setup_stance, &setup_events,
                      &setup_timeline, &setup_diff, &setup_report}) {
    setup(app, g);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      app.exit(e, io.out, io.err);
      return 0;
    }
    print_error(io, e.what(), "see 'claimline --help'");
    return static_cast<int>(ExitCode::kUsage);
  } catch (const Error& e) {
    print_error(io, e.what(), e.hint());
    return static_cast<int>(e.exit_code());
  } catch (const std::exception& e) {
    print_error(io, std::string("internal error: ") + e.what(), "please report this");
    return static_cast<int>(ExitCode::kFailure);
  }
  return g.exit_code;
}

}  // namespace claimline::cli
