// What the benchmark measures about the machine and the process: cores, CPU model, resident
// memory, CPU time, file sizes. Linux (/proc); elsewhere the values are 0 or empty.
#pragma once

#include <cstdint>
#include <string>

namespace claimline::bench {

struct Machine {
  unsigned cores = 0;      // logical CPUs this process may use
  std::string cpu_model;   // "AMD EPYC ..." from /proc/cpuinfo
  double load_average = 0; // 1-minute load average when asked
};

Machine machine();
double load_average();

// Peak resident set size of the process since start or the last reset_peak_rss(), in bytes.
// reset_peak_rss() first hands memory the allocator kept back to the system (malloc_trim).
int64_t peak_rss_bytes();
// Resets the peak to the current resident size (Linux >= 4.0), so a phase can be measured on
// its own. False when the kernel does not allow it.
bool reset_peak_rss();

// CPU time used by the whole process (all threads) and by the calling thread, in seconds.
double process_cpu_seconds();
double thread_cpu_seconds();

// Bytes of a database: the file plus its -wal file, 0 when absent.
int64_t database_bytes(const std::string& path);

// Removes a database file and its -wal and -shm files.
void remove_database(const std::string& path);

}  // namespace claimline::bench
