#include "bench/spool.h"

#include <cstdint>
#include <stdexcept>

namespace claimline::bench {
namespace {

constexpr size_t kBufferBytes = 1 << 20;

void write_field(std::FILE* f, const std::string& s) {
  const uint64_t n = s.size();
  if (std::fwrite(&n, sizeof n, 1, f) != 1 || std::fwrite(s.data(), 1, s.size(), f) != s.size()) {
    throw std::runtime_error("cannot write the spool file (disk full?)");
  }
}

// False at a clean end of file (before the length); throws when the record is cut short.
bool read_field(std::FILE* f, std::string* s) {
  uint64_t n = 0;
  const size_t got = std::fread(&n, 1, sizeof n, f);
  if (got == 0) return false;
  if (got != sizeof n) throw std::runtime_error("spool file is truncated");
  s->resize(n);
  if (std::fread(s->data(), 1, n, f) != n) throw std::runtime_error("spool file is truncated");
  return true;
}

}  // namespace

SpoolWriter::SpoolWriter(const std::string& path) : f_(std::fopen(path.c_str(), "wb")) {
  if (!f_) throw std::runtime_error("cannot create " + path);
  std::setvbuf(f_, nullptr, _IOFBF, kBufferBytes);
}

SpoolWriter::~SpoolWriter() {
  if (f_) std::fclose(f_);
}

void SpoolWriter::add(const std::string& name, const std::string& content) {
  write_field(f_, name);
  write_field(f_, content);
}

void SpoolWriter::close() {
  const bool ok = std::fclose(f_) == 0;
  f_ = nullptr;
  if (!ok) throw std::runtime_error("cannot write the spool file (disk full?)");
}

SpoolReader::SpoolReader(const std::string& path) : f_(std::fopen(path.c_str(), "rb")) {
  if (!f_) throw std::runtime_error("cannot open " + path);
  std::setvbuf(f_, nullptr, _IOFBF, kBufferBytes);
}

SpoolReader::~SpoolReader() {
  if (f_) std::fclose(f_);
}

bool SpoolReader::next(std::string* name, std::string* content) {
  if (!read_field(f_, name)) return false;
  if (!read_field(f_, content)) throw std::runtime_error("spool file is truncated");
  return true;
}

}  // namespace claimline::bench
