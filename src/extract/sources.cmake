list(APPEND CLAIMLINE_SOURCES
  extract/document.cc
)
