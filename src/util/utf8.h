// UTF-8 helpers. All offsets are byte offsets into the UTF-8 string unless a name says
// "code point".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimline::utf8 {

// Byte offset of the first invalid sequence, or npos when `text` is valid UTF-8
// (overlong forms, surrogates and code points past U+10FFFF are invalid).
size_t find_invalid(std::string_view text);
inline bool is_valid(std::string_view text) { return find_invalid(text) == std::string_view::npos; }

// Decodes the code point starting at text[pos]; sets *length to its byte length (1 for an
// invalid byte, which decodes as U+FFFD). REQUIRES: pos < text.size().
char32_t decode(std::string_view text, size_t pos, size_t* length);

// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string* out, char32_t cp);

// True when `pos` is 0, text.size(), or the first byte of a code point.
inline bool is_boundary(std::string_view text, size_t pos) {
  return pos == 0 || pos >= text.size() ||
         (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

// Number of code points in text[0, byte_offset).
size_t code_points_before(std::string_view text, size_t byte_offset);

// 1-based line number of byte offset `pos` (the line count of text[0, pos) plus one).
size_t line_of(std::string_view text, size_t pos);

// Truncates to at most `max_bytes` bytes without splitting a code point.
std::string_view truncate(std::string_view text, size_t max_bytes);

}  // namespace claimline::utf8
