// Reading runs of ASCII digits that come from article text, where a run may be any length.
#pragma once

#include <string_view>

namespace claimline::util {

// The value of a string of ASCII digits, saturated at 999,999,999 so that no run of digits
// overflows an int: no date part, time or quantity of a news text is larger.
// REQUIRES: every character of `s` is '0'..'9'.
inline int saturated_digits(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (v >= 100'000'000) return 999'999'999;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace claimline::util
