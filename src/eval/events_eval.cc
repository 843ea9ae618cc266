#include "eval/events_eval.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "extract/document.h"
#include "extract/event_merge.h"
#include "extract/events.h"
#include "extract/statements.h"
#include "extract/times.h"
#include "model/timestamp.h"
#include "util/error.h"

namespace claimline::eval {

std::optional<double> PrfCount::precision() const {
  return pred ? std::optional<double>(static_cast<double>(tp) / static_cast<double>(pred)) : std::nullopt;
}
std::optional<double> PrfCount::recall() const {
  return gold ? std::optional<double>(static_cast<double>(tp) / static_cast<double>(gold)) : std::nullopt;
}
std::optional<double> PrfCount::f1() const {
  return pred + gold ? std::optional<double>(2.0 * static_cast<double>(tp) / static_cast<double>(pred + gold))
                     : std::nullopt;
}
std::optional<double> AccuracyCount::accuracy() const {
  return n ? std::optional<double>(static_cast<double>(correct) / static_cast<double>(n)) : std::nullopt;
}

namespace {

// ---- Scoring (score_meantime.py) --------------------------------------------------------

struct Pair {
  const CatMention* gold;
  const CatMention* pred;
  const std::string* doc;
};

std::set<std::string> token_set(const CatMention& m) { return {m.tokens.begin(), m.tokens.end()}; }

std::vector<Pair> match(const std::vector<const CatMention*>& gold, const std::vector<const CatMention*>& pred,
                        const std::string* doc) {
  std::unordered_map<std::string, std::vector<size_t>> by_token;
  std::vector<std::set<std::string>> gsets;
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    gsets.push_back(token_set(*gold[gi]));
    for (const auto& t : gsets.back()) by_token[t].push_back(gi);
  }
  // (-shared, -jaccard, gold index, prediction index), sorted ascending.
  std::vector<std::tuple<long, double, size_t, size_t>> cands;
  for (size_t pi = 0; pi < pred.size(); ++pi) {
    const std::set<std::string> p = token_set(*pred[pi]);
    std::map<size_t, long> shared;
    for (const auto& t : p) {
      if (auto it = by_token.find(t); it != by_token.end()) {
        for (size_t gi : it->second) ++shared[gi];
      }
    }
    for (const auto& [gi, s] : shared) {
      std::set<std::string> uni = gsets[gi];
      uni.insert(p.begin(), p.end());
      cands.emplace_back(-s, -static_cast<double>(s) / static_cast<double>(uni.size()), gi, pi);
    }
  }
  std::sort(cands.begin(), cands.end());
  std::vector<bool> used_g(gold.size()), used_p(pred.size());
  std::vector<Pair> pairs;
  for (const auto& [s, j, gi, pi] : cands) {
    if (used_g[gi] || used_p[pi]) continue;
    used_g[gi] = used_p[pi] = true;
    pairs.push_back({gold[gi], pred[pi], doc});
  }
  return pairs;
}

int region_end(const std::vector<CatMention>& gold, int annotated_sentences) {
  int e = annotated_sentences;
  for (const auto& m : gold) {
    if (!m.polarity.empty() || !m.time.empty() || !m.certainty.empty()) e = std::max(e, m.sentence + 1);
  }
  return e;
}

std::string collapse_time(const std::string& v) { return v == "PAST" ? "NON_FUTURE" : v; }

void score_attributes(const std::vector<Pair>& pairs, RegionScores* r) {
  auto attr = [&](AccuracyCount* c, auto get, bool is_time) {
    for (const auto& p : pairs) {
      std::string g = get(*p.gold), v = get(*p.pred);
      if (g.empty()) {
        ++c->skipped;
        continue;
      }
      if (is_time) {
        g = collapse_time(g);
        v = collapse_time(v);
        r->future.tp += g == "FUTURE" && v == "FUTURE";
        r->future.pred += v == "FUTURE";
        r->future.gold += g == "FUTURE";
      }
      ++c->n;
      c->correct += g == v;
    }
  };
  attr(&r->polarity, [](const CatMention& m) { return m.polarity; }, false);
  attr(&r->time, [](const CatMention& m) { return m.time; }, true);
  attr(&r->certainty, [](const CatMention& m) { return m.certainty; }, false);
}

std::set<std::pair<size_t, size_t>> coref_pairs(const std::vector<Pair>& items, bool gold_side) {
  std::map<std::string, std::vector<size_t>> index;
  for (size_t i = 0; i < items.size(); ++i) {
    const CatMention* m = gold_side ? items[i].gold : items[i].pred;
    for (const auto& k : m->instances) index[k].push_back(i);
  }
  std::set<std::pair<size_t, size_t>> out;
  for (const auto& [k, members] : index) {
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size(); ++b) out.emplace(members[a], members[b]);
    }
  }
  return out;
}

