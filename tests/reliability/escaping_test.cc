// Report escaping: text from articles that is hostile to the places listings are pasted
// (spreadsheet formulas, Markdown pipes, HTML, quotes, commas, newlines) comes out inert in
// every listing and every format: CSV cells never start a formula, JSON parses back to
// the same strings, Markdown rows keep their columns, and no control byte reaches a terminal.

#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "e2e/run.h"

namespace claimline::testing {
namespace {

const std::string kTitle = R"(=HYPERLINK("http://evil.example","click"), "quoted" | pipe <script>alert(1)</script>)";
const std::string kOutlet = "+Evil News";
const std::string kAuthor = "@SUM(A1:A9)";
const std::string kClaim = "=Troops are surrounded near Sudzha";

const std::string kArticle = "Title: " + kTitle + "\nOutlet: " + kOutlet + "\nAuthor: " + kAuthor +
                             "\nPublished: 2025-03-12\nURL: https://evil.example/a\n\n"
                             "-2+3 Maria Okafor said on Monday that \"=cmd|' /C calc'!A0\" was a threat, and @admin "
                             "agreed.\n\n"
                             "\"+Troops are surrounded near Sudzha, | and\nthat is that,\" said Tomas Vidal, a "
                             "spokesman for the ministry. <b>Bold</b> & co.\n";

// RFC 4180: rows of cells.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false, in_cell = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"' && cell.empty()) {
      quoted = in_cell = true;
    } else if (c == ',') {
      rows.back().push_back(cell);
      cell.clear();
      in_cell = false;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n') {
      rows.back().push_back(cell);
      cell.clear();
      in_cell = false;
      rows.emplace_back();
    } else {
      cell += c;
      in_cell = true;
    }
  }
  if (in_cell || !cell.empty()) rows.back().push_back(cell);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

// Every string anywhere in a JSON value.
void strings_of(const nlohmann::json& v, std::vector<std::string>* out) {
  if (v.is_string()) out->push_back(v.get<std::string>());
  if (v.is_structured()) {
    for (const auto& e : v) strings_of(e, out);
  }
}

size_t unescaped_pipes(const std::string& line) {
  size_t n = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') ++i;
    else if (line[i] == '|') ++n;
  }
  return n;
}

class Escaping : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    db_ = dir_->file("hostile.db");
    ASSERT_EQ(run_claimline(*dir_, db_, {"ingest", "-"}, kArticle).code, 0);
    ASSERT_EQ(run_claimline(*dir_, db_, {"claims", "add", kClaim}).code, 0);
    ASSERT_EQ(run_claimline(*dir_, db_, {"claims", "scan"}).code, 0);
  }
  static void TearDownTestSuite() { delete dir_; }

  static RunResult run(std::vector<std::string> args, const std::string& format) {
    args.insert(args.end(), {"--format", format});
    RunResult r = run_claimline(*dir_, db_, args);
    EXPECT_EQ(r.code, 0) << r.err;
    for (char c : r.out) {
      const auto u = static_cast<unsigned char>(c);
      EXPECT_FALSE(u < 0x20 && c != '\n' && c != '\r' && c != '\t') << "control byte " << int(u) << " in output";
    }
    return r;
  }

  static inline TempDir* dir_ = nullptr;
  static inline std::string db_;
};

const std::vector<std::vector<std::string>> kListings = {
    {"articles"}, {"articles", "show", "1"}, {"outlets"},  {"statements"},       {"entities"},
    {"claims", "list"}, {"claims", "show", "1"}, {"events"}, {"timeline", "--claim", "1"},
};

std::string name_of(const std::vector<std::string>& args) {
  std::string s;
  for (const auto& a : args) s += (s.empty() ? "" : " ") + a;
  return s;
}

