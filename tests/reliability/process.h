// Child processes for the reliability tests: the built claimline started without a shell,
// so the test holds its real pid and can SIGKILL it at any moment.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

#include "e2e/run.h"

extern char** environ;

namespace claimline::testing {

inline double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

struct Child {
  pid_t pid = -1;
  std::string out_path, err_path;
};

// Starts `claimline ARGS...` with standard input from /dev/null and standard output and
// error to the given files.
inline Child spawn_claimline(const std::vector<std::string>& args, const std::string& out_path,
                             const std::string& err_path) {
  std::vector<std::string> argv_s = {CLAIMLINE_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  Child c{-1, out_path, err_path};
  const int rc = posix_spawn(&c.pid, CLAIMLINE_BINARY, &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw std::runtime_error("cannot start " + std::string(CLAIMLINE_BINARY));
  return c;
}

// Waits for the child; returns its exit code, or -signal when a signal ended it.
inline int wait_child(const Child& c) {
  int status = 0;
  while (waitpid(c.pid, &status, 0) < 0) {
    if (errno != EINTR) return -1000;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return -1000;
}

struct Finished {
  int code = -1000;        // as wait_child
  double seconds = 0;      // wall time from start to exit
  long peak_rss_kb = 0;    // the child's peak resident memory
  bool timed_out = false;  // killed at the deadline
  std::string out, err;
};

// Runs `claimline ARGS...` to completion, measuring its time and peak memory; kills it
// (timed_out) once it has run `deadline_seconds`.
inline Finished run_measured(const TempDir& dir, const std::vector<std::string>& args, double deadline_seconds) {
  const auto start = std::chrono::steady_clock::now();
  Child c = spawn_claimline(args, dir.file("measured.out"), dir.file("measured.err"));
  int status = 0;
  struct rusage usage {};
  Finished f;
  for (;;) {
    const pid_t r = wait4(c.pid, &status, WNOHANG, &usage);
    if (r == c.pid) break;
    if (r < 0 && errno != EINTR) break;
    if (!f.timed_out && seconds_since(start) > deadline_seconds) {
      ::kill(c.pid, SIGKILL);
      f.timed_out = true;
    }
    usleep(5000);
  }
  f.seconds = seconds_since(start);
  f.code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? -WTERMSIG(status) : -1000;
  f.peak_rss_kb = usage.ru_maxrss;
  f.out = slurp(c.out_path);
  f.err = slurp(c.err_path);
  return f;
}

// True when the child has already exited (it is then reaped and *code set as wait_child).
inline bool try_wait_child(const Child& c, int* code) {
  int status = 0;
  const pid_t r = waitpid(c.pid, &status, WNOHANG);
  if (r != c.pid) return false;
  *code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? -WTERMSIG(status) : -1000;
  return true;
}

// Runs claimline to completion (as run_claimline, without a shell).
inline RunResult run_direct(const TempDir& dir, const std::vector<std::string>& args) {
  Child c = spawn_claimline(args, dir.file("run.out"), dir.file("run.err"));
  RunResult r;
  r.code = wait_child(c);
  r.out = slurp(c.out_path);
  r.err = slurp(c.err_path);
  return r;
}

}  // namespace claimline::testing
