#include "cli/commands.h"
#include "cli/options.h"
#include "extract/claim_clusters.h"
#include "ingest/claim_scanner.h"
#include "report/claim_json.h"
#include "store/claim_store.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct ClaimsArgs {
  std::string text;
  std::vector<std::string> aliases;
  int64_t id = 0;
  int64_t other = 0;
  int64_t article = 0;
  int64_t statement = 0;
  std::string stance;
  std::string note;
  std::string as_of;
  bool all = false;
  size_t limit = 20;
  size_t add_top = 0;
  size_t min_outlets = 2;
};

store::ClaimRow must_get(store::ClaimStore& claims, int64_t id) {
  auto c = claims.get(id);
  if (!c) throw Error::not_found("no claim " + std::to_string(id), "'claimline claims list' shows them");
  return *c;
}

void run_add(const ClaimsArgs& a, Global& g) {
  if (a.text.find_first_not_of(" \t\n") == std::string::npos) throw Error::usage("the claim text is empty");
  store::Database db(g.db_path, store::OpenMode::kCreate);
  store::ClaimStore claims(db);
  store::Transaction tx(db);
  const int64_t id = claims.add(a.text, a.aliases, "manual", now_iso());
  tx.commit();
  g.io->out << "claimline: added claim " << id << "; 'claimline claims scan " << id
            << "' finds it in the stored articles\n";
}

void run_list(const ClaimsArgs& a, Global& g) {
  store::Database db(g.db_path, store::OpenMode::kRead);
  store::ClaimStore claims(db);
  report::Listing l{report::kClaimColumns, {}};
  for (const auto& c : claims.list(a.all)) l.rows.push_back(report::claim_json(c));
  report::render(l, g.format(), g.io->out);
}

void run_show(const ClaimsArgs& a, Global& g) {
  std::optional<int64_t> as_of;
  if (!a.as_of.empty()) as_of = unix_end(parse_user_time(a.as_of, "--as-of")) - 1;
  store::Database db(g.db_path, store::OpenMode::kRead);
  store::ClaimStore claims(db);
  const store::ClaimRow c = must_get(claims, claims.resolve(a.id));
  const auto mentions = claims.mentions(c.id, as_of);
  const auto format = g.format();
  if (format == report::Format::kJson || format == report::Format::kJsonl) {
    report::render_object(report::claim_detail_json(c, mentions), format, g.io->out);
    return;
  }
  if (format == report::Format::kTable) {
    g.io->out << "claim " << c.id << ": " << c.text << '\n' << c.articles << " articles: " << c.supports
              << " support, " << c.denies << " deny, " << c.discusses << " discuss\n\n";
  }
  report::Listing l{report::kMentionColumns, {}};
  for (const auto& m : mentions) l.rows.push_back(report::mention_json(m));
  report::render(l, format, g.io->out);
}

void run_scan(const ClaimsArgs& a, Global& g) {
  store::Database db(g.db_path, store::OpenMode::kWrite);
  ingest::ClaimScanner scanner(db);
  const ingest::ScanCounts c = scanner.scan_all(a.id > 0 ? std::optional<int64_t>(a.id) : std::nullopt);
  g.io->out << "claimline: scanned " << c.revisions << " revisions: " << c.articles << " article, " << c.statements
            << " statement and " << c.passages << " passage mentions\n";
}

void run_link(const ClaimsArgs& a, Global& g, bool unlink) {
  if ((a.article > 0) == (a.statement > 0)) throw Error::usage("give exactly one of --article and --statement");
  store::Database db(g.db_path, store::OpenMode::kWrite);
  store::ClaimStore claims(db);
  const int64_t claim_id = claims.resolve(a.id);
  must_get(claims, claim_id);
  store::MentionInput m;
  m.claim_id = claim_id;
  m.stance = unlink ? "unrelated" : a.stance;
  m.confidence = 1.0;
  if (!a.note.empty()) m.note = a.note;
  if (a.article > 0) {
    auto rev = claims.latest_revision(a.article);
    if (!rev) throw Error::not_found("no article " + std::to_string(a.article));
    m.revision_id = *rev;
    m.level = "article";
  } else {
    int64_t rev = 0;
    auto st = claims.statement(a.statement, &rev);
    if (!st) throw Error::not_found("no statement " + std::to_string(a.statement));
    m.revision_id = rev;
    m.level = "statement";
    m.statement_id = st->id;
    m.span = st->span;
    m.speaker = st->speaker;
    m.speaker_entity_id = st->speaker_entity_id;
  }
  store::Transaction tx(db);
  claims.put_manual(m);
  tx.commit();
  g.io->out << "claimline: " << (unlink ? "unlinked " : "linked ") << (a.article > 0 ? "article " : "statement ")
            << (a.article > 0 ? a.article : a.statement) << (unlink ? " from" : " to") << " claim " << claim_id
            << (unlink ? "" : " as " + a.stance) << " (manual; scans will not change it)\n";
}

void run_merge(const ClaimsArgs& a, Global& g) {
  store::Database db(g.db_path, store::OpenMode::kWrite);
  store::ClaimStore claims(db);
  must_get(claims, a.id);
  must_get(claims, a.other);
  store::Transaction tx(db);
  claims.merge(a.id, a.other);
  tx.commit();
  g.io->out << "claimline: merged claim " << a.id << " into claim " << a.other << '\n';
}

