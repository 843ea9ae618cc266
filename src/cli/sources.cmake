list(APPEND CLAIMLINE_CLI_SOURCES
  cli/app.cc
  cli/cmd_eval.cc
  cli/cmd_init.cc
)
