#include "cli/commands.h"
#include "store/checker.h"
#include "util/error.h"

namespace claimline::cli {

void setup_check(CLI::App& app, Global& g) {
  auto repair = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand(
      "check", "Check the database: SQLite integrity, foreign keys, search index and claimline's own "
               "invariants. Exit code 1 when a problem is found");
  cmd->add_flag("--repair", *repair, "Rebuild the full-text search index before checking");
  cmd->callback([repair, &g] {
    store::Database db(g.db_path, store::OpenMode::kRead);
    if (*repair) store::repair_search_index(db);
    const store::CheckReport r = store::check_database(db);
    for (const auto& name : r.passed) g.io->out << "ok       " << name << '\n';
    for (const auto& p : r.problems) g.io->out << "PROBLEM  " << p.check << ": " << p.message << '\n';
    if (!r.ok()) {
      g.io->err << "claimline: " << r.problems.size() << " problem(s) found in " << db.path() << '\n';
      g.exit_code = static_cast<int>(ExitCode::kFailure);
    }
  });
}

}  // namespace claimline::cli
