list(APPEND CLAIMLINE_SOURCES
  report/article_json.cc
  report/events_json.cc
  report/extraction_json.cc
  report/format.cc
  report/statement_rows.cc
  report/statements_json.cc
  report/times_json.cc
)
