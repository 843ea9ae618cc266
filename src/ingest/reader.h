// Readers: the text of one input file -> the articles in it. Pure functions of (content,
// name); no I/O. Problems are reported per article with "name:line: message" and never stop
// the other articles of the same file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace claimline::ingest {

enum class InputFormat { kAuto, kText, kMarkdown, kJson, kJsonl, kHtml };

std::optional<InputFormat> parse_input_format(std::string_view name);  // auto|text|md|json|jsonl|html
std::string_view input_format_name(InputFormat f);

// Guesses the format from the file name's extension, then from the content.
InputFormat sniff_format(std::string_view content, std::string_view name);

struct ReadProblem {
  std::string where;    // "path:line"
  std::string message;  // what is wrong, in one line
};

struct ReadResult {
  std::vector<ArticleInput> articles;
  std::vector<ReadProblem> problems;
};

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  size_t max_article_bytes = 8u << 20;  // bodies larger than this are refused
};

// Reads every article of one input. `name` is used in messages and as the origin.
ReadResult read_articles(std::string_view content, std::string_view name, const ReadOptions& opts);

// The individual readers, exposed for tests. Each appends to `out`. `first_line` is the
// 1-based line of `content` within its file (for JSON Lines records).
void read_text(std::string_view content, std::string_view name, ReadResult* out);
void read_markdown(std::string_view content, std::string_view name, ReadResult* out);
void read_json(std::string_view content, std::string_view name, ReadResult* out);
void read_html(std::string_view content, std::string_view name, ReadResult* out);

// Body clean-up shared by the readers: drops a byte-order mark, turns CRLF and CR into LF,
// trims trailing spaces on each line and blank lines at both ends.
std::string normalize_body(std::string_view text);

// Checks that `content` is text: valid UTF-8, no NUL or other binary control bytes.
// Returns nullopt when fine, else the problem with its 1-based line.
std::optional<ReadProblem> check_text(std::string_view content, std::string_view name);

}  // namespace claimline::ingest
