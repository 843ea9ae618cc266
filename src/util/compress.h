// Article bodies are stored compressed (schema 11): a body is most of the raw text a
// database holds, and English prose packs to about a third. A packed body is one Zstandard
// frame with its content size; anything else (a body stored as text by schema 10 and
// earlier, or written by another tool) is read as it is.
#pragma once

#include <string>
#include <string_view>

namespace claimline {

// One frame holding `text`; its decompressed size is recorded in the frame header.
std::string pack_text(std::string_view text);

// True when `bytes` starts like a frame pack_text() writes.
bool is_packed(std::string_view bytes);

// The text a frame holds; bytes that are not a frame are returned unchanged. Throws
// Error::database for a frame that is damaged or larger than `max_bytes`.
std::string unpack_text(std::string_view bytes, size_t max_bytes = size_t{1} << 31);

}  // namespace claimline
