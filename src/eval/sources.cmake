list(APPEND CLAIMLINE_SOURCES
  eval/events_eval.cc
  eval/meantime.cc
  eval/timeml.cc
  eval/times_eval.cc
  eval/xml_lite.cc
)
