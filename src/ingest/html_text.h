// Text out of HTML: the main article text of a saved page, or the text of a fragment.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimline::ingest {

// Block elements become paragraphs separated by a blank line; whitespace is collapsed;
// entities are decoded; script, style and navigation clutter are dropped.
// REQUIRES: !html_too_deep(html) (deeper HTML makes the parser quadratic in the depth and
// the tree walks overflow the stack); deeper trees once parsed give an empty text.
std::string html_fragment_text(std::string_view html);

// The deepest nesting of elements HTML may have: deeper input is refused.
inline constexpr size_t kMaxHtmlDepth = 512;

struct HtmlDepthProblem {
  size_t line = 0;      // 1-based line of the tag that went too deep
  std::string message;  // "HTML nested deeper than 512 levels"
};

// Nothing when `html` nests elements at most kMaxHtmlDepth deep. A linear scan of the tags,
// before any parsing: end tags close; void and self-closing elements, and those a start
// tag of their own kind closes (p, li, td, ...), do not nest.
std::optional<HtmlDepthProblem> html_too_deep(std::string_view html);

}  // namespace claimline::ingest