void score_coreference(const std::vector<Pair>& pairs, RegionScores* r) {
  const auto gold = coref_pairs(pairs, true), pred = coref_pairs(pairs, false);
  for (bool cross : {true, false}) {
    PrfCount& c = cross ? r->cross_doc : r->within_doc;
    auto keep = [&](const std::pair<size_t, size_t>& ij) {
      return (*pairs[ij.first].doc != *pairs[ij.second].doc) == cross;
    };
    for (const auto& ij : gold) c.gold += keep(ij);
    for (const auto& ij : pred) {
      if (!keep(ij)) continue;
      ++c.pred;
      c.tp += gold.count(ij);
    }
  }
}

}  // namespace

EventsScores score_documents(const std::vector<ScoredDocument>& docs, int annotated_sentences) {
  EventsScores s;
  s.annotated_sentences = annotated_sentences;
  std::vector<Pair> region_pairs, whole_pairs;
  const std::vector<CatMention> none;
  for (const auto& d : docs) {
    ++s.documents;
    s.tokens += d.tokens;
    if (!d.predicted) ++s.documents_without_prediction;
    const auto& pred = d.predicted ? *d.predicted : none;
    const int limit = region_end(d.gold, annotated_sentences);
    for (bool whole : {false, true}) {
      std::vector<const CatMention*> g, p;
      for (const auto& m : d.gold) {
        if (whole || m.sentence < limit) g.push_back(&m);
      }
      for (const auto& m : pred) {
        if (whole || m.sentence < limit) p.push_back(&m);
      }
      std::vector<Pair> pairs = match(g, p, &d.name);
      RegionScores& r = whole ? s.whole : s.annotated;
      int64_t strict = 0;
      for (const auto& pr : pairs) strict += token_set(*pr.gold) == token_set(*pr.pred);
      r.relaxed.tp += static_cast<int64_t>(pairs.size());
      r.strict.tp += strict;
      for (PrfCount* c : {&r.relaxed, &r.strict}) {
        c->pred += static_cast<int64_t>(p.size());
        c->gold += static_cast<int64_t>(g.size());
      }
      auto& all = whole ? whole_pairs : region_pairs;
      all.insert(all.end(), pairs.begin(), pairs.end());
    }
  }
  score_attributes(region_pairs, &s.annotated);
  score_attributes(whole_pairs, &s.whole);
  score_coreference(region_pairs, &s.annotated);
  score_coreference(whole_pairs, &s.whole);
  return s;
}

// ---- Running the extractor ----------------------------------------------------------------

namespace {

std::vector<std::filesystem::path> list_documents(const std::vector<std::filesystem::path>& dirs) {
  std::vector<std::filesystem::path> files;
  std::map<std::string, std::string> seen;
  for (const auto& dir : dirs) {
    if (!std::filesystem::is_directory(dir))
      throw Error::usage("not a directory: " + dir.string(), "give MEANTIME corpus folders of CAT .xml files");
    std::vector<std::filesystem::path> found;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.is_regular_file() && e.path().extension() == ".xml") found.push_back(e.path());
    }
    if (found.empty()) throw Error::usage("no .xml files in " + dir.string(), "give a MEANTIME corpus folder");
    std::sort(found.begin(), found.end());
    for (const auto& f : found) {
      const std::string name = f.filename().string();
      if (seen.count(name)) throw Error::usage(name + " is in two folders (" + seen[name] + " and " + dir.string() + ")");
      seen[name] = dir.string();
      files.push_back(f);
    }
  }
  return files;
}

// A document's extraction, kept for cross-document merging.
struct DocEvents {
  CatDocument cat;
  Timestamp published;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<std::vector<size_t>> tokens;  // per event: indexes into cat.tokens
};

DocEvents extract(const std::filesystem::path& path, uint64_t* bytes) {
  DocEvents d;
  d.cat = read_cat(path);
  const JoinedText text = join_tokens(d.cat);
  *bytes += text.text.size();
  if (auto ts = parse_timestamp(d.cat.creation_time)) d.published = *ts;
  const Document doc(text.text);
  const auto times = find_times(doc, d.published);
  d.entities = extract_statements(doc).entities;
  EventOptions opts;
  opts.all_mentions = true;
  d.events = find_events(doc, times, d.entities, d.published, opts);
  for (const auto& e : d.events) {
    std::vector<size_t> toks;
    auto first = std::lower_bound(text.token_spans.begin(), text.token_spans.end(), e.trigger.start,
                                  [](const Span& s, uint32_t pos) { return s.end <= pos; });
    for (auto it = first; it != text.token_spans.end() && it->start < e.trigger.end; ++it) {
      toks.push_back(static_cast<size_t>(it - text.token_spans.begin()));
    }
    d.tokens.push_back(std::move(toks));
  }
  return d;
}

