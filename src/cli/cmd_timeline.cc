// `claimline timeline (--claim ID | --entity NAME | --search TEXT) [--from D] [--to D]
// [--as-of D]`: what was said and reported about a subject, in order of valid time.
#include "cli/commands.h"
#include "cli/options.h"
#include "query/timeline.h"
#include "report/timeline_json.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct TimelineArgs {
  int64_t claim = 0;
  std::string entity, search, from, to, as_of;
  int limit = 5000;
};

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
  query::TimelineQuery q;
  if (a.claim > 0) q.claim_id = a.claim;
  if (!a.entity.empty()) q.entity = a.entity;
  if (!a.search.empty()) q.search = a.search;
  if (!a.from.empty()) q.from = first_day(a.from, "--from");
  if (!a.to.empty()) q.to = last_day(a.to, "--to");
  if (!a.as_of.empty()) q.as_of = unix_end(parse_user_time(a.as_of, "--as-of")) - 1;
  q.limit = a.limit;
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
  cmd->add_option("--limit", a->limit, "At most this many statements and events read per source (default 5000)");
  add_format_option(cmd, g);
  cmd->footer(
      "\nDates (--from, --to, --as-of): 2025-03-17, 2025-03 or 2025-03-17T14:05Z. Imprecise valid times show as "
      "what they are (\"week of 2025-03-17\", \"March 2025\", \"undated\"); undated rows come last.\n"
      "JSON rows (--format json|jsonl): kind (statement|mention|event), valid_time {value, start, end, precision, "
      "label, source}, report_time, article_id, outlet, title, url, speaker, stance, cue, text, and more; fields "
      "are only ever added.\n"
      "Examples:\n"
      "  claimline timeline --claim 1\n"
      "  claimline timeline --claim 1 --as-of 2025-03-14      what had been published by 14 March\n"
      "  claimline timeline --entity Zelenskyy --from 2025-03-15 --format json\n"
      "  claimline timeline --search \"no threat of encirclement\"");
  cmd->callback([a, &g] { run_timeline(*a, g); });
}

}  // namespace claimline::cli
