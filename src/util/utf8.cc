#include "util/utf8.h"

#include <algorithm>

namespace claimline::utf8 {
namespace {

inline unsigned char byte_at(std::string_view s, size_t i) { return static_cast<unsigned char>(s[i]); }

// Length of the valid sequence at pos, or 0 when it is invalid.
size_t valid_length(std::string_view s, size_t pos) {
  const unsigned char c = byte_at(s, pos);
  if (c < 0x80) return 1;
  size_t len;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
  else return 0;
  if (pos + len > s.size()) return 0;
  for (size_t i = 1; i < len; ++i) {
    const unsigned char cc = byte_at(s, pos + i);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return len;
}

}  // namespace

size_t find_invalid(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (byte_at(text, i) < 0x80) { ++i; continue; }
    const size_t len = valid_length(text, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

char32_t decode(std::string_view text, size_t pos, size_t* length) {
  const unsigned char c = byte_at(text, pos);
  if (c < 0x80) { *length = 1; return c; }
  const size_t len = valid_length(text, pos);
  if (len == 0) { *length = 1; return 0xFFFD; }
  char32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t i = 1; i < len; ++i) cp = (cp << 6) | (byte_at(text, pos + i) & 0x3F);
  *length = len;
  return cp;
}

void append(std::string* out, char32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t code_points_before(std::string_view text, size_t byte_offset) {
  byte_offset = std::min(byte_offset, text.size());
  size_t n = 0;
  for (size_t i = 0; i < byte_offset; ++i) {
    if ((byte_at(text, i) & 0xC0) != 0x80) ++n;
  }
  return n;
}

size_t line_of(std::string_view text, size_t pos) {
  pos = std::min(pos, text.size());
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
}

std::string_view truncate(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t end = max_bytes;
  while (end > 0 && !is_boundary(text, end)) --end;
  return text.substr(0, end);
}

}  // namespace claimline::utf8
