# Migrations are listed in order; each becomes part of the binary (store/migrations.h).
set(CLAIMLINE_MIGRATIONS
  ${PROJECT_SOURCE_DIR}/migrations/0001_init.sql
  ${PROJECT_SOURCE_DIR}/migrations/0002_times.sql
  ${PROJECT_SOURCE_DIR}/migrations/0003_statements.sql
  ${PROJECT_SOURCE_DIR}/migrations/0004_claims.sql
  ${PROJECT_SOURCE_DIR}/migrations/0005_events.sql
  ${PROJECT_SOURCE_DIR}/migrations/0006_ingest_indexes.sql
  ${PROJECT_SOURCE_DIR}/migrations/0007_merge_lookup.sql
  ${PROJECT_SOURCE_DIR}/migrations/0008_compact.sql
  ${PROJECT_SOURCE_DIR}/migrations/0009_fts_by_store.sql
  ${PROJECT_SOURCE_DIR}/migrations/0010_participant_events.sql
  ${PROJECT_SOURCE_DIR}/migrations/0011_packed_bodies.sql
  ${PROJECT_SOURCE_DIR}/migrations/0012_checks_in_place.sql
)
set(CLAIMLINE_MIGRATIONS_CC ${CMAKE_CURRENT_BINARY_DIR}/migrations_embedded.cc)
string(REPLACE ";" "|" _claimline_migration_args "${CLAIMLINE_MIGRATIONS}")
add_custom_command(
  OUTPUT ${CLAIMLINE_MIGRATIONS_CC}
  COMMAND ${CMAKE_COMMAND} -DOUT=${CLAIMLINE_MIGRATIONS_CC} "-DMIGRATIONS=${_claimline_migration_args}"
          -P ${PROJECT_SOURCE_DIR}/cmake/embed_migrations.cmake
  DEPENDS ${CLAIMLINE_MIGRATIONS} ${PROJECT_SOURCE_DIR}/cmake/embed_migrations.cmake
  COMMENT "Embedding schema migrations"
  VERBATIM)

list(APPEND CLAIMLINE_SOURCES
  ${CLAIMLINE_MIGRATIONS_CC}
  store/article_store.cc
  store/body_functions.cc
  store/checker.cc
  store/claim_pages.cc
  store/claim_store.cc
  store/codes.cc
  store/database.cc
  store/event_store.cc
  store/extraction_store.cc
  store/outlet_store.cc
  store/statement_store.cc
  store/timeline_query.cc
  store/timeline_store.cc
)
