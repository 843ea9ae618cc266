#include "ingest/ingester.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "extract/document.h"
#include "extract/pipeline.h"
#include "ingest/extracted_reader.h"
#include "ingest/ordered_pool.h"
#include "store/extraction_store.h"
#include "util/error.h"

namespace claimline::ingest {
namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxFileBytes = size_t{1} << 31;  // 2 GiB: larger inputs should be split

bool known_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  for (const char* e : {".txt", ".text", ".md", ".markdown", ".json", ".jsonl", ".ndjson", ".html", ".htm"}) {
    if (ext == e) return true;
  }
  return false;
}

bool skipped_in_directory(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name.empty() || name[0] == '.') return true;
  std::string upper = name;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
  if (upper.rfind("README", 0) == 0 || upper.rfind("LICENSE", 0) == 0) return true;
  return !known_extension(p);
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, std::vector<ReadProblem>* problems) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    if (p == "-") {
      files.push_back(p);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) {
      problems->push_back({p, "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->path().filename().string().rfind('.', 0) == 0 && it->is_directory()) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && !skipped_in_directory(it->path())) found.push_back(it->path().string());
    }
    if (ec) problems->push_back({p, "cannot read directory: " + ec.message()});
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::optional<std::string> read_file(const std::string& path, size_t max_bytes, std::vector<ReadProblem>* problems) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    problems->push_back({path, "file is " + std::to_string(size) + " bytes, over the limit of " +
                                   std::to_string(max_bytes)});
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems->push_back({path, "cannot open file for reading"});
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    problems->push_back({path, "read error"});
    return std::nullopt;
  }
  return ss.str();
}

// An article on its way through the pipeline: read, then extracted by a worker, then written.
// Or a whole input of a one-article format (text, Markdown, HTML), which the worker reads
// too: `raw` and `raw_name` go in, and `read` (its articles, each then as above) and
// `problems` come out.
struct Ingester::Pending {
  ArticleInput article;
  std::optional<Extraction> extraction;
  std::optional<store::PreparedBody> body;  // hash and packed body, made by the worker
  size_t bytes_done = 0;  // input bytes read once this article is stored, for progress
  bool whole_input = false;  // this is such an input, not one article
  std::optional<std::string> raw;
  std::string raw_name;
  std::vector<Pending> read;
  std::vector<ReadProblem> problems;
};

class Ingester::Pool : public OrderedPool<Pending, Pending> {
 public:
  using OrderedPool::OrderedPool;
};

