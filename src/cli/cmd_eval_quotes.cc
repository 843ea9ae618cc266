// `claimline eval quotes DIR [--out PRED] [--format table|json] [--annotator first|all]`:
// runs the statement extractors over a brat attribution corpus (PolNeAR layout) and scores
// them as score_polnear.py does.
#include <ostream>

#include "cli/commands.h"
#include "eval/quotes_eval.h"

namespace claimline::cli {
namespace {

struct EvalQuotesOptions {
  std::string dir;
  std::string out;
  std::string format = "table";
  std::string annotator = "first";
};

void run_eval_quotes(const EvalQuotesOptions& o, Global& g) {
  eval::QuotesEvalOptions opts;
  opts.all_annotators = o.annotator == "all";
  if (!o.out.empty()) opts.out_dir = o.out;
  const eval::QuotesEvalResult r = eval::eval_quotes(o.dir, opts);
  std::ostream& out = g.io->out;
  if (o.format == "json") {
    nlohmann::json j = r.to_json();
    if (!o.out.empty()) j["predictions"] = o.out;
    out << j.dump(2) << "\n";
    return;
  }
  out << r.to_table();
  if (!o.out.empty()) out << "\npredictions written to " << o.out << " (one .ann per article)\n";
}

}  // namespace

void setup_eval_quotes(CLI::App* eval, Global& g) {
  auto opts = std::make_shared<EvalQuotesOptions>();
  auto* cmd = eval->add_subcommand(
      "quotes", "Score quote, reported-speech and speaker extraction on brat attributions (PolNeAR)");
  cmd->add_option("DIR", opts->dir, "Corpus folder holding text/*.txt and attributions/*.ann")->required();
  cmd->add_option("--out", opts->out, "Write one predicted .ann per article here (<article>.ann)");
  cmd->add_option("--format", opts->format, "Output format: table or json (one object)")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->add_option("--annotator", opts->annotator,
                  "Articles with several annotators: score against the first file (default) or all")
      ->check(CLI::IsMember({"first", "all"}));
  cmd->callback([opts, &g] { run_eval_quotes(*opts, g); });
}

}  // namespace claimline::cli
