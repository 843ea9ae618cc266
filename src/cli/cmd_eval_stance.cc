// `claimline eval stance --bodies B.csv --stances S.csv [--split all|train|heldout]
// [--out PRED.csv] [--format table|json] [--model FILE]`: runs the stance classifier over an
// FNC-1 corpus and prints the FNC-1 score (% of max), the confusion matrix, per-class
// precision/recall/F1, macro-F1, the disagree F1 on its own and the pairs per second.
// JSON field names follow ../shared/eval/score_fnc.py --json.
#include <cstdio>
#include <ostream>

#include "cli/commands.h"
#include "eval/stance_eval.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct EvalStanceOptions {
  eval::StanceEvalOptions run;
  std::string split = "all";
  std::string format = "table";
};

std::string fixed(const char* fmt, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

std::string_view label(int c) { return fnc_label(kAllStances[c]); }

nlohmann::json score_json(const eval::FncScore& s) {
  nlohmann::json per_class = nlohmann::json::object(), confusion = nlohmann::json::object();
  nlohmann::json labels = nlohmann::json::array();
  for (int c = 0; c < kStanceCount; ++c) {
    const auto& p = s.per_class[c];
    per_class[std::string(label(c))] = {{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1},
                                        {"gold", p.gold}, {"predicted", p.predicted}, {"correct", p.correct}};
    nlohmann::json row = nlohmann::json::object();
    for (int k = 0; k < kStanceCount; ++k) row[std::string(label(k))] = s.confusion[c][k];
    confusion[std::string(label(c))] = row;
    labels.push_back(label(c));
  }
  return {{"score", s.score},
          {"max_score", s.max_score},
          {"percent_of_max", s.percent_of_max()},
          {"accuracy", s.accuracy},
          {"related_unrelated_accuracy", s.related_accuracy},
          {"macro_f1", s.macro_f1},
          {"disagree_f1", s.per_class[stance_index(Stance::kDenies)].f1},
          {"per_class", per_class},
          {"confusion", confusion},
          {"labels", labels}};
}

nlohmann::json result_json(const eval::StanceEvalResult& r, const std::string& split) {
  nlohmann::json j = r.labelled ? score_json(r.score) : nlohmann::json::object();
  j["pairs"] = r.pairs;
  j["bodies"] = r.bodies;
  j["headlines"] = r.headlines;
  j["split"] = split;
  j["labelled"] = r.labelled;
  j["seconds"] = r.seconds;
  j["pairs_per_second"] = r.pairs_per_second;
  return j;
}

std::string right(std::string_view text, size_t width) {
  return std::string(width > text.size() ? width - text.size() : 0, ' ') + std::string(text);
}

void print_confusion(const eval::FncScore& s, std::ostream& out) {
  out << "confusion (rows = gold, columns = predicted)\n" << right("", 10);
  for (int c = 0; c < kStanceCount; ++c) out << right(label(c), 11);
  out << right("total", 11) << "\n";
  for (int g = 0; g < kStanceCount; ++g) {
    size_t total = 0;
    out << right(label(g), 10);
    for (int p = 0; p < kStanceCount; ++p) {
      out << right(std::to_string(s.confusion[g][p]), 11);
      total += s.confusion[g][p];
    }
    out << right(std::to_string(total), 11) << "\n";
  }
}

void print_table(const eval::StanceEvalResult& r, const std::string& split, std::ostream& out) {
  out << "FNC-1 stance, split " << split << ": " << r.pairs << " pairs, " << r.bodies << " bodies, "
      << r.headlines << " headlines\n";
  if (r.labelled) {
    const auto& s = r.score;
    out << "FNC-1 score: " << fixed("%.2f", s.score) << " / " << fixed("%.2f", s.max_score) << " = "
        << fixed("%.2f", s.percent_of_max()) << "% of max\n";
    out << "macro-F1 (4 classes): " << fixed("%.4f", s.macro_f1) << "   disagree F1: "
        << fixed("%.4f", s.per_class[stance_index(Stance::kDenies)].f1) << "   accuracy: "
        << fixed("%.4f", s.accuracy) << "   related/unrelated accuracy: " << fixed("%.4f", s.related_accuracy)
        << "\n\n";
    print_confusion(s, out);
    out << "\n     class        P        R       F1    gold    pred\n";
    for (int c = 0; c < kStanceCount; ++c) {
      const auto& p = s.per_class[c];
      out << right(label(c), 10) << fixed("%9.4f", p.precision) << fixed("%9.4f", p.recall)
          << fixed("%9.4f", p.f1) << right(std::to_string(p.gold), 8)
          << right(std::to_string(p.predicted), 8) << "\n";
    }
    out << "\n";
  } else {
    out << "(no Stance column: predictions only, nothing scored)\n";
  }
  out << "speed: " << r.pairs << " pairs in " << fixed("%.2f", r.seconds) << " s = "
      << fixed("%.0f", r.pairs_per_second) << " pairs/s on one core\n";
}

void run_eval_stance(EvalStanceOptions& o, Global& g) {
  const auto split = eval::parse_fnc_split(o.split);
  if (!split) throw Error::usage("unknown --split " + o.split, "use all, train or heldout");
  o.run.split = *split;
  const eval::StanceEvalResult r = eval::run_stance_eval(o.run);
  if (o.format == "json") {
    g.io->out << result_json(r, o.split).dump(2) << "\n";
  } else {
    print_table(r, o.split, g.io->out);
  }
}

}  // namespace

void setup_eval_stance(CLI::App* eval, Global& g) {
  auto o = std::make_shared<EvalStanceOptions>();
  auto* cmd = eval->add_subcommand(
      "stance", "Score the stance classifier on FNC-1 data (FNC-1 score, confusion, per-class and macro F1)");
  cmd->add_option("--bodies", o->run.bodies_path, "FNC-1 bodies CSV (Body ID, articleBody)")->required();
  cmd->add_option("--stances", o->run.stances_path, "FNC-1 stances CSV (Headline, Body ID[, Stance])")
      ->required();
  cmd->add_option("--split", o->split,
                  "Pairs to score: all, or the train/heldout side of the split by Body ID that the "
                  "built-in model was trained on (models/README.md); default all")
      ->check(CLI::IsMember({"all", "train", "heldout"}));
  cmd->add_option("--out", o->run.out_path, "Write predictions as CSV Headline,Body ID,Stance");
  cmd->add_option("--format", o->format, "Output: table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->add_option("--model", o->run.model_path, "Use this model file instead of the built-in one");
  cmd->callback([o, &g] { run_eval_stance(*o, g); });
}

}  // namespace claimline::cli
