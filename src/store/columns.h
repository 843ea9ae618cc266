// Reading nullable columns of a result row (store layer only).
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

#include <SQLiteCpp/Column.h>

#include "store/codes.h"

namespace claimline::store {

inline std::optional<std::string> opt_text(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

inline std::optional<int64_t> opt_int(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}

// A day-number column as day_sql() reads it back, decoded here instead of in SQL; a text
// value (written by hand) when it is an ISO date.
inline std::optional<std::string> day_column(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  if (c.isInteger()) return iso_day(c.getInt64());
  if (c.isFloat()) return iso_day(static_cast<int64_t>(std::floor(c.getDouble())));
  const std::optional<int64_t> n = day_number(c.getString());
  return n ? iso_day(*n) : std::nullopt;
}

// A code column as book.decode_sql() reads it back: the name of a code in the book, the
// value as text otherwise.
inline std::optional<std::string> code_column(const SQLite::Column& c, const Codebook& book) {
  if (c.isNull()) return std::nullopt;
  if (c.isInteger() || (c.isFloat() && c.getDouble() == std::floor(c.getDouble()))) {
    if (const auto name = book.name(static_cast<int64_t>(c.getDouble()))) return std::string(*name);
  }
  return c.getString();
}

}  // namespace claimline::store
