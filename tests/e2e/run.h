// Runs the built claimline binary as a user would, capturing output and exit code.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "store/test_db.h"

namespace claimline::testing {

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `claimline --db DB ARGS...` (no --db when `db` is empty) in `dir`, feeding `input`
// on standard input.
inline RunResult run_claimline(const TempDir& dir, const std::string& db, const std::vector<std::string>& args,
                               const std::string& input = "") {
  const std::string in = dir.file("stdin.txt"), out = dir.file("stdout.txt"), err = dir.file("stderr.txt");
  std::ofstream(in, std::ios::binary) << input;
  std::string cmd = "cd " + shell_quote(dir.path().string()) + " && " + shell_quote(CLAIMLINE_BINARY);
  if (!db.empty()) cmd += " --db " + shell_quote(db);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " <" + shell_quote(in) + " >" + shell_quote(out) + " 2>" + shell_quote(err);
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

}  // namespace claimline::testing
