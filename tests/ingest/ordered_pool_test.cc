#include "ingest/ordered_pool.h"

#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace claimline::ingest {
namespace {

// Later jobs finish first (shorter sleeps), so only the pool can restore the order.
int slow_square(int& x) {
  std::this_thread::sleep_for(std::chrono::microseconds(200 * (20 - x % 20)));
  return x * x;
}

// Submits 0..n-1 through `pool` the way the ingester does and returns the results taken.
std::vector<int> drain(OrderedPool<int, int>& pool, int n, size_t* most_in_flight) {
  std::vector<int> out;
  for (int i = 0; i < n; ++i) {
    while (pool.in_flight() >= pool.window()) out.push_back(pool.take());
    pool.submit(i);
    *most_in_flight = std::max(*most_in_flight, pool.in_flight());
    while (pool.front_ready()) out.push_back(pool.take());
  }
  while (pool.in_flight() > 0) out.push_back(pool.take());
  return out;
}

TEST(OrderedPool, ResultsComeBackInSubmissionOrder) {
  for (size_t threads : {0u, 1u, 3u}) {
    OrderedPool<int, int> pool(threads, 5, slow_square);
    size_t most = 0;
    const std::vector<int> out = drain(pool, 60, &most);
    ASSERT_EQ(out.size(), 60u) << threads;
    for (int i = 0; i < 60; ++i) EXPECT_EQ(out[i], i * i) << "threads " << threads << " job " << i;
    EXPECT_LE(most, 5u) << threads;
  }
}

TEST(OrderedPool, InlineModeComputesInSubmit) {
  OrderedPool<int, int> pool(0, 1, [](int& x) { return x + 1; });
  pool.submit(41);
  EXPECT_TRUE(pool.front_ready());
  EXPECT_EQ(pool.take(), 42);
  EXPECT_FALSE(pool.front_ready());
}

TEST(OrderedPool, AnErrorIsRethrownByTheTakeOfItsJob) {
  OrderedPool<int, int> pool(2, 4, [](int& x) {
    if (x == 2) throw std::runtime_error("bad job");
    return x;
  });
  for (int i = 0; i < 4; ++i) pool.submit(i);
  EXPECT_EQ(pool.take(), 0);
  EXPECT_EQ(pool.take(), 1);
  EXPECT_THROW(pool.take(), std::runtime_error);
  EXPECT_EQ(pool.take(), 3);
}

// The nice value each job ran at, relative to the caller's.
int nice_of_this_thread(int&) {
  errno = 0;
  return getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
}

TEST(OrderedPool, WorkersRunNicerThanTheCallerWhenAsked) {
  errno = 0;
  const int mine = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
  ASSERT_EQ(errno, 0);
  if (mine + 3 > 19) GTEST_SKIP() << "already at nice " << mine;
  OrderedPool<int, int> nicer(2, 4, nice_of_this_thread, 3);
  OrderedPool<int, int> same(2, 4, nice_of_this_thread);
  for (int i = 0; i < 4; ++i) {
    nicer.submit(i);
    same.submit(i);
  }
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(nicer.take(), mine + 3);
    EXPECT_EQ(same.take(), mine);
  }
  // The caller keeps its own.
  EXPECT_EQ(getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid))), mine);
}

TEST(OrderedPool, DestroyingWithJobsInFlightIsSafe) {
  auto pool = std::make_unique<OrderedPool<int, int>>(2, 8, slow_square);
  for (int i = 0; i < 8; ++i) pool->submit(i);
  EXPECT_EQ(pool->take(), 0);
  pool.reset();  // joins the workers; queued jobs are dropped
}

}  // namespace
}  // namespace claimline::ingest
