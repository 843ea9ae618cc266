#include "report/claim_review.h"

#include <algorithm>
#include <map>
#include <set>

namespace claimline::report {

using nlohmann::json;

namespace {

// The article an appearance stands for, with the claim mentions it carries.
struct Appearance {
  const query::TimelineRow* first = nullptr;  // any row of the article, for its metadata
  std::string stance = "discusses";
  std::vector<const query::TimelineRow*> parts;
};

json appearance_json(const Appearance& a) {
  const auto& r = *a.first;
  json j{{"@type", "NewsArticle"},
         {"@id", "urn:claimline:article:" + std::to_string(r.article_id)},
         {"identifier", r.article_id},
         {"headline", r.title ? json(*r.title) : json(nullptr)},
         {"url", r.url ? json(*r.url) : json(nullptr)},
         {"datePublished", r.report_time ? json(*r.report_time) : json(nullptr)},
         {"publisher", r.outlet ? json{{"@type", "Organization"}, {"name", *r.outlet}} : json(nullptr)},
         {"claimline:stance", a.stance}};
  json parts = json::array();
  for (const auto* p : a.parts) {
    json q{{"@type", "Quotation"},
           {"text", p->text},
           {"claimline:level", p->level ? json(*p->level) : json(nullptr)},
           {"claimline:stance", p->stance ? json(*p->stance) : json(nullptr)},
           {"claimline:cue", p->cue ? json(*p->cue) : json(nullptr)},
           {"claimline:validTime", query::valid_time_label(p->valid_time)}};
    if (p->speaker) q["spokenByCharacter"] = json{{"name", *p->speaker}};
    parts.push_back(std::move(q));
  }
  j["hasPart"] = std::move(parts);
  return j;
}

json sorted(const std::set<std::string>& names) { return json(std::vector<std::string>(names.begin(), names.end())); }

}  // namespace

json claim_review_json(const store::ClaimRow& claim, const std::vector<query::TimelineRow>& rows) {
  std::map<int64_t, Appearance> by_article;
  std::vector<int64_t> order;  // articles by first report
  std::set<std::string> asserted, denied, discussed;
  for (const auto& r : rows) {
    auto [it, added] = by_article.try_emplace(r.article_id);
    if (added) order.push_back(r.article_id);
    Appearance& a = it->second;
    if (!a.first) a.first = &r;
    if (r.level && *r.level == "article") a.stance = r.stance.value_or("discusses");
    else a.parts.push_back(&r);
    if (r.kind != "statement" || !r.speaker || !r.stance) continue;
    if (*r.stance == "supports") asserted.insert(*r.speaker);
    else if (*r.stance == "denies") denied.insert(*r.speaker);
    else discussed.insert(*r.speaker);
  }
  std::stable_sort(order.begin(), order.end(), [&](int64_t x, int64_t y) {
    const auto& a = *by_article[x].first;
    const auto& b = *by_article[y].first;
    return std::make_tuple(!a.report_time, a.report_time.value_or("")) <
           std::make_tuple(!b.report_time, b.report_time.value_or(""));
  });
  json appearances = json::array();
  for (int64_t id : order) appearances.push_back(appearance_json(by_article[id]));
  return json{{"@context", json::array({"https://schema.org", json{{"claimline", "urn:claimline:"}}})},
              {"@type", "Claim"},
              {"@id", "urn:claimline:claim:" + std::to_string(claim.id)},
              {"identifier", claim.id},
              {"text", claim.text},
              {"alternateName", claim.aliases},
              {"firstAppearance", appearances.empty() ? json(nullptr) : appearances.front()},
              {"appearance", appearances},
              {"claimline:contest",
               json{{"articles", claim.articles},
                    {"supports", claim.supports},
                    {"denies", claim.denies},
                    {"discusses", claim.discusses},
                    {"assertedBy", sorted(asserted)},
                    {"deniedBy", sorted(denied)},
                    {"discussedBy", sorted(discussed)},
                    // Someone asserts it and someone denies it, in an article's voice or a speaker's.
                    {"contested", (claim.supports > 0 || !asserted.empty()) && (claim.denies > 0 || !denied.empty())}}}};
}

}  // namespace claimline::report
