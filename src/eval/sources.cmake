list(APPEND CLAIMLINE_SOURCES
  eval/timeml.cc
  eval/times_eval.cc
  eval/xml_lite.cc
)
