#include "ingest/extracted_reader.h"

#include <map>

#include "util/utf8.h"

namespace claimline::ingest {
namespace {

using nlohmann::json;

// Thrown inside the parser and turned into the error message at its edge.
struct Bad {
  std::string what;
};

std::string str(const json& o, const char* key, bool required = false) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) {
    if (required) throw Bad{std::string("missing \"") + key + "\""};
    return {};
  }
  if (!it->is_string()) throw Bad{std::string("\"") + key + "\" is not a string"};
  return it->get<std::string>();
}

std::optional<std::string> opt_str(const json& o, const char* key) {
  std::string s = str(o, key);
  if (s.empty()) return std::nullopt;
  return s;
}

class SpanChecker {
 public:
  explicit SpanChecker(std::string_view body) : body_(body) {}
  Span operator()(const json& v, const char* what) const {
    if (!v.is_array() || v.size() != 2 || !v[0].is_number_unsigned() || !v[1].is_number_unsigned()) {
      throw Bad{std::string(what) + ": a span is [start, end] with two non-negative integers"};
    }
    const uint64_t s = v[0].get<uint64_t>(), e = v[1].get<uint64_t>();
    if (s > e || e > body_.size()) throw Bad{std::string(what) + ": span lies outside the body"};
    if (!utf8::is_boundary(body_, s) || !utf8::is_boundary(body_, e)) {
      throw Bad{std::string(what) + ": span does not fall on UTF-8 character boundaries"};
    }
    return Span(static_cast<uint32_t>(s), static_cast<uint32_t>(e));
  }
  std::optional<Span> optional(const json& o, const char* key, const char* what) const {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return std::nullopt;
    return (*this)(*it, what);
  }

 private:
  std::string_view body_;
};

const json& array_of(const json& o, const char* key) {
  static const json kEmpty = json::array();
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return kEmpty;
  if (!it->is_array()) throw Bad{std::string("\"") + key + "\" is not an array"};
  return *it;
}

std::optional<date::year_month_day> day(const json& o, const char* key) {
  const std::string s = str(o, key);
  if (s.empty()) return std::nullopt;
  auto t = parse_timestamp(s);
  if (!t || t->precision != Precision::kDay) throw Bad{std::string("\"") + key + "\" is not a YYYY-MM-DD day"};
  return t->day();
}

// Positional ids ("e3", "t1") to indexes; unknown ids are refused.
size_t index_of(const std::map<std::string, size_t>& ids, const std::string& id, const char* what) {
  auto it = ids.find(id);
  if (it == ids.end()) throw Bad{std::string(what) + ": unknown id \"" + id + "\""};
  return it->second;
}

std::map<std::string, size_t> ids_of(const json& items) {
  std::map<std::string, size_t> ids;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].is_object() && items[i].contains("id") && items[i]["id"].is_string()) ids[items[i]["id"]] = i;
  }
  return ids;
}

ArticleInput read_article(const json& a) {
  if (!a.is_object()) throw Bad{"\"article\" is missing or not an object"};
  ArticleInput out;
  out.title = opt_str(a, "title");
  out.outlet = opt_str(a, "outlet");
  out.url = opt_str(a, "url");
  out.author = opt_str(a, "author");
  out.body = str(a, "body", true);
  if (!utf8::is_valid(out.body)) throw Bad{"\"body\" is not valid UTF-8"};
  if (auto p = opt_str(a, "published")) {
    auto t = parse_timestamp(*p);
    if (!t) throw Bad{"\"published\" is not a date: " + *p};
    out.published = *t;
  }
  out.format = "extracted";
  return out;
}

void read_entities(const json& items, const SpanChecker& span, Extraction* x) {
  for (const auto& e : items) {
    Entity out;
    out.name = str(e, "name", true);
    auto kind = parse_entity_kind(str(e, "kind", true));
    if (!kind) throw Bad{"entity \"" + out.name + "\": unknown kind"};
    out.kind = *kind;
    for (const auto& a : array_of(e, "aliases")) out.aliases.push_back(a.get<std::string>());
    for (const auto& r : array_of(e, "roles")) out.roles.push_back(r.get<std::string>());
    for (const auto& m : array_of(e, "mentions")) out.mentions.push_back(span(m, "entity mention"));
    x->entities.push_back(std::move(out));
  }
}

void read_times(const json& items, const SpanChecker& span, Extraction* x) {
  for (const auto& t : items) {
    TimeExpr out;
    out.span = span(t.at("span"), "time");
    auto type = parse_time_type(str(t, "type", true));
    if (!type) throw Bad{"time: unknown type"};
    out.type = *type;
    out.value = str(t, "value", true);
    out.mod = str(t, "mod");
    out.rule = str(t, "rule");
    out.resolved = !t.contains("resolved") || t["resolved"].get<bool>();
    out.start = day(t, "start");
    out.end = day(t, "end");
    x->times.push_back(std::move(out));
  }
}