void run_suggest(const ClaimsArgs& a, Global& g) {
  store::Database db(g.db_path, a.add_top > 0 ? store::OpenMode::kWrite : store::OpenMode::kRead);
  store::ClaimStore claims(db);
  std::vector<SuggestInput> items;
  for (auto& r : claims.suggest_rows()) {
    items.push_back(SuggestInput{r.statement_id, std::move(r.text), std::move(r.outlet), std::move(r.entities)});
  }
  SuggestOptions opts;
  opts.limit = a.limit;
  opts.min_outlets = a.min_outlets;
  const auto suggestions = suggest_claims(items, opts);
  report::Listing l{{"rank", "outlets", "statements", "text", "terms"}, {}};
  for (size_t i = 0; i < suggestions.size(); ++i) {
    const auto& s = suggestions[i];
    l.rows.push_back(nlohmann::json{{"rank", i + 1},
                                    {"text", s.text},
                                    {"outlets", s.outlets.size()},
                                    {"outlet_names", s.outlets},
                                    {"statements", s.statement_ids.size()},
                                    {"statement_ids", s.statement_ids},
                                    {"terms", s.terms}});
  }
  if (a.add_top == 0) {
    report::render(l, g.format(), g.io->out);
    return;
  }
  store::Transaction tx(db);
  for (size_t i = 0; i < suggestions.size() && i < a.add_top; ++i) {
    const int64_t id = claims.add(suggestions[i].text, {}, "suggested", now_iso());
    g.io->out << "claimline: added claim " << id << ": " << suggestions[i].text << '\n';
  }
  tx.commit();
}

}  // namespace

void setup_claims(CLI::App& app, Global& g) {
  auto a = std::make_shared<ClaimsArgs>();
  auto* cmd = app.add_subcommand("claims", "Claims tracked across articles: add, list, show, scan, link, merge");
  cmd->require_subcommand(1);

  auto* add = cmd->add_subcommand("add", "Add a claim to track");
  add->add_option("text", a->text, "The claim, as a proposition (\"Ukrainian troops are encircled in Kursk\")")
      ->required();
  add->add_option("--alias", a->aliases, "Another wording of the same claim (repeatable)");
  add->callback([a, &g] { run_add(*a, g); });

  auto* list = cmd->add_subcommand("list", "List claims with article counts by stance");
  list->add_flag("--all", a->all, "Also claims merged into others");
  add_format_option(list, g);
  list->callback([a, &g] { run_list(*a, g); });

  auto* show = cmd->add_subcommand("show", "Show a claim: every article, statement and passage about it, with stance");
  show->add_option("id", a->id, "Claim id")->required();
  show->add_option("--as-of", a->as_of, "Only what had been published by this date");
  add_format_option(show, g);
  show->callback([a, &g] { run_show(*a, g); });

  auto* scan = cmd->add_subcommand("scan", "Find every claim (or one) in the stored articles, with stance");
  scan->add_option("id", a->id, "Only this claim");
  scan->callback([a, &g] { run_scan(*a, g); });

  const auto stances = CLI::IsMember({"supports", "denies", "discusses"});
  auto* link = cmd->add_subcommand("link", "Link an article or a statement to a claim by hand, with a stance");
  link->add_option("id", a->id, "Claim id")->required();
  link->add_option("--article", a->article, "Article id (its latest revision)");
  link->add_option("--statement", a->statement, "Statement id");
  link->add_option("--stance", a->stance, "supports, denies or discusses")->required()->check(stances);
  link->add_option("--note", a->note, "Why");
  link->callback([a, &g] { run_link(*a, g, false); });

  auto* unlink = cmd->add_subcommand("unlink", "Unlink an article or a statement from a claim; scans keep it unlinked");
  unlink->add_option("id", a->id, "Claim id")->required();
  unlink->add_option("--article", a->article, "Article id");
  unlink->add_option("--statement", a->statement, "Statement id");
  unlink->add_option("--note", a->note, "Why");
  unlink->callback([a, &g] { run_link(*a, g, true); });

  auto* suggest = cmd->add_subcommand(
      "suggest", "Propose claims from clusters of statements about the same proposition across articles, "
                 "ranked by how many outlets carry them");
  suggest->add_option("--limit", a->limit, "At most this many suggestions (default 20)");
  suggest->add_option("--min-outlets", a->min_outlets, "Only clusters carried by this many outlets (default 2)");
  suggest->add_option("--add", a->add_top, "Add the top N suggestions as claims");
  add_format_option(suggest, g);
  suggest->callback([a, &g] { run_suggest(*a, g); });

  auto* merge = cmd->add_subcommand("merge", "Merge claim ID into claim INTO (its text becomes an alias)");
  merge->add_option("id", a->id, "Claim to merge away")->required();
  merge->add_option("into", a->other, "Claim that remains")->required();
  merge->callback([a, &g] { run_merge(*a, g); });
  setup_claims_export(cmd, g);
}

}  // namespace claimline::cli
