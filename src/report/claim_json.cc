#include "report/claim_json.h"

#include <map>

namespace claimline::report {

using nlohmann::json;

const std::vector<std::string> kClaimColumns = {"id", "text", "articles", "supports", "denies", "discusses", "origin"};
const std::vector<std::string> kMentionColumns = {"published", "outlet", "article_id", "level", "speaker", "stance",
                                                  "evidence"};

namespace {
json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
json opt(const std::optional<int64_t>& v) { return v ? json(*v) : json(nullptr); }
json span_of(const store::MentionRow& m) {
  if (!m.span_start || !m.span_end) return nullptr;
  return json::array({*m.span_start, *m.span_end});
}
}  // namespace

json claim_json(const store::ClaimRow& c) {
  return json{{"id", c.id},
              {"text", c.text},
              {"aliases", c.aliases},
              {"origin", c.origin},
              {"merged_into", opt(c.merged_into)},
              {"created_at", c.created_at},
              {"articles", c.articles},
              {"supports", c.supports},
              {"denies", c.denies},
              {"discusses", c.discusses}};
}

json mention_json(const store::MentionRow& m) {
  return json{{"mention_id", m.id},
              {"article_id", m.article_id},
              {"revision", m.revision_number},
              {"outlet", opt(m.outlet)},
              {"published", m.published ? json(*m.published) : json("undated")},
              {"level", m.level},
              {"statement_id", opt(m.statement_id)},
              {"speaker", opt(m.speaker)},
              {"stance", m.stance},
              {"cue", opt(m.cue)},
              {"evidence", opt(m.evidence)},
              {"span", span_of(m)},
              {"confidence", m.confidence},
              {"method", m.method}};
}

json claim_detail_json(const store::ClaimRow& c, const std::vector<store::MentionRow>& mentions) {
  json j = claim_json(c);
  json articles = json::array();
  std::map<int64_t, size_t> index;  // article id -> position in `articles`
  for (const auto& m : mentions) {
    auto it = index.find(m.article_id);
    if (it == index.end()) {
      it = index.emplace(m.article_id, articles.size()).first;
      articles.push_back(json{{"article_id", m.article_id},
                              {"revision", m.revision_number},
                              {"outlet", opt(m.outlet)},
                              {"published", opt(m.published)},
                              {"precision", m.precision},
                              {"url", opt(m.url)},
                              {"title", opt(m.title)},
                              {"stance", "discusses"},
                              {"confidence", nullptr},
                              {"method", nullptr},
                              {"statements", json::array()},
                              {"passages", json::array()}});
    }
    json& a = articles[it->second];
    if (m.level == "article") {
      a["stance"] = m.stance;
      a["confidence"] = m.confidence;
      a["method"] = m.method;
    } else {
      json e{{"mention_id", m.id}, {"stance", m.stance},   {"text", opt(m.evidence)}, {"span", span_of(m)},
             {"confidence", m.confidence}, {"method", m.method}};
      if (m.level == "statement") {
        e["statement_id"] = opt(m.statement_id);
        e["speaker"] = opt(m.speaker);
        e["speaker_id"] = opt(m.speaker_entity_id);
        e["cue"] = opt(m.cue);
        a["statements"].push_back(std::move(e));
      } else {
        a["passages"].push_back(std::move(e));
      }
    }
  }
  j["articles"] = std::move(articles);
  return j;
}

}  // namespace claimline::report