namespace {

// Enough articles in flight to keep every worker busy while the writer commits; bounded so
// memory stays flat in the length of the input.
constexpr size_t kJobsPerWorker = 8;

// SQLite page cache of the writing connection, KiB. The default 2 MB re-reads the pages of
// the indexes every article touches (a third of the writer's system time at N = 1,000);
// bounded, so memory stays flat in N.
constexpr int kWriterCacheKiB = 32 * 1024;

// How much nicer the extraction workers run than the writer. The writer is the one serial
// stage, and with a worker per core there is one thread more than cores: at equal priority
// the writer got about two thirds of a core while the workers waited for it (issue 9: a
// 3,000-article bench ingest ran 8-18% faster with the workers at +5 in three A/B pairs).
constexpr int kWorkerNice = 5;

size_t worker_count(const IngestOptions& opts) {
  if (!opts.extract) return 0;
  if (opts.workers) return *opts.workers;
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

Ingester::Ingester(store::Database& db, IngestOptions opts, std::function<std::string()> now)
    : db_(db), opts_(std::move(opts)), now_(std::move(now)), articles_(db), extractions_(db) {
  db_.sql().exec("PRAGMA cache_size = -" + std::to_string(kWriterCacheKiB));
  const size_t workers = worker_count(opts_);
  const bool extract = opts_.extract;
  const IngestOptions overrides = opts_;
  // Hashing and packing need only the body, so the workers do them and the writer does not.
  auto prepare = [extract](Pending& p) {
    p.body = store::prepare_body(p.article.body);
    if (extract) {
      const Document doc(p.article.body);
      p.extraction = extract_article(doc, p.article.published);
    }
  };
  pool_ = std::make_unique<Pool>(workers, workers * kJobsPerWorker + 1, [prepare, overrides](Pending& p) {
    if (p.raw) {
      ReadResult r = read_articles(*p.raw, p.raw_name, overrides.read);
      p.raw.reset();
      p.problems = std::move(r.problems);
      for (auto& a : r.articles) {
        apply_overrides(overrides, a);
        Pending one;
        one.article = std::move(a);
        one.bytes_done = p.bytes_done;
        prepare(one);
        p.read.push_back(std::move(one));
      }
    } else {
      prepare(p);
    }
    return std::move(p);
  }, kWorkerNice);
}

Ingester::~Ingester() = default;

void Ingester::apply_overrides(const IngestOptions& opts, ArticleInput& a) {
  if (opts.outlet) a.outlet = opts.outlet;
  if (opts.url) a.url = opts.url;
  if (opts.published) a.published = *opts.published;
}

void Ingester::count(const store::PutResult& r) {
  switch (r.outcome) {
    case store::PutOutcome::kNew: ++counts_.added; break;
    case store::PutOutcome::kUnchanged: ++counts_.unchanged; break;
    case store::PutOutcome::kRevised: ++counts_.revised; break;
    case store::PutOutcome::kRedated: ++counts_.redated; break;
  }
}

store::PutResult Ingester::store_one(const ArticleInput& a, const Extraction* x, const store::PreparedBody* body) {
  const std::string now = now_();
  store::PutResult r = articles_.put(a, now, body);
  if (r.outcome != store::PutOutcome::kUnchanged && opts_.extract) {
    if (x) {
      extractions_.put(r.revision_id, *x, a.body, now);
    } else {
      const Document doc(a.body);
      extractions_.put(r.revision_id, extract_article(doc, a.published), a.body, now);
    }
  }
  return r;
}

store::PutResult Ingester::ingest_article(ArticleInput a) {
  finish();
  apply_overrides(opts_, a);
  store::PutResult r;
  try {
    store::Transaction tx(db_);
    r = store_one(a, nullptr);
    tx.commit();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, db_.path());
  }
  count(r);
  return r;
}

void Ingester::submit(ArticleInput a, size_t bytes_done) {
  apply_overrides(opts_, a);
  Pending p;
  p.article = std::move(a);
  p.bytes_done = bytes_done;
  submit(std::move(p));
}

void Ingester::submit(Pending p) {
  while (pool_->in_flight() >= pool_->window()) write(pool_->take());
  pool_->submit(std::move(p));
  // Write what is ready now, so the writer keeps pace instead of waiting for a full window.
  while (pool_->front_ready()) write(pool_->take());
}

// An input the workers read: its problems, then its articles, in input order.
void Ingester::write(Pending p) {
  if (!p.whole_input) {
    write_one(p);
    return;
  }
  counts_.rejected += p.problems.size();
  problems_.insert(problems_.end(), p.problems.begin(), p.problems.end());
  for (Pending& one : p.read) write_one(one);
  counts_.bytes = std::max(counts_.bytes, p.bytes_done);
  if (p.read.empty() && progress_) progress_(IngestProgress{counts_.bytes, total_bytes_, &counts_});
}

// Writes one article in the current batch transaction, committing when the batch is full.
// A failure rolls back the batch (one article by default) and propagates.
void Ingester::write_one(const Pending& p) {
  store::PutResult r;
  try {
    if (!batch_tx_) batch_tx_.emplace(db_);
    r = store_one(p.article, p.extraction ? &*p.extraction : nullptr, p.body ? &*p.body : nullptr);
    if (++batch_size_ >= std::max<size_t>(opts_.batch, 1)) {
      batch_tx_->commit();
      batch_tx_.reset();
      batch_size_ = 0;
    }
  } catch (const std::exception& e) {
    batch_tx_.reset();
    batch_size_ = 0;
    if (dynamic_cast<const Error*>(&e)) throw;
    store::rethrow_sqlite(e, db_.path());
  }
  count(r);
  counts_.bytes = std::max(counts_.bytes, p.bytes_done);
  if (progress_) progress_(IngestProgress{counts_.bytes, total_bytes_, &counts_});
}

void Ingester::finish() {
  while (pool_->in_flight() > 0) write(pool_->take());
  if (batch_tx_) {
    try {
      batch_tx_->commit();
    } catch (...) {
      batch_tx_.reset();
      batch_size_ = 0;
      throw;
    }
    batch_tx_.reset();
    batch_size_ = 0;
  }
}

// One extraction object per line; a bad line is a problem (file:line) and the others are
// stored. The records skip the extraction pool: they go to the writer as they are.
void Ingester::add_extracted_content(std::string_view content, std::string_view name) {
  finish();
  const size_t start_bytes = read_bytes_;
  read_bytes_ += content.size();
  size_t line_no = 0, pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    const std::string_view line = content.substr(pos, end - pos);
    ++line_no;
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    auto reject = [&](const std::string& message) {
      ++counts_.rejected;
      problems_.push_back(ReadProblem{std::string(name) + ":" + std::to_string(line_no), message});
    };
    const nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
    if (object.is_discarded()) {
      reject("not a JSON object (each line must be one object of 'claimline extract --jsonl')");
      continue;
    }
    std::string error;
    std::optional<ExtractedRecord> record = parse_extracted(object, &error);
    if (!record) {
      reject(error);
      continue;
    }
    apply_overrides(opts_, record->article);
    Pending p;
    p.article = std::move(record->article);
    p.extraction = std::move(record->extraction);
    p.bytes_done = start_bytes + std::min(pos, content.size());
    write_one(p);
  }
  finish();
}

