# Embeds the learned stance model (models/stance-v1.bin) in claimline_lib, so the claimline
# binary needs no data file at run time. Included from src/extract/sources.cmake.
set(CLAIMLINE_STANCE_MODEL "${PROJECT_SOURCE_DIR}/models/stance-v1.bin")
set(CLAIMLINE_STANCE_MODEL_CC "${CMAKE_CURRENT_BINARY_DIR}/stance_model_data.cc")
set(_claimline_model_depends "${PROJECT_SOURCE_DIR}/models/bin2cc.cmake")
if(EXISTS "${CLAIMLINE_STANCE_MODEL}")
  list(APPEND _claimline_model_depends "${CLAIMLINE_STANCE_MODEL}")
endif()
add_custom_command(
  OUTPUT "${CLAIMLINE_STANCE_MODEL_CC}"
  COMMAND "${CMAKE_COMMAND}" -DINPUT=${CLAIMLINE_STANCE_MODEL} -DOUTPUT=${CLAIMLINE_STANCE_MODEL_CC}
          -DSYMBOL=claimline_stance_model -P "${PROJECT_SOURCE_DIR}/models/bin2cc.cmake"
  DEPENDS ${_claimline_model_depends}
  COMMENT "Embedding the stance model"
  VERBATIM)
list(APPEND CLAIMLINE_SOURCES "${CLAIMLINE_STANCE_MODEL_CC}")
