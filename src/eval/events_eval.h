// Scoring of event mentions on MEANTIME, as ../shared/eval/score_meantime.py defines it:
// - annotated region of a document: sentences 0..E-1, E = max(N, 1 + the highest sentence
//   holding a gold mention with a non-empty polarity, time or certainty), N = 6 by default;
//   a mention belongs to the sentence of its first token;
// - matching per document (for the region and for the whole document): pairs of gold and
//   predicted mentions sharing a token, taken greedily by shared tokens, then Jaccard,
//   then gold order, then prediction order;
// - detection micro over documents: relaxed TP = matched pairs, strict TP = pairs with the
//   same token set; F1 = 2TP / (predicted + gold);
// - polarity, time, certainty accuracy over relaxed pairs whose gold value is not empty
//   (time PAST read as NON_FUTURE); FUTURE P/R/F1 over the same pairs;
// - coreference pairwise over the relaxed pairs of the whole run: two pairs are gold- (or
//   predicted-) coreferent when their gold (predicted) mentions share an instance;
//   cross-document and within-document counted apart.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "eval/meantime.h"

namespace claimline::eval {

struct PrfCount {
  int64_t tp = 0, pred = 0, gold = 0;
  std::optional<double> precision() const;  // none when nothing was predicted
  std::optional<double> recall() const;
  std::optional<double> f1() const;
};

struct AccuracyCount {
  int64_t correct = 0, n = 0, skipped = 0;  // skipped: gold value empty
  std::optional<double> accuracy() const;
};

struct RegionScores {
  PrfCount relaxed, strict;
  AccuracyCount polarity, time, certainty;
  PrfCount future;
  PrfCount cross_doc, within_doc;
};

struct EventsScores {
  int64_t documents = 0;
  int64_t documents_without_prediction = 0;
  int64_t tokens = 0;
  int annotated_sentences = 6;
  RegionScores annotated, whole;
};

// One document to score: its gold mentions and the predicted ones (instances of the
// predictions keyed like the gold's: equal keys across documents = one event).
struct ScoredDocument {
  std::string name;
  int64_t tokens = 0;
  std::vector<CatMention> gold;
  std::optional<std::vector<CatMention>> predicted;  // none: no prediction file
};

EventsScores score_documents(const std::vector<ScoredDocument>& docs, int annotated_sentences = 6);

struct EventsEvalOptions {
  std::vector<std::filesystem::path> dirs;  // MEANTIME corpus folders of *.xml (not recursive)
  std::filesystem::path out_dir;            // empty: write nothing; else one .xml per document
  int annotated_sentences = 6;
};

struct EventsEvalResult {
  EventsScores scores;
  uint64_t text_bytes = 0;
  double extract_seconds = 0;  // Document + times + entities + events, one core
};

// Reads every *.xml of the dirs (sorted by name), rebuilds each text, extracts events
// (every mention, EventOptions::all_mentions) with the document's creation time as the
// publication date, merges them across documents with extract/event_merge.h, writes
// predictions when asked and scores. Throws claimline::Error: usage when a dir does not
// exist or holds no .xml, or two dirs hold the same file name; bad input for a bad file.
EventsEvalResult run_events_eval(const EventsEvalOptions& opts);

}  // namespace claimline::eval
