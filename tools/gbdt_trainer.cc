#include "tools/gbdt_trainer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace claimline::tools {

namespace {

constexpr int K = kStanceCount;

struct GradPair {
  double g = 0, h = 0;
};

// Features quantised to bins: bin(x) = number of cut points <= x, so "bin <= b" is "x < cuts[b]".
struct Binned {
  size_t rows = 0, features = 0;
  std::vector<std::vector<float>> cuts;  // per feature, ascending
  std::vector<uint8_t> bins;             // row-major rows x features
  uint8_t at(size_t r, size_t f) const { return bins[r * features + f]; }
};

std::vector<float> cut_points(std::vector<float> values, int max_bins) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  std::vector<float> cuts;
  if (values.size() <= 1) return cuts;
  if (values.size() <= static_cast<size_t>(max_bins)) {
    for (size_t i = 1; i < values.size(); ++i) cuts.push_back(0.5f * (values[i - 1] + values[i]));
    return cuts;
  }
  for (int i = 1; i < max_bins; ++i) {
    const size_t at = values.size() * static_cast<size_t>(i) / static_cast<size_t>(max_bins);
    const float c = 0.5f * (values[at - 1] + values[at]);
    if (cuts.empty() || c > cuts.back()) cuts.push_back(c);
  }
  return cuts;
}

Binned bin_features(const Dataset& data, int max_bins) {
  Binned b;
  b.rows = data.rows.size();
  b.features = data.rows.empty() ? 0 : data.rows[0].size();
  b.cuts.resize(b.features);
  for (size_t f = 0; f < b.features; ++f) {
    std::vector<float> column(b.rows);
    for (size_t r = 0; r < b.rows; ++r) column[r] = data.rows[r][f];
    b.cuts[f] = cut_points(std::move(column), max_bins);
  }
  b.bins.resize(b.rows * b.features);
  for (size_t r = 0; r < b.rows; ++r) {
    for (size_t f = 0; f < b.features; ++f) {
      const auto& c = b.cuts[f];
      b.bins[r * b.features + f] =
          static_cast<uint8_t>(std::upper_bound(c.begin(), c.end(), data.rows[r][f]) - c.begin());
    }
  }
  return b;
}

using Histogram = std::vector<GradPair>;  // features x 256 bins

class TreeBuilder {
 public:
  TreeBuilder(const Binned& data, const std::vector<GradPair>& grad, const GbdtParams& p,
              std::vector<size_t> features)
      : data_(data), grad_(grad), p_(p), features_(std::move(features)) {}

  stance::Tree build(std::vector<uint32_t> rows) {
    tree_.nodes.assign(1, stance::TreeNode{});
    Histogram hist = histogram(rows);
    grow(0, std::move(rows), hist, 0);
    return std::move(tree_);
  }

 private:
  struct Split {
    double gain = 0;
    int feature = -1;
    int bin = 0;
  };

  Histogram histogram(const std::vector<uint32_t>& rows) const {
    Histogram h(data_.features * 256);
    for (const uint32_t r : rows) {
      const GradPair& gp = grad_[r];
      const uint8_t* row = &data_.bins[size_t(r) * data_.features];
      for (const size_t f : features_) {
        GradPair& cell = h[f * 256 + row[f]];
        cell.g += gp.g;
        cell.h += gp.h;
      }
    }
    return h;
  }

  double score(double g, double h) const { return g * g / (h + p_.lambda); }

  Split best_split(const Histogram& hist, double G, double H) const {
    Split best;
    const double parent = score(G, H);
    for (const size_t f : features_) {
      double gl = 0, hl = 0;
      const size_t cuts = data_.cuts[f].size();
      for (size_t b = 0; b < cuts; ++b) {
        gl += hist[f * 256 + b].g;
        hl += hist[f * 256 + b].h;
        const double gr = G - gl, hr = H - hl;
        if (hl < p_.min_child_hessian || hr < p_.min_child_hessian) continue;
        const double gain = score(gl, hl) + score(gr, hr) - parent;
        if (gain > best.gain + 1e-12) best = {gain, int(f), int(b)};
      }
    }
    return best;
  }

  void make_leaf(size_t node, double G, double H) {
    tree_.nodes[node].feature = -1;
    tree_.nodes[node].value = static_cast<float>(-G / (H + p_.lambda) * p_.learning_rate);
  }

