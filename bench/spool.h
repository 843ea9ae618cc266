// A spool file: the generated corpus written once to disk, then read back in order by each
// phase of the benchmark, so that generating the articles is timed apart from storing them
// and the memory used stays flat in N. Records are (name, content) pairs.
#pragma once

#include <cstdio>
#include <string>

namespace claimline::bench {

class SpoolWriter {
 public:
  // Throws std::runtime_error when `path` cannot be created.
  explicit SpoolWriter(const std::string& path);
  ~SpoolWriter();
  SpoolWriter(const SpoolWriter&) = delete;
  SpoolWriter& operator=(const SpoolWriter&) = delete;

  void add(const std::string& name, const std::string& content);
  // Flushes and closes; throws std::runtime_error on a write error.
  void close();

 private:
  std::FILE* f_ = nullptr;
};

class SpoolReader {
 public:
  explicit SpoolReader(const std::string& path);
  ~SpoolReader();
  SpoolReader(const SpoolReader&) = delete;
  SpoolReader& operator=(const SpoolReader&) = delete;

  // The next record; false at the end. Throws std::runtime_error on a truncated file.
  bool next(std::string* name, std::string* content);

 private:
  std::FILE* f_ = nullptr;
};

}  // namespace claimline::bench
