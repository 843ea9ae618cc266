// Progress of a long phase on a terminal: one self-overwriting line on standard error with
// the count, the rate and the time left. Silent when standard error is not a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace claimline::bench {

class Progress {
 public:
  // `total` 0: unknown (no ETA).
  Progress(std::string label, size_t total);
  ~Progress();
  void update(size_t done);
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::string label_;
  size_t total_;
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_, last_;
};

}  // namespace claimline::bench
