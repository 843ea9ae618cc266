list(APPEND CLAIMLINE_SOURCES
  report/times_json.cc
  report/article_json.cc
  report/format.cc
)
