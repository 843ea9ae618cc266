// An article as read from an input file, before it is stored.
#pragma once

#include <optional>
#include <string>

#include "model/timestamp.h"

namespace claimline {

struct ArticleInput {
  std::optional<std::string> title;
  std::optional<std::string> outlet;  // as written in the input: "THEHILL", "The Hill", ...
  std::optional<std::string> url;
  std::optional<std::string> author;
  Timestamp published;                // precision kNone when the input carries no date
  std::string body;                   // UTF-8, "\n" line ends, no leading/trailing blank lines
  std::string origin;                 // where it came from: "path" or "path:line"
  std::string format;                 // text, md, json, jsonl, html
};

}  // namespace claimline
