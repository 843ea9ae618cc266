// The numbered schema migrations, compiled into the binary from migrations/*.sql.
#pragma once

#include <string_view>
#include <vector>

namespace claimline::store {

struct Migration {
  int version;            // the user_version the database has after it
  std::string_view name;  // file name, e.g. "0001_init.sql"
  std::string_view sql;
};

// In ascending version order, versions 1..N without gaps.
const std::vector<Migration>& migrations();

inline int latest_schema_version() { return static_cast<int>(migrations().size()); }

}  // namespace claimline::store
