// Reading and writing TimeML documents as TempEval-3 distributes them (.tml): a DCT
// (<DCT><TIMEX3 functionInDocument="CREATION_TIME" value="..."/></DCT>) and a <TEXT> with
// inline TIMEX3, EVENT and SIGNAL tags. Only what Task A (time expressions) needs is kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/span.h"

namespace claimline::timeml {

struct Timex {
  Span span;          // byte span into Document::text (tags removed), half-open
  std::string type;   // TIMEX3 type, as written
  std::string value;  // TIMEX3 value, as written
  std::string mod;    // TIMEX3 mod, or empty
  std::string tid;    // TIMEX3 tid, or empty
};

struct Document {
  std::string doc_id;       // <DOCID>, or empty
  std::string dct_value;    // value of the CREATION_TIME TIMEX3 ("1998-01-08"), or empty
  std::string dct_type;     // its type ("DATE" or "TIME"), or empty
  std::string dct_text;     // its text ("19980108"), or empty
  std::string text;         // character data of <TEXT> with every tag removed, decoded (UTF-8)
  std::vector<Timex> timexes;  // TIMEX3s inside <TEXT>, ordered by (start, end); an inner
                               // TIMEX3 comes before an outer one with the same extent
};

// Parses one .tml file. Throws claimline::Error (bad input, naming `origin` and the line)
// on malformed XML or when the file has no single <TEXT> element.
Document read(std::string_view source, std::string_view origin);

// Serialises `doc` as TimeML that TempEval-3 scorers read back to the same text and TIMEX3s:
// the DCT, then <TEXT> with each TIMEX3 tagged inline (tid t1, t2, ... in text order).
// REQUIRES: timexes sorted by start, not overlapping, on UTF-8 boundaries of `text`.
std::string write(const Document& doc);

}  // namespace claimline::timeml
