#include "eval/stance_eval.h"

#include <chrono>
#include <fstream>
#include <memory>
#include <optional>
#include <unordered_map>

#include "extract/document.h"
#include "extract/stance.h"
#include "util/error.h"

namespace claimline::eval {

namespace {

// A body analysed once for every headline paired with it.
struct AnalysedBody {
  std::unique_ptr<Document> doc;
  std::unique_ptr<stance::StanceText> text;
};

}  // namespace

std::vector<Stance> predict_stances(const FncCorpus& corpus, const stance::StanceModel& model,
                                    double* seconds) {
  const auto start = std::chrono::steady_clock::now();
  std::unordered_map<std::string, AnalysedBody> bodies;
  std::unordered_map<std::string, std::unique_ptr<stance::StanceClaim>> claims;
  std::vector<Stance> out;
  out.reserve(corpus.pairs.size());
  for (const auto& pair : corpus.pairs) {
    AnalysedBody& body = bodies[pair.body_id];
    if (!body.doc) {
      body.doc = std::make_unique<Document>(corpus.bodies.at(pair.body_id));
      body.text = std::make_unique<stance::StanceText>(prepare_article(*body.doc, model));
    }
    auto& claim = claims[pair.headline];
    if (!claim) claim = std::make_unique<stance::StanceClaim>(prepare_claim(pair.headline, model));
    out.push_back(classify_stance(*claim, *body.text, model).stance);
  }
  if (seconds) *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

StanceEvalResult run_stance_eval(const StanceEvalOptions& o) {
  std::optional<stance::StanceModel> loaded;
  if (!o.model_path.empty()) loaded = stance::StanceModel::load(o.model_path);
  const stance::StanceModel& model = loaded ? *loaded : stance::default_stance_model();
  const FncCorpus corpus = select_split(read_fnc(o.bodies_path, o.stances_path), o.split);

  StanceEvalResult r;
  r.split = o.split;
  r.pairs = corpus.pairs.size();
  r.bodies = corpus.bodies.size();
  std::unordered_map<std::string, int> headlines;
  for (const auto& p : corpus.pairs) ++headlines[p.headline];
  r.headlines = headlines.size();
  const std::vector<Stance> predicted = predict_stances(corpus, model, &r.seconds);
  r.pairs_per_second = r.seconds > 0 ? double(r.pairs) / r.seconds : 0.0;

  if (!o.out_path.empty()) {
    std::ofstream out(o.out_path, std::ios::binary);
    if (!out) throw Error::bad_input("cannot write predictions to " + o.out_path);
    write_fnc_predictions(out, corpus.pairs, predicted);
  }
  r.labelled = !corpus.pairs.empty() && corpus.pairs.front().gold.has_value();
  if (r.labelled) {
    std::vector<Stance> gold;
    for (const auto& p : corpus.pairs) gold.push_back(*p.gold);
    r.score = score_fnc(gold, predicted);
  }
  return r;
}

}  // namespace claimline::eval
