list(APPEND CLAIMLINE_CLI_SOURCES
  cli/app.cc
  cli/cmd_articles.cc
  cli/cmd_check.cc
  cli/cmd_eval.cc
  cli/cmd_eval_events.cc
  cli/cmd_events.cc
  cli/cmd_eval_quotes.cc
  cli/cmd_eval_stance.cc
  cli/cmd_eval_times.cc
  cli/cmd_extract.cc
  cli/cmd_ingest.cc
  cli/cmd_init.cc
  cli/cmd_outlets.cc
  cli/cmd_stance.cc
  cli/cmd_statements.cc
  cli/options.cc
)