  void grow(size_t node, std::vector<uint32_t> rows, const Histogram& hist, int depth) {
    double G = 0, H = 0;
    for (const uint32_t r : rows) G += grad_[r].g, H += grad_[r].h;
    if (depth >= p_.max_depth || H < 2 * p_.min_child_hessian) return make_leaf(node, G, H);
    const Split s = best_split(hist, G, H);
    if (s.feature < 0 || s.gain <= p_.min_gain) return make_leaf(node, G, H);
    std::vector<uint32_t> left, right;
    for (const uint32_t r : rows) (data_.at(r, s.feature) <= s.bin ? left : right).push_back(r);
    rows.clear();
    rows.shrink_to_fit();
    const size_t l = tree_.nodes.size();
    tree_.nodes[node].feature = static_cast<int16_t>(s.feature);
    tree_.nodes[node].left = static_cast<uint16_t>(l);
    tree_.nodes[node].value = data_.cuts[s.feature][s.bin];
    tree_.nodes.resize(l + 2);
    // Build the smaller child's histogram; the larger one is the parent's minus it.
    const bool left_small = left.size() <= right.size();
    Histogram small = histogram(left_small ? left : right);
    Histogram large(hist.size());
    for (const size_t f : features_) {
      for (size_t b = 0; b < 256; ++b) {
        large[f * 256 + b] = {hist[f * 256 + b].g - small[f * 256 + b].g,
                              hist[f * 256 + b].h - small[f * 256 + b].h};
      }
    }
    grow(l, std::move(left), left_small ? small : large, depth + 1);
    grow(l + 1, std::move(right), left_small ? large : small, depth + 1);
  }

  const Binned& data_;
  const std::vector<GradPair>& grad_;
  const GbdtParams& p_;
  std::vector<size_t> features_;
  stance::Tree tree_;
};

std::array<float, K> prior_scores(const Dataset& data, const GbdtParams& p) {
  std::array<double, K> mass{};
  for (const int y : data.labels) mass[y] += p.class_weight[y];
  const double total = std::accumulate(mass.begin(), mass.end(), 0.0);
  std::array<float, K> base{};
  for (int c = 0; c < K; ++c) base[c] = static_cast<float>(std::log(std::max(mass[c], 1e-9) / total));
  return base;
}

void softmax_rows(const std::vector<double>& score, std::vector<double>* prob) {
  const size_t n = score.size() / K;
  prob->resize(score.size());
  for (size_t r = 0; r < n; ++r) {
    const double* s = &score[r * K];
    const double top = *std::max_element(s, s + K);
    double sum = 0;
    for (int c = 0; c < K; ++c) sum += ((*prob)[r * K + c] = std::exp(s[c] - top));
    for (int c = 0; c < K; ++c) (*prob)[r * K + c] /= sum;
  }
}

}  // namespace

GbdtModel train_gbdt(const Dataset& data, const GbdtParams& params) {
  if (data.rows.empty() || data.rows.size() != data.labels.size()) {
    throw std::invalid_argument("train_gbdt: empty or inconsistent data");
  }
  const Binned binned = bin_features(data, std::min(params.max_bins, 255));
  const size_t n = binned.rows;
  GbdtModel model;
  model.base = prior_scores(data, params);
  std::vector<double> score(n * K), prob;
  for (size_t r = 0; r < n; ++r) {
    for (int c = 0; c < K; ++c) score[r * K + c] = model.base[c];
  }
  std::mt19937_64 rng(params.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<GradPair> grad(n);
  for (int round = 0; round < params.rounds; ++round) {
    softmax_rows(score, &prob);
    std::vector<uint32_t> rows;
    for (uint32_t r = 0; r < n; ++r) {
      if (unit(rng) < params.subsample) rows.push_back(r);
    }
    for (int c = 0; c < K; ++c) {
      for (size_t r = 0; r < n; ++r) {
        const double p = prob[r * K + c], w = params.class_weight[data.labels[r]];
        grad[r] = {w * (p - (data.labels[r] == c ? 1.0 : 0.0)), w * std::max(p * (1 - p), 1e-6)};
      }
      std::vector<size_t> features;
      for (size_t f = 0; f < binned.features; ++f) {
        if (unit(rng) < params.colsample) features.push_back(f);
      }
      if (features.empty()) features.push_back(size_t(round) % binned.features);
      stance::Tree tree = TreeBuilder(binned, grad, params, features).build(rows);
      for (size_t r = 0; r < n; ++r) score[r * K + c] += tree.predict(data.rows[r]);
      model.trees.push_back(std::move(tree));
    }
  }
  return model;
}

}  // namespace claimline::tools
