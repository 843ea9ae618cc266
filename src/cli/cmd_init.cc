#include <ostream>

#include "cli/commands.h"
#include "store/database.h"

namespace claimline::cli {

void setup_init(CLI::App& app, Global& g) {
  auto* cmd = app.add_subcommand("init", "Create the database, or upgrade it to this version's schema");
  cmd->callback([&g] {
    store::Database db(g.db_path, store::OpenMode::kCreate);
    g.io->out << "claimline: database " << db.path() << " is at schema version "
              << db.schema_version() << '\n';
  });
}

}  // namespace claimline::cli
