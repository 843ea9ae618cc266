#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iterator>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "ingest/ingester.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string format = "auto";
  std::string outlet, url, published;
  size_t max_bytes = 8u << 20;
  size_t batch = 1;
  int jobs = -1;  // -1: one extraction thread per core
  bool quiet = false;
  bool extracted = false;
};

// Count, rate and ETA on one self-overwriting line of a terminal, at most ten times a second.
class ProgressLine {
 public:
  explicit ProgressLine(std::ostream& err) : err_(err), start_(Clock::now()), last_(start_) {}
  void update(const ingest::IngestProgress& p) {
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const size_t n = p.counts->articles();
    std::ostringstream line;
    line << '\r' << n << " articles  " << std::fixed << std::setprecision(1) << (secs > 0 ? n / secs : 0.0)
         << "/s";
    if (p.total_bytes > 0 && p.done_bytes > 0 && secs > 0.5) {
      const double eta = secs * static_cast<double>(p.total_bytes - p.done_bytes) / static_cast<double>(p.done_bytes);
      line << "  " << (100 * p.done_bytes / p.total_bytes) << "%  ETA " << static_cast<int>(eta) / 60 << ':'
           << std::setw(2) << std::setfill('0') << static_cast<int>(eta) % 60;
    }
    line << "   ";
    err_ << line.str() << std::flush;
    shown_ = true;
  }
  void finish() {
    if (shown_) err_ << "\r\033[K" << std::flush;
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  Clock::time_point start_, last_;
  bool shown_ = false;
};

void run_ingest(const IngestArgs& args, Global& g) {
  ingest::IngestOptions opts;
  opts.read.format = *ingest::parse_input_format(args.format);
  opts.read.max_article_bytes = args.max_bytes;
  opts.batch = std::max<size_t>(args.batch, 1);
  if (args.jobs >= 0) opts.workers = static_cast<size_t>(args.jobs);
  opts.extracted = args.extracted;
  if (!args.outlet.empty()) opts.outlet = args.outlet;
  if (!args.url.empty()) opts.url = args.url;
  if (!args.published.empty()) opts.published = parse_user_time(args.published, "--published");

  store::Database db(g.db_path, store::OpenMode::kCreate);
  ingest::Ingester ingester(db, opts, now_iso);
  ProgressLine progress(g.io->err);
  if (g.io->err_is_terminal && !args.quiet) {
    ingester.set_progress([&](const ingest::IngestProgress& p) { progress.update(p); });
  }
  const auto start = std::chrono::steady_clock::now();
  auto read_stdin = [&] {
    return std::string(std::istreambuf_iterator<char>(g.io->in), std::istreambuf_iterator<char>());
  };
  try {
    ingester.ingest_paths(args.paths, read_stdin);
  } catch (...) {
    progress.finish();
    throw;
  }
  progress.finish();
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  for (const auto& p : ingester.problems()) g.io->err << "claimline: " << p.where << ": " << p.message << '\n';
  const auto& c = ingester.counts();
  std::ostringstream summary;
  summary << "ingested " << c.articles() << (c.articles() == 1 ? " article: " : " articles: ") << c.added
          << " new, " << c.unchanged << " unchanged, " << c.revised << " revised";
  if (c.redated > 0) summary << ", " << c.redated << " newly dated";
  summary << "; " << c.rejected << " rejected";
  summary << std::fixed << std::setprecision(2) << " (" << static_cast<double>(c.bytes) / 1e6 << " MB in "
          << secs << " s)";
  if (!args.quiet) g.io->out << summary.str() << '\n';
  if (c.rejected > 0) g.exit_code = static_cast<int>(ExitCode::kBadInput);
}

}  // namespace

void setup_ingest(CLI::App& app, Global& g) {
  auto args = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand(
      "ingest",
      "Store articles from files, directories (walked recursively) or '-' (standard input).\n"
      "Formats: plain text with a 'Key: value' header, Markdown with front matter, JSON object\n"
      "or array, JSON Lines, saved HTML pages. The same content again is a no-op; a changed body\n"
      "under the same URL is stored as a new revision. Exit code 3 if any input was bad.");
  cmd->add_option("paths", args->paths, "Files, directories or - for standard input")->required();
  cmd->add_option("--format", args->format, "Input format (default: auto, from extension and content)")
      ->check(CLI::IsMember({"auto", "text", "md", "json", "jsonl", "html"}));
  cmd->add_option("--outlet", args->outlet, "Outlet of every article read (overrides the inputs)");
  cmd->add_option("--published", args->published,
                  "Publication date of every article read, YYYY-MM-DD or ISO 8601 (overrides the inputs)");
  cmd->add_option("--url", args->url, "URL of the article read (overrides the input)");
  cmd->add_option("--max-bytes", args->max_bytes, "Largest article body accepted, in bytes (default 8 MiB)");
  cmd->add_option("--batch", args->batch,
                  "Articles per transaction, for bulk loads (default 1). A failure rolls back its whole\n"
                  "batch, never part of an article")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--jobs", args->jobs, "Extraction threads (default: one per core; they run at nice +5 so the one writing thread keeps a core; 0: extract on the writer)")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("--extracted", args->extracted,
                "The inputs are JSON Lines of extraction objects ('claimline extract --jsonl' output):\n"
                "store each article with its entities, statements, times and events as given, without\n"
                "extracting again. A record whose spans do not fit its body is rejected (exit 3)");
  cmd->add_flag("-q,--quiet", args->quiet, "No summary and no progress");
  cmd->callback([args, &g] { run_ingest(*args, g); });
}

}  // namespace claimline::cli
