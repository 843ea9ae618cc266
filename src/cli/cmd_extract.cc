#include <iostream>

#include "cli/commands.h"
#include "cli/options.h"
#include "extract/document.h"
#include "extract/pipeline.h"
#include "ingest/ingester.h"
#include "ingest/reader.h"
#include "report/extraction_json.h"
#include "util/error.h"

namespace claimline::cli {
namespace {

struct ExtractArgs {
  std::string file;
  std::string published;
  std::string input_format = "auto";
  bool jsonl = false;
  bool no_body = false;
};

nlohmann::json extract_one(const ArticleInput& a, const ExtractArgs& args) {
  const Document doc(a.body);
  return report::extraction_json(a, extract_article(doc, a.published), !args.no_body);
}

void apply_published(ArticleInput* a, const std::optional<Timestamp>& published) {
  if (published) a->published = *published;
}

// JSON Lines on standard input, one extraction per line out, streamed: memory stays flat
// however long the input.
void run_stream(const ExtractArgs& args, const std::optional<Timestamp>& published, Global& g) {
  std::string line;
  size_t line_no = 0, bad = 0;
  ingest::ReadOptions opts;
  opts.format = ingest::InputFormat::kJsonl;
  while (std::getline(g.io->in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ingest::ReadResult r = ingest::read_articles(line, "<stdin>:" + std::to_string(line_no), opts);
    for (const auto& p : r.problems) {
      g.io->err << "claimline: " << p.where << ": " << p.message << '\n';
      ++bad;
    }
    for (auto& a : r.articles) {
      a.origin = "<stdin>:" + std::to_string(line_no);
      apply_published(&a, published);
      g.io->out << extract_one(a, args).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
  if (bad > 0) g.exit_code = static_cast<int>(ExitCode::kBadInput);
}

void run_extract(const ExtractArgs& args, Global& g) {
  std::optional<Timestamp> published;
  if (!args.published.empty()) published = parse_user_time(args.published, "--published");
  if (args.file == "-" && (args.jsonl || args.input_format == "jsonl")) {
    run_stream(args, published, g);
    return;
  }
  std::vector<ingest::ReadProblem> problems;
  std::optional<std::string> content;
  if (args.file == "-") {
    content = std::string(std::istreambuf_iterator<char>(g.io->in), std::istreambuf_iterator<char>());
  } else {
    content = ingest::read_file(args.file, size_t{1} << 31, &problems);
  }
  if (!content) throw Error::bad_input(problems.front().where + ": " + problems.front().message);
  ingest::ReadOptions opts;
  opts.format = *ingest::parse_input_format(args.input_format);
  ingest::ReadResult r = ingest::read_articles(*content, args.file == "-" ? "<stdin>" : args.file, opts);
  for (const auto& p : r.problems) g.io->err << "claimline: " << p.where << ": " << p.message << '\n';
  const bool one_per_line = args.jsonl || r.articles.size() != 1;
  for (auto& a : r.articles) {
    apply_published(&a, published);
    const nlohmann::json j = extract_one(a, args);
    g.io->out << j.dump(one_per_line ? -1 : 2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  if (!r.problems.empty()) g.exit_code = static_cast<int>(ExitCode::kBadInput);
}

}  // namespace

void setup_extract(CLI::App& app, Global& g) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand(
      "extract",
      "Extract entities, statements and time expressions from an article and print them as JSON\n"
      "(the extraction contract); nothing is stored. One article prints one indented object;\n"
      "several (or --jsonl) print one object per line. 'extract --jsonl -' streams JSON Lines\n"
      "articles from standard input, for running extraction under another engine.");
  cmd->add_option("file", args->file, "Article file in any input format, or - for standard input")->required();
  cmd->add_option("--published", args->published,
                  "Publication date to resolve relative times against (overrides the article's own)");
  cmd->add_option("--input-format", args->input_format, "Input format (default: auto)")
      ->check(CLI::IsMember({"auto", "text", "md", "json", "jsonl", "html"}));
  cmd->add_flag("--jsonl", args->jsonl, "One JSON object per line (standard input is read as JSON Lines)");
  cmd->add_flag("--no-body", args->no_body, "Leave the article body out of the output");
  cmd->callback([args, &g] { run_extract(*args, g); });
}

}  // namespace claimline::cli
