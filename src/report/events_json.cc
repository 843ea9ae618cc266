#include "report/events_json.h"

#include <string>

namespace claimline::report {
namespace {

std::string id(char prefix, size_t index) { return std::string(1, prefix) + std::to_string(index + 1); }

nlohmann::json day(const std::optional<date::year_month_day>& d) {
  if (!d) return nullptr;
  return date::format("%F", date::sys_days{*d});
}

}  // namespace

nlohmann::json event_time_json(const std::optional<EventTime>& when) {
  if (!when) return nullptr;
  return {{"value", when->value},
          {"start", day(when->start)},
          {"end", day(when->end)},
          {"precision", std::string(time_precision_name(when->precision))},
          {"time_source", when->source == TimeSource::kPublication ? "publication" : "expression"}};
}

nlohmann::json event_json(const Event& e, size_t index, std::string_view body) {
  nlohmann::json participants = nlohmann::json::array();
  for (size_t p : e.participants) participants.push_back(id('e', p));
  nlohmann::json j;
  j["id"] = id('v', index);
  j["text"] = std::string(body.substr(e.span.start, e.span.size()));
  j["trigger"] = std::string(body.substr(e.trigger.start, e.trigger.size()));
  j["status"] = std::string(event_status_name(e.status));
  j["when"] = event_time_json(e.when);
  j["participants"] = std::move(participants);
  j["span"] = {e.span.start, e.span.end};
  j["trigger_span"] = {e.trigger.start, e.trigger.end};
  j["class"] = e.event_class;
  j["lemma"] = e.lemma;
  j["time_id"] = e.when && e.when->time_index ? nlohmann::json(id('t', *e.when->time_index)) : nlohmann::json(nullptr);
  j["same_as"] = e.coref ? nlohmann::json(id('v', *e.coref)) : nlohmann::json(nullptr);
  j["polarity"] = std::string(polarity_name(e.polarity));
  j["certainty"] = std::string(certainty_name(e.certainty));
  j["future"] = e.future;
  j["rule"] = e.rule;
  j["confidence"] = e.confidence;
  return j;
}

nlohmann::json events_json(const std::vector<Event>& events, std::string_view body) {
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < events.size(); ++i) out.push_back(event_json(events[i], i, body));
  return out;
}

}  // namespace claimline::report
