#include "eval/times_eval.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "eval/timeml.h"
#include "extract/document.h"
#include "extract/times.h"
#include "model/timestamp.h"
#include "util/error.h"

namespace claimline::eval {
namespace {

namespace fs = std::filesystem;

std::string trimmed(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

double ratio(int64_t num, int64_t den) { return den ? static_cast<double>(num) / static_cast<double>(den) : 0.0; }

double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

// Code-point offset of every byte offset of `text` (size + 1 entries): the number of code
// points that start before it.
std::vector<uint32_t> code_point_index(std::string_view text) {
  std::vector<uint32_t> idx(text.size() + 1, 0);
  for (size_t i = 0; i < text.size(); ++i) {
    idx[i + 1] = idx[i] + ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0);
  }
  return idx;
}

// CPU seconds used by this thread: throughput "on one core" that other processes sharing
// the machine do not distort.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error::bad_input("cannot read " + p.string(), "check the path and permissions");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << content;
  if (!out) throw Error::bad_input("cannot write " + p.string(), "check that the --out directory is writable");
}

struct CorpusFile {
  fs::path path;
  fs::path relative;  // to its corpus dir
};

std::vector<CorpusFile> list_corpus(const std::vector<fs::path>& dirs) {
  std::vector<CorpusFile> files;
  for (const fs::path& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      throw Error::usage("not a directory: " + dir.string(), "give directories that hold TimeML .tml files");
    }
    std::vector<CorpusFile> found;
    for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file() && it->path().extension() == ".tml") {
        found.push_back({it->path(), fs::relative(it->path(), dir)});
      }
    }
    if (found.empty()) throw Error::usage("no .tml files under " + dir.string(), "give a TimeML corpus directory");
    std::sort(found.begin(), found.end(), [](const CorpusFile& a, const CorpusFile& b) { return a.path < b.path; });
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

Timestamp published_from_dct(const std::string& value) {
  if (auto t = parse_timestamp(value)) return *t;
  if (value.size() > 10) {
    if (auto t = parse_timestamp(value.substr(0, 10))) return *t;
  }
  return Timestamp::undated();
}

std::vector<ScoredTimex> scored(const std::vector<timeml::Timex>& timexes, const std::vector<uint32_t>& cp) {
  std::vector<ScoredTimex> out;
  out.reserve(timexes.size());
  for (const auto& t : timexes) {
    out.push_back({cp[t.span.start], cp[t.span.end], trimmed(t.type), trimmed(t.value)});
  }
  return out;
}

void list_errors(const std::string& name, const std::string& text, const std::vector<timeml::Timex>& gold,
                 const std::vector<timeml::Timex>& sys, const std::vector<TimeExpr>& found,
                 const std::vector<TimexPair>& pairs, std::vector<std::string>* out) {
  auto show = [&](const timeml::Timex& t) {
    return "'" + text.substr(t.span.start, t.span.size()) + "' " + t.type + " " + t.value;
  };
  for (const TimexPair& p : pairs) {
    if (p.system < 0) {
      out->push_back(name + "\tMISS\t" + show(gold[p.gold]));
    } else if (p.gold < 0) {
      out->push_back(name + "\tSPURIOUS\t" + show(sys[p.system]) + "\t" + found[p.system].rule);
    } else {
      const auto& g = gold[p.gold];
      const auto& s = sys[p.system];
      std::string tag;
      auto add = [&](const char* t) { tag += tag.empty() ? t : std::string("+") + t; };
      if (g.span != s.span) add("EXTENT");
      if (trimmed(g.type) != trimmed(s.type)) add("TYPE");
      if (trimmed(g.value) != trimmed(s.value)) add("VALUE");
      if (!tag.empty()) {
        out->push_back(name + "\t" + tag + "\tgold " + show(g) + "\tsys " + show(s) + "\t" + found[p.system].rule);
      } else {
        out->push_back(name + "\tOK\t" + show(s) + "\t" + found[p.system].rule);
      }
    }
  }
}

