#include "util/sha256.h"

#include <gtest/gtest.h>

namespace claimline {
namespace {

TEST(Sha256, MatchesKnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// The known digests again in portable code, and both ways agree on every length around the
// block and padding boundaries and on bytes of every value (on a CPU with SHA-NI, the
// default path uses it; elsewhere both are the portable code).
TEST(Sha256, PortableAndHardwareAgree) {
  EXPECT_EQ(sha256_hex_portable("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex_portable(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  std::string data;
  uint32_t x = 12345;
  for (size_t n = 0; n <= 300; ++n) {
    EXPECT_EQ(sha256_hex(data), sha256_hex_portable(data)) << "length " << n;
    x = x * 1103515245u + 12345u;
    data.push_back(static_cast<char>(x >> 16));
  }
  if (!sha256_hardware_available()) GTEST_SKIP() << "no SHA instructions on this CPU: only the portable path ran";
}

TEST(Sha256, IncrementalEqualsOneShot) {
  const std::string text(200, 'x');
  Sha256 h;
  h.update(text.substr(0, 63));
  h.update(text.substr(63, 70));
  h.update(text.substr(133));
  const auto digest = h.finish();
  std::string hex;
  static const char* kHex = "0123456789abcdef";
  for (auto b : digest) { hex += kHex[b >> 4]; hex += kHex[b & 15]; }
  EXPECT_EQ(hex, sha256_hex(text));
}

}  // namespace
}  // namespace claimline
