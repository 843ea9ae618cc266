list(APPEND CLAIMLINE_SOURCES
  query/article_diff.cc
  query/diff.cc
  query/report.cc
  query/timeline.cc
  query/valid_time.cc
  query/word_diff.cc
)
