#include "store/body_functions.h"

#include <SQLiteCpp/Column.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string_view>

#include "util/compress.h"
#include "util/error.h"

namespace claimline::store {
namespace {

// The last body a connection unpacked, keyed by its packed bytes (compared in full, so a
// hit is exact).
struct LastBody {
  std::string packed, text;
};

// The text of body value `v`: a text value as stored; a blob unpacked (through the
// connection's LastBody) when it is a frame, else its bytes. Returns false for NULL; sets
// an SQL error and returns false for a damaged frame. `out` stays good until the next call.
bool text_of(sqlite3_context* ctx, sqlite3_value* v, std::string_view* out) {
  if (sqlite3_value_type(v) == SQLITE_NULL) return false;
  if (sqlite3_value_type(v) != SQLITE_BLOB) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
    *out = std::string_view(p ? p : "", static_cast<size_t>(sqlite3_value_bytes(v)));
    return true;
  }
  const auto* p = static_cast<const char*>(sqlite3_value_blob(v));
  const std::string_view bytes(p ? p : "", static_cast<size_t>(sqlite3_value_bytes(v)));
  if (!is_packed(bytes)) {
    *out = bytes;
    return true;
  }
  auto* last = static_cast<LastBody*>(sqlite3_user_data(ctx));
  if (last->packed.size() != bytes.size() || std::memcmp(last->packed.data(), bytes.data(), bytes.size()) != 0) {
    try {
      last->text = unpack_text(bytes);
      last->packed.assign(bytes);
    } catch (const std::exception& e) {
      last->packed.clear();
      last->text.clear();
      sqlite3_result_error(ctx, e.what(), -1);
      return false;
    }
  }
  *out = last->text;
  return true;
}

void body_text(sqlite3_context* ctx, int, sqlite3_value** argv) {
  std::string_view text;
  if (!text_of(ctx, argv[0], &text)) return;  // NULL result, or the error set
  sqlite3_result_text(ctx, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void body_span(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[1]) == SQLITE_NULL || sqlite3_value_type(argv[2]) == SQLITE_NULL) return;
  std::string_view text;
  if (!text_of(ctx, argv[0], &text)) return;
  const auto size = static_cast<int64_t>(text.size());
  const int64_t start = sqlite3_value_int64(argv[1]), end = sqlite3_value_int64(argv[2]);
  const int64_t from = std::clamp<int64_t>(start, 0, size);
  const int64_t len = std::clamp<int64_t>(end - std::max<int64_t>(start, 0), 0, size - from);
  sqlite3_result_text(ctx, text.data() + from, static_cast<int>(len), SQLITE_TRANSIENT);
}

void body_pack(sqlite3_context* ctx, int, sqlite3_value** argv) {
  sqlite3_value* v = argv[0];
  if (sqlite3_value_type(v) != SQLITE_TEXT) {
    sqlite3_result_value(ctx, v);
    return;
  }
  const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
  try {
    const std::string packed = pack_text(std::string_view(p ? p : "", static_cast<size_t>(sqlite3_value_bytes(v))));
    sqlite3_result_blob(ctx, packed.data(), static_cast<int>(packed.size()), SQLITE_TRANSIENT);
  } catch (const std::exception& e) {
    sqlite3_result_error(ctx, e.what(), -1);
  }
}

void destroy_last_body(void* p) { delete static_cast<LastBody*>(p); }

}  // namespace

void register_body_functions(sqlite3* db) {
  constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  // One cache for both reading functions: a row's trigger and sentence come from one body.
  auto* last = new LastBody;
  int rc = sqlite3_create_function_v2(db, "body_text", 1, kFlags, last, body_text, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "body_span", 3, kFlags, last, body_span, nullptr, nullptr, destroy_last_body);
  } else {
    delete last;
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "body_pack", 1, kFlags, nullptr, body_pack, nullptr, nullptr, nullptr);
  }
  if (rc != SQLITE_OK) {
    throw Error::database(std::string("cannot register the body functions: ") + sqlite3_errmsg(db));
  }
}

std::string body_column(const SQLite::Column& c) {
  if (c.isNull()) return {};
  if (!c.isBlob()) return c.getString();
  return unpack_text(std::string_view(static_cast<const char*>(c.getBlob()), static_cast<size_t>(c.getBytes())));
}

}  // namespace claimline::store
