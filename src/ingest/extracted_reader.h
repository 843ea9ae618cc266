// Reads extraction objects (the output of `claimline extract --jsonl`, one per line) back
// into an article and its Extraction, so `ingest --extracted` can store results computed
// elsewhere without extracting again. Every span is checked against the body: a record
// with a span outside it, or not on UTF-8 boundaries, is refused, never stored half-right.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/article.h"
#include "model/extraction.h"

namespace claimline::ingest {

struct ExtractedRecord {
  ArticleInput article;
  Extraction extraction;
};

// Parses one extraction object. On failure returns nullopt and sets *error to one line
// saying what is wrong (the field and why).
std::optional<ExtractedRecord> parse_extracted(const nlohmann::json& object, std::string* error);

}  // namespace claimline::ingest
