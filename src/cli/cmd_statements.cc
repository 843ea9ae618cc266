#include "cli/commands.h"
#include "cli/options.h"
#include "report/statement_rows.h"
#include "store/article_store.h"
#include "store/statement_store.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct StatementsArgs {
  std::string speaker, outlet, cue, stance_cue, kind, search, from, to;
  int64_t article = 0;
  int limit = 100, offset = 0;
};

struct EntitiesArgs {
  std::string kind, name;
  int limit = 100, offset = 0;
};

void run_statements(const StatementsArgs& a, Global& g) {
  store::StatementFilter f;
  if (!a.from.empty()) f.from = unix_start(parse_user_time(a.from, "--from"));
  if (!a.to.empty()) f.to = unix_end(parse_user_time(a.to, "--to"));
  if (!a.speaker.empty()) f.speaker = a.speaker;
  if (!a.cue.empty()) f.cue = a.cue;
  if (!a.stance_cue.empty()) f.stance_cue = a.stance_cue;
  if (!a.kind.empty()) f.kind = a.kind;
  if (!a.search.empty()) f.search = a.search;
  if (a.article > 0) f.article_id = a.article;
  f.limit = a.limit;
  f.offset = a.offset;
  store::Database db(g.db_path, store::OpenMode::kRead);
  if (!a.outlet.empty()) {
    f.outlet_id = store::OutletStore(db).find(a.outlet);
    if (!f.outlet_id) throw Error::not_found("no outlet '" + a.outlet + "'", "'claimline outlets' lists them");
  }
  store::StatementStore statements(db);
  report::Listing l{report::kStatementColumns, {}};
  for (const auto& r : statements.list(f)) l.rows.push_back(report::statement_row_json(r));
  report::render(l, g.format(), g.io->out);
}

void run_entities(const EntitiesArgs& a, Global& g) {
  store::EntityFilter f;
  if (!a.kind.empty()) f.kind = a.kind;
  if (!a.name.empty()) f.name = a.name;
  f.limit = a.limit;
  f.offset = a.offset;
  store::Database db(g.db_path, store::OpenMode::kRead);
  store::StatementStore statements(db);
  report::Listing l{report::kEntityColumns, {}};
  for (const auto& r : statements.entities(f)) l.rows.push_back(report::entity_row_json(r));
  report::render(l, g.format(), g.io->out);
}

}  // namespace

void setup_statements(CLI::App& app, Global& g) {
  auto a = std::make_shared<StatementsArgs>();
  auto* cmd = app.add_subcommand("statements",
                                 "List statements (who said what, where and when) in the latest revision of "
                                 "each article, in publication order");
  cmd->add_option("--speaker", a->speaker, "Only this speaker (any name or alias of the entity)");
  cmd->add_option("--outlet", a->outlet, "Only this outlet");
  cmd->add_option("--cue", a->cue, "Only cue phrases containing this (\"denied\", \"according to\")");
  cmd->add_option("--stance-cue", a->stance_cue, "Only this stance cue")
      ->check(CLI::IsMember({"assert", "deny", "accuse", "urge", "hope", "predict", "question", "confirm"}));
  cmd->add_option("--kind", a->kind, "direct (quotes) or indirect (reported speech)")
      ->check(CLI::IsMember({"direct", "indirect"}));
  cmd->add_option("--search", a->search, "Full-text search over the statement text and speaker");
  cmd->add_option("--article", a->article, "Only this article id");
  cmd->add_option("--from", a->from, "Published on or after this date");
  cmd->add_option("--to", a->to, "Published on or before this date");
  cmd->add_option("--limit", a->limit, "At most this many rows (default 100; 0 for all)");
  cmd->add_option("--offset", a->offset, "Skip this many rows first");
  add_format_option(cmd, g);
  cmd->callback([a, &g] { run_statements(*a, g); });
}

void setup_entities(CLI::App& app, Global& g) {
  auto a = std::make_shared<EntitiesArgs>();
  auto* cmd = app.add_subcommand("entities",
                                 "List entities (people, organisations, places, groups) merged across articles, "
                                 "with their aliases, roles and counts, most mentioned first");
  cmd->add_option("--kind", a->kind, "person, organisation, place or group")
      ->check(CLI::IsMember({"person", "organisation", "place", "group"}));
  cmd->add_option("--search", a->name, "Only entities with a name or alias containing this");
  cmd->add_option("--limit", a->limit, "At most this many rows (default 100; 0 for all)");
  cmd->add_option("--offset", a->offset, "Skip this many rows first");
  add_format_option(cmd, g);
  cmd->callback([a, &g] { run_entities(*a, g); });
}

}  // namespace claimline::cli