void Ingester::add_content(std::string_view content, std::string_view name) {
  if (opts_.extracted) {
    add_extracted_content(content, name);
    return;
  }
  // An input of a one-article format is read on a worker with its extraction: reading
  // (decoding, normalising the body) was the writer's, the one serial stage's, work.
  if (pool_->workers() > 0 && !content.empty()) {
    const InputFormat format =
        opts_.read.format == InputFormat::kAuto ? sniff_format(content, name) : opts_.read.format;
    if (format != InputFormat::kJson && format != InputFormat::kJsonl) {
      read_bytes_ += content.size();
      Pending p;
      p.whole_input = true;
      p.raw = std::string(content);
      p.raw_name = std::string(name);
      p.bytes_done = read_bytes_;
      submit(std::move(p));
      return;
    }
  }
  ReadResult read = read_articles(content, name, opts_.read);
  // Inputs still with the workers come first, problems and all.
  if (!read.problems.empty()) {
    while (pool_->in_flight() > 0) write(pool_->take());
  }
  counts_.rejected += read.problems.size();
  problems_.insert(problems_.end(), read.problems.begin(), read.problems.end());
  // Spread the input's bytes over its articles so a large JSON Lines file moves the bar.
  const size_t start_bytes = read_bytes_;
  read_bytes_ += content.size();
  for (size_t i = 0; i < read.articles.size(); ++i) {
    submit(std::move(read.articles[i]), start_bytes + content.size() * (i + 1) / read.articles.size());
  }
}

void Ingester::ingest_content(std::string_view content, std::string_view name) {
  add_content(content, name);
  finish();
  counts_.bytes = std::max(counts_.bytes, read_bytes_);
}

void Ingester::ingest_paths(const std::vector<std::string>& paths, const std::function<std::string()>& read_stdin) {
  std::vector<ReadProblem> missing;
  const std::vector<std::string> files = expand_inputs(paths, &missing);
  counts_.rejected += missing.size();
  problems_.insert(problems_.end(), missing.begin(), missing.end());
  for (const auto& f : files) {
    std::error_code ec;
    if (f != "-") total_bytes_ += fs::file_size(f, ec);
  }
  for (const auto& f : files) {
    if (f == "-") {
      add_content(read_stdin(), "<stdin>");
      continue;
    }
    std::vector<ReadProblem> problems;
    auto content = read_file(f, std::max(kMaxFileBytes, opts_.read.max_article_bytes), &problems);
    if (!content) {
      counts_.rejected += problems.size();
      problems_.insert(problems_.end(), problems.begin(), problems.end());
      continue;
    }
    add_content(*content, f);
  }
  finish();
  counts_.bytes = std::max(counts_.bytes, read_bytes_);
}

}  // namespace claimline::ingest
