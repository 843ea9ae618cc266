// MEANTIME CAT XML (Minard et al., LREC 2016): reading a document's tokens, event mentions
// and their instances, rebuilding its text, and writing predictions in the subset of CAT
// that ../shared/eval/score_meantime.py accepts (its README defines the format).
//
// Instance keys follow the scorer: "I:<instance_id>" for an EVENT with an instance_id
// (shared across documents), "L:<file>:<m_id>" for an EVENT without one (local to its
// document), "S:<file>:<m_id>" for a mention no REFERS_TO names (a singleton).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/span.h"

namespace claimline::eval {

struct CatToken {
  std::string t_id;
  int sentence = 0;
  std::string text;
  uint32_t source_start = 0;  // the <token ...>...</token> element in the file, verbatim
  uint32_t source_end = 0;
};

struct CatMention {
  std::string m_id;
  std::vector<std::string> tokens;  // t_ids, as anchored
  std::string polarity, time, certainty;  // empty when absent
  int sentence = 0;                       // the sentence of its first token
  std::vector<std::string> instances;     // instance keys, sorted (see above)
};

struct CatDocument {
  std::string file_name;  // "107785_Apple_launches_3G.xml"
  std::string doc_id;
  std::string source;     // the whole file
  std::vector<CatToken> tokens;
  std::vector<CatMention> mentions;
  std::string creation_time;  // value of the TIMEX3 with functionInDocument CREATION_TIME
};

// Reads one CAT file. Throws claimline::Error (bad input) naming the file when it is not
// readable XML or breaks the rules the scorer enforces (duplicate ids, unknown anchors).
CatDocument read_cat(const std::filesystem::path& path);

// The text of a document rebuilt from its tokens: one line per sentence, tokens joined by a
// space except before closing punctuation and clitics ("Apple 's" -> "Apple's", "9 ," ->
// "9,") and after opening brackets. `token_spans[i]` is the byte span of tokens[i].
struct JoinedText {
  std::string text;
  std::vector<Span> token_spans;
};
JoinedText join_tokens(const CatDocument& doc);

struct PredictedMention {
  std::vector<size_t> tokens;  // indexes into CatDocument::tokens, ascending
  std::string polarity, time, certainty, status, pred;
  std::string instance;        // instance key shared by coreferent mentions (across documents too)
};

// Writes a prediction for `doc`: its XML declaration and root, its tokens verbatim, then
// one EVENT_MENTION per prediction, one EVENT per instance (instance_id = the key) and a
// REFERS_TO from each instance's mentions to its EVENT.
std::string prediction_xml(const CatDocument& doc, const std::vector<PredictedMention>& mentions);

}  // namespace claimline::eval
