// `claimline events [--entity NAME] [--from D] [--to D] [--status S] [--class C]`: events
// across articles; `events show ID` (every mention with its own dating and why it is in the
// event), `events merge ID ID`, `events split MENTION_ID` (manual decisions, kept across
// re-extraction).
#include "cli/commands.h"
#include "cli/options.h"
#include "model/event.h"
#include "store/event_store.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct EventsArgs {
  std::string entity, from, to, status, event_class;
  int limit = 100;
  int offset = 0;
  int64_t show_id = 0;
  std::vector<int64_t> merge_ids;
  int64_t split_id = 0;
};

const std::vector<std::string> kEventColumns = {"id", "class", "label", "status", "first_day", "last_day",
                                                "participants", "mentions", "articles"};
const std::vector<std::string> kMentionColumns = {"mention_id", "outlet", "published", "trigger", "status", "when",
                                                  "precision", "participants", "action", "reason"};

nlohmann::json opt(const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

nlohmann::json event_row_json(const store::EventRow& r) {
  return {{"id", r.id},
          {"class", r.event_class},
          {"label", r.label},
          {"status", opt(r.status)},
          {"first_day", opt(r.first_day)},
          {"last_day", opt(r.last_day)},
          {"participants", r.participants},
          {"mentions", r.mentions},
          {"articles", r.articles},
          {"first_reported", opt(r.first_reported)}};
}

nlohmann::json mention_json(const store::EventMentionRow& m) {
  std::string when;
  if (m.time_value) {
    when = *m.time_value;
    if (m.time_source && *m.time_source == "publication") when = "on or before " + when;
  }
  return {{"mention_id", m.id},
          {"event_id", m.event_id},
          {"article_id", m.article_id},
          {"revision", m.revision_number},
          {"outlet", opt(m.outlet)},
          {"title", opt(m.title)},
          {"published", opt(m.published)},
          {"trigger", m.trigger},
          {"sentence", m.sentence},
          {"class", m.event_class},
          {"status", m.status},
          {"polarity", m.polarity},
          {"certainty", m.certainty},
          {"when", when.empty() ? nlohmann::json(nullptr) : nlohmann::json(when)},
          {"time_value", opt(m.time_value)},
          {"start", opt(m.first_day)},
          {"end", opt(m.last_day)},
          {"precision", opt(m.precision)},
          {"time_source", opt(m.time_source)},
          {"participants", m.participants},
          {"action", m.action},
          {"reason", m.reason},
          {"manual", m.manual},
          {"key", m.key},
          {"confidence", m.confidence},
          {"method", m.method}};
}

std::optional<std::string> day_arg(const std::string& text, const std::string& option) {
  if (text.empty()) return std::nullopt;
  const Timestamp t = parse_user_time(text, option);
  return date::format("%F", date::sys_days{t.day()});
}

void run_list(const EventsArgs& a, Global& g) {
  store::EventFilter f;
  f.from = day_arg(a.from, "--from");
  f.to = day_arg(a.to, "--to");
  if (!a.status.empty()) {
    if (!parse_event_status(a.status))
      throw Error::usage("unknown status '" + a.status + "'",
                         "use occurred, expected, proposed, ongoing, cancelled or denied");
    f.status = a.status;
  }
  if (!a.event_class.empty()) f.event_class = a.event_class;
  f.limit = a.limit;
  f.offset = a.offset;
  store::Database db(g.db_path, store::OpenMode::kRead);
  store::EventStore events(db);
  if (!a.entity.empty()) {
    f.entity_given = true;
    f.entity_ids = events.entities_named(a.entity);
    if (f.entity_ids.empty())
      throw Error::not_found("no entity '" + a.entity + "'", "'claimline entities' lists them");
  }
  report::Listing l{kEventColumns, {}};
  for (const auto& r : events.list(f)) l.rows.push_back(event_row_json(r));
  report::render(l, g.format(), g.io->out);
}

void run_show(const EventsArgs& a, Global& g) {
  store::Database db(g.db_path, store::OpenMode::kRead);
  store::EventStore events(db);
  const auto d = events.get(a.show_id);
  if (!d) throw Error::not_found("no event " + std::to_string(a.show_id), "'claimline events' lists them");
  nlohmann::json j = event_row_json(d->event);
  nlohmann::json mentions = nlohmann::json::array();
  for (const auto& m : d->mentions) mentions.push_back(mention_json(m));
  const auto format = g.format();
  if (format == report::Format::kJson || format == report::Format::kJsonl) {
    j["mention_list"] = std::move(mentions);
    report::render_object(j, format, g.io->out);
    return;
  }
  report::render_object(j, format, g.io->out);
  g.io->out << '\n';
  report::Listing l{kMentionColumns, {}};
  for (auto& m : mentions) l.rows.push_back(std::move(m));
  report::RenderOptions opts;
  opts.max_cell_width = 90;
  report::render(l, format, g.io->out, opts);
}

void run_merge(const EventsArgs& a, Global& g) {
  if (a.merge_ids.size() != 2) throw Error::usage("events merge takes two event ids: INTO FROM");
  store::Database db(g.db_path, store::OpenMode::kWrite);
  store::EventStore events(db);
  store::Transaction tx(db);
  const int64_t moved = events.merge(a.merge_ids[0], a.merge_ids[1], now_iso());
  tx.commit();
  g.io->out << "merged event " << a.merge_ids[1] << " into event " << a.merge_ids[0] << " (" << moved
            << " mention" << (moved == 1 ? "" : "s") << " moved; kept across re-extraction)\n";
}

void run_split(const EventsArgs& a, Global& g) {
  store::Database db(g.db_path, store::OpenMode::kWrite);
  store::EventStore events(db);
  store::Transaction tx(db);
  const int64_t fresh = events.split(a.split_id, now_iso());
  tx.commit();
  g.io->out << "mention " << a.split_id << " is now event " << fresh << " (kept across re-extraction)\n";
}

}  // namespace

