list(APPEND CLAIMLINE_SOURCES
  report/article_json.cc
  report/claim_json.cc
  report/claim_review.cc
  report/events_json.cc
  report/extraction_json.cc
  report/format.cc
  report/html_report.cc
  report/statement_rows.cc
  report/statements_json.cc
  report/times_json.cc
  report/timeline_json.cc
)
