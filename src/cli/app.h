// The claimline command line: builds the CLI11 app from one file pair per subcommand and
// runs it. `main` is a thin shell over run_cli.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace claimline::cli {

// The outside world as the CLI sees it; tests pass string streams.
struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  std::optional<std::string> env_db;  // CLAIMLINE_DB
};

// Parses argv and runs the chosen subcommand. Returns the process exit code; never throws.
int run_cli(int argc, const char* const* argv, Io& io);

}  // namespace claimline::cli
