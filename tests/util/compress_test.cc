#include "util/compress.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace claimline {
namespace {

const std::string kProse =
    "KYIV \u2014 Maria Okafor said on Tuesday that the talks would resume on March 12. "
    "\"We are ready to sign,\" said Tomas Vidal, a spokesman for the ministry. The ministry denied "
    "that troops were surrounded near Sudzha. The ministry denied that troops were surrounded.";

TEST(Compress, PackedTextComesBackByteForByteAndSmaller) {
  std::string long_text;
  for (int i = 0; i < 20; ++i) long_text += kProse + " " + std::to_string(i) + "\n";
  for (const std::string& text : {kProse, long_text, std::string(), std::string("a")}) {
    const std::string packed = pack_text(text);
    EXPECT_TRUE(is_packed(packed));
    EXPECT_EQ(unpack_text(packed), text);
  }
  EXPECT_LT(pack_text(long_text).size(), long_text.size() / 4);
}

TEST(Compress, TextThatIsNotAFrameIsReadUnchanged) {
  EXPECT_FALSE(is_packed(kProse));
  EXPECT_FALSE(is_packed("\x28\xB5\x2F"));  // three bytes of the four-byte magic
  EXPECT_EQ(unpack_text(kProse), kProse);
  EXPECT_EQ(unpack_text(""), "");
}

TEST(Compress, ADamagedFrameIsAnErrorNotWrongText) {
  std::string packed = pack_text(kProse);
  std::string cut = packed.substr(0, packed.size() - 6);
  EXPECT_THROW(unpack_text(cut), Error);
  std::string flipped = packed;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5A);
  flipped.back() = static_cast<char>(flipped.back() ^ 0x01);  // the checksum, if nothing else
  try {
    // A flipped literal byte may still decode; then the checksum must catch it.
    const std::string out = unpack_text(flipped);
    ADD_FAILURE() << "a damaged frame decoded to " << out.size() << " bytes";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kDatabase);
  }
  // A frame naming more bytes than the caller allows is refused before allocating them.
  EXPECT_THROW(unpack_text(packed, 10), Error);
}

}  // namespace
}  // namespace claimline