void read_statements(const json& items, const SpanChecker& span, const std::map<std::string, size_t>& entity_ids,
                     const std::map<std::string, size_t>& time_ids, Extraction* x) {
  for (const auto& s : items) {
    Statement out;
    out.span = span(s.at("span"), "statement");
    for (const auto& p : array_of(s, "parts")) out.parts.push_back(span(p, "statement part"));
    out.text = str(s, "text", true);
    const std::string kind = str(s, "kind", true);
    if (kind != "direct" && kind != "indirect") throw Bad{"statement: kind is direct or indirect"};
    out.kind = kind == "direct" ? StatementKind::kDirect : StatementKind::kIndirect;
    out.speaker = str(s, "speaker");
    if (auto id = opt_str(s, "speaker_id")) out.speaker_entity = index_of(entity_ids, *id, "statement speaker");
    out.speaker_span = span.optional(s, "speaker_span", "statement speaker");
    out.cue = str(s, "cue");
    out.cue_span = span.optional(s, "cue_span", "statement cue");
    auto cue = parse_stance_cue(str(s, "stance_cue"));
    if (!cue) throw Bad{"statement: unknown stance_cue"};
    out.stance_cue = *cue;
    out.where = str(s, "where");
    out.where_span = span.optional(s, "where_span", "statement where");
    out.said = str(s, "said");
    out.said_span = span.optional(s, "said_span", "statement said");
    out.confidence = s.value("confidence", 0.0);
    out.rule = str(s, "rule");
    std::optional<size_t> said_time;
    if (s.contains("said_time") && s["said_time"].is_object()) {
      said_time = index_of(time_ids, str(s["said_time"], "id", true), "statement said_time");
    }
    x->statements.push_back(std::move(out));
    x->said_time.push_back(said_time);
  }
}

EventTime read_event_time(const json& w, const std::map<std::string, size_t>& time_ids, const json& event) {
  EventTime t;
  t.value = str(w, "value", true);
  t.start = day(w, "start");
  auto end = day(w, "end");
  if (!end) throw Bad{"event: \"when\" has no end day"};
  t.end = *end;
  if (auto p = parse_time_precision(str(w, "precision"))) t.precision = *p;
  t.source = str(w, "time_source") == "publication" ? TimeSource::kPublication : TimeSource::kExpression;
  if (auto id = opt_str(event, "time_id")) t.time_index = index_of(time_ids, *id, "event time_id");
  return t;
}

void read_events(const json& items, const SpanChecker& span, const std::map<std::string, size_t>& entity_ids,
                 const std::map<std::string, size_t>& time_ids, Extraction* x) {
  const auto event_ids = ids_of(items);
  for (const auto& e : items) {
    Event out;
    out.span = span(e.at("span"), "event");
    out.trigger = e.contains("trigger_span") ? span(e["trigger_span"], "event trigger") : out.span;
    auto status = parse_event_status(str(e, "status", true));
    if (!status) throw Bad{"event: unknown status"};
    out.status = *status;
    out.event_class = str(e, "class");
    out.lemma = str(e, "lemma");
    out.rule = str(e, "rule");
    out.confidence = e.value("confidence", 0.0);
    out.future = e.value("future", false);
    for (const auto& p : array_of(e, "participants")) {
      out.participants.push_back(index_of(entity_ids, p.get<std::string>(), "event participant"));
    }
    if (e.contains("when") && e["when"].is_object()) out.when = read_event_time(e["when"], time_ids, e);
    if (auto id = opt_str(e, "same_as")) out.coref = index_of(event_ids, *id, "event same_as");
    x->events.push_back(std::move(out));
  }
}

}  // namespace

std::optional<ExtractedRecord> parse_extracted(const json& object, std::string* error) {
  try {
    if (!object.is_object()) throw Bad{"an extraction record is a JSON object"};
    ExtractedRecord r;
    r.article = read_article(object.contains("article") ? object["article"] : json());
    const SpanChecker span(r.article.body);
    const json& entities = array_of(object, "entities");
    const json& times = array_of(object, "times");
    read_entities(entities, span, &r.extraction);
    read_times(times, span, &r.extraction);
    read_statements(array_of(object, "statements"), span, ids_of(entities), ids_of(times), &r.extraction);
    read_events(array_of(object, "events"), span, ids_of(entities), ids_of(times), &r.extraction);
    return r;
  } catch (const Bad& b) {
    *error = b.what;
  } catch (const json::exception& e) {
    *error = std::string("unexpected JSON shape: ") + e.what();
  }
  return std::nullopt;
}

}  // namespace claimline::ingest
