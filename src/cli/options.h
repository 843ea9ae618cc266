// Parsing helpers for command-line values shared by several subcommands.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/timestamp.h"

namespace claimline::cli {

// A date or date-time given by the user; throws Error::usage naming `option` when invalid.
Timestamp parse_user_time(const std::string& text, const std::string& option);

// Unix seconds of the start of `t`.
int64_t unix_start(const Timestamp& t);
// Unix seconds just past the end of `t` at its precision (the day after a day, the minute
// after a minute ...), so "--to 2025-03-17" includes all of that day.
int64_t unix_end(const Timestamp& t);

// Current UTC time as ISO 8601 with seconds.
std::string now_iso();

}  // namespace claimline::cli
