// `claimline check`: SQLite's own integrity and foreign-key checks plus claimline's
// invariants (hashes match bodies, revision numbers are contiguous, every span lies inside
// its body, ...).
#pragma once

#include <string>
#include <vector>

#include "store/database.h"

namespace claimline::store {

struct CheckProblem {
  std::string check;    // which check found it, e.g. "integrity", "content-hash"
  std::string message;  // what is wrong, naming the row
};

struct CheckReport {
  std::vector<std::string> passed;  // names of the checks that found nothing
  std::vector<CheckProblem> problems;
  bool ok() const { return problems.empty(); }
};

CheckReport check_database(Database& db);

}  // namespace claimline::store

namespace claimline::store {
// Rebuilds the full-text index from the revisions (what `check --repair` does).
void repair_search_index(Database& db);
}  // namespace claimline::store
