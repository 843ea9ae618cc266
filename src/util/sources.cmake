list(APPEND CLAIMLINE_SOURCES
  util/error.cc
  util/sha256.cc
  util/utf8.cc
)
