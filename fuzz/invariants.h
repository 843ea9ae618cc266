// Invariant checks shared by the fuzz targets: a violation aborts (libFuzzer then saves the
// input as a crash), with a message saying which invariant broke.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/span.h"
#include "util/utf8.h"

namespace claimline::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
  std::fprintf(stderr, "invariant broken: %s\n", what.c_str());
  std::abort();
}

inline void require(bool ok, const std::string& what) {
  if (!ok) fail(what);
}

// The span lies inside `body`, is not empty, and starts and ends on UTF-8 boundaries.
inline void require_span(std::string_view body, const Span& s, const std::string& what) {
  require(s.start < s.end, what + ": empty span [" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")");
  require(s.end <= body.size(), what + ": span ends at " + std::to_string(s.end) + " past the body's " +
                                    std::to_string(body.size()) + " bytes");
  require(utf8::is_boundary(body, s.start) && utf8::is_boundary(body, s.end),
          what + ": span [" + std::to_string(s.start) + ", " + std::to_string(s.end) + ") splits a character");
}

inline void require_text(std::string_view text, const std::string& what) {
  require(utf8::is_valid(text), what + ": invalid UTF-8");
}

inline void require_unit(double x, const std::string& what) {
  require(x >= 0.0 && x <= 1.0, what + ": " + std::to_string(x) + " outside [0, 1]");
}

}  // namespace claimline::fuzz
