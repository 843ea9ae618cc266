// SHA-256 (FIPS 180-4), used for article content hashes: equal hashes mean "same content",
// which is what makes re-ingesting a file a no-op.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimline {

class Sha256 {
 public:
  // `hardware`: use the CPU's SHA instructions when it has them (x86 SHA-NI), about ten
  // times faster; false always computes it in portable code (tests compare the two).
  explicit Sha256(bool hardware = true);
  void update(std::string_view data);
  std::array<uint8_t, 32> finish();

 private:
  void compress(const uint8_t* block);

  bool hardware_;
  std::array<uint32_t, 8> state_;
  std::array<uint8_t, 64> buffer_{};
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

// Lower-case hex digest of `data`.
std::string sha256_hex(std::string_view data);
// The same, always in portable code (for tests).
std::string sha256_hex_portable(std::string_view data);
// Whether this CPU has the SHA instructions Sha256 uses.
bool sha256_hardware_available();

}  // namespace claimline
