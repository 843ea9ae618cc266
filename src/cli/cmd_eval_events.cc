// `claimline eval events DIR... [--out PRED] [--format table|json] [--annotated-sentences N]`:
// runs the event extractor over MEANTIME CAT XML folders and scores it as
// ../shared/eval/score_meantime.py does (eval/events_eval.h).
#include <cstdio>
#include <ostream>

#include "cli/commands.h"
#include "eval/events_eval.h"

namespace claimline::cli {
namespace {

struct EvalEventsOptions {
  std::vector<std::string> dirs;
  std::string out;
  std::string format = "table";
  int annotated_sentences = 6;
};

nlohmann::json opt_json(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); }

nlohmann::json prf_json(const eval::PrfCount& c) {
  return {{"tp", c.tp}, {"pred", c.pred}, {"gold", c.gold},
          {"P", opt_json(c.precision())}, {"R", opt_json(c.recall())}, {"F1", opt_json(c.f1())}};
}

nlohmann::json acc_json(const eval::AccuracyCount& c) {
  return {{"correct", c.correct}, {"n", c.n}, {"acc", opt_json(c.accuracy())}, {"skipped_gold_empty", c.skipped}};
}

nlohmann::json region_json(const eval::RegionScores& r) {
  return {{"detection", {{"relaxed", prf_json(r.relaxed)}, {"strict", prf_json(r.strict)}}},
          {"attributes",
           {{"polarity", acc_json(r.polarity)}, {"time", acc_json(r.time)}, {"certainty", acc_json(r.certainty)},
            {"future", prf_json(r.future)}}},
          {"coreference", {{"cross_doc", prf_json(r.cross_doc)}, {"within_doc", prf_json(r.within_doc)}}}};
}

std::string fmt(const std::optional<double>& v) {
  if (!v) return "  n/a";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", *v);
  return buf;
}

void print_prf(std::ostream& out, const std::string& label, const eval::PrfCount& c) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "  %-22s", label.c_str());
  out << buf << " P " << fmt(c.precision()) << "  R " << fmt(c.recall()) << "  F1 " << fmt(c.f1()) << "   (tp "
      << c.tp << ", pred " << c.pred << ", gold " << c.gold << ")\n";
}

void print_acc(std::ostream& out, const std::string& label, const eval::AccuracyCount& c) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "  %-22s", label.c_str());
  out << buf << " acc " << fmt(c.accuracy()) << "   (" << c.correct << "/" << c.n << ", skipped " << c.skipped
      << ")\n";
}

void print_region(std::ostream& out, const std::string& title, const eval::RegionScores& r) {
  out << "\n== " << title << "\n";
  out << "mention detection\n";
  print_prf(out, "relaxed (>=1 token)", r.relaxed);
  print_prf(out, "strict (same tokens)", r.strict);
  out << "attributes over relaxed matches (gold empty/absent skipped)\n";
  print_acc(out, "polarity", r.polarity);
  print_acc(out, "time", r.time);
  print_acc(out, "certainty", r.certainty);
  print_prf(out, "time FUTURE class", r.future);
  out << "coreference, pairwise over relaxed matches\n";
  print_prf(out, "cross-document", r.cross_doc);
  print_prf(out, "within-document", r.within_doc);
}

void run_eval_events(const EvalEventsOptions& o, Global& g) {
  eval::EventsEvalOptions opts;
  for (const auto& d : o.dirs) opts.dirs.emplace_back(d);
  opts.out_dir = o.out;
  opts.annotated_sentences = o.annotated_sentences;
  const eval::EventsEvalResult r = eval::run_events_eval(opts);
  const eval::EventsScores& s = r.scores;
  const double mbs = r.extract_seconds > 0 ? static_cast<double>(r.text_bytes) / 1e6 / r.extract_seconds : 0.0;
  std::ostream& out = g.io->out;
  if (o.format == "json") {
    nlohmann::json j{{"documents", s.documents},
                     {"documents_without_prediction_file", s.documents_without_prediction},
                     {"tokens", s.tokens},
                     {"annotated_sentences", s.annotated_sentences},
                     {"annotated", region_json(s.annotated)},
                     {"whole", region_json(s.whole)},
                     {"text_bytes", r.text_bytes},
                     {"throughput_mb_per_s", mbs}};
    if (!o.out.empty()) j["predictions"] = o.out;
    out << j.dump() << "\n";
    return;
  }
  out << "documents " << s.documents << " (" << s.documents_without_prediction << " without prediction), tokens "
      << s.tokens << "\n";
  print_region(out,
               "ANNOTATED REGION (sentences 0.." + std::to_string(s.annotated_sentences - 1) +
                   ", extended per document to the last gold mention with factuality attributes; headline)",
               s.annotated);
  print_region(out, "WHOLE DOCUMENT (gold beyond the region holds only cross-doc mentions)", s.whole);
  char buf[128];
  std::snprintf(buf, sizeof buf, "\nthroughput %.2f MB/s on one core (text, times, entities, events; %llu bytes)\n", mbs,
                static_cast<unsigned long long>(r.text_bytes));
  out << buf;
  if (!o.out.empty()) out << "predictions written to " << o.out << "\n";
}

}  // namespace

void setup_eval_events(CLI::App* eval, Global& g) {
  auto opts = std::make_shared<EvalEventsOptions>();
  auto* cmd = eval->add_subcommand(
      "events", "Score the event extractor on MEANTIME CAT XML (mentions, factuality, cross-document merging)");
  cmd->add_option("DIR", opts->dirs, "MEANTIME corpus folders of CAT .xml files")->required();
  cmd->add_option("--out", opts->out, "Write one predicted CAT .xml per document here (same file names)");
  cmd->add_option("--format", opts->format, "Output format: table or json (one object)")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->add_option("--annotated-sentences", opts->annotated_sentences,
                  "Sentences 0..N-1 (at least) form the fully annotated region (default 6)");
  cmd->callback([opts, &g] { run_eval_events(*opts, g); });
}

}  // namespace claimline::cli
