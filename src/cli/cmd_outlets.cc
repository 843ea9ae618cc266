#include "cli/commands.h"
#include "report/article_json.h"
#include "store/article_store.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct OutletsArgs {
  std::string name, alias;
};

void run_list(Global& g) {
  store::Database db(g.db_path, store::OpenMode::kRead);
  store::OutletStore outlets(db);
  report::Listing l{report::kOutletColumns, {}};
  for (const auto& o : outlets.list()) l.rows.push_back(report::outlet_json(o));
  report::render(l, g.format(), g.io->out);
}

void run_alias(const OutletsArgs& a, Global& g) {
  store::Database db(g.db_path, store::OpenMode::kWrite);
  store::OutletStore outlets(db);
  auto id = outlets.find(a.name);
  if (!id) throw Error::not_found("no outlet '" + a.name + "'", "'claimline outlets' lists them");
  store::Transaction tx(db);
  outlets.add_alias(*id, a.alias);
  tx.commit();
  g.io->out << "claimline: '" << a.alias << "' is now an alias of outlet " << *id << '\n';
}

}  // namespace

void setup_outlets(CLI::App& app, Global& g) {
  auto args = std::make_shared<OutletsArgs>();
  auto* cmd = app.add_subcommand("outlets", "List outlets with their aliases and article counts");
  add_format_option(cmd, g);
  cmd->require_subcommand(0, 1);
  auto* alias = cmd->add_subcommand("alias", "Teach an outlet another name, code or domain");
  alias->add_option("outlet", args->name, "An existing name of the outlet")->required();
  alias->add_option("alias", args->alias, "The new alias")->required();
  alias->callback([args, &g] { run_alias(*args, g); });
  cmd->callback([cmd, &g] {
    if (cmd->get_subcommands().empty()) run_list(g);
  });
}

}  // namespace claimline::cli
