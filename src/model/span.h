// A half-open byte range [start, end) into an article body as stored (UTF-8).
#pragma once

#include <cstdint>
#include <stdexcept>

namespace claimline {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;

  constexpr Span() = default;
  // Throws std::invalid_argument when end < start: a span that lies is a bug, not input.
  constexpr Span(uint32_t s, uint32_t e) : start(s), end(e) {
    if (e < s) throw std::invalid_argument("Span: end before start");
  }
  constexpr uint32_t size() const { return end - start; }
  constexpr bool empty() const { return end == start; }
  constexpr bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
  constexpr bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
  friend constexpr bool operator==(const Span&, const Span&) = default;
};

}  // namespace claimline
