list(APPEND CLAIMLINE_SOURCES
  extract/attribution.cc
  extract/claim_clusters.cc
  extract/document.cc
  extract/pipeline.cc
  extract/entities.cc
  extract/event_merge.cc
  extract/event_modality.cc
  extract/event_triggers.cc
  extract/events.cc
  extract/verb_lexicon.cc
  extract/quotes.cc
  extract/speakers.cc
  extract/speech.cc
  extract/stance.cc
  extract/stance_claim.cc
  extract/stance_features.cc
  extract/stance_lexical.cc
  extract/stance_model.cc
  extract/stance_passage.cc
  extract/stance_text.cc
  extract/statements.cc
  extract/time_normalize.cc
  extract/time_tense.cc
  extract/times.cc
)
# The learned stance model, embedded in the library (models/README.md).
include(${PROJECT_SOURCE_DIR}/models/embed.cmake)
