#include "report/times_json.h"

#include <string>

namespace claimline::report {
namespace {

nlohmann::json day_json(const std::optional<date::year_month_day>& d) {
  if (!d) return nullptr;
  return date::format("%F", date::sys_days{*d});
}

}  // namespace

nlohmann::json time_json(const TimeExpr& t, std::string_view body) {
  nlohmann::json j;
  j["text"] = std::string(body.substr(t.span.start, t.span.size()));
  j["type"] = std::string(time_type_name(t.type));
  j["value"] = t.value;
  j["span"] = {t.span.start, t.span.end};
  j["mod"] = t.mod.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.mod);
  j["rule"] = t.rule;
  j["resolved"] = t.resolved;
  j["start"] = day_json(t.start);
  j["end"] = day_json(t.end);
  return j;
}

nlohmann::json times_json(const std::vector<TimeExpr>& times, std::string_view body) {
  nlohmann::json out = nlohmann::json::array();
  for (const TimeExpr& t : times) out.push_back(time_json(t, body));
  return out;
}

}  // namespace claimline::report
