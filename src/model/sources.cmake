list(APPEND CLAIMLINE_SOURCES
  model/outlet_name.cc
  model/timestamp.cc
)
