#include "util/error.h"

#include <utility>

namespace claimline {

ExitCode exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kUsage: return ExitCode::kUsage;
    case ErrorKind::kBadInput: return ExitCode::kBadInput;
    case ErrorKind::kDatabase: return ExitCode::kDatabase;
    case ErrorKind::kNotFound: return ExitCode::kNotFound;
    case ErrorKind::kInternal: return ExitCode::kFailure;
  }
  return ExitCode::kFailure;
}

Error::Error(ErrorKind kind, std::string message, std::string hint)
    : std::runtime_error(std::move(message)), kind_(kind), hint_(std::move(hint)) {}

Error Error::usage(std::string message, std::string hint) {
  return Error(ErrorKind::kUsage, std::move(message), std::move(hint));
}
Error Error::bad_input(std::string message, std::string hint) {
  return Error(ErrorKind::kBadInput, std::move(message), std::move(hint));
}
Error Error::database(std::string message, std::string hint) {
  return Error(ErrorKind::kDatabase, std::move(message), std::move(hint));
}
Error Error::not_found(std::string message, std::string hint) {
  return Error(ErrorKind::kNotFound, std::move(message), std::move(hint));
}

}  // namespace claimline
