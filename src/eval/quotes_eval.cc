#include "eval/quotes_eval.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "extract/document.h"
#include "extract/statements.h"
#include "util/error.h"

namespace claimline::eval {
namespace {

namespace fs = std::filesystem;

// A set of code points as sorted, disjoint, non-adjacent intervals.
using Points = std::vector<Fragment>;

Points normalize(std::vector<Fragment> frags) {
  std::sort(frags.begin(), frags.end());
  Points out;
  for (const auto& f : frags) {
    if (f.first >= f.second) continue;
    if (!out.empty() && f.first <= out.back().second) out.back().second = std::max(out.back().second, f.second);
    else out.push_back(f);
  }
  return out;
}

size_t size_of(const Points& p) {
  size_t n = 0;
  for (const auto& f : p) n += f.second - f.first;
  return n;
}

size_t shared(const Points& a, const Points& b) {
  size_t n = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const size_t lo = std::max(a[i].first, b[j].first), hi = std::min(a[i].second, b[j].second);
    if (lo < hi) n += hi - lo;
    if (a[i].second < b[j].second) ++i;
    else ++j;
  }
  return n;
}

struct Attribution {
  Points content, cue, source;
};

// Python's str.isspace() for one code point.
bool is_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
bool is_open_mark(char32_t c) { return c == U'\u201C' || c == U'"'; }
bool is_close_mark(char32_t c) { return c == U'\u201D' || c == U'"'; }
bool is_trail(char32_t c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'; }

bool enclosed(const std::u32string& t, size_t a, size_t b) {
  while (a < b && is_space(t[a])) ++a;
  while (b > a && is_space(t[b - 1])) --b;
  if (a >= b) return false;
  bool opened = is_open_mark(t[a]);
  if (!opened) {
    long i = static_cast<long>(a) - 1;
    while (i >= 0 && static_cast<long>(a) - i <= 2 && is_space(t[static_cast<size_t>(i)])) --i;
    opened = i >= 0 && static_cast<long>(a) - i <= 2 && is_open_mark(t[static_cast<size_t>(i)]);
  }
  size_t j = b - 1;
  while (j > a && is_trail(t[j])) --j;
  bool closed = is_close_mark(t[j]) && j > a;
  if (!closed) {
    size_t k = b;
    while (k < t.size() && k - b < 2 && (is_space(t[k]) || is_trail(t[k]))) ++k;
    closed = k < t.size() && k - b <= 2 && is_close_mark(t[k]);
  }
  return opened && closed;
}

bool all_space(const std::u32string& t, size_t a, size_t b) {
  if (a >= b) return false;
  for (size_t k = a; k < b; ++k) {
    if (!is_space(t[k])) return false;
  }
  return true;
}

bool direct(const CodePointIndex& text, const Points& content) {
  const std::u32string& t = text.code_points();
  std::vector<Fragment> frags;
  for (const auto& f : content) {
    if (!frags.empty() && all_space(t, frags.back().second, f.first)) frags.back().second = f.second;
    else frags.push_back(f);
  }
  if (frags.empty()) return false;
  return std::all_of(frags.begin(), frags.end(), [&](const Fragment& f) { return enclosed(t, f.first, f.second); });
}

std::string base_role(std::string_view name) {
  std::string r(name);
  while (!r.empty() && r.back() >= '0' && r.back() <= '9') r.pop_back();
  for (char& c : r) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return r;
}

// Attributions of a brat document; E lines without content are counted in *ignored.
std::vector<Attribution> attributions_of(const BratDocument& doc, std::string_view origin, size_t* ignored) {
  std::unordered_map<std::string, const BratSpan*> spans;
  for (const auto& s : doc.spans) spans[s.id] = &s;
  std::vector<Attribution> out;
  for (const auto& e : doc.events) {
    std::vector<Fragment> content, cue, source;
    for (const auto& a : e.args) {
      auto it = spans.find(a.target);
      if (it == spans.end()) throw Error::bad_input(std::string(origin) + ": " + e.id + ": argument names no T line");
      const std::string role = base_role(a.role);
      auto& dest = role == "content" ? content : role == "cue" ? cue : source;
      if (role != "content" && role != "cue" && role != "source") continue;
      dest.insert(dest.end(), it->second->fragments.begin(), it->second->fragments.end());
    }
    if (content.empty()) { ++*ignored; continue; }
    out.push_back(Attribution{normalize(content), normalize(cue), normalize(source)});
  }
  return out;
}

struct Pair {
  size_t gold, pred, shared;
  double ratio;
};

std::vector<Pair> match(const std::vector<Attribution>& gold, const std::vector<Attribution>& pred) {
  std::vector<Pair> cands;
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < pred.size(); ++j) {
      const size_t s = shared(gold[i].content, pred[j].content);
      if (!s) continue;
      const double ratio = static_cast<double>(s) / static_cast<double>(std::max(size_of(gold[i].content), size_of(pred[j].content)));
      cands.push_back(Pair{i, j, s, ratio});
    }
  }
  std::sort(cands.begin(), cands.end(), [](const Pair& a, const Pair& b) {
    if (a.ratio != b.ratio) return a.ratio > b.ratio;
    if (a.shared != b.shared) return a.shared > b.shared;
    if (a.gold != b.gold) return a.gold < b.gold;
    return a.pred < b.pred;
  });
  std::vector<bool> used_g(gold.size()), used_p(pred.size());
  std::vector<Pair> pairs;
  for (const auto& c : cands) {
    if (used_g[c.gold] || used_p[c.pred]) continue;
    used_g[c.gold] = used_p[c.pred] = true;
    pairs.push_back(c);
  }
  return pairs;
}

