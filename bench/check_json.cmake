# Runs claimline_bench on 2,000 generated articles and checks that its JSON output is one
# object with every key of the contract (DESIGN.md, Performance); then times the queries
# again on the database it kept (--queries-on). Asserts no timing.
# Usage: cmake -DBENCH=path/to/claimline_bench -DWORK=scratch/dir -P check_json.cmake
if(NOT BENCH OR NOT WORK)
  message(FATAL_ERROR "pass -DBENCH=<path to claimline_bench> -DWORK=<scratch directory>")
endif()
set(db "${WORK}/bench_smoke.db")
file(REMOVE "${db}" "${db}-wal" "${db}-shm")
execute_process(
  COMMAND ${BENCH} --articles 2000 --json --queries 20 --complete-queries 5 --extract-sample 200 --db ${db}
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "claimline_bench exited with ${rc}:\n${err}")
endif()

set(keys articles raw_bytes ingest_articles_per_s ingest_mb_per_s floor_articles_per_s ratio
         extract_mb_per_s_per_core peak_rss_bytes db_bytes db_bytes_per_article
         raw_bytes_per_article queries cores)
foreach(key IN LISTS keys)
  string(JSON value ERROR_VARIABLE missing GET "${out}" ${key})
  if(missing)
    message(FATAL_ERROR "key '${key}' missing from the JSON output: ${missing}\n${out}")
  endif()
endforeach()

string(JSON articles GET "${out}" articles)
if(NOT articles EQUAL 2000)
  message(FATAL_ERROR "expected 2000 articles, got ${articles}")
endif()

# Every query has the three keys; an available one has counted runs.
string(JSON nqueries LENGTH "${out}" queries)
if(nqueries EQUAL 0)
  message(FATAL_ERROR "no queries in the output")
endif()
math(EXPR last "${nqueries} - 1")
set(available 0)
foreach(i RANGE ${last})
  string(JSON name MEMBER "${out}" queries ${i})
  foreach(key median_ms p95_ms count)
    string(JSON value ERROR_VARIABLE missing GET "${out}" queries ${name} ${key})
    if(missing)
      message(FATAL_ERROR "query '${name}' has no '${key}'")
    endif()
  endforeach()
  string(JSON count GET "${out}" queries ${name} count)
  if(count GREATER 0)
    math(EXPR available "${available} + 1")
  endif()
endforeach()
if(available EQUAL 0)
  message(FATAL_ERROR "no query ran")
endif()

# --complete-queries sets the runs of the kinds that read a whole claim, --queries the rest.
foreach(pair "timeline;20" "timeline_all;5" "diff;20" "diff_all;5")
  list(GET pair 0 name)
  list(GET pair 1 want)
  string(JSON count GET "${out}" queries ${name} count)
  if(NOT count EQUAL want)
    message(FATAL_ERROR "query '${name}' ran ${count} times, expected ${want}")
  endif()
endforeach()
message(STATUS "claimline_bench JSON has every contract key; ${available} of ${nqueries} query kinds ran")

# The query phase alone on the kept database: the same kinds, its articles, the runs asked for.
execute_process(
  COMMAND ${BENCH} --queries-on ${db} --json --queries 4 --complete-queries 0
  OUTPUT_VARIABLE again
  ERROR_VARIABLE err
  RESULT_VARIABLE rc)
file(REMOVE "${db}" "${db}-wal" "${db}-shm")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "claimline_bench --queries-on exited with ${rc}:\n${err}")
endif()
# Its articles are those in the database: the run's new ones (the rest were revisions and
# repeats of them).
string(JSON again_articles GET "${again}" articles)
string(JSON stored GET "${out}" ingest new)
if(NOT again_articles EQUAL stored)
  message(FATAL_ERROR "--queries-on counted ${again_articles} articles, the run stored ${stored}")
endif()
string(JSON again_kinds LENGTH "${again}" queries)
if(NOT again_kinds EQUAL nqueries)
  message(FATAL_ERROR "--queries-on timed ${again_kinds} query kinds, the run ${nqueries}")
endif()
# --complete-queries 0 skips the kinds that read a whole claim.
foreach(pair "timeline;4" "diff;4" "diff_all;0" "timeline_all;0" "search;4")
  list(GET pair 0 name)
  list(GET pair 1 want)
  string(JSON count GET "${again}" queries ${name} count)
  if(NOT count EQUAL want)
    message(FATAL_ERROR "--queries-on ran '${name}' ${count} times, expected ${want}")
  endif()
endforeach()
string(JSON ingest ERROR_VARIABLE no_ingest GET "${again}" ingest_articles_per_s)
if(NOT no_ingest)
  message(FATAL_ERROR "--queries-on reported an ingest rate, though it ingested nothing")
endif()
message(STATUS "claimline_bench --queries-on timed ${again_kinds} query kinds on the kept database")
