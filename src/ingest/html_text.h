// Text out of HTML: the main article text of a saved page, or the text of a fragment.
#pragma once

#include <string>
#include <string_view>

namespace claimline::ingest {

// Block elements become paragraphs separated by a blank line; whitespace is collapsed;
// entities are decoded; script, style and navigation clutter are dropped.
std::string html_fragment_text(std::string_view html);

}  // namespace claimline::ingest