bool span_ok(const Points& g, const Points& p) { return (g.empty() && p.empty()) || shared(g, p) > 0; }

void tally(const std::vector<Attribution>& gold, const std::vector<Attribution>& pred, AttributionTally* t) {
  t->gold += gold.size();
  t->predicted += pred.size();
  for (const auto& m : match(gold, pred)) {
    const auto& g = gold[m.gold];
    const auto& p = pred[m.pred];
    if (g.content == p.content) ++t->tp_exact;
    if (m.ratio >= 0.8) ++t->tp_overlap80;
    ++t->tp_any;
    ++t->matched;
    t->source_correct += span_ok(g.source, p.source);
    t->cue_correct += span_ok(g.cue, p.cue);
  }
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error::bad_input("cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> stems(const fs::path& dir, std::string_view ext) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path().stem().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The article a gold file belongs to: the longest article name equal to its stem or
// followed in it by "_".
const std::string* article_of(const std::string& stem, const std::vector<std::string>& articles) {
  const std::string* best = nullptr;
  for (const auto& a : articles) {
    if (stem == a || (stem.size() > a.size() && stem.starts_with(a) && stem[a.size()] == '_')) {
      if (!best || a.size() > best->size()) best = &a;
    }
  }
  return best;
}

// Fragments of a byte span in code points, split at line breaks and trimmed of white space
// (a brat covered text cannot hold a line break of its own).
void add_fragments(const CodePointIndex& idx, Span span, std::vector<Fragment>* out) {
  const std::u32string& t = idx.code_points();
  size_t a = idx.code_point(span.start);
  const size_t b = idx.code_point(span.end);
  while (a < b) {
    while (a < b && is_space(t[a])) ++a;
    size_t e = a;
    while (e < b && t[e] != '\n' && t[e] != '\r' && t[e] != 0x2028 && t[e] != 0x2029) ++e;
    size_t z = e;
    while (z > a && is_space(t[z - 1])) --z;
    if (z > a) out->emplace_back(a, z);
    a = e;
  }
}

std::string pct(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", 100.0 * x);
  return buf;
}

std::string pad_left(const std::string& s, size_t w) { return s.size() >= w ? s : std::string(w - s.size(), ' ') + s; }
std::string pad_right(const std::string& s, size_t w) { return s.size() >= w ? s : s + std::string(w - s.size(), ' '); }

double ratio(size_t a, size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

nlohmann::json tally_json(const AttributionTally& t) {
  nlohmann::json content;
  auto level = [&](const char* name, size_t tp) {
    const double p = ratio(tp, t.predicted), r = ratio(tp, t.gold);
    content[name] = {{"tp", tp}, {"precision", p}, {"recall", r}, {"f1", p + r > 0 ? 2 * p * r / (p + r) : 0.0}};
  };
  level("exact", t.tp_exact);
  level("overlap>=0.8", t.tp_overlap80);
  level("any_overlap", t.tp_any);
  return {{"gold", t.gold},
          {"predicted", t.predicted},
          {"content", content},
          {"matched_pairs", t.matched},
          {"source_accuracy", ratio(t.source_correct, t.matched)},
          {"cue_accuracy", ratio(t.cue_correct, t.matched)},
          {"source_correct", t.source_correct},
          {"cue_correct", t.cue_correct}};
}

}  // namespace

bool is_direct_content(const CodePointIndex& text, const std::vector<Fragment>& content) {
  return direct(text, normalize(content));
}

BratDocument statements_to_brat(std::string_view text, const CodePointIndex& index,
                                const std::vector<Statement>& statements, std::map<std::string, size_t>* rules) {
  (void)text;
  // Univocal annotation: drop statements nested in another, then later overlapping ones.
  std::vector<const Statement*> kept;
  for (size_t i = 0; i < statements.size(); ++i) {
    const Statement& s = statements[i];
    bool nested = false;
    for (size_t j = 0; j < statements.size() && !nested; ++j) {
      if (i == j) continue;
      const Statement& o = statements[j];
      nested = o.span.contains(s.span) && (o.span != s.span || j < i);
    }
    if (nested) continue;
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Statement* k) { return k->span.overlaps(s.span); });
    if (!overlaps) kept.push_back(&s);
  }
  BratDocument doc;
  size_t t = 0, e = 0;
  auto add_span = [&](const char* label, std::vector<Fragment> frags) {
    doc.spans.push_back(BratSpan{"T" + std::to_string(++t), label, std::move(frags), {}});
    return doc.spans.back().id;
  };
  for (const Statement* s : kept) {
    std::vector<Fragment> content;
    for (const Span& piece : s->parts.empty() ? std::vector<Span>{s->span} : s->parts) add_fragments(index, piece, &content);
    if (content.empty()) continue;
    BratEvent ev;
    ev.id = "E" + std::to_string(++e);
    ev.type = "Attribution";
    ev.args.push_back(BratArgument{"Content", add_span("Content", content)});
    std::string anchor = ev.args.back().target;
    if (s->cue_span) {
      std::vector<Fragment> cue;
      add_fragments(index, *s->cue_span, &cue);
      if (!cue.empty()) {
        ev.args.push_back(BratArgument{"Cue", add_span("Cue", cue)});
        anchor = add_span("Attribution", cue);
      }
    }
    if (s->speaker_span) {
      std::vector<Fragment> src;
      add_fragments(index, *s->speaker_span, &src);
      if (!src.empty()) ev.args.push_back(BratArgument{"Source", add_span("Source", src)});
    }
    ev.anchor = anchor;
    doc.events.push_back(std::move(ev));
    if (rules) ++(*rules)[s->rule];
  }
  return doc;
}

