#include "report/extraction_json.h"

#include "report/events_json.h"
#include "report/statements_json.h"
#include "report/times_json.h"

namespace claimline::report {

using nlohmann::json;

namespace {
json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
}  // namespace

json article_meta_json(const ArticleInput& a, bool with_body) {
  json j{{"title", opt(a.title)},
         {"outlet", opt(a.outlet)},
         {"published", a.published.known() ? json(a.published.iso()) : json(nullptr)},
         {"precision", std::string(precision_name(a.published.precision))},
         {"url", opt(a.url)},
         {"author", opt(a.author)}};
  if (with_body) j["body"] = a.body;
  return j;
}

json extraction_json(const ArticleInput& a, const Extraction& x, bool with_body) {
  json times = times_json(x.times, a.body);
  for (size_t i = 0; i < times.size(); ++i) times[i]["id"] = "t" + std::to_string(i + 1);
  json statements = statements_json(x.statements);
  for (size_t i = 0; i < statements.size() && i < x.said_time.size(); ++i) {
    if (!x.said_time[i]) continue;
    const json& t = times[*x.said_time[i]];
    statements[i]["said_time"] = json{{"id", t["id"]}, {"value", t["value"]}, {"start", t["start"]}, {"end", t["end"]}};
  }
  return json{{"article", article_meta_json(a, with_body)},
              {"entities", entities_json(x.entities)},
              {"statements", std::move(statements)},
              {"times", std::move(times)},
              {"events", events_json(x.events, a.body)}};
}

}  // namespace claimline::report
