// Statements of one article: who said what, directly or in reported speech, with the
// entities they name. The one entry point of the statement extractors.
#pragma once

#include <vector>

#include "extract/document.h"
#include "model/entity.h"
#include "model/statement.h"

namespace claimline {

struct StatementsResult {
  std::vector<Entity> entities;       // in order of first mention; ids e1, e2, ... by position
  std::vector<Statement> statements;  // sorted by span start; speaker_entity indexes `entities`
};

// Runs the extractors in order: entities, quotes, reported speech, speakers (attribution,
// resolution, setting and time of saying). Pure and deterministic.
//
// Statements may nest: a direct quote found inside the content of an indirect statement
// ("Witkoff said both leaders could have a “positive and constructive discussion”") is a
// statement of its own (rule "quote.embedded") whose span lies inside the other's.
StatementsResult extract_statements(const Document& doc);

}  // namespace claimline
