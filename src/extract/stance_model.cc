#include "extract/stance_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "extract/stance_features.h"
#include "util/error.h"

// The embedded model, generated at build time from models/stance-v1.bin (models/embed.cmake).
// Declared at global scope to match the generated definition.
extern const unsigned char claimline_stance_model_data[];
extern const unsigned long claimline_stance_model_size;

namespace claimline::stance {

namespace {

constexpr std::string_view kMagic = "CLSTNC01";

class Reader {
 public:
  Reader(std::string_view bytes, std::string_view source) : bytes_(bytes), source_(source) {}

  template <typename T>
  T get() {
    T v;
    need(sizeof(T));
    std::memcpy(&v, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string_view take(size_t n) {
    need(n);
    const auto s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  bool done() const { return pos_ == bytes_.size(); }
  [[noreturn]] void fail(const std::string& what) const {
    throw Error::bad_input(std::string(source_) + ": not a stance model: " + what,
                           "retrain it with claimline_train_stance");
  }

 private:
  void need(size_t n) const {
    if (bytes_.size() - pos_ < n) fail("truncated");
  }
  std::string_view bytes_;
  std::string_view source_;
  size_t pos_ = 0;
};

template <typename T>
void put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(T));
}

void read_features(Reader& in, StanceModel* m) {
  const uint32_t n = in.get<uint32_t>();
  for (uint32_t i = 0; i < n; ++i) m->feature_names.emplace_back(in.take(in.get<uint16_t>()));
  const auto& expected = stance_feature_names();
  if (!std::equal(m->feature_names.begin(), m->feature_names.end(), expected.begin(), expected.end())) {
    in.fail("its features differ from this version's");
  }
}

void read_weights(Reader& in, StanceModel* m) {
  const uint32_t n = in.get<uint32_t>();
  std::vector<uint32_t> terms(n);
  std::vector<float> idf(n);
  for (auto& t : terms) t = in.get<uint32_t>();
  for (auto& w : idf) w = float(in.get<uint8_t>()) / 16.0f;
  if (!std::is_sorted(terms.begin(), terms.end())) in.fail("term table out of order");
  const float unknown = in.get<float>();
  m->weights = TermWeights(std::move(terms), std::move(idf), unknown);
}

void read_trees(Reader& in, StanceModel* m) {
  const uint32_t n = in.get<uint32_t>();
  if (n % kStanceCount != 0) in.fail("tree count not a multiple of the class count");
  m->trees.resize(n);
  for (auto& tree : m->trees) {
    tree.nodes.resize(in.get<uint32_t>());
    if (tree.nodes.empty()) in.fail("empty tree");
    for (size_t k = 0; k < tree.nodes.size(); ++k) {
      TreeNode& node = tree.nodes[k];
      node.feature = in.get<int16_t>();
      node.left = in.get<uint16_t>();
      node.value = in.get<float>();
      const bool bad_split = node.feature >= 0 &&
                             (size_t(node.feature) >= m->feature_names.size() || node.left <= k ||
                              size_t(node.left) + 1 >= tree.nodes.size());
      if (bad_split) in.fail("malformed tree");
    }
  }
}

void read_lexical(Reader& in, StanceModel* m) {
  LexicalModel& lex = m->lexical;
  const uint32_t n = in.get<uint32_t>();
  lex.keys.resize(n);
  for (auto& k : lex.keys) k = in.get<uint32_t>();
  if (!std::is_sorted(lex.keys.begin(), lex.keys.end())) in.fail("word model out of order");
  const float scale = in.get<float>();
  lex.weights.resize(n);
  for (auto& row : lex.weights) {
    for (auto& w : row) w = float(in.get<int8_t>()) * scale;
  }
  for (auto& b : lex.bias) b = in.get<float>();
}

void write_lexical(const LexicalModel& lex, std::string* out) {
  put<uint32_t>(out, uint32_t(lex.keys.size()));
  for (const uint32_t k : lex.keys) put<uint32_t>(out, k);
  float top = 0;
  for (const auto& row : lex.weights) {
    for (const float w : row) top = std::max(top, std::fabs(w));
  }
  const float scale = top > 0 ? top / 127.0f : 1.0f;
  put<float>(out, scale);
  for (const auto& row : lex.weights) {
    for (const float w : row) put<int8_t>(out, int8_t(std::clamp(std::lround(w / scale), -127L, 127L)));
  }
  for (const float b : lex.bias) put<float>(out, b);
}

}  // namespace

float Tree::predict(std::span<const float> x) const {
  const TreeNode* node = &nodes[0];
  while (node->feature >= 0) {
    node = &nodes[node->left + (x[node->feature] < node->value ? 0 : 1)];
  }
  return node->value;
}

StanceModel StanceModel::parse(std::string_view bytes, std::string_view source) {
  Reader in(bytes, source);
  if (in.take(kMagic.size()) != kMagic) in.fail("bad magic");
  StanceModel m;
  read_features(in, &m);
  read_weights(in, &m);
  for (auto& b : m.base) b = in.get<float>();
  for (auto& b : m.bias) b = in.get<float>();
  read_trees(in, &m);
  read_lexical(in, &m);
  if (!in.done()) in.fail("trailing bytes");
  return m;
}

StanceModel StanceModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::bad_input("cannot read stance model " + path);
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse(buf.str(), path);
}

std::string StanceModel::serialize() const {
  std::string out(kMagic);
  put<uint32_t>(&out, uint32_t(feature_names.size()));
  for (const auto& name : feature_names) {
    put<uint16_t>(&out, uint16_t(name.size()));
    out += name;
  }
  put<uint32_t>(&out, uint32_t(weights.terms().size()));
  for (const uint32_t t : weights.terms()) put<uint32_t>(&out, t);
  for (const float w : weights.idfs()) {
    put<uint8_t>(&out, uint8_t(std::clamp(std::lround(w * 16.0f), 0L, 255L)));
  }
  put<float>(&out, weights.unknown_idf());
  for (const float b : base) put<float>(&out, b);
  for (const float b : bias) put<float>(&out, b);
  put<uint32_t>(&out, uint32_t(trees.size()));
  for (const auto& tree : trees) {
    put<uint32_t>(&out, uint32_t(tree.nodes.size()));
    for (const auto& node : tree.nodes) {
      put<int16_t>(&out, node.feature);
      put<uint16_t>(&out, node.left);
      put<float>(&out, node.value);
    }
  }
  write_lexical(lexical, &out);
  return out;
}

StanceScores StanceModel::probabilities(std::span<const float> features) const {
  StanceScores score;
  for (int c = 0; c < kStanceCount; ++c) score[c] = base[c];
  for (size_t i = 0; i < trees.size(); ++i) score[i % kStanceCount] += trees[i].predict(features);
  const double top = *std::max_element(score.begin(), score.end());
  double sum = 0;
  for (auto& s : score) sum += (s = std::exp(s - top));
  for (auto& s : score) s /= sum;
  return score;
}

Stance StanceModel::decide(const StanceScores& p) const {
  int best = 0;
  double best_score = -1e300;
  for (int c = 0; c < kStanceCount; ++c) {
    const double s = std::log(std::max(p[c], 1e-12)) + bias[c];
    if (s > best_score) best_score = s, best = c;
  }
  return kAllStances[best];
}

const StanceModel& default_stance_model() {
  static const StanceModel model = [] {
    if (claimline_stance_model_size == 0) {
      throw Error::bad_input("this claimline was built without a stance model",
                             "train one with claimline_train_stance (models/README.md)");
    }
    return StanceModel::parse(
        std::string_view(reinterpret_cast<const char*>(claimline_stance_model_data),
                         claimline_stance_model_size),
        "built-in stance model");
  }();
  return model;
}

}  // namespace claimline::stance