std::vector<timeml::Timex> to_timexes(const std::vector<TimeExpr>& found) {
  std::vector<timeml::Timex> out;
  out.reserve(found.size());
  for (const TimeExpr& t : found) {
    timeml::Timex x;
    x.span = t.span;
    x.type = std::string(time_type_name(t.type));
    x.value = t.value;
    x.mod = t.mod;
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

TimexCounts& TimexCounts::operator+=(const TimexCounts& o) {
  documents += o.documents;
  gold += o.gold;
  system += o.system;
  strict += o.strict;
  relaxed += o.relaxed;
  type_correct += o.type_correct;
  value_correct += o.value_correct;
  return *this;
}

TimexCounts score_document(const std::vector<ScoredTimex>& gold, const std::vector<ScoredTimex>& system,
                           std::vector<TimexPair>* pairs) {
  TimexCounts c;
  c.documents = 1;
  c.gold = static_cast<int64_t>(gold.size());
  c.system = static_cast<int64_t>(system.size());

  // Strict: each gold takes the first unused system TIMEX3 with the same extent.
  std::map<std::pair<uint32_t, uint32_t>, std::vector<size_t>> free;
  for (size_t j = system.size(); j-- > 0;) free[{system[j].start, system[j].end}].push_back(j);
  for (const auto& g : gold) {
    auto it = free.find({g.start, g.end});
    if (it != free.end() && !it->second.empty()) {
      it->second.pop_back();
      ++c.strict;
    }
  }

  // Relaxed: greedy by overlap over all overlapping pairs.
  std::vector<std::tuple<int64_t, uint32_t, uint32_t, size_t, size_t>> cands;
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < system.size(); ++j) {
      const int64_t ov = static_cast<int64_t>(std::min(gold[i].end, system[j].end)) -
                         static_cast<int64_t>(std::max(gold[i].start, system[j].start));
      if (ov > 0) cands.emplace_back(-ov, gold[i].start, system[j].start, i, j);
    }
  }
  std::sort(cands.begin(), cands.end());
  std::vector<int> gold_to(gold.size(), -1);
  std::vector<bool> used(system.size(), false);
  for (const auto& [negov, gs, ss, i, j] : cands) {
    if (gold_to[i] >= 0 || used[j]) continue;
    gold_to[i] = static_cast<int>(j);
    used[j] = true;
    ++c.relaxed;
    if (gold[i].type == system[j].type) ++c.type_correct;
    if (gold[i].value == system[j].value) ++c.value_correct;
  }
  if (pairs) {
    for (size_t i = 0; i < gold.size(); ++i) pairs->push_back({static_cast<int>(i), gold_to[i]});
    for (size_t j = 0; j < system.size(); ++j) {
      if (!used[j]) pairs->push_back({-1, static_cast<int>(j)});
    }
  }
  return c;
}

TimexScores summarize(const TimexCounts& c) {
  TimexScores s;
  s.strict_precision = ratio(c.strict, c.system);
  s.strict_recall = ratio(c.strict, c.gold);
  s.strict_f1 = f1(s.strict_precision, s.strict_recall);
  s.relaxed_precision = ratio(c.relaxed, c.system);
  s.relaxed_recall = ratio(c.relaxed, c.gold);
  s.relaxed_f1 = f1(s.relaxed_precision, s.relaxed_recall);
  s.type_accuracy = ratio(c.type_correct, c.relaxed);
  s.value_accuracy = ratio(c.value_correct, c.relaxed);
  s.type_f1 = s.relaxed_f1 * s.type_accuracy;
  s.value_f1 = s.relaxed_f1 * s.value_accuracy;
  return s;
}

TimesEvalResult run_times_eval(const TimesEvalOptions& opts) {
  TimesEvalResult result;
  std::map<std::string, TimexCounts> by_folder;
  std::set<fs::path> written;
  for (const CorpusFile& f : list_corpus(opts.dirs)) {
    const std::string origin = f.path.string();
    timeml::Document doc = timeml::read(read_file(f.path), origin);
    const Timestamp published = published_from_dct(doc.dct_value);

    const double t0 = thread_cpu_seconds();
    const Document analysed(doc.text);
    const double t1 = thread_cpu_seconds();
    const std::vector<TimeExpr> found = find_times(analysed, published);
    const double t2 = thread_cpu_seconds();
    result.extract_seconds += t2 - t0;
    result.find_seconds += t2 - t1;
    result.text_bytes += doc.text.size();

    const std::vector<timeml::Timex> predicted = to_timexes(found);
    const std::vector<uint32_t> cp = code_point_index(doc.text);
    std::vector<TimexPair> pairs;
    const TimexCounts c = score_document(scored(doc.timexes, cp), scored(predicted, cp),
                                         opts.collect_errors ? &pairs : nullptr);
    if (opts.collect_errors) {
      list_errors(f.path.filename().string(), doc.text, doc.timexes, predicted, found, pairs, &result.errors);
    }
    result.total += c;
    by_folder[f.path.parent_path().string()] += c;

    if (!opts.out_dir.empty()) {
      const fs::path target = opts.out_dir / f.relative;
      if (!written.insert(target).second) {
        throw Error::usage("two corpus files would both be written to " + target.string(),
                           "score corpora whose file names collide in separate runs");
      }
      doc.timexes = predicted;
      write_file(target, timeml::write(doc));
    }
  }
  for (auto& [folder, counts] : by_folder) result.folders.push_back({folder, counts});
  return result;
}

}  // namespace claimline::eval
