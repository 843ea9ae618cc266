#include "tools/logistic_trainer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <random>
#include <unordered_map>

namespace claimline::tools {

namespace {

constexpr int K = stance::kLexicalClasses;

struct Param {
  std::array<float, K> w{};
  std::array<float, K> g2{};  // AdaGrad accumulators
};

}  // namespace

stance::LexicalModel train_logistic(const SparseDataset& data, const std::unordered_set<uint32_t>& allowed,
                                    const LogisticParams& p) {
  std::array<double, K> count{};
  for (const int y : data.labels) count[y] += 1;
  std::array<double, K> class_weight{1, 1, 1};
  if (p.balanced) {
    for (int c = 0; c < K; ++c) class_weight[c] = count[c] > 0 ? double(data.labels.size()) / (K * count[c]) : 0;
  }
  std::unordered_map<uint32_t, Param> params;
  std::array<double, K> bias{}, bias_g2{};
  std::vector<size_t> order(data.rows.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(p.seed);
  std::vector<Param*> active;
  for (int epoch = 0; epoch < p.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (const size_t r : order) {
      const auto& inputs = *data.rows[r];
      active.clear();
      std::array<double, K> z = bias;
      for (const auto& [key, value] : inputs) {
        if (!allowed.contains(key)) {
          active.push_back(nullptr);
          continue;
        }
        Param& q = params[key];
        active.push_back(&q);
        for (int c = 0; c < K; ++c) z[c] += q.w[c] * value;
      }
      const double top = *std::max_element(z.begin(), z.end());
      double sum = 0;
      for (auto& v : z) sum += (v = std::exp(v - top));
      const double cw = class_weight[data.labels[r]];
      std::array<double, K> err;
      for (int c = 0; c < K; ++c) err[c] = cw * (z[c] / sum - (data.labels[r] == c ? 1.0 : 0.0));
      for (int c = 0; c < K; ++c) {
        bias_g2[c] += err[c] * err[c];
        bias[c] -= p.learning_rate * err[c] / std::sqrt(bias_g2[c] + 1e-8);
      }
      for (size_t i = 0; i < inputs.size(); ++i) {
        Param* q = active[i];
        if (!q) continue;
        for (int c = 0; c < K; ++c) {
          const double g = err[c] * inputs[i].second + p.l2 * q->w[c];
          q->g2[c] += float(g * g);
          q->w[c] -= float(p.learning_rate * g / std::sqrt(q->g2[c] + 1e-8));
        }
      }
    }
  }
  stance::LexicalModel m;
  for (int c = 0; c < K; ++c) m.bias[c] = float(bias[c]);
  std::vector<uint32_t> keys;
  for (const auto& [key, q] : params) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  for (const uint32_t k : keys) {
    m.keys.push_back(k);
    m.weights.push_back(params[k].w);
  }
  return m;
}

}  // namespace claimline::tools
