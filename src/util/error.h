// The one user-facing error type of claimline. Every failure that reaches the user is an
// Error whose kind decides the process exit code; `main` catches it once and prints
// "claimline: <message>" plus the hint, if any, on one line each.
#pragma once

#include <stdexcept>
#include <string>

namespace claimline {

// Process exit codes (DESIGN.md, "Exit codes").
enum class ExitCode : int {
  kOk = 0,
  kFailure = 1,   // a check found problems; not an error of use or input
  kUsage = 2,     // bad command line
  kBadInput = 3,  // an article or corpus file that cannot be read
  kDatabase = 4,  // locked, corrupt, or written by a newer claimline
  kNotFound = 5,  // the id or name asked for does not exist
};

enum class ErrorKind { kUsage, kBadInput, kDatabase, kNotFound, kInternal };

ExitCode exit_code_for(ErrorKind kind);

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string hint = {});

  static Error usage(std::string message, std::string hint = {});
  static Error bad_input(std::string message, std::string hint = {});
  static Error database(std::string message, std::string hint = {});
  static Error not_found(std::string message, std::string hint = {});

  ErrorKind kind() const { return kind_; }
  const std::string& hint() const { return hint_; }
  ExitCode exit_code() const { return exit_code_for(kind_); }

 private:
  ErrorKind kind_;
  std::string hint_;
};

}  // namespace claimline