QuotesEvalResult eval_quotes(const std::string& dir, const QuotesEvalOptions& options) {
  const fs::path root(dir), text_dir = root / "text", ann_dir = root / "attributions";
  if (!fs::is_directory(text_dir) || !fs::is_directory(ann_dir)) {
    throw Error::bad_input("gold directory " + dir + " must hold text/ and attributions/",
                           "give a PolNeAR split such as polnear/dev");
  }
  if (options.out_dir) fs::create_directories(*options.out_dir);
  const std::vector<std::string> articles = stems(text_dir, ".txt");
  std::map<std::string, std::vector<fs::path>> gold_files;
  for (const auto& stem : stems(ann_dir, ".ann")) {
    const std::string* art = article_of(stem, articles);
    if (!art) throw Error::bad_input("gold file " + (ann_dir / (stem + ".ann")).string() + " names no article in " + text_dir.string());
    gold_files[*art].push_back(ann_dir / (stem + ".ann"));
  }
  QuotesEvalResult r;
  r.all_annotators = options.all_annotators;
  for (const auto& art : articles) {
    auto it = gold_files.find(art);
    if (it == gold_files.end()) continue;
    const std::string text = read_file(text_dir / (art + ".txt"));
    const CodePointIndex index(text);
    const Document doc(text);
    const StatementsResult found = extract_statements(doc);
    const BratDocument pred_doc = statements_to_brat(text, index, found.statements, &r.rules);
    if (options.out_dir) {
      std::ofstream out(fs::path(*options.out_dir) / (art + ".ann"), std::ios::binary);
      out << write_brat(pred_doc, index);
      if (!out) throw Error::bad_input("cannot write predictions to " + *options.out_dir);
    }
    size_t ignored_pred = 0;
    const std::vector<Attribution> pred = attributions_of(pred_doc, art, &ignored_pred);
    std::vector<Attribution> pred_direct;
    for (const auto& p : pred) {
      if (direct(index, p.content)) pred_direct.push_back(p);
    }
    ++r.articles;
    const size_t n_files = options.all_annotators ? it->second.size() : 1;
    for (size_t f = 0; f < n_files; ++f) {
      const fs::path& gpath = it->second[f];
      const BratDocument gdoc = parse_brat(read_file(gpath), gpath.string());
      const std::vector<Attribution> gold = attributions_of(gdoc, gpath.string(), &r.gold_events_without_content);
      ++r.gold_files;
      tally(gold, pred, &r.all);
      std::vector<Attribution> gold_direct;
      std::vector<bool> is_dir(gold.size());
      for (size_t i = 0; i < gold.size(); ++i) {
        is_dir[i] = direct(index, gold[i].content);
        if (is_dir[i]) gold_direct.push_back(gold[i]);
      }
      tally(gold_direct, pred_direct, &r.direct);
      r.direct_gold += gold_direct.size();
      for (const auto& m : match(gold, pred)) {
        if (!is_dir[m.gold]) continue;
        if (gold[m.gold].content == pred[m.pred].content) ++r.direct_recall_exact;
        if (m.ratio >= 0.8) ++r.direct_recall_overlap80;
        ++r.direct_recall_any;
      }
    }
  }
  return r;
}

