// `claimline diff OUTLET_A OUTLET_B [--claim ID | --search TEXT] [--from D] [--to D]`:
// where two outlets part ways. `claimline diff --articles A B`: what changed between two
// articles, or two revisions of one (A and B as ID or ID@REVISION; the same ID twice
// compares its previous revision with the current one).
#include <charconv>

#include "cli/commands.h"
#include "cli/options.h"
#include "query/article_diff.h"
#include "query/diff.h"
#include "report/timeline_json.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct DiffArgs {
  std::vector<std::string> outlets;
  std::vector<std::string> articles;
  int64_t claim = 0;
  std::string search, from, to, as_of;
  int limit = 50;  // with --claim: articles per outlet, the latest; 0 = all
};

int64_t parse_int(std::string_view s, const std::string& what) {
  int64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v <= 0)
    throw Error::usage("--articles: '" + what + "' is not an article id", "use ID or ID@REVISION, e.g. 6 or 6@1");
  return v;
}

query::ArticleRevisionRef parse_ref(const std::string& text) {
  query::ArticleRevisionRef ref;
  const size_t at = text.find('@');
  ref.article_id = parse_int(std::string_view(text).substr(0, at), text);
  if (at != std::string::npos) ref.revision = static_cast<int>(parse_int(std::string_view(text).substr(at + 1), text));
  return ref;
}

std::optional<int64_t> as_of(const DiffArgs& a) {
  if (a.as_of.empty()) return std::nullopt;
  return unix_end(parse_user_time(a.as_of, "--as-of")) - 1;
}

void run_article_diff(const DiffArgs& a, Global& g) {
  if (!a.outlets.empty() || a.claim > 0 || !a.search.empty() || !a.from.empty() || !a.to.empty())
    throw Error::usage("--articles takes no outlets, --claim, --search, --from or --to");
  store::Database db(g.db_path, store::OpenMode::kRead);
  const auto d = query::diff_articles(db, parse_ref(a.articles[0]), parse_ref(a.articles[1]), as_of(a));
  report::render_article_diff(d, g.format(), g.io->out);
}

void run_diff(const DiffArgs& a, Global& g) {
  if (!a.articles.empty()) return run_article_diff(a, g);
  if (a.outlets.size() != 2)
    throw Error::usage("give two outlets to compare, or --articles A B", "e.g. claimline diff \"Northern Ledger\" \"Harbor Post\"");
  query::OutletDiffQuery q;
  q.outlet_a = a.outlets[0];
  q.outlet_b = a.outlets[1];
  if (a.claim > 0) q.claim_id = a.claim;
  if (a.limit < 0) throw Error::usage("--limit must be 0 (all) or positive");
  q.limit = a.limit;
  if (!a.search.empty()) q.search = a.search;
  if (!a.from.empty()) q.from = unix_start(parse_user_time(a.from, "--from"));
  if (!a.to.empty()) q.to = unix_end(parse_user_time(a.to, "--to"));
  q.as_of = as_of(a);
  store::Database db(g.db_path, store::OpenMode::kRead);
  const report::Format format = g.format();
  if (format == report::Format::kJson || format == report::Format::kJsonl) {
    report::OutletDiffJsonWriter writer(format, g.io->out);  // each finding printed as found
    query::diff_outlets(db, q, writer);
    return;
  }
  report::render_outlet_diff(query::diff_outlets(db, q), format, g.io->out);
}

}  // namespace

void setup_diff(CLI::App& app, Global& g) {
  auto a = std::make_shared<DiffArgs>();
  auto* cmd = app.add_subcommand(
      "diff",
      "Where two outlets part ways (who asserted or denied each claim, what one omitted, misquotes, re-dated "
      "events, differing stances), or what changed between two articles or revisions (--articles)");
  cmd->add_option("outlets", a->outlets, "OUTLET_A OUTLET_B: names, aliases or domains")->expected(0, 2);
  auto* articles = cmd->add_option("--articles", a->articles,
                                   "Compare two articles, or two revisions of one: ID or ID@REVISION (the same ID "
                                   "twice: its previous revision against the current one)")
                       ->expected(2);
  auto* claim = cmd->add_option("--claim", a->claim, "Only articles about this claim");
  auto* search = cmd->add_option("--search", a->search, "Only articles matching this full-text search");
  claim->excludes(search);
  articles->excludes(claim, search);
  cmd->add_option("--from", a->from, "Only articles published on or after this date");
  cmd->add_option("--to", a->to, "Only articles published on or before this date");
  cmd->add_option("--as-of", a->as_of, "Each article as it stood on this date; later articles left out");
  cmd->add_option("--limit", a->limit,
                  "With --claim: compare each outlet's latest N articles about the claim (default 50; 0 for all); "
                  "the heading says when an outlet had more");
  add_format_option(cmd, g);
  cmd->footer(
      "\nOutlet diff rows (table): claim (who asserted, denied, discussed; stance differs or only in one), event "
      "(each outlet's datings; re-dated when both date it from the text differently, e.g. \"on Tuesday\" vs "
      "\"this week\"), misquote (the same speaker's quote worded differently, as a word diff: [-removed-] "
      "{+added+}). --format json gives the full structure.\n"
      "Examples:\n"
      "  claimline diff \"Northern Ledger\" \"Harbor Post\"\n"
      "  claimline diff NORTHLEDGER harborpost.example --claim 1\n"
      "  claimline diff NORTHLEDGER harborpost.example --claim 1 --limit 20 --to 2025-03-15\n"
      "  claimline diff --articles 6 6          the previous revision of article 6 against the current one\n"
      "  claimline diff --articles 6@1 7 --format json");
  cmd->callback([a, &g] { run_diff(*a, g); });
}

}  // namespace claimline::cli
