list(APPEND CLAIMLINE_SOURCES
  ingest/claim_scanner.cc
  ingest/extracted_reader.cc
  ingest/fields.cc
  ingest/html_reader.cc
  ingest/ingester.cc
  ingest/json_reader.cc
  ingest/markdown_reader.cc
  ingest/reader.cc
  ingest/text_reader.cc
)
