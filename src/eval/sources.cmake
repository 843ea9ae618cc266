list(APPEND CLAIMLINE_SOURCES
  eval/brat.cc
  eval/csv.cc
  eval/events_eval.cc
  eval/fnc.cc
  eval/meantime.cc
  eval/quotes_eval.cc
  eval/stance_eval.cc
  eval/timeml.cc
  eval/times_eval.cc
  eval/xml_lite.cc
)
