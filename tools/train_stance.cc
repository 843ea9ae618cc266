// claimline_train_stance: learns the stance model (extract/stance_model.h) from FNC-1
// training data. Only the "train" side of the split in eval/fnc.h is read; the held-out
// bodies stay unseen, so `claimline eval stance --split heldout` scores text the model never
// learned from. models/README.md gives the exact command used for the committed model.
//
//   claimline_train_stance --bodies train_bodies.csv --stances train_stances.csv
//       --out models/stance-v1.bin [--cv 5] [--group body|claim] [--rounds N] ...
//
// With --cv K it first trains K models on K-fold splits of the training side (grouped by body,
// or by claim: the connected groups of headlines and bodies that FNC-1 marks as related), prints
// their out-of-fold scores and tunes the decision biases on those predictions.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "eval/fnc.h"
#include "extract/document.h"
#include "extract/stance_claim.h"
#include "extract/stance_features.h"
#include "extract/stance_model.h"
#include "extract/stance_text.h"
#include "tools/gbdt_trainer.h"
#include "tools/logistic_trainer.h"
#include "util/error.h"

namespace claimline::tools {
namespace {

struct Options {
  std::string bodies, stances, out;
  int cv = 0;
  std::string group = "body";
  GbdtParams gbdt;
  std::vector<double> weights;
  bool tune_bias = true;
  bool importance = false;
  int min_df = 2;
  bool lexical = true;
  int min_topics = 10;
  LogisticParams logistic;
};

// The model file stores IDF in steps of 1/16; training sees the values inference will see.
float quantise(double idf) { return float(std::lround(idf * 16.0)) / 16.0f; }

// Inverse document frequency over the training bodies: log((N + 1) / (df + 1)) + 1, kept for
// terms in at least `min_df` bodies; rarer terms get the weight of df = 1.
stance::TermWeights learn_weights(const std::vector<const Document*>& docs, int min_df) {
  std::unordered_map<uint32_t, uint32_t> df;
  const stance::TermWeights none;
  for (const Document* d : docs) {
    const stance::StanceText text(*d, none);
    for (const auto& [term, count] : text.term_counts()) ++df[term];
  }
  const double n = double(docs.size());
  std::vector<std::pair<uint32_t, float>> table;
  for (const auto& [term, count] : df) {
    if (count >= uint32_t(min_df)) table.emplace_back(term, quantise(std::log((n + 1) / (count + 1)) + 1));
  }
  std::sort(table.begin(), table.end());
  std::vector<uint32_t> terms;
  std::vector<float> idf;
  for (const auto& [t, w] : table) terms.push_back(t), idf.push_back(w);
  return stance::TermWeights(std::move(terms), std::move(idf), quantise(std::log((n + 1) / 2) + 1));
}

struct Features {
  Dataset data;
  std::vector<std::string> groups;                      // CV group key of each pair
  std::vector<std::vector<stance::LexicalInput>> lexical;  // word-model inputs, general words only
  std::unordered_set<uint32_t> allowed;                 // word-model keys it may learn
};

// Union-find over headlines and bodies joined by a related pair: one component per claim.
std::vector<std::string> claim_groups(const eval::FncCorpus& c) {
  std::unordered_map<std::string, std::string> parent;
  const auto find = [&parent](std::string x) {
    while (true) {
      auto [it, fresh] = parent.emplace(x, x);
      if (fresh || it->second == x) return x;
      x = it->second;
    }
  };
  for (const auto& p : c.pairs) {
    if (p.gold && is_related(*p.gold)) {
      const std::string a = find("h:" + p.headline), b = find("b:" + p.body_id);
      if (a != b) parent[a] = b;
    }
  }
  std::vector<std::string> out;
  for (const auto& p : c.pairs) out.push_back(find("b:" + p.body_id));
  return out;
}

// Terms seen in the texts (bodies and headlines) of at least `min_topics` different claims:
// the words in which stance is expressed, not the words naming a story.
std::unordered_set<uint32_t> general_terms(const eval::FncCorpus& c, const std::vector<std::string>& topics,
                                           const std::unordered_map<std::string, const stance::StanceText*>& bodies,
                                           const std::unordered_map<std::string, const stance::StanceText*>& heads,
                                           int min_topics) {
  std::unordered_map<uint32_t, std::unordered_set<std::string>> seen;
  for (size_t i = 0; i < c.pairs.size(); ++i) {
    for (const auto* text : {bodies.at(c.pairs[i].body_id), heads.at(c.pairs[i].headline)}) {
      for (const auto& w : text->words()) {
        auto& set = seen[w.term];
        if (set.size() < size_t(min_topics)) set.insert(topics[i]);
      }
    }
  }
  std::unordered_set<uint32_t> out;
  for (const auto& [term, set] : seen) {
    if (set.size() >= size_t(min_topics)) out.insert(term);
  }
  return out;
}

std::unordered_set<uint32_t> allowed_keys(const std::unordered_set<uint32_t>& terms) {
  std::unordered_set<uint32_t> keys;
  using F = stance::LexicalField;
  for (const uint32_t t : terms) {
    for (const F f : {F::kClaim, F::kRelevant, F::kBody}) keys.insert(stance::lexical_key(f, t));
  }
  for (uint32_t cross = 0; cross < 32 * 32; ++cross) keys.insert(stance::lexical_key(F::kCueCross, cross));
  return keys;
}

Features compute_features(const eval::FncCorpus& c, const stance::TermWeights& weights,
                          const std::string& group, int min_topics) {
  std::unordered_map<std::string, std::unique_ptr<Document>> docs;
  std::unordered_map<std::string, std::unique_ptr<stance::StanceText>> texts;
  std::unordered_map<std::string, const stance::StanceText*> body_texts, head_texts;
  for (const auto& [id, body] : c.bodies) {
    auto doc = std::make_unique<Document>(body);
    texts[id] = std::make_unique<stance::StanceText>(*doc, weights);
    body_texts[id] = texts[id].get();
    docs[id] = std::move(doc);
  }
  std::unordered_map<std::string, std::unique_ptr<stance::StanceClaim>> claims;
  for (const auto& p : c.pairs) {
    auto& claim = claims[p.headline];
    if (!claim) claim = std::make_unique<stance::StanceClaim>(p.headline, weights);
    head_texts[p.headline] = &claim->text();
  }
  Features f;
  const std::vector<std::string> topics = claim_groups(c);
  f.allowed = allowed_keys(general_terms(c, topics, body_texts, head_texts, min_topics));
  stance::PairAnalysis pair;
  for (const auto& p : c.pairs) {
    stance::analyse_pair(*claims.at(p.headline), *texts.at(p.body_id), nullptr, &pair);
    f.data.rows.push_back(pair.features);
    f.data.labels.push_back(stance_index(*p.gold));
    std::vector<stance::LexicalInput> kept;
    for (const auto& in : pair.lexical) {
      if (f.allowed.contains(in.first)) kept.push_back(in);
    }
    f.lexical.push_back(std::move(kept));
  }
  if (group == "claim") {
    f.groups = topics;
  } else {
    for (const auto& p : c.pairs) f.groups.push_back(p.body_id);
  }
  return f;
}

int fold_of(const std::string& group, int k) {
  return int(std::hash<std::string>{}(group) % size_t(k));
}

std::vector<stance::StanceScores> predict_all(const GbdtModel& g, const Dataset& d,
                                              const std::vector<size_t>& rows) {
  stance::StanceModel m;
  m.base = g.base;
  m.trees = g.trees;
  std::vector<stance::StanceScores> out;
  for (const size_t r : rows) out.push_back(m.probabilities(d.rows[r]));
  return out;
}

std::vector<Stance> decide_all(const std::vector<stance::StanceScores>& probs,
                               const std::array<float, kStanceCount>& bias) {
  stance::StanceModel m;
  m.bias = bias;
  std::vector<Stance> out;
  for (const auto& p : probs) out.push_back(m.decide(p));
  return out;
}

double objective(const eval::FncScore& s) { return s.percent_of_max() / 100.0 + s.macro_f1; }

// Coordinate search of the decision biases of agree, disagree and discuss (unrelated stays 0).
std::array<float, kStanceCount> tune_bias(const std::vector<stance::StanceScores>& probs,
                                          const std::vector<Stance>& gold) {
  std::array<float, kStanceCount> bias{};
  double best = objective(eval::score_fnc(gold, decide_all(probs, bias)));
  for (int pass = 0; pass < 3; ++pass) {
    for (int c = 0; c < 3; ++c) {
      for (int step = -20; step <= 40; ++step) {
        auto trial = bias;
        trial[c] = float(step) * 0.1f;
        const double o = objective(eval::score_fnc(gold, decide_all(probs, trial)));
        if (o > best + 1e-9) best = o, bias = trial;
      }
    }
  }
  return bias;
}

void print_score(const std::string& title, const eval::FncScore& s) {
  std::printf("%s: FNC %.2f%%  macro-F1 %.4f  F1 agree %.3f disagree %.3f discuss %.3f unrelated %.3f\n",
              title.c_str(), s.percent_of_max(), s.macro_f1, s.per_class[0].f1, s.per_class[1].f1,
              s.per_class[2].f1, s.per_class[3].f1);
  std::printf("  confusion (rows gold agree/disagree/discuss/unrelated):\n");
  for (const auto& row : s.confusion) {
    std::printf("   %7zu %7zu %7zu %7zu\n", row[0], row[1], row[2], row[3]);
  }
}

SparseDataset related_rows(const Features& f, const std::vector<size_t>& rows) {
  SparseDataset d;
  for (const size_t r : rows) {
    if (f.data.labels[r] == stance_index(Stance::kUnrelated)) continue;
    d.rows.push_back(&f.lexical[r]);
    d.labels.push_back(f.data.labels[r]);
  }
  return d;
}

void set_lexical_features(const stance::LexicalModel& m, const Features& f, size_t r, Dataset* data) {
  const stance::LexicalScores p = m.probabilities(f.lexical[r]);
  for (int k = 0; k < stance::kLexicalClasses; ++k) {
    data->rows[r][stance::lexical_feature_offset() + k] = float(p[k]);
  }
}

// Fills the "lex_*" features of every pair with out-of-fold predictions of the word model (so
// the trees learn how much to trust it on text it has not seen) and returns the word model
// trained on every pair.
stance::LexicalModel stack_lexical(Features* f, const Options& o) {
  const int folds = o.cv > 1 ? o.cv : 5;
  const size_t n = f->data.rows.size();
  for (int k = 0; k < folds; ++k) {
    std::vector<size_t> train, test;
    for (size_t r = 0; r < n; ++r) (fold_of(f->groups[r], folds) == k ? test : train).push_back(r);
    const stance::LexicalModel m = train_logistic(related_rows(*f, train), f->allowed, o.logistic);
    for (const size_t r : test) set_lexical_features(m, *f, r, &f->data);
  }
  std::vector<size_t> all(n);
  std::iota(all.begin(), all.end(), 0);
  stance::LexicalModel m = train_logistic(related_rows(*f, all), f->allowed, o.logistic);
  std::fprintf(stderr, "word model: %zu keys\n", m.keys.size());
  return m;
}

std::array<float, kStanceCount> cross_validate(const Features& f, const Options& o) {
  const size_t n = f.data.rows.size();
  std::vector<stance::StanceScores> oof(n);
  for (int k = 0; k < o.cv; ++k) {
    Dataset train;
    std::vector<size_t> test;
    for (size_t r = 0; r < n; ++r) {
      if (fold_of(f.groups[r], o.cv) == k) {
        test.push_back(r);
      } else {
        train.rows.push_back(f.data.rows[r]);
        train.labels.push_back(f.data.labels[r]);
      }
    }
    const auto t0 = std::chrono::steady_clock::now();
    const GbdtModel g = train_gbdt(train, o.gbdt);
    const auto probs = predict_all(g, f.data, test);
    for (size_t i = 0; i < test.size(); ++i) oof[test[i]] = probs[i];
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::fprintf(stderr, "fold %d/%d: %zu train, %zu test, %.1fs\n", k + 1, o.cv, train.rows.size(),
                 test.size(), secs);
  }
  std::vector<Stance> gold;
  for (const int y : f.data.labels) gold.push_back(kAllStances[y]);
  print_score("cv (" + o.group + ", no bias)", eval::score_fnc(gold, decide_all(oof, {})));
  const auto bias = o.tune_bias ? tune_bias(oof, gold) : std::array<float, kStanceCount>{};
  std::printf("tuned bias: agree %.1f disagree %.1f discuss %.1f\n", bias[0], bias[1], bias[2]);
  print_score("cv (" + o.group + ", tuned bias)", eval::score_fnc(gold, decide_all(oof, bias)));
  return bias;
}

void print_importance(const GbdtModel& g) {
  const auto& names = stance::stance_feature_names();
  std::vector<size_t> uses(names.size());
  for (const auto& t : g.trees) {
    for (const auto& node : t.nodes) {
      if (node.feature >= 0) ++uses[node.feature];
    }
  }
  std::vector<size_t> order(names.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return uses[a] > uses[b]; });
  for (const size_t i : order) std::printf("  %-20s %zu\n", std::string(names[i]).c_str(), uses[i]);
}

int run(const Options& o) {
  const eval::FncCorpus all = eval::read_fnc(o.bodies, o.stances);
  const eval::FncCorpus train = eval::select_split(all, eval::FncSplit::kTrain);
  std::fprintf(stderr, "training side: %zu bodies, %zu pairs (held out: %zu bodies, never read)\n",
               train.bodies.size(), train.pairs.size(), all.bodies.size() - train.bodies.size());
  std::vector<std::string> ids;
  for (const auto& [id, body] : train.bodies) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  std::vector<std::unique_ptr<Document>> docs;
  std::vector<const Document*> ptrs;
  for (const auto& id : ids) {
    docs.push_back(std::make_unique<Document>(train.bodies.at(id)));
    ptrs.push_back(docs.back().get());
  }
  stance::StanceModel model;
  model.weights = learn_weights(ptrs, o.min_df);
  const auto t0 = std::chrono::steady_clock::now();
  Features f = compute_features(train, model.weights, o.group, o.min_topics);
  std::fprintf(stderr, "features: %zu pairs x %zu in %.1fs\n", f.data.rows.size(),
               stance::stance_feature_names().size(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  if (o.lexical) model.lexical = stack_lexical(&f, o);
  if (o.cv > 1) model.bias = cross_validate(f, o);
  if (o.out.empty()) return 0;
  const GbdtModel g = train_gbdt(f.data, o.gbdt);
  if (o.importance) print_importance(g);
  model.base = g.base;
  model.trees = g.trees;
  for (const auto name : stance::stance_feature_names()) model.feature_names.emplace_back(name);
  const std::string bytes = model.serialize();
  std::ofstream out(o.out, std::ios::binary);
  out.write(bytes.data(), std::streamsize(bytes.size()));
  if (!out) throw Error::bad_input("cannot write " + o.out);
  std::fprintf(stderr, "wrote %s (%zu bytes, %zu trees)\n", o.out.c_str(), bytes.size(), g.trees.size());
  return 0;
}

}  // namespace
}  // namespace claimline::tools

int main(int argc, char** argv) {
  using claimline::tools::Options;
  Options o;
  CLI::App app{"Train the claimline stance model on the train side of FNC-1 training data"};
  app.add_option("--bodies", o.bodies, "FNC-1 bodies CSV (train_bodies.csv)")->required();
  app.add_option("--stances", o.stances, "FNC-1 stances CSV (train_stances.csv)")->required();
  app.add_option("--out", o.out, "Model file to write (omit to only cross-validate)");
  app.add_option("--cv", o.cv, "Folds of cross-validation on the train side (0: none)");
  app.add_option("--group", o.group, "Cross-validation groups: body or claim")
      ->check(CLI::IsMember({"body", "claim"}));
  app.add_option("--rounds", o.gbdt.rounds, "Boosting rounds");
  app.add_option("--depth", o.gbdt.max_depth, "Maximum tree depth");
  app.add_option("--lr", o.gbdt.learning_rate, "Learning rate");
  app.add_option("--lambda", o.gbdt.lambda, "L2 penalty on leaf values");
  app.add_option("--min-child", o.gbdt.min_child_hessian, "Minimum hessian in a leaf");
  app.add_option("--subsample", o.gbdt.subsample, "Share of rows per round");
  app.add_option("--colsample", o.gbdt.colsample, "Share of features per tree");
  app.add_option("--bins", o.gbdt.max_bins, "Histogram bins per feature (at most 255)");
  app.add_option("--seed", o.gbdt.seed, "Random seed");
  app.add_option("--weights", o.weights, "Class weights: agree disagree discuss unrelated")->expected(4);
  app.add_option("--min-df", o.min_df, "Minimum document frequency of a term in the IDF table");
  app.add_flag("!--no-bias-tuning", o.tune_bias, "Keep the decision biases at 0");
  app.add_flag("!--no-lexical", o.lexical, "Leave out the word model (its features stay uniform)");
  app.add_option("--min-topics", o.min_topics, "Word model: a word must occur in this many claims' texts");
  app.add_option("--lex-epochs", o.logistic.epochs, "Word model: training epochs");
  app.add_option("--lex-rate", o.logistic.learning_rate, "Word model: AdaGrad learning rate");
  app.add_option("--lex-l2", o.logistic.l2, "Word model: L2 penalty");
  app.add_flag("--importance", o.importance, "Print how often each feature is split on");
  CLI11_PARSE(app, argc, argv);
  for (size_t i = 0; i < o.weights.size() && i < 4; ++i) o.gbdt.class_weight[i] = o.weights[i];
  try {
    return claimline::tools::run(o);
  } catch (const claimline::Error& e) {
    std::fprintf(stderr, "claimline_train_stance: %s\n", e.what());
    return static_cast<int>(e.exit_code());
  }
}
