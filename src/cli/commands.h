// Shared state of one CLI run and the setup functions of every subcommand. Each
// cmd_<name>.cc binds its options into a struct and registers a callback that calls into
// the library; nothing here holds logic of its own.
#pragma once

#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/app.h"
#include "report/format.h"

namespace claimline::cli {

struct Global {
  Io* io = nullptr;
  std::string db_path = "claimline.db";
  std::string format_name;  // empty: table on a terminal, jsonl otherwise
  int exit_code = 0;        // a command may set a non-zero code without throwing

  report::Format format() const;
};

// Adds the --format option to a listing subcommand.
void add_format_option(CLI::App* cmd, Global& g);

void setup_init(CLI::App& app, Global& g);
void setup_check(CLI::App& app, Global& g);
void setup_ingest(CLI::App& app, Global& g);
void setup_articles(CLI::App& app, Global& g);
void setup_outlets(CLI::App& app, Global& g);
void setup_extract(CLI::App& app, Global& g);
void setup_statements(CLI::App& app, Global& g);
void setup_claims(CLI::App& app, Global& g);
void setup_entities(CLI::App& app, Global& g);
void setup_eval(CLI::App& app, Global& g);
void setup_events(CLI::App& app, Global& g);
void setup_eval_times(CLI::App* eval, Global& g);
void setup_eval_events(CLI::App* eval, Global& g);
void setup_eval_quotes(CLI::App* eval, Global& g);
void setup_eval_stance(CLI::App* eval, Global& g);
void setup_stance(CLI::App& app, Global& g);
void setup_timeline(CLI::App& app, Global& g);
void setup_diff(CLI::App& app, Global& g);
void setup_report(CLI::App& app, Global& g);
void setup_claims_export(CLI::App* claims, Global& g);

}  // namespace claimline::cli
