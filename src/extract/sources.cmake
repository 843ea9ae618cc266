list(APPEND CLAIMLINE_SOURCES
  extract/time_normalize.cc
  extract/time_tense.cc
  extract/times.cc
  extract/document.cc
)
