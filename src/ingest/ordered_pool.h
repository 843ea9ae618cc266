// OrderedPool: runs a pure function over a stream of jobs on worker threads and hands the
// results back in submission order, with a bounded number of jobs in flight (so memory
// stays flat however long the stream is). The ingest pipeline uses it to extract articles
// in parallel while one thread, the caller, owns the database connection and writes them
// in order; the database ends up exactly as a sequential ingest would leave it.
//
// Thread safety: submit(), take(), front_ready() and in_flight() are called from one thread
// (the owner); `work` runs on the workers and must not touch shared state. An exception
// thrown by `work` is rethrown by the take() that returns that job's result.
#pragma once

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace claimline::ingest {

template <typename In, typename Out>
class OrderedPool {
 public:
  // `threads` == 0 runs `work` on the caller, inside submit(). `window` >= 1 is the most
  // jobs in flight (submitted and not yet taken). `worker_nice` > 0 runs the workers that
  // much nicer than the caller (Linux schedules each thread by its own nice value): when
  // the caller is the slow, serial stage and there are more threads than cores, the
  // scheduler then gives it a whole core and the workers what is left.
  OrderedPool(size_t threads, size_t window, std::function<Out(In&)> work, int worker_nice = 0)
      : window_(window < 1 ? 1 : window), work_(std::move(work)) {
    for (size_t i = 0; i < threads; ++i) {
      workers_.emplace_back([this, worker_nice] {
        if (worker_nice > 0) nicer(worker_nice);
        run();
      });
    }
  }

  ~OrderedPool() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    job_ready_.notify_all();
    for (auto& t : workers_) t.join();
  }

  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  size_t window() const { return window_; }
  size_t workers() const { return workers_.size(); }
  size_t in_flight() const { return slots_.size(); }

  // Queues `job`. REQUIRES: in_flight() < window() (take() first when full).
  void submit(In job) {
    auto slot = std::make_shared<Slot>();
    slot->in = std::move(job);
    slots_.push_back(slot);
    if (workers_.empty()) {
      compute(*slot);
      return;
    }
    {
      std::lock_guard lock(mu_);
      queue_.push_back(slot.get());
    }
    job_ready_.notify_one();
  }

  // True when the oldest job in flight is done (take() would not block).
  bool front_ready() {
    if (slots_.empty()) return false;
    std::lock_guard lock(mu_);
    return slots_.front()->done;
  }

  // The result of the oldest job in flight; blocks until it is done. REQUIRES: in_flight() > 0.
  Out take() {
    std::shared_ptr<Slot> slot = std::move(slots_.front());
    slots_.pop_front();
    {
      std::unique_lock lock(mu_);
      result_ready_.wait(lock, [&] { return slot->done; });
    }
    if (slot->error) std::rethrow_exception(slot->error);
    return std::move(*slot->out);
  }

 private:
  struct Slot {
    In in;
    std::optional<Out> out;
    std::exception_ptr error;
    bool done = false;  // guarded by mu_ once the slot is queued
  };

  // Best effort: a failure leaves the thread at the caller's priority.
  static void nicer(int by) {
    const auto self = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, self);
    if (errno == 0) setpriority(PRIO_PROCESS, self, now + by);
  }

  void compute(Slot& s) {
    std::optional<Out> out;
    std::exception_ptr error;
    try {
      out.emplace(work_(s.in));
    } catch (...) {
      error = std::current_exception();
    }
    std::lock_guard lock(mu_);
    s.out = std::move(out);
    s.error = error;
    s.done = true;
  }

  void run() {
    for (;;) {
      Slot* s = nullptr;
      {
        std::unique_lock lock(mu_);
        job_ready_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        s = queue_.front();
        queue_.pop_front();
      }
      compute(*s);
      result_ready_.notify_all();
    }
  }

  const size_t window_;
  const std::function<Out(In&)> work_;
  std::deque<std::shared_ptr<Slot>> slots_;  // in submission order; owner thread only
  std::mutex mu_;
  std::condition_variable job_ready_, result_ready_;
  std::deque<Slot*> queue_;  // submitted, not yet started
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace claimline::ingest
