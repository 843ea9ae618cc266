#include "report/statements_json.h"

#include <optional>
#include <string>

namespace claimline::report {
namespace {

nlohmann::json span_json(const Span& s) { return nlohmann::json::array({s.start, s.end}); }

nlohmann::json optional_span(const std::optional<Span>& s) { return s ? span_json(*s) : nlohmann::json(nullptr); }

nlohmann::json text_or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

}  // namespace

std::string entity_id(size_t index) { return "e" + std::to_string(index + 1); }
std::string statement_id(size_t index) { return "s" + std::to_string(index + 1); }

nlohmann::json entity_json(const Entity& e, size_t index) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const Span& m : e.mentions) mentions.push_back(span_json(m));
  return {{"id", entity_id(index)},
          {"name", e.name},
          {"kind", std::string(entity_kind_name(e.kind))},
          {"aliases", e.aliases},
          {"roles", e.roles},
          {"mentions", std::move(mentions)}};
}

nlohmann::json entities_json(const std::vector<Entity>& entities) {
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < entities.size(); ++i) out.push_back(entity_json(entities[i], i));
  return out;
}

nlohmann::json statement_json(const Statement& s, size_t index) {
  nlohmann::json parts = nlohmann::json::array();
  for (const Span& p : s.parts) parts.push_back(span_json(p));
  const std::string_view stance = stance_cue_name(s.stance_cue);
  return {{"id", statement_id(index)},
          {"speaker", text_or_null(s.speaker)},
          {"speaker_id", s.speaker_entity ? nlohmann::json(entity_id(*s.speaker_entity)) : nlohmann::json(nullptr)},
          {"kind", std::string(statement_kind_name(s.kind))},
          {"text", s.text},
          {"cue", text_or_null(s.cue)},
          {"stance_cue", stance.empty() ? nlohmann::json(nullptr) : nlohmann::json(std::string(stance))},
          {"span", span_json(s.span)},
          {"parts", std::move(parts)},
          {"said", text_or_null(s.said)},
          {"said_span", optional_span(s.said_span)},
          {"where", text_or_null(s.where)},
          {"where_span", optional_span(s.where_span)},
          {"confidence", s.confidence},
          {"rule", s.rule},
          {"cue_span", optional_span(s.cue_span)},
          {"speaker_span", optional_span(s.speaker_span)}};
}

nlohmann::json statements_json(const std::vector<Statement>& statements) {
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < statements.size(); ++i) out.push_back(statement_json(statements[i], i));
  return out;
}

}  // namespace claimline::report
