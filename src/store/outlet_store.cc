#include "store/outlet_store.h"

#include <algorithm>

#include "model/outlet_name.h"
#include "util/error.h"

namespace claimline::store {
namespace {

// A display name a person would write ("The Hill"), as opposed to a code or a domain.
bool is_proper_name(const std::string& name) {
  return !looks_like_code(name) && !looks_like_domain(name) && name.find("://") == std::string::npos;
}

std::vector<std::string> split_aliases(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    const size_t bar = s.find('|');
    out.emplace_back(s.substr(0, bar));
    s = bar == std::string_view::npos ? std::string_view() : s.substr(bar + 1);
  }
  return out;
}

}  // namespace

OutletStore::OutletStore(Database& db)
    : db_(db),
      find_alias_(db.sql(), "SELECT outlet_id FROM outlet_aliases WHERE key = ?"),
      insert_alias_(db.sql(),
                    "INSERT OR IGNORE INTO outlet_aliases(key, outlet_id, alias, method) VALUES (?, ?, ?, ?)") {}

std::optional<int64_t> OutletStore::by_key(const std::string& key) {
  if (key.empty()) return std::nullopt;
  find_alias_.reset();
  find_alias_.bind(1, key);
  std::optional<int64_t> id;
  if (find_alias_.executeStep()) id = find_alias_.getColumn(0).getInt64();
  find_alias_.reset();
  return id;
}

// A code such as "NORTHLEDGER" abbreviating exactly one known outlet name.
std::optional<int64_t> OutletStore::by_code(const std::string& key) {
  auto q_handle = db_.cached("SELECT id, key FROM outlets");
  SQLite::Statement& q = *q_handle;
  std::optional<int64_t> match;
  while (q.executeStep()) {
    if (!code_abbreviates(key, q.getColumn(1).getString())) continue;
    if (match) return std::nullopt;  // ambiguous: better a new outlet than a wrong one
    match = q.getColumn(0).getInt64();
  }
  return match;
}

int64_t OutletStore::create(const std::string& name, const std::string& key, const std::string& now) {
  auto q_handle = db_.cached("INSERT INTO outlets(name, key, created_at) VALUES (?, ?, ?)");
  SQLite::Statement& q = *q_handle;
  q.bind(1, name);
  q.bind(2, key);
  q.bind(3, now);
  q.exec();
  return db_.sql().getLastInsertRowid();
}

void OutletStore::learn(int64_t id, const std::string& alias, const std::string& key, const char* method) {
  if (key.empty()) return;
  insert_alias_.reset();
  insert_alias_.bind(1, key);
  insert_alias_.bind(2, id);
  insert_alias_.bind(3, alias);
  insert_alias_.bind(4, method);
  insert_alias_.exec();
  insert_alias_.reset();
}

void OutletStore::maybe_rename(int64_t id, const std::string& name) {
  if (!is_proper_name(name)) return;
  auto q_handle = db_.cached("SELECT name FROM outlets WHERE id = ?");
  SQLite::Statement& q = *q_handle;
  q.bind(1, id);
  if (!q.executeStep() || is_proper_name(q.getColumn(0).getString())) return;
  auto u_handle = db_.cached("UPDATE outlets SET name = ? WHERE id = ?");
  SQLite::Statement& u = *u_handle;
  u.bind(1, name);
  u.bind(2, id);
  u.exec();
}

std::optional<int64_t> OutletStore::resolve_or_create(const std::optional<std::string>& name,
                                                      const std::optional<std::string>& url,
                                                      const std::string& now) {
  std::optional<std::string> host = url ? url_host(*url) : std::nullopt;
  if (!name && !host) return std::nullopt;
  const std::string display = name ? *name : *host;
  const std::string name_key = outlet_key(display);
  const std::string host_key = host ? outlet_key(*host) : std::string();
  const char* name_method = looks_like_code(display) ? "code" : looks_like_domain(display) ? "domain" : "name";

  std::optional<int64_t> id = by_key(name_key);
  if (!id) id = by_key(host_key);
  if (!id && looks_like_code(display)) id = by_code(name_key);
  if (!id) {
    const KnownOutlet* known = find_known_outlet(name_key);
    if (!known && !host_key.empty()) known = find_known_outlet(host_key);
    if (known) {
      id = by_key(outlet_key(known->name));
      if (!id) {
        id = create(std::string(known->name), outlet_key(known->name), now);
        learn(*id, std::string(known->name), outlet_key(known->name), "name");
      }
      for (const auto& alias : split_aliases(known->aliases)) learn(*id, alias, outlet_key(alias), "known");
    }
  }
  if (!id) id = create(display, name_key.empty() ? host_key : name_key, now);
  learn(*id, display, name_key, name_method);
  if (host) learn(*id, *host, host_key, "domain");
  maybe_rename(*id, display);
  return id;
}

std::optional<int64_t> OutletStore::find(const std::string& name) {
  const std::string key = outlet_key(name);
  if (auto id = by_key(key)) return id;
  if (looks_like_code(name)) return by_code(key);
  return std::nullopt;
}

void OutletStore::add_alias(int64_t id, const std::string& alias) {
  const std::string key = outlet_key(alias);
  if (key.empty()) throw Error::usage("alias '" + alias + "' has no letters or digits");
  if (auto other = by_key(key); other && *other != id) {
    throw Error::usage("alias '" + alias + "' already names outlet " + std::to_string(*other));
  }
  learn(id, alias, key, "manual");
}

std::vector<OutletRow> OutletStore::list() {
  auto q_handle = db_.cached(R"sql(
    SELECT o.id, o.name,
           (SELECT group_concat(alias, '|') FROM outlet_aliases WHERE outlet_id = o.id AND alias <> o.name),
           count(a.id), min(a.published_at), max(a.published_at)
    FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id
    GROUP BY o.id ORDER BY o.name COLLATE NOCASE)sql");
  SQLite::Statement& q = *q_handle;
  std::vector<OutletRow> rows;
  while (q.executeStep()) {
    OutletRow r;
    r.id = q.getColumn(0).getInt64();
    r.name = q.getColumn(1).getString();
    if (!q.getColumn(2).isNull()) r.aliases = split_aliases(q.getColumn(2).getString());
    r.articles = q.getColumn(3).getInt64();
    if (!q.getColumn(4).isNull()) r.first_published = q.getColumn(4).getInt64();
    if (!q.getColumn(5).isNull()) r.last_published = q.getColumn(5).getInt64();
    rows.push_back(std::move(r));
  }
  return rows;
}

std::optional<OutletRow> OutletStore::get(int64_t id) {
  for (auto& r : list()) {
    if (r.id == id) return r;
  }
  return std::nullopt;
}

}  // namespace claimline::store