TEST_F(Escaping, CsvCellsNeverStartAFormula) {
  size_t hostile_cells = 0;
  for (const auto& listing : kListings) {
    SCOPED_TRACE(name_of(listing));
    const RunResult r = run(listing, "csv");
    const auto rows = parse_csv(r.out);
    ASSERT_GE(rows.size(), 2u) << r.out;
    size_t width = 0;  // of the current table: `show` prints several, a blank line apart
    for (const auto& row : rows) {
      if (row.empty() || (row.size() == 1 && row[0].empty())) {
        width = 0;
        continue;
      }
      if (width == 0) width = row.size();
      EXPECT_EQ(row.size(), width) << "a row with a different number of cells:\n" << r.out;
      for (const auto& cell : row) {
        if (cell.empty()) continue;
        EXPECT_EQ(std::string("=+-@\t\r").find(cell[0]), std::string::npos) << "cell starts a formula: " << cell;
        if (cell[0] == '\'' && cell.size() > 1 && std::string("=+-@").find(cell[1]) != std::string::npos) {
          ++hostile_cells;
        }
      }
    }
  }
  // The hostile title, outlet, author and claim did come through (escaped), so the check saw them.
  EXPECT_GE(hostile_cells, 6u);
  const auto articles = parse_csv(run({"articles"}, "csv").out);
  bool title_found = false;
  for (const auto& row : articles) {
    for (const auto& cell : row) title_found |= cell == "'" + kTitle;
  }
  EXPECT_TRUE(title_found) << "the title should read back whole after the apostrophe";
}

TEST_F(Escaping, JsonAndJsonLinesParseBackToTheSameStrings) {
  for (const auto& listing : kListings) {
    SCOPED_TRACE(name_of(listing));
    std::vector<std::string> strings;
    const RunResult json = run(listing, "json");
    ASSERT_NO_THROW(strings_of(nlohmann::json::parse(json.out), &strings)) << json.out;
    const RunResult jsonl = run(listing, "jsonl");
    size_t start = 0;
    while (start < jsonl.out.size()) {
      const size_t nl = jsonl.out.find('\n', start);
      const std::string line = jsonl.out.substr(start, nl - start);
      start = nl == std::string::npos ? jsonl.out.size() : nl + 1;
      if (line.empty()) continue;
      ASSERT_NO_THROW(strings_of(nlohmann::json::parse(line), &strings)) << line;
    }
    if (listing[0] == "articles") {
      EXPECT_NE(std::find(strings.begin(), strings.end(), kTitle), strings.end()) << json.out;
    }
    if (listing[0] == "outlets") {
      EXPECT_NE(std::find(strings.begin(), strings.end(), kOutlet), strings.end()) << json.out;
    }
  }
}

TEST_F(Escaping, MarkdownRowsKeepTheirColumnsAndHtmlIsInert) {
  for (const auto& listing : kListings) {
    SCOPED_TRACE(name_of(listing));
    const RunResult r = run(listing, "md");
    EXPECT_EQ(r.out.find("<script>"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("<b>"), std::string::npos) << r.out;
    size_t columns = std::string::npos;
    bool any_table = false;
    size_t start = 0;
    while (start < r.out.size()) {
      const size_t nl = r.out.find('\n', start);
      const std::string line = r.out.substr(start, nl - start);
      start = nl == std::string::npos ? r.out.size() : nl + 1;
      if (line.empty() || line[0] != '|') {
        columns = std::string::npos;  // the next table may have other columns
        continue;
      }
      if (columns == std::string::npos) columns = unescaped_pipes(line);
      any_table = true;
      EXPECT_EQ(unescaped_pipes(line), columns) << "row breaks the table: " << line;
    }
    EXPECT_TRUE(any_table) << "no table in:\n" << r.out;
  }
}

TEST_F(Escaping, TablesShowTheTextWithoutControlBytes) {
  for (const auto& listing : kListings) {
    SCOPED_TRACE(name_of(listing));
    run(listing, "table");  // checks for control bytes
  }
}

// Control characters written as escapes (JSON \u001b, HTML &#27;) never reach the store.
TEST(EscapedControlBytes, AreRefusedWithTheFieldNamed) {
  TempDir dir;
  const std::string db = dir.file("c.db");
  const std::string json = R"({"title": "Red \u001b[31mALERT\u001b[0m", "source": "Esc Wire", "text": "It was over."})";
  RunResult r = run_claimline(dir, db, {"ingest", "--format", "json", "-"}, json);
  EXPECT_EQ(r.code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("control byte 27 in the title"), std::string::npos) << r.err;
  const std::string html = "<html><head><title>T</title></head><body><article><p>It was &#7;over.</p></article></body></html>";
  r = run_claimline(dir, db, {"ingest", "--format", "html", "-"}, html);
  EXPECT_EQ(r.code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("control byte 7 in the body"), std::string::npos) << r.err;
  // Tabs and form feeds written as escapes are text, as in files.
  r = run_claimline(dir, db, {"ingest", "--format", "json", "-"},
                    R"({"title": "Tab\there", "source": "Esc Wire", "text": "It was\u000cover."})");
  EXPECT_EQ(r.code, 0) << r.err;
}

}  // namespace
}  // namespace claimline::testing
