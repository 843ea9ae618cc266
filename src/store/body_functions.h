// SQL functions over stored bodies (schema 11 packs them, util/compress.h), registered on
// every connection claimline opens, before its migrations run:
// - body_text(body): the body's text, whether packed or stored as text;
// - body_span(body, start, end): its bytes [start, end) as text, clamped to the body (what
//   CAST(substr(CAST(body AS BLOB), start + 1, end - start) AS TEXT) gave on a text body);
// - body_pack(body): a text body packed; a packed one (or NULL) unchanged.
// Spans of one body are usually read several to a row (trigger, sentence, time text), so
// the connection keeps the last body it unpacked and reuses it while the same packed bytes
// come back. The FTS5 index of revisions reads bodies through the view revisions_content.
#pragma once

#include <string>

struct sqlite3;

namespace SQLite {
class Column;
}

namespace claimline::store {

void register_body_functions(sqlite3* db);

// The text of a body column read in C++ (packed or text; NULL reads as "").
std::string body_column(const SQLite::Column& c);

}  // namespace claimline::store
