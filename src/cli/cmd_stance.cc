// `claimline stance "CLAIM TEXT" FILE... [--format ...] [--model FILE]`: the stance of each
// article toward an ad-hoc claim, with its evidence, without a database. Files are read like
// `ingest` reads them (plain text with a header, Markdown, JSON, JSON Lines, HTML); a file
// holding several articles gives one row each (`file` is then "PATH#N"). Per article: `file`,
// `title`, `stance` (supports, denies, discusses, unrelated), `confidence`, `probabilities`
// and `evidence` (each with `span` [start, end) in bytes of the article body, `text`,
// `speaker` (the statement's speaker when the evidence lies in a statement, else null),
// `stance`, `relevance`, `confidence`, `rule`). These field names are a contract: fields may
// be added, none renamed. A file that cannot be read is reported on stderr and makes the
// exit code 3; the other files are still classified.
#include <algorithm>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>

#include "cli/commands.h"
#include "extract/document.h"
#include "extract/pipeline.h"
#include "extract/stance.h"
#include "ingest/reader.h"
#include "util/error.h"
#include "util/utf8.h"

namespace claimline::cli {
namespace {

struct StanceOptions {
  std::string claim;
  std::vector<std::string> files;
  std::string model_path;
};

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::bad_input("cannot read " + path, "check the path");
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  const size_t bad = utf8::find_invalid(text);
  if (bad != std::string::npos) {
    throw Error::bad_input(path + ":" + std::to_string(utf8::line_of(text, bad)) + ": invalid UTF-8",
                           "convert the file to UTF-8");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw Error::bad_input(path + ": empty file");
  return text;
}

// The speaker of the statement holding most of `span`, if any is named.
nlohmann::json speaker_of(const Extraction& x, Span span) {
  const Statement* best = nullptr;
  uint32_t best_overlap = 0;
  for (const auto& st : x.statements) {
    const uint32_t lo = std::max(st.span.start, span.start), hi = std::min(st.span.end, span.end);
    if (hi > lo && hi - lo > best_overlap && !st.speaker.empty()) best = &st, best_overlap = hi - lo;
  }
  if (!best) return nullptr;
  return best->speaker;
}

nlohmann::json evidence_json(const Document& doc, const Extraction& x, const StanceEvidence& e) {
  return {{"span", {e.span.start, e.span.end}},
          {"text", std::string(doc.text(e.span))},
          {"speaker", speaker_of(x, e.span)},
          {"stance", stance_name(e.stance)},
          {"relevance", e.relevance},
          {"confidence", e.confidence},
          {"rule", e.rule}};
}

nlohmann::json result_row(const std::string& file, const ArticleInput& a, const Document& doc, const Extraction& x,
                          const StanceResult& r) {
  nlohmann::json evidence = nlohmann::json::array(), probabilities = nlohmann::json::object();
  for (const auto& e : r.evidence) evidence.push_back(evidence_json(doc, x, e));
  for (const Stance s : kAllStances) probabilities[std::string(stance_name(s))] = r.probabilities[stance_index(s)];
  std::string top;
  if (!r.evidence.empty()) {
    top = std::string(stance_name(r.evidence.front().stance)) + ": " +
          std::string(doc.text(r.evidence.front().span));
  }
  return {{"file", file},
          {"title", a.title ? nlohmann::json(*a.title) : nlohmann::json(nullptr)},
          {"stance", stance_name(r.stance)},
          {"confidence", r.confidence},
          {"probabilities", probabilities},
          {"evidence", evidence},
          {"evidence_count", r.evidence.size()},
          {"first_evidence", top}};
}

void run_stance(const StanceOptions& o, Global& g) {
  std::optional<stance::StanceModel> loaded;
  if (!o.model_path.empty()) loaded = stance::StanceModel::load(o.model_path);
  const stance::StanceModel& model = loaded ? *loaded : stance::default_stance_model();
  if (o.claim.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw Error::usage("the claim is empty", "give the claim text as the first argument");
  }
  const stance::StanceClaim claim = prepare_claim(o.claim, model);
  report::Listing listing;
  listing.columns = {"file", "stance", "confidence", "evidence_count", "first_evidence"};
  for (const auto& file : o.files) {
    try {
      const std::string content = read_text(file);
      const ingest::ReadResult read = ingest::read_articles(content, file, ingest::ReadOptions{});
      for (const auto& p : read.problems) g.io->err << "claimline: " << p.where << ": " << p.message << '\n';
      if (!read.problems.empty()) g.exit_code = static_cast<int>(ExitCode::kBadInput);
      for (size_t i = 0; i < read.articles.size(); ++i) {
        const ArticleInput& a = read.articles[i];
        const Document doc(a.body);
        const Extraction x = extract_article(doc, a.published);
        StanceResult r = classify_stance(claim, prepare_article(doc, model), model);
        if (!article_names_claim(o.claim, doc)) {
          r.stance = Stance::kUnrelated;
          r.confidence = 1.0;
          r.evidence.clear();
        }
        const std::string name = read.articles.size() == 1 ? file : file + "#" + std::to_string(i + 1);
        listing.rows.push_back(result_row(name, a, doc, x, r));
      }
    } catch (const Error& e) {
      g.io->err << "claimline: " << e.what() << (e.hint().empty() ? "" : " (" + e.hint() + ")") << '\n';
      g.exit_code = static_cast<int>(e.exit_code());
    }
  }
  report::render(listing, g.format(), g.io->out);
}

}  // namespace

void setup_stance(CLI::App& app, Global& g) {
  auto o = std::make_shared<StanceOptions>();
  auto* cmd = app.add_subcommand("stance", "Stance of each file toward an ad-hoc claim, with evidence (no database)");
  cmd->add_option("claim", o->claim, "The claim, e.g. \"Ukrainian troops are encircled in the Kursk region\"")
      ->required();
  cmd->add_option("files", o->files, "Article files in any format 'ingest' reads (one row per article)")->required();
  cmd->add_option("--model", o->model_path, "Use this stance model file instead of the built-in one");
  add_format_option(cmd, g);
  cmd->callback([o, &g] { run_stance(*o, g); });
}

}  // namespace claimline::cli
