#include "report/statement_rows.h"

namespace claimline::report {

using nlohmann::json;

const std::vector<std::string> kStatementColumns = {"id", "published", "outlet", "speaker", "cue", "stance_cue",
                                                    "kind", "text"};
const std::vector<std::string> kEntityColumns = {"id", "name", "kind", "mentions", "articles", "statements",
                                                 "aliases", "roles"};

namespace {
json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
}  // namespace

json statement_row_json(const store::StatementRow& r) {
  json said = nullptr;
  if (r.said) {
    said = json{{"text", *r.said}, {"value", opt(r.said_value)}, {"start", opt(r.said_first_day)},
                {"end", opt(r.said_last_day)}};
  }
  return json{{"id", r.id},
              {"article_id", r.article_id},
              {"revision_id", r.revision_id},
              {"outlet", opt(r.outlet)},
              {"title", opt(r.title)},
              {"published", r.published ? json(*r.published) : json("undated")},
              {"speaker", opt(r.speaker)},
              {"speaker_id", r.speaker_entity_id ? json(*r.speaker_entity_id) : json(nullptr)},
              {"kind", r.kind},
              {"cue", opt(r.cue)},
              {"stance_cue", opt(r.stance_cue)},
              {"where", opt(r.place)},
              {"said", said},
              {"text", r.text},
              {"span", json::array({r.span_start, r.span_end})},
              {"confidence", r.confidence},
              {"method", r.method}};
}

json entity_row_json(const store::EntityRow& r) {
  return json{{"id", r.id},         {"name", r.name},         {"kind", r.kind},
              {"aliases", r.aliases}, {"roles", r.roles},       {"mentions", r.mentions},
              {"articles", r.articles}, {"statements", r.statements}};
}

}  // namespace claimline::report
