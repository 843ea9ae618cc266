#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  claimline::cli::Io io{std::cin, std::cout, std::cerr, isatty(STDOUT_FILENO) == 1,
                        isatty(STDERR_FILENO) == 1, std::nullopt};
  if (const char* db = std::getenv("CLAIMLINE_DB"); db != nullptr && *db != '\0') io.env_db = db;
  const int code = claimline::cli::run_cli(argc, argv, io);
  std::cout.flush();
  return code;
}
