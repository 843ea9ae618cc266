#include <cstdio>
#include <memory>
#include <ostream>
#include <string>

#include "cli/commands.h"
#include "store/database.h"

namespace claimline::cli {
namespace {

std::string format_mb(int64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buf;
}

}  // namespace

void setup_init(CLI::App& app, Global& g) {
  auto* cmd = app.add_subcommand("init", "Create the database, or upgrade it to this version's schema");
  auto compact = std::make_shared<bool>(false);
  cmd->add_flag("--compact", *compact,
                "Then rewrite the file without its free pages (VACUUM), e.g. after an upgrade packed its "
                "article bodies; needs free disk space about the database's size and no other claimline "
                "using it");
  cmd->callback([&g, compact] {
    store::Database db(g.db_path, store::OpenMode::kCreate);
    g.io->out << "claimline: database " << db.path() << " is at schema version "
              << db.schema_version() << '\n';
    if (*compact) {
      const auto [before, after] = db.compact();
      g.io->out << "claimline: compacted " << db.path() << ": " << format_mb(before) << " -> " << format_mb(after)
                << '\n';
    }
  });
}

}  // namespace claimline::cli
