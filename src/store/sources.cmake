# Migrations are listed in order; each becomes part of the binary (store/migrations.h).
set(CLAIMLINE_MIGRATIONS
  ${PROJECT_SOURCE_DIR}/migrations/0001_init.sql
)
set(CLAIMLINE_MIGRATIONS_CC ${CMAKE_CURRENT_BINARY_DIR}/migrations_embedded.cc)
add_custom_command(
  OUTPUT ${CLAIMLINE_MIGRATIONS_CC}
  COMMAND ${CMAKE_COMMAND} -DOUT=${CLAIMLINE_MIGRATIONS_CC} "-DMIGRATIONS=${CLAIMLINE_MIGRATIONS}"
          -P ${PROJECT_SOURCE_DIR}/cmake/embed_migrations.cmake
  DEPENDS ${CLAIMLINE_MIGRATIONS} ${PROJECT_SOURCE_DIR}/cmake/embed_migrations.cmake
  COMMENT "Embedding schema migrations")

list(APPEND CLAIMLINE_SOURCES
  ${CLAIMLINE_MIGRATIONS_CC}
  store/article_store.cc
  store/checker.cc
  store/database.cc
  store/outlet_store.cc
)
