list(APPEND CLAIMLINE_SOURCES
  report/format.cc
)
