// `claimline timeline (--claim ID | --entity NAME | --search TEXT) [--from D] [--to D]
// [--as-of D]`: what was said and reported about a subject, in order of valid time.
// `--claim ID --limit N [--after CURSOR] [--totals]`: one page of the claim, in order of
// publication (newest first with --as-of), and how to get the next.
#include "cli/commands.h"
#include "cli/options.h"
#include "query/timeline.h"
#include "report/timeline_json.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct TimelineArgs {
  int64_t claim = 0;
  std::string entity, search, from, to, as_of, after;
  int limit = 0;  // 0: not given
  bool totals = false;
};

constexpr int kPerSource = 5000;  // --entity and --search read at most this many per source
constexpr int kPage = 100;        // a claim page without --limit (only --after or --totals)

bool paged(const TimelineArgs& a) { return a.claim > 0 && (a.limit != 0 || !a.after.empty() || a.totals); }

std::optional<int64_t> as_of_time(const TimelineArgs& a) {
  if (a.as_of.empty()) return std::nullopt;
  return unix_end(parse_user_time(a.as_of, "--as-of")) - 1;
}

// The command that prints the next page, less its --after.
std::string more_command(const TimelineArgs& a, int limit) {
  std::string c = "claimline timeline --claim " + std::to_string(a.claim);
  if (!a.as_of.empty()) c += " --as-of " + a.as_of;
  return c + " --limit " + std::to_string(limit);
}

void run_claim_page(const TimelineArgs& a, Global& g) {
  if (!a.from.empty() || !a.to.empty())
    throw Error::usage("--from and --to do not combine with --limit, --after or --totals",
                       "a page runs in publication order; use --as-of for what was known on a date");
  query::ClaimPageRequest q;
  q.claim_id = a.claim;
  q.as_of = as_of_time(a);
  if (!a.after.empty()) q.after = a.after;
  q.limit = a.limit != 0 ? a.limit : kPage;
  q.totals = a.totals;
  store::Database db(g.db_path, store::OpenMode::kRead);
  const query::ClaimTimelinePage page = query::claim_timeline_page(db, q);
  report::render_claim_page(page, q.as_of.has_value(), q.totals, more_command(a, q.limit), g.format(), g.io->out,
                            g.io->err);
}

// The whole claim as JSON Lines, each row written as it is read: memory stays flat however
// many mentions the claim has.
void stream_claim(const query::TimelineQuery& q, Global& g) {
  store::Database db(g.db_path, store::OpenMode::kRead);
  query::each_claim_row(db, *q.claim_id, q.as_of, [&](const query::TimelineRow& r) {
    if (query::overlaps(r.valid_time, q.from, q.to))
      report::render(report::timeline_listing({r}, report::Format::kJsonl), report::Format::kJsonl, g.io->out);
    return true;
  });
}

std::string first_day(const std::string& text, const std::string& option) {
  const Timestamp t = parse_user_time(text, option);
  return date::format("%F", date::floor<date::days>(t.time));
}

std::string last_day(const std::string& text, const std::string& option) {
  const Timestamp t = parse_user_time(text, option);
  const date::sys_seconds last{std::chrono::seconds{unix_end(t) - 1}};
  return date::format("%F", date::floor<date::days>(last));
}

