list(APPEND CLAIMLINE_SOURCES
  report/article_json.cc
  report/format.cc
)
