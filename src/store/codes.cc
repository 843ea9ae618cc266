#include "store/codes.h"

#include <cstdio>

namespace claimline::store {

std::optional<int64_t> Codebook::code(std::string_view name) const {
  for (size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) return static_cast<int64_t>(i);
  }
  return std::nullopt;
}

std::variant<int64_t, std::string> Codebook::encode(std::string_view name) const {
  if (auto c = code(name)) return *c;
  return std::string(name);
}

std::optional<std::string_view> Codebook::name(int64_t c) const {
  if (c < 0 || c >= static_cast<int64_t>(names_.size())) return std::nullopt;
  return names_[static_cast<size_t>(c)];
}

// The names are identifiers of ours (no quote in them), spelled into the SQL as literals.
std::string Codebook::decode_sql(std::string_view column) const {
  std::string col(column);
  std::string out = "CASE " + col;
  for (size_t i = 0; i < names_.size(); ++i) {
    out += " WHEN " + std::to_string(i) + " THEN '" + std::string(names_[i]) + "'";
  }
  return out + " ELSE " + col + " END";
}

const Codebook& event_statuses() {
  static const Codebook book{"occurred", "expected", "proposed", "ongoing", "cancelled", "denied"};
  return book;
}

const Codebook& polarities() {
  static const Codebook book{"POS", "NEG", "UNDERSPECIFIED"};
  return book;
}

const Codebook& certainties() {
  static const Codebook book{"CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED"};
  return book;
}

const Codebook& time_precisions() {
  static const Codebook book{"unknown", "day", "week", "month", "quarter", "year", "range"};
  return book;
}

const Codebook& time_sources() {
  static const Codebook book{"expression", "publication"};
  return book;
}

const Codebook& time_types() {
  static const Codebook book{"DATE", "TIME", "DURATION", "SET"};
  return book;
}

const Codebook& event_actions() {
  static const Codebook book{"new", "merge", "split"};
  return book;
}

const Codebook& statement_kinds() {
  static const Codebook book{"direct", "indirect"};
  return book;
}

const Codebook& stance_cues() {
  static const Codebook book{"assert", "deny", "accuse", "urge", "hope", "predict", "question", "confirm"};
  return book;
}

std::string method_sql(std::string_view column) {
  return "(SELECT name FROM methods WHERE id = " + std::string(column) + ")";
}

int64_t day_number(const date::year_month_day& d) { return date::sys_days{d}.time_since_epoch().count(); }

date::year_month_day day_of(int64_t number) {
  return date::year_month_day{date::sys_days{date::days{number}}};
}

std::optional<int64_t> day_number(std::string_view iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  int used = 0;
  const std::string s(iso.substr(0, 10));
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2u-%2u%n", &y, &m, &d, &used) != 3 || used != 10) {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return day_number(ymd);
}

// 2440587.5 is the Julian day of 1970-01-01 00:00 UTC.
std::string day_sql(std::string_view column) { return "date(" + std::string(column) + " + 2440587.5)"; }

std::optional<std::string> iso_day(int64_t number) {
  // The days of Julian day numbers 0 (-4713-11-24) .. 5373484 (9999-12-31), the range of
  // SQLite's date functions; years before 1 are written as SQLite writes them ("-0001").
  constexpr int64_t kFirst = -2440587, kLast = 2932896;
  if (number < kFirst || number > kLast) return std::nullopt;
  const date::year_month_day d = day_of(number);
  const int year = static_cast<int>(d.year());
  char buf[24];
  std::snprintf(buf, sizeof buf, "%s%04d-%02u-%02u", year < 0 ? "-" : "", year < 0 ? -year : year,
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return std::string(buf);
}

std::string span_text_sql(std::string_view body, std::string_view start, std::string_view end) {
  return "body_span(" + std::string(body) + ", " + std::string(start) + ", " + std::string(end) + ")";
}

namespace {

struct ReasonForm {
  char marker;
  std::string_view before, after;
};
// Keep in step with EventStore::place() and earlier_revision(), which write these phrases,
// and with migrations/0011_packed_bodies.sql, which encoded the rows written before.
constexpr ReasonForm kReasonForms[] = {
    {kRefersBackMarker, "refers back to \u201c", "\u201d earlier in the same article"},
    {'\x02', "the same mention in revision ", " of this article"},
};

}  // namespace

std::string encode_reason(std::string_view reason) {
  for (const ReasonForm& f : kReasonForms) {
    if (reason.size() > f.before.size() + f.after.size() && reason.starts_with(f.before) && reason.ends_with(f.after)) {
      return f.marker + std::string(reason.substr(f.before.size(), reason.size() - f.before.size() - f.after.size()));
    }
  }
  return std::string(reason);
}

std::string reason_sql(std::string_view column) {
  const std::string c(column);
  std::string sql = "CASE substr(" + c + ", 1, 1)";
  for (const ReasonForm& f : kReasonForms) {
    sql += " WHEN char(" + std::to_string(static_cast<int>(f.marker)) + ") THEN '" + std::string(f.before) +
           "' || substr(" + c + ", 2) || '" + std::string(f.after) + "'";
  }
  return sql + " ELSE " + c + " END";
}

std::string statement_text_sql(std::string_view s, std::string_view r) {
  const std::string t = std::string(s) + ".";
  return "CASE WHEN " + t + "text = '' THEN " + span_text_sql(std::string(r) + ".body", t + "span_start", t + "span_end") +
         " ELSE " + t + "text END";
}

}  // namespace claimline::store
