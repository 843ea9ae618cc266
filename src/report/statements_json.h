// JSON form of entities and statements, the "entities" and "statements" parts of the
// extraction contract (DESIGN.md):
//   entities:   {"id": "e1", "name", "kind": person|organisation|place|group, "aliases": [...],
//                "roles": [...], "mentions": [[start, end], ...]}
//   statements: {"id": "s1", "speaker", "speaker_id", "kind": direct|indirect, "text", "cue",
//                "stance_cue", "span": [start, end], "said", "confidence"}
//               plus "rule", "parts", "cue_span", "speaker_span", "where", "where_span",
//               "said_span".
// Spans are byte offsets into the body, half-open. Ids are positional: e<k> is entities[k-1],
// s<k> statements[k-1]. An unknown speaker is null (speaker and speaker_id); a speaker named
// only by a phrase ("Russian officials") has a speaker and a null speaker_id. Optional
// fields are null when absent; "stance_cue" is null for a neutral cue.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "model/entity.h"
#include "model/statement.h"

namespace claimline::report {

std::string entity_id(size_t index);     // "e1" for index 0
std::string statement_id(size_t index);  // "s1" for index 0

nlohmann::json entity_json(const Entity& e, size_t index);
nlohmann::json entities_json(const std::vector<Entity>& entities);

nlohmann::json statement_json(const Statement& s, size_t index);
nlohmann::json statements_json(const std::vector<Statement>& statements);

}  // namespace claimline::report
