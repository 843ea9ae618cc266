// `claimline eval times DIR... [--out PRED] [--format table|json] [--errors]`: runs the
// time-expression extractor over TimeML corpora and scores it as TempEval-3 Task A.
#include <cstdio>
#include <ostream>

#include "cli/commands.h"
#include "eval/times_eval.h"

namespace claimline::cli {
namespace {

struct EvalTimesOptions {
  std::vector<std::string> dirs;
  std::string out;
  std::string format = "table";
  bool errors = false;
};

nlohmann::json counts_json(const eval::TimexCounts& c) {
  const eval::TimexScores s = eval::summarize(c);
  return {{"documents", c.documents},
          {"gold_timex", c.gold},
          {"system_timex", c.system},
          {"strict_match", c.strict},
          {"relaxed_match", c.relaxed},
          {"type_correct", c.type_correct},
          {"value_correct", c.value_correct},
          {"strict_precision", s.strict_precision},
          {"strict_recall", s.strict_recall},
          {"strict_f1", s.strict_f1},
          {"relaxed_precision", s.relaxed_precision},
          {"relaxed_recall", s.relaxed_recall},
          {"relaxed_f1", s.relaxed_f1},
          {"type_accuracy", s.type_accuracy},
          {"value_accuracy", s.value_accuracy},
          {"type_f1", s.type_f1},
          {"value_f1", s.value_f1}};
}

double mb_per_second(uint64_t bytes, double seconds) {
  return seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
}

std::string fixed(const char* fmt, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

void print_counts_table(const std::string& title, const eval::TimexCounts& c, std::ostream& out) {
  const eval::TimexScores s = eval::summarize(c);
  out << title << "\n";
  out << "documents " << c.documents << " | gold TIMEX3 " << c.gold << " | system TIMEX3 " << c.system
      << " | strict matches " << c.strict << " | relaxed matches " << c.relaxed << "\n";
  out << "             P        R        F1\n";
  out << "strict   " << fixed("%8.2f", 100 * s.strict_precision) << " " << fixed("%8.2f", 100 * s.strict_recall)
      << " " << fixed("%8.2f", 100 * s.strict_f1) << "\n";
  out << "relaxed  " << fixed("%8.2f", 100 * s.relaxed_precision) << " "
      << fixed("%8.2f", 100 * s.relaxed_recall) << " " << fixed("%8.2f", 100 * s.relaxed_f1) << "\n";
  out << "         accuracy          F1\n";
  out << "type     " << fixed("%8.2f", 100 * s.type_accuracy) << "          " << fixed("%8.2f", 100 * s.type_f1)
      << "  (" << c.type_correct << "/" << c.relaxed << ")\n";
  out << "value    " << fixed("%8.2f", 100 * s.value_accuracy) << "          "
      << fixed("%8.2f", 100 * s.value_f1) << "  (" << c.value_correct << "/" << c.relaxed << ")\n";
}

void run_eval_times(const EvalTimesOptions& o, Global& g) {
  eval::TimesEvalOptions opts;
  for (const auto& d : o.dirs) opts.dirs.emplace_back(d);
  opts.out_dir = o.out;
  opts.collect_errors = o.errors;
  const eval::TimesEvalResult r = eval::run_times_eval(opts);
  const double mbs = mb_per_second(r.text_bytes, r.extract_seconds);
  const double find_mbs = mb_per_second(r.text_bytes, r.find_seconds);
  std::ostream& out = g.io->out;
  if (o.format == "json") {
    nlohmann::json j = counts_json(r.total);
    nlohmann::json folders = nlohmann::json::array();
    for (const auto& f : r.folders) {
      nlohmann::json fj = counts_json(f.counts);
      fj["folder"] = f.folder;
      folders.push_back(std::move(fj));
    }
    j["folders"] = std::move(folders);
    j["text_bytes"] = r.text_bytes;
    j["throughput_mb_per_s"] = mbs;
    j["find_times_mb_per_s"] = find_mbs;
    if (!o.out.empty()) j["predictions"] = o.out;
    if (o.errors) j["errors"] = r.errors;
    out << j.dump() << "\n";
    return;
  }
  if (r.folders.size() > 1) {
    for (const auto& f : r.folders) {
      print_counts_table("folder " + f.folder, f.counts, out);
      out << "\n";
    }
  }
  print_counts_table(r.folders.size() > 1 ? "total (micro over all folders)" : "folder " + r.folders[0].folder,
                     r.total, out);
  out << "throughput " << fixed("%.2f", mbs) << " MB/s on one core (Document analysis + find_times; "
      << fixed("%.2f", find_mbs) << " MB/s find_times alone; " << r.text_bytes << " text bytes)\n";
  if (!o.out.empty()) out << "predictions written to " << o.out << "\n";
  for (const auto& e : r.errors) out << e << "\n";
}

}  // namespace

void setup_eval_times(CLI::App* eval, Global& g) {
  auto opts = std::make_shared<EvalTimesOptions>();
  auto* cmd = eval->add_subcommand(
      "times", "Score the time-expression extractor on TimeML corpora (TempEval-3 Task A)");
  cmd->add_option("DIR", opts->dirs, "Directories searched recursively for TimeML .tml files")->required();
  cmd->add_option("--out", opts->out,
                  "Write one predicted .tml per document here, at its path relative to its DIR");
  cmd->add_option("--format", opts->format, "Output format: table or json (one object)")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->add_flag("--errors", opts->errors,
                "Also list every TIMEX3 with its verdict (OK, MISS, SPURIOUS, EXTENT, TYPE, VALUE) and rule");
  cmd->callback([opts, &g] { run_eval_times(*opts, g); });
}

}  // namespace claimline::cli
