// `claimline claims export ID --format claimreview [--as-of D]`: the claim as a schema.org
// Claim with every appearance and the contest carried (report/claim_review.h).
#include "cli/commands.h"
#include "cli/options.h"
#include "query/timeline.h"
#include "report/claim_review.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct ExportArgs {
  int64_t id = 0;
  std::string format = "claimreview";
  std::string as_of;
};

void run_export(const ExportArgs& a, Global& g) {
  query::TimelineQuery q;
  q.claim_id = a.id;
  if (!a.as_of.empty()) q.as_of = unix_end(parse_user_time(a.as_of, "--as-of")) - 1;
  store::Database db(g.db_path, store::OpenMode::kRead);
  const query::Timeline t = query::build_timeline(db, q);
  g.io->out << report::claim_review_json(*t.claim, t.rows).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
            << '\n';
}

}  // namespace

void setup_claims_export(CLI::App* claims, Global& g) {
  auto a = std::make_shared<ExportArgs>();
  auto* cmd = claims->add_subcommand("export", "Export a claim with every appearance and its contest (schema.org Claim)");
  cmd->add_option("id", a->id, "Claim id")->required();
  cmd->add_option("--format", a->format, "Export format: claimreview (schema.org Claim, JSON-LD)")
      ->check(CLI::IsMember({"claimreview"}));
  cmd->add_option("--as-of", a->as_of, "As it stood on this date");
  cmd->footer(
      "\nclaimreview: a schema.org Claim (JSON-LD) with every appearance (a NewsArticle per article: publisher, "
      "date, its stance and the quotations about the claim), firstAppearance, and claimline:contest (articles "
      "by stance, who asserted and who denied it, contested) instead of a single verdict.\n"
      "Example:\n"
      "  claimline claims export 1 --format claimreview > claim-1.jsonld");
  cmd->callback([a, &g] { run_export(*a, g); });
}

}  // namespace claimline::cli
