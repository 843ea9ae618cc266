// brat standoff annotations (.ann files), as PolNeAR ships its attributions:
//   T<n>\t<Label> <start> <end>[;<start> <end>...]\t<covered text>
//   E<n>\t<Type>:T<anchor> <Role>:T<id> ...
// Offsets in .ann files count Unicode code points of the text, end-exclusive; the rest of
// claimline counts bytes. CodePointIndex converts between the two for one text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimline::eval {

// Byte <-> code point offsets of one UTF-8 text.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  size_t size() const { return byte_of_.size() - 1; }  // number of code points
  // Code point offset of byte offset `byte` (a code point boundary, <= text size).
  size_t code_point(size_t byte) const;
  // Byte offset of code point offset `cp` (<= size()).
  size_t byte(size_t cp) const { return byte_of_[cp]; }
  char32_t at(size_t cp) const { return code_points_[cp]; }
  const std::u32string& code_points() const { return code_points_; }

 private:
  std::vector<size_t> byte_of_;  // byte offset of each code point, plus the text size
  std::u32string code_points_;
};

using Fragment = std::pair<size_t, size_t>;  // [start, end) in code points

struct BratSpan {
  std::string id;     // "T3"
  std::string label;  // Source, Cue, Content, Attribution, ...
  std::vector<Fragment> fragments;
  std::string text;   // covered text as written in the file (fragments joined by one space)
};

struct BratArgument {
  std::string role;  // "Content", "Cue", "Source", "Content2", ...
  std::string target;
};

struct BratEvent {
  std::string id;     // "E1"
  std::string type;   // "Attribution"
  std::string anchor; // the trigger T id
  std::vector<BratArgument> args;
};

struct BratDocument {
  std::vector<BratSpan> spans;
  std::vector<BratEvent> events;
};

// Parses .ann text. A line that does not start a record continues the covered text of the
// previous one (covered texts may hold line breaks). Lines of other record kinds (A, R, N,
// M, #) are skipped. Throws claimline::Error (bad input) naming `origin` and the line for a
// malformed T or E line.
BratDocument parse_brat(std::string_view ann, std::string_view origin);

// Writes .ann text: T lines then E lines, in the order given; covered texts are taken from
// `text` at the fragments' offsets.
std::string write_brat(const BratDocument& doc, const CodePointIndex& text);

// The covered text of fragments, as brat writes it: the pieces joined by one space.
std::string covered_text(const CodePointIndex& text, const std::vector<Fragment>& fragments);

}  // namespace claimline::eval
