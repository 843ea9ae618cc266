#include "ingest/ingester.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/document.h"
#include "extract/pipeline.h"
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

Ingester::Ingester(store::Database& db, IngestOptions opts, std::function<std::string()> now)
    : db_(db), opts_(std::move(opts)), now_(std::move(now)), articles_(db), extractions_(db) {}

store::PutResult Ingester::ingest_article(ArticleInput a) {
  if (opts_.outlet) a.outlet = opts_.outlet;
  if (opts_.url) a.url = opts_.url;
  if (opts_.published) a.published = *opts_.published;
  store::PutResult r;
  try {
    store::Transaction tx(db_);
    const std::string now = now_();
    r = articles_.put(a, now);
    if (r.outcome != store::PutOutcome::kUnchanged && opts_.extract) {
      const Document doc(a.body);
      extractions_.put(r.revision_id, extract_article(doc, a.published), a.body, now);
    }
    tx.commit();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    store::rethrow_sqlite(e, db_.path());
  }
  switch (r.outcome) {
    case store::PutOutcome::kNew: ++counts_.added; break;
    case store::PutOutcome::kUnchanged: ++counts_.unchanged; break;
    case store::PutOutcome::kRevised: ++counts_.revised; break;
    case store::PutOutcome::kRedated: ++counts_.redated; break;
  }
  return r;
}

void Ingester::ingest_content(std::string_view content, std::string_view name) {
  ReadResult read = read_articles(content, name, opts_.read);
  counts_.rejected += read.problems.size();
  problems_.insert(problems_.end(), read.problems.begin(), read.problems.end());
  const size_t start_bytes = counts_.bytes;
  size_t i = 0;
  for (auto& a : read.articles) {
    ingest_article(std::move(a));
    ++i;
    if (progress_) {
      // Spread the file's bytes over its articles so a large JSON Lines file moves the bar.
      counts_.bytes = start_bytes + content.size() * i / read.articles.size();
      progress_(IngestProgress{counts_.bytes, total_bytes_, &counts_});
    }
  }
  counts_.bytes = start_bytes + content.size();
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
      ingest_content(read_stdin(), "<stdin>");
      continue;
    }
    std::vector<ReadProblem> problems;
    auto content = read_file(f, std::max(kMaxFileBytes, opts_.read.max_article_bytes), &problems);
    if (!content) {
      counts_.rejected += problems.size();
      problems_.insert(problems_.end(), problems.begin(), problems.end());
      continue;
    }
    ingest_content(*content, f);
  }
}

}  // namespace claimline::ingest