void run_timeline(const TimelineArgs& a, Global& g) {
  if (paged(a)) return run_claim_page(a, g);
  if (!a.after.empty() || a.totals) throw Error::usage("--after and --totals page a claim: give --claim ID");
  if (a.limit < 0) throw Error::usage("--limit must be positive");
  query::TimelineQuery q;
  if (a.claim > 0) q.claim_id = a.claim;
  if (!a.entity.empty()) q.entity = a.entity;
  if (!a.search.empty()) q.search = a.search;
  if (!a.from.empty()) q.from = first_day(a.from, "--from");
  if (!a.to.empty()) q.to = last_day(a.to, "--to");
  q.as_of = as_of_time(a);
  q.limit = a.limit != 0 ? a.limit : kPerSource;
  if (q.claim_id && g.format() == report::Format::kJsonl) return stream_claim(q, g);
  store::Database db(g.db_path, store::OpenMode::kRead);
  const query::Timeline t = query::build_timeline(db, q);
  const report::Format format = g.format();
  if (format == report::Format::kTable) {
    g.io->out << t.subject << (a.as_of.empty() ? "" : " (as of " + a.as_of + ")") << ": " << t.rows.size()
              << " rows\n\n";
  }
  report::render(report::timeline_listing(t.rows, format), format, g.io->out);
}

}  // namespace

void setup_timeline(CLI::App& app, Global& g) {
  auto a = std::make_shared<TimelineArgs>();
  auto* cmd = app.add_subcommand(
      "timeline",
      "What was said and reported about a claim, an entity or a search, ordered by when it was said or "
      "happened (valid time), with the publication (report time) beside it");
  auto* claim = cmd->add_option("--claim", a->claim, "Claim id: every article, statement and passage about it");
  auto* entity = cmd->add_option("--entity", a->entity, "Entity name or alias: its statements and events");
  auto* search = cmd->add_option("--search", a->search, "Full-text search: matching statements and events");
  claim->excludes(entity, search);
  entity->excludes(search);
  cmd->add_option("--from", a->from, "Only rows whose valid time reaches this date or later");
  cmd->add_option("--to", a->to, "Only rows whose valid time starts by this date");
  cmd->add_option("--as-of", a->as_of,
                  "Only what had been published by this date (the end of the day for a date), each article in "
                  "its latest revision as of then");
  cmd->add_option("--limit", a->limit,
                  "With --claim: one page of this many rows, oldest first by publication (newest first with "
                  "--as-of), ending with the command for the next page. Otherwise: at most this many statements "
                  "and events read per source (default 5000)");
  cmd->add_option("--after", a->after,
                  "With --claim: the page after this cursor (printed after 'more:' by the previous page; page "
                  "size --limit, default 100)");
  cmd->add_flag("--totals", a->totals,
                "With --claim: also count its articles per outlet and stance (supports, denies, discusses) and "
                "its rows (pages with --limit 100 unless --limit is given)");
  add_format_option(cmd, g);
  cmd->footer(
      "\nDates (--from, --to, --as-of): 2025-03-17, 2025-03 or 2025-03-17T14:05Z. Imprecise valid times show as "
      "what they are (\"week of 2025-03-17\", \"March 2025\", \"undated\"); undated rows come last.\n"
      "JSON rows (--format json|jsonl): kind (statement|mention|event), valid_time {value, start, end, precision, "
      "label, source}, report_time, article_id, outlet, title, url, speaker, stance, cue, text, and more; fields "
      "are only ever added.\n"
      "Without --limit, --after or --totals, --claim gives every row of the claim in valid-time order (as "
      "JSON Lines it streams them as read); with them it gives one page in publication order whose cost does "
      "not depend on the claim's size or the page's position. jsonl and csv pages print the next-page command "
      "on stderr.\n"
      "Examples:\n"
      "  claimline timeline --claim 1\n"
      "  claimline timeline --claim 1 --limit 100            the first 100 rows, oldest first\n"
      "  claimline timeline --claim 1 --limit 100 --after d1742189400.17.1.523.88   the next 100\n"
      "  claimline timeline --claim 1 --as-of 2025-03-14 --limit 50 --totals   the latest 50 known then, with "
      "counts\n"
      "  claimline timeline --claim 1 --as-of 2025-03-14      what had been published by 14 March\n"
      "  claimline timeline --entity Zelenskyy --from 2025-03-15 --format json\n"
      "  claimline timeline --search \"no threat of encirclement\"");
  cmd->callback([a, &g] { run_timeline(*a, g); });
}

}  // namespace claimline::cli
