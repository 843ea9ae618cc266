list(APPEND CLAIMLINE_SOURCES
  util/compress.cc
  util/error.cc
  util/sha256.cc
  util/utf8.cc
)
