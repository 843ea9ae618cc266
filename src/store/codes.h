// Compact column encodings (schema 8). The extracted tables hold a row per mention, so a
// few bytes per column are megabytes per thousand articles:
// - a Codebook stores one of a few known names as its index (a small integer, 0 or 1
//   bytes on disk instead of the name); a name not in the book (rows written by hand or by
//   an older version) is stored as the text itself and read back unchanged;
// - a day is stored as its day number, days since 1970-01-01 (2 or 3 bytes instead of an
//   11-byte ISO date); day_sql() reads it back as "YYYY-MM-DD" within the range SQLite's
//   date functions know, and NULL outside it.
// Both are read back in SQL (decode_sql, day_sql), so every query returns the names and
// ISO days its callers always got; readers of many rows decode the same way in C++
// (store/columns.h: code_column, day_column). migrations/0008_compact.sql encodes with the
// same tables.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <date/date.h>

namespace claimline::store {

class Codebook {
 public:
  Codebook(std::initializer_list<std::string_view> names) : names_(names) {}

  // The index of `name` in the book; std::nullopt when it is not there.
  std::optional<int64_t> code(std::string_view name) const;
  // What to store for `name`: its code, else the name itself.
  std::variant<int64_t, std::string> encode(std::string_view name) const;
  // The name of code `c`; std::nullopt when it is out of range.
  std::optional<std::string_view> name(int64_t c) const;
  // An SQL expression reading `column` (a code or a text) back as the name.
  std::string decode_sql(std::string_view column) const;
  const std::vector<std::string_view>& names() const { return names_; }

 private:
  std::vector<std::string_view> names_;
};

// event_mentions.status, events.status: model/event.h EventStatus names, in the order of
// schema 5's CHECK.
const Codebook& event_statuses();
// event_mentions.polarity and .certainty: model/event.h names.
const Codebook& polarities();
const Codebook& certainties();
// event_mentions.precision: model/event.h TimePrecision names.
const Codebook& time_precisions();
// event_mentions.time_source: "expression", "publication".
const Codebook& time_sources();
// times.type: "DATE", "TIME", "DURATION", "SET".
const Codebook& time_types();
// event_mentions.action: how the mention was placed in its event: "new", "merge", "split".
const Codebook& event_actions();
// statements.kind: "direct", "indirect".
const Codebook& statement_kinds();
// statements.stance_cue: model/statement.h StanceCue names but kNone's (stored as NULL).
const Codebook& stance_cues();

// An SQL expression reading a method id `column` back as its rule name (the methods table).
std::string method_sql(std::string_view column);

// Days since 1970-01-01.
int64_t day_number(const date::year_month_day& d);
date::year_month_day day_of(int64_t number);
// The day number of an ISO date ("2025-03-17", or a longer ISO date-time: its date);
// std::nullopt when `iso` does not start with a valid date.
std::optional<int64_t> day_number(std::string_view iso);
// An SQL expression reading a day-number `column` back as "YYYY-MM-DD" (NULL stays NULL).
std::string day_sql(std::string_view column);
// What day_sql() reads for day number `number`: "YYYY-MM-DD" (from -4713-11-24 to
// 9999-12-31, SQLite's range), else nullopt.
std::optional<std::string> iso_day(int64_t number);

// An SQL expression for the bytes [start, end) (0-based offsets) of the text
// `body`, as text: how rows that only keep a span read the words of the body back.
std::string span_text_sql(std::string_view body, std::string_view start, std::string_view end);

// The text of statement `s` (alias) in revision `r`: statements.text, or, when that is ''
// (schema 11: the text is the statement's span of the body), the span.
std::string statement_text_sql(std::string_view s, std::string_view r);

// Placement reasons as stored (schema 11). The two written most, each a fixed phrase around
// one argument, are stored as a marker byte and the argument: "refers back to “X” earlier
// in the same article" as "\x01X" (a fifth of all mentions), "the same mention in revision
// N of this article" as "\x02N". Any other reason is stored as written (none starts with
// a control character). reason_sql() reads a column back in full; NULL stays NULL.
std::string encode_reason(std::string_view reason);
std::string reason_sql(std::string_view column);
// The stored form of a reason by coreference starts with this byte.
inline constexpr char kRefersBackMarker = '\x01';

// The reason an automatic "new" placement gives, stored as NULL (most mentions start an
// event of their own).
inline constexpr std::string_view kFirstMentionReason = "first mention: no compatible event";

}  // namespace claimline::store