nlohmann::json QuotesEvalResult::to_json() const {
  nlohmann::json j;
  j["annotator"] = all_annotators ? "all" : "first";
  j["info"] = {{"articles", articles},
               {"gold_files", gold_files},
               {"articles_without_prediction_file", 0},
               {"gold_events_without_content_ignored", gold_events_without_content},
               {"pred_events_without_content_ignored", 0}};
  j["all"] = tally_json(all);
  j["direct"] = tally_json(direct);
  j["direct_recall_vs_all_predictions"] = {{"gold", direct_gold},
                                           {"exact", ratio(direct_recall_exact, direct_gold)},
                                           {"overlap>=0.8", ratio(direct_recall_overlap80, direct_gold)},
                                           {"any_overlap", ratio(direct_recall_any, direct_gold)}};
  j["rules"] = rules;
  return j;
}

std::string QuotesEvalResult::to_table() const {
  std::ostringstream out;
  out << "annotator selection: " << (all_annotators ? "all" : "first") << "; articles: " << articles
      << ", gold files: " << gold_files << ", articles without prediction file: 0"
      << ", gold events without content ignored: " << gold_events_without_content
      << ", pred events without content ignored: 0\n";
  auto section = [&](const char* title, const AttributionTally& t) {
    out << "\n" << title << ": gold " << t.gold << ", predicted " << t.predicted << "\n";
    out << "  " << pad_right("content match", 16) << pad_left("P", 8) << pad_left("R", 8) << pad_left("F1", 8)
        << pad_left("TP", 7) << "\n";
    auto row = [&](const char* name, size_t tp) {
      const double p = ratio(tp, t.predicted), r = ratio(tp, t.gold);
      const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
      out << "  " << pad_right(name, 16) << pad_left(pct(p), 8) << pad_left(pct(r), 8) << pad_left(pct(f), 8)
          << pad_left(std::to_string(tp), 7) << "\n";
    };
    row("exact", t.tp_exact);
    row("overlap>=0.8", t.tp_overlap80);
    row("any_overlap", t.tp_any);
    out << "  matched pairs (any overlap): " << t.matched << "; source accuracy " << pct(ratio(t.source_correct, t.matched))
        << "% (" << t.source_correct << "); cue accuracy " << pct(ratio(t.cue_correct, t.matched)) << "% ("
        << t.cue_correct << ")\n";
  };
  section("ALL attributions", all);
  section("DIRECT subset (direct gold vs direct predictions)", direct);
  out << "\nrecall of the " << direct_gold << " direct gold attributions against all predictions: exact "
      << pct(ratio(direct_recall_exact, direct_gold)) << ", overlap>=0.8 " << pct(ratio(direct_recall_overlap80, direct_gold))
      << ", any_overlap " << pct(ratio(direct_recall_any, direct_gold)) << "\n";
  return out.str();
}

}  // namespace claimline::eval
