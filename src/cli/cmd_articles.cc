#include "cli/commands.h"
#include "cli/options.h"
#include "report/article_json.h"
#include "store/article_store.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct ArticlesArgs {
  std::string outlet, from, to, search;
  bool undated = false;
  int limit = 100;
  int offset = 0;
  int64_t show_id = 0;
};

// Checks the arguments before the database is opened, so usage errors win over missing files.
store::ArticleFilter make_filter(const ArticlesArgs& a) {
  store::ArticleFilter f;
  if (!a.from.empty()) f.from = unix_start(parse_user_time(a.from, "--from"));
  if (!a.to.empty()) f.to = unix_end(parse_user_time(a.to, "--to"));
  f.undated_only = a.undated;
  if (!a.search.empty()) f.search = a.search;
  f.limit = a.limit;
  f.offset = a.offset;
  return f;
}

void run_list(const ArticlesArgs& a, Global& g) {
  store::ArticleFilter f = make_filter(a);
  store::Database db(g.db_path, store::OpenMode::kRead);
  store::ArticleStore articles(db);
  if (!a.outlet.empty()) {
    f.outlet_id = articles.outlets().find(a.outlet);
    if (!f.outlet_id) throw Error::not_found("no outlet '" + a.outlet + "'", "'claimline outlets' lists them");
  }
  report::Listing l;
  l.columns = a.search.empty() ? report::kArticleColumns : report::kArticleSearchColumns;
  for (const auto& row : articles.list(f)) l.rows.push_back(report::article_json(row));
  report::render(l, g.format(), g.io->out);
}

void run_show(const ArticlesArgs& a, Global& g) {
  store::Database db(g.db_path, store::OpenMode::kRead);
  store::ArticleStore articles(db);
  auto d = articles.get(a.show_id);
  if (!d) throw Error::not_found("no article " + std::to_string(a.show_id), "'claimline articles' lists them");
  const auto format = g.format();
  const nlohmann::json j = report::article_detail_json(*d);
  if (format == report::Format::kJson || format == report::Format::kJsonl) {
    report::render_object(j, format, g.io->out);
    return;
  }
  nlohmann::json head = j;
  head.erase("body");
  report::render_object(head, format, g.io->out);
  g.io->out << '\n';
  report::Listing revs{report::kRevisionColumns, {}};
  for (const auto& r : d->revisions) revs.rows.push_back(report::revision_json(r));
  report::render(revs, format, g.io->out);
  if (format == report::Format::kTable) g.io->out << '\n' << d->body << '\n';
}

}  // namespace

void setup_articles(CLI::App& app, Global& g) {
  auto args = std::make_shared<ArticlesArgs>();
  auto* cmd = app.add_subcommand("articles", "List articles (latest revision of each), or show one");
  cmd->add_option("--outlet", args->outlet, "Only this outlet (any of its names, codes or domains)");
  cmd->add_option("--from", args->from, "Published on or after this date");
  cmd->add_option("--to", args->to, "Published on or before this date (the whole day counts)");
  cmd->add_flag("--undated", args->undated, "Only articles without a publication date");
  cmd->add_option("--search", args->search,
                  "Full-text search over title and body, ranked by BM25, with a snippet; "
                  "\"quoted phrases\", OR and NOT work");
  cmd->add_option("--limit", args->limit, "At most this many rows (default 100; 0 for all)");
  cmd->add_option("--offset", args->offset, "Skip this many rows first");
  add_format_option(cmd, g);
  cmd->require_subcommand(0, 1);

  auto* show = cmd->add_subcommand("show", "Show one article: metadata, every revision and the body");
  show->add_option("id", args->show_id, "Article id")->required();
  add_format_option(show, g);
  show->callback([args, &g] { run_show(*args, g); });

  cmd->callback([args, cmd, &g] {
    if (cmd->get_subcommands().empty()) run_list(*args, g);
  });
}

}  // namespace claimline::cli
