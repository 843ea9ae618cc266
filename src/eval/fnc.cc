#include "eval/fnc.h"

#include <cstdint>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>

#include "eval/csv.h"
#include "util/error.h"

namespace claimline::eval {

namespace {

constexpr std::string_view kBodiesHeader = "Body ID,articleBody";
constexpr std::string_view kStancesHeader = "Headline,Body ID[,Stance]";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::bad_input("cannot read " + path, "check the path of the FNC-1 file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string at(const CsvRow& row, size_t column, const CsvTable& table) {
  if (column >= row.fields.size()) {
    throw Error::bad_input(table.source() + ":" + std::to_string(row.line) + ": row has too few fields");
  }
  return row.fields[column];
}

std::optional<Stance> parse_fnc_label(std::string_view label) {
  for (Stance s : kAllStances) {
    if (label == fnc_label(s)) return s;
  }
  return std::nullopt;
}

void read_bodies(const CsvTable& table, FncCorpus* corpus) {
  const size_t id_col = table.require_column("Body ID", kBodiesHeader);
  const size_t body_col = table.require_column("articleBody", kBodiesHeader);
  for (const auto& row : table.rows()) {
    std::string id = normalize_body_id(at(row, id_col, table));
    if (!corpus->bodies.emplace(std::move(id), at(row, body_col, table)).second) {
      throw Error::bad_input(table.source() + ":" + std::to_string(row.line) + ": duplicate Body ID");
    }
  }
}

void read_stances(const CsvTable& table, FncCorpus* corpus) {
  const size_t head_col = table.require_column("Headline", kStancesHeader);
  const size_t id_col = table.require_column("Body ID", kStancesHeader);
  const std::optional<size_t> stance_col = table.column("Stance");
  for (const auto& row : table.rows()) {
    FncPair pair;
    pair.headline = at(row, head_col, table);
    pair.body_id = normalize_body_id(at(row, id_col, table));
    pair.line = row.line;
    const std::string where = table.source() + ":" + std::to_string(row.line);
    if (stance_col) {
      const std::string label(trim(at(row, *stance_col, table)));
      pair.gold = parse_fnc_label(label);
      if (!pair.gold) {
        throw Error::bad_input(where + ": unknown Stance '" + label + "'",
                               "expected agree, disagree, discuss or unrelated");
      }
    }
    if (!corpus->bodies.contains(pair.body_id)) {
      throw Error::bad_input(where + ": Body ID " + pair.body_id + " is not in the bodies file");
    }
    corpus->pairs.push_back(std::move(pair));
  }
}

uint64_t fnv1a64(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (const unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

uint64_t splitmix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

ClassScore class_score(const FncScore& s, int c) {
  ClassScore out;
  out.correct = s.confusion[c][c];
  for (int k = 0; k < kStanceCount; ++k) {
    out.gold += s.confusion[c][k];
    out.predicted += s.confusion[k][c];
  }
  out.precision = out.predicted ? double(out.correct) / double(out.predicted) : 0.0;
  out.recall = out.gold ? double(out.correct) / double(out.gold) : 0.0;
  const double sum = out.precision + out.recall;
  out.f1 = sum > 0 ? 2 * out.precision * out.recall / sum : 0.0;
  return out;
}

}  // namespace

std::string normalize_body_id(std::string_view id) {
  id = trim(id);
  if (id.empty()) return std::string(id);
  for (const char c : id) {
    if (c < '0' || c > '9') return std::string(id);
  }
  while (id.size() > 1 && id.front() == '0') id.remove_prefix(1);
  return std::string(id);
}

FncCorpus parse_fnc(std::string_view bodies_csv, std::string_view bodies_source,
                    std::string_view stances_csv, std::string_view stances_source) {
  FncCorpus corpus;
  read_bodies(CsvTable(bodies_csv, bodies_source), &corpus);
  read_stances(CsvTable(stances_csv, stances_source), &corpus);
  return corpus;
}

FncCorpus read_fnc(const std::string& bodies_path, const std::string& stances_path) {
  return parse_fnc(read_file(bodies_path), bodies_path, read_file(stances_path), stances_path);
}

bool is_heldout_body(std::string_view body_id) {
  return splitmix64(fnv1a64(normalize_body_id(body_id))) % 5 == 0;
}

std::optional<FncSplit> parse_fnc_split(std::string_view name) {
  if (name == "all") return FncSplit::kAll;
  if (name == "train") return FncSplit::kTrain;
  if (name == "heldout") return FncSplit::kHeldout;
  return std::nullopt;
}

FncCorpus select_split(const FncCorpus& corpus, FncSplit split) {
  if (split == FncSplit::kAll) return corpus;
  const bool want_heldout = split == FncSplit::kHeldout;
  FncCorpus out;
  for (const auto& [id, body] : corpus.bodies) {
    if (is_heldout_body(id) == want_heldout) out.bodies.emplace(id, body);
  }
  for (const auto& pair : corpus.pairs) {
    if (is_heldout_body(pair.body_id) == want_heldout) out.pairs.push_back(pair);
  }
  return out;
}

void write_fnc_predictions(std::ostream& out, const std::vector<FncPair>& pairs,
                           const std::vector<Stance>& predicted) {
  if (pairs.size() != predicted.size()) throw std::invalid_argument("write_fnc_predictions: size mismatch");
  out << "Headline,Body ID,Stance\n";
  for (size_t i = 0; i < pairs.size(); ++i) {
    out << csv_field(pairs[i].headline) << ',' << csv_field(pairs[i].body_id) << ','
        << fnc_label(predicted[i]) << '\n';
  }
}

FncScore score_fnc(const std::vector<Stance>& gold, const std::vector<Stance>& predicted) {
  if (gold.size() != predicted.size()) throw std::invalid_argument("score_fnc: size mismatch");
  FncScore s;
  s.pairs = gold.size();
  size_t correct = 0, related_right = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const Stance g = gold[i], p = predicted[i];
    ++s.confusion[stance_index(g)][stance_index(p)];
    s.max_score += is_related(g) ? 1.0 : 0.25;
    if (is_related(g) == is_related(p)) {
      s.score += 0.25;
      ++related_right;
    }
    if (is_related(g) && g == p) s.score += 0.75;
    if (g == p) ++correct;
  }
  for (int c = 0; c < kStanceCount; ++c) {
    s.per_class[c] = class_score(s, c);
    s.macro_f1 += s.per_class[c].f1 / kStanceCount;
  }
  if (s.pairs) {
    s.accuracy = double(correct) / double(s.pairs);
    s.related_accuracy = double(related_right) / double(s.pairs);
  }
  return s;
}

}  // namespace claimline::eval
