#include "bench/progress.h"

#include <unistd.h>

#include <cstdio>

namespace claimline::bench {

Progress::Progress(std::string label, size_t total)
    : label_(std::move(label)), total_(total), enabled_(isatty(STDERR_FILENO) == 1), start_(Clock::now()),
      last_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(size_t done) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
  std::fprintf(stderr, "\r%s: %zu", label_.c_str(), done);
  if (total_ > 0) std::fprintf(stderr, "/%zu", total_);
  std::fprintf(stderr, "  %.0f/s", rate);
  if (total_ > 0 && rate > 0 && done <= total_) {
    const long eta = static_cast<long>(static_cast<double>(total_ - done) / rate);
    std::fprintf(stderr, "  ETA %ld:%02ld:%02ld", eta / 3600, eta / 60 % 60, eta % 60);
  }
  std::fprintf(stderr, "   ");
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  if (shown_) std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace claimline::bench