void setup_events(CLI::App& app, Global& g) {
  auto args = std::make_shared<EventsArgs>();
  auto* cmd = app.add_subcommand(
      "events",
      "List events across articles (calls, talks, ceasefires, attacks ...), each with its days,\n"
      "status and participants; or show, merge and split them");
  cmd->add_option("--entity", args->entity, "Only events with this participant (any of its names)");
  cmd->add_option("--from", args->from, "Only events whose days reach this date");
  cmd->add_option("--to", args->to, "Only events that start on or before this date");
  cmd->add_option("--status", args->status,
                  "Only events with this status: occurred, expected, proposed, ongoing, cancelled, denied");
  cmd->add_option("--class", args->event_class, "Only events of this class (call, ceasefire, attack ...)");
  cmd->add_option("--limit", args->limit, "At most this many rows (default 100; 0 for all)");
  cmd->add_option("--offset", args->offset, "Skip this many rows first");
  add_format_option(cmd, g);
  cmd->require_subcommand(0, 1);

  auto* show = cmd->add_subcommand("show", "Show one event: every mention, its dating and why it was merged");
  show->add_option("id", args->show_id, "Event id")->required();
  add_format_option(show, g);
  show->callback([args, &g] { run_show(*args, g); });

  auto* merge = cmd->add_subcommand("merge", "Merge the second event into the first (by hand; survives re-extraction)");
  merge->add_option("ids", args->merge_ids, "INTO FROM")->required()->expected(2);
  merge->callback([args, &g] { run_merge(*args, g); });

  auto* split = cmd->add_subcommand("split", "Make one mention an event of its own (by hand; survives re-extraction)");
  split->add_option("mention_id", args->split_id, "Mention id (see 'events show')")->required();
  split->callback([args, &g] { run_split(*args, g); });

  cmd->callback([args, cmd, &g] {
    if (cmd->get_subcommands().empty()) run_list(*args, g);
  });
}

}  // namespace claimline::cli