// Groups of coreferent mentions across the run: within a document by Event::coref, across
// documents by extract/event_merge.h (a group joins the first cluster whose every mention,
// from other documents, is compatible with it; one group per document per cluster).
class Clusterer {
 public:
  // Returns per document, per event, its instance key.
  std::vector<std::vector<std::string>> run(const std::vector<DocEvents>& docs) {
    std::vector<std::vector<std::string>> keys(docs.size());
    std::vector<size_t> order(docs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return docs[a].cat.creation_time < docs[b].cat.creation_time; });
    for (size_t di : order) {
      const DocEvents& d = docs[di];
      keys[di].assign(d.events.size(), "");
      for (size_t k = 0; k < d.events.size(); ++k) {
        const Event& e = d.events[k];
        if (e.coref) {
          keys[di][k] = keys[di][*e.coref];
          continue;
        }
        keys[di][k] = place(di, merge_candidate(e, d.entities, d.published));
      }
    }
    return keys;
  }

 private:
  struct Cluster {
    std::string key;
    std::vector<std::pair<size_t, MergeCandidate>> members;  // (document, candidate)
  };

  static bool mergeable(const MergeCandidate& c) {
    return c.event_class != "statement" && !c.participants.empty() && c.first && c.lemma != "be" &&
           c.lemma != "have" && c.lemma != "do";
  }

  std::string place(size_t doc, MergeCandidate c) {
    const std::string bucket = c.event_class.empty() ? "lemma:" + c.lemma : "class:" + c.event_class;
    if (mergeable(c)) {
      // Clusters of every class this one may merge with ("speak to" meets "phone call"), in
      // the order they were made.
      std::vector<size_t> candidates = buckets_[bucket];
      if (!c.event_class.empty()) {
        for (const auto& other : mergeable_classes(c.event_class)) {
          if (other == c.event_class) continue;
          const auto& more = buckets_["class:" + other];
          candidates.insert(candidates.end(), more.begin(), more.end());
        }
        std::sort(candidates.begin(), candidates.end());
      }
      for (size_t ci : candidates) {
        Cluster& cl = clusters_[ci];
        bool ok = true;
        for (const auto& [d, m] : cl.members) ok = ok && d != doc && compare_mentions(m, c).compatible;
        if (!ok) continue;
        cl.members.emplace_back(doc, std::move(c));
        return cl.key;
      }
    }
    Cluster cl;
    cl.key = "claimline:" + std::to_string(clusters_.size() + 1);
    const bool can_merge = mergeable(c);
    cl.members.emplace_back(doc, std::move(c));
    clusters_.push_back(std::move(cl));
    if (can_merge) buckets_[bucket].push_back(clusters_.size() - 1);
    return clusters_.back().key;
  }

  std::vector<Cluster> clusters_;
  std::map<std::string, std::vector<size_t>> buckets_;
};

std::vector<PredictedMention> predictions(const DocEvents& d, const std::vector<std::string>& keys) {
  std::vector<PredictedMention> out;
  std::set<std::vector<size_t>> seen;
  for (size_t k = 0; k < d.events.size(); ++k) {
    if (d.tokens[k].empty() || !seen.insert(d.tokens[k]).second) continue;
    const Event& e = d.events[k];
    PredictedMention p;
    p.tokens = d.tokens[k];
    p.polarity = std::string(polarity_name(e.polarity));
    p.time = e.future ? "FUTURE" : "NON_FUTURE";
    p.certainty = std::string(certainty_name(e.certainty));
    p.status = std::string(event_status_name(e.status));
    p.pred = e.lemma;
    p.instance = keys[k];
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<CatMention> as_mentions(const CatDocument& doc, const std::vector<PredictedMention>& ps) {
  std::vector<CatMention> out;
  for (size_t i = 0; i < ps.size(); ++i) {
    CatMention m;
    m.m_id = std::to_string(i + 1);
    for (size_t t : ps[i].tokens) m.tokens.push_back(doc.tokens[t].t_id);
    m.polarity = ps[i].polarity;
    m.time = ps[i].time;
    m.certainty = ps[i].certainty;
    m.sentence = doc.tokens[ps[i].tokens.front()].sentence;
    m.instances = {"I:" + ps[i].instance};
    out.push_back(std::move(m));
  }
  return out;
}

void write_file(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  if (!out) throw Error::bad_input("cannot write " + p.string(), "check that the --out directory is writable");
}

}  // namespace

EventsEvalResult run_events_eval(const EventsEvalOptions& opts) {
  EventsEvalResult r;
  const auto files = list_documents(opts.dirs);
  std::vector<DocEvents> docs;
  const auto t0 = std::chrono::steady_clock::now();
  for (const auto& f : files) docs.push_back(extract(f, &r.text_bytes));
  r.extract_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const auto keys = Clusterer().run(docs);
  if (!opts.out_dir.empty()) std::filesystem::create_directories(opts.out_dir);
  std::vector<ScoredDocument> scored;
  for (size_t i = 0; i < docs.size(); ++i) {
    const auto preds = predictions(docs[i], keys[i]);
    if (!opts.out_dir.empty()) write_file(opts.out_dir / docs[i].cat.file_name, prediction_xml(docs[i].cat, preds));
    ScoredDocument s;
    s.name = docs[i].cat.file_name;
    s.tokens = static_cast<int64_t>(docs[i].cat.tokens.size());
    s.gold = docs[i].cat.mentions;
    s.predicted = as_mentions(docs[i].cat, preds);
    scored.push_back(std::move(s));
  }
  r.scores = score_documents(scored, opts.annotated_sentences);
  return r;
}

}  // namespace claimline::eval
