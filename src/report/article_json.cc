#include "report/article_json.h"

#include <date/date.h>

namespace claimline::report {

using nlohmann::json;

const std::vector<std::string> kArticleColumns = {"id", "published", "outlet", "title", "revisions"};
const std::vector<std::string> kArticleSearchColumns = {"id", "published", "outlet", "title", "snippet"};
const std::vector<std::string> kOutletColumns = {"id", "name", "articles", "first", "last", "aliases"};
const std::vector<std::string> kRevisionColumns = {"revision", "published", "title", "bytes", "source", "ingested_at"};

namespace {
json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
}  // namespace

std::string day_of(int64_t unix_seconds) {
  const date::sys_days d = date::floor<date::days>(date::sys_seconds{std::chrono::seconds{unix_seconds}});
  return date::format("%F", d);
}

json revision_json(const store::RevisionRow& r) {
  return json{{"revision", r.number},
              {"revision_id", r.id},
              {"title", opt(r.title)},
              {"author", opt(r.author)},
              {"published", r.published ? json(*r.published) : json("undated")},
              {"precision", r.precision},
              {"bytes", r.bytes},
              {"content_hash", r.content_hash},
              {"source", opt(r.source)},
              {"format", opt(r.format)},
              {"ingested_at", r.ingested_at}};
}

json article_json(const store::ArticleRow& row) {
  json j{{"id", row.id},
         {"outlet", opt(row.outlet)},
         {"title", opt(row.latest.title)},
         {"published", row.latest.published ? json(*row.latest.published) : json("undated")},
         {"precision", row.latest.precision},
         {"undated", !row.latest.published.has_value()},
         {"url", opt(row.url)},
         {"author", opt(row.latest.author)},
         {"revisions", row.revisions},
         {"revision_id", row.latest.id},
         {"bytes", row.latest.bytes}};
  if (!row.snippet.empty()) {
    j["snippet"] = row.snippet;
    j["rank"] = row.rank;
  }
  return j;
}

json outlet_json(const store::OutletRow& r) {
  return json{{"id", r.id},
              {"name", r.name},
              {"aliases", r.aliases},
              {"articles", r.articles},
              {"first", r.first_published ? json(day_of(*r.first_published)) : json(nullptr)},
              {"last", r.last_published ? json(day_of(*r.last_published)) : json(nullptr)}};
}

json article_detail_json(const store::ArticleDetail& d) {
  json j = article_json(d.article);
  j["body"] = d.body;
  json revs = json::array();
  for (const auto& r : d.revisions) revs.push_back(revision_json(r));
  j["revision_list"] = revs;
  return j;
}

}  // namespace claimline::report
