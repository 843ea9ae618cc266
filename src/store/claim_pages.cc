#include "store/claim_pages.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include "store/body_functions.h"
#include "store/codes.h"
#include "store/columns.h"
#include "util/error.h"

namespace claimline::store {
namespace {

// The row columns, then (each_by_valid_time) the evidence.
const std::string& kColumns = mention_row_columns();
constexpr int kEvidenceColumn = kMentionRowColumns;  // each_by_valid_time adds the evidence after them

constexpr const char* kJoins =
    " LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN statements s ON s.id = m.statement_id";

// A manual row hides the machine rows on its target; 'unrelated' rows do not show. The
// hiding row is found through the claim's index on (claim, revision): a few rows at most.
constexpr const char* kVisible =
    " AND m.stance <> 'unrelated' AND (m.method = 'manual' OR NOT EXISTS (SELECT 1 FROM claim_mentions h"
    " WHERE h.claim_id = m.claim_id AND h.revision_id = m.revision_id AND h.method = 'manual'"
    " AND h.level = m.level AND coalesce(h.statement_id, h.span_start, -1) = coalesce(m.statement_id, m.span_start, -1)))";

// The revision of each article that counts: its latest, or (?2 = as_of) its latest
// published by then.
std::string counting(bool as_of) {
  if (!as_of) return " AND r.number = a.latest_revision";
  return " AND r.published_at <= ?2 AND NOT EXISTS (SELECT 1 FROM revisions r2 WHERE r2.article_id = r.article_id"
         " AND r2.number > r.number AND r2.published_at <= ?2)";
}

// The first day a row sorts on in the timeline (query/valid_time.h sort_day): the said day
// of its statement when both bounds are real days, else its publication's first day; NULL
// when undated.
const std::string kValidDay =
    "CASE WHEN " + day_sql("s.said_first_day") + " IS NOT NULL AND " + day_sql("s.said_last_day") +
    " IS NOT NULL THEN " + day_sql("s.said_first_day") +
    " WHEN r.published IS NULL OR length(r.published) < 4 OR r.published_precision = 'none' THEN NULL"
    " WHEN r.published_precision = 'year' THEN substr(r.published, 1, 4) || '-01-01'"
    " WHEN r.published_precision = 'month' THEN CASE WHEN length(r.published) >= 7"
    " AND date(substr(r.published, 1, 7) || '-01') IS substr(r.published, 1, 7) || '-01'"
    " THEN substr(r.published, 1, 7) || '-01' END"
    " WHEN length(r.published) >= 10 AND date(substr(r.published, 1, 10)) IS substr(r.published, 1, 10)"
    " THEN substr(r.published, 1, 10) END";

// Where a row sits in the page order (as the ORDER BY of a page computes it).
MentionKey key_of(const MentionRow& r) {
  MentionKey k;
  k.dated = r.published_at.has_value();
  k.published_at = r.published_at.value_or(0);
  k.revision_id = r.revision_id;
  k.level_rank = r.level == "article" ? 0 : 1;
  k.span_start = r.span_start.value_or(-1);
  k.mention_id = r.id;
  return k;
}

template <class F>
auto guarded(Database& db, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const SQLite::Exception& e) {
    rethrow_sqlite(e, db.path());
  }
}

std::string id_list(const std::vector<int64_t>& ids) {
  std::string in;
  for (auto id : ids) {
    if (!in.empty()) in += ',';
    in += std::to_string(id);
  }
  return in;
}

// Binds a cursor's keys to ?3..?7.
void bind_after(SQLite::Statement& q, const MentionKey& k) {
  q.bind(3, k.published_at);
  q.bind(4, k.revision_id);
  q.bind(5, k.level_rank);
  q.bind(6, k.span_start);
  q.bind(7, k.mention_id);
}

// Rows after the cursor within one revision, in the order the rows of a revision take.
constexpr const char* kWithinRevisionAfter =
    "(m.level <> 'article', coalesce(m.span_start, -1), m.id) > (?5, ?6, ?7)";

bool parse_int(std::string_view s, int64_t& v) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size() && !s.empty();
}

}  // namespace

std::string to_cursor(const MentionKey& k) {
  std::string head = k.dated ? "d" + std::to_string(k.published_at) + "." : "u";
  return head + std::to_string(k.revision_id) + "." + std::to_string(k.level_rank) + "." +
         std::to_string(k.span_start) + "." + std::to_string(k.mention_id);
}

std::optional<MentionKey> parse_cursor(std::string_view text) {
  if (text.empty() || (text[0] != 'd' && text[0] != 'u')) return std::nullopt;
  MentionKey k;
  k.dated = text[0] == 'd';
  std::vector<int64_t> parts;
  std::string_view rest = text.substr(1);
  while (true) {
    const size_t dot = rest.find('.');
    int64_t v = 0;
    if (!parse_int(rest.substr(0, dot), v)) return std::nullopt;
    parts.push_back(v);
    if (dot == std::string_view::npos) break;
    rest = rest.substr(dot + 1);
  }
  if (parts.size() != (k.dated ? 5u : 4u)) return std::nullopt;
  size_t i = 0;
  if (k.dated) k.published_at = parts[i++];
  k.revision_id = parts[i++];
  k.level_rank = static_cast<int>(parts[i++]);
  k.span_start = parts[i++];
  k.mention_id = parts[i++];
  if (k.revision_id <= 0 || k.mention_id <= 0 || (k.level_rank != 0 && k.level_rank != 1) || k.span_start < -1)
    return std::nullopt;
  return k;
}

int64_t ClaimPages::count_upto(int64_t claim_id, int64_t cap) {
  auto q_handle = db_.cached("SELECT count(*) FROM (SELECT 1 FROM claim_mentions WHERE claim_id = ? LIMIT ?)");
  SQLite::Statement& q = *q_handle;
  q.bind(1, claim_id);
  q.bind(2, cap);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

// Sorting a claim's mentions costs about one read per mention; walking revisions by date
// costs about one probe per revision passed, limit x revisions / mentions of them for a
// claim spread over time. They meet at sqrt(limit x revisions) mentions.
bool ClaimPages::walk(int64_t claim_id, int limit) {
  int64_t above = walk_above_;
  if (above == kAuto) {
    auto q_handle = db_.cached("SELECT coalesce(max(id), 0) FROM revisions");
    SQLite::Statement& q = *q_handle;
    q.executeStep();
    const double revisions = static_cast<double>(q.getColumn(0).getInt64());
    above = std::max<int64_t>(1, static_cast<int64_t>(std::sqrt(static_cast<double>(limit) * revisions)));
  }
  if (above <= 0) return true;
  if (above == kNever) return false;
  return count_upto(claim_id, above) >= above;
}

void ClaimPages::fill_evidence(std::vector<MentionRow>& rows) {
  int64_t revision_id = 0;
  std::shared_ptr<const std::string> text = std::make_shared<const std::string>();
  for (auto& r : rows) {
    if (!r.span_start || !r.span_end) continue;
    if (r.revision_id != revision_id) {
      auto q_handle = db_.cached("SELECT body FROM revisions WHERE id = ?");
      SQLite::Statement& q = *q_handle;
      q.bind(1, r.revision_id);
      text = q.executeStep() ? db_.body_text(r.revision_id, q.getColumn(0)) : std::make_shared<const std::string>();
      revision_id = r.revision_id;
    }
    const std::string& body = *text;
    const auto size = static_cast<int64_t>(body.size());
    const int64_t from = std::clamp<int64_t>(*r.span_start, 0, size);
    const int64_t len = std::clamp<int64_t>(*r.span_end - *r.span_start, 0, size - from);
    r.evidence = body.substr(static_cast<size_t>(from), static_cast<size_t>(len));
  }
}

ClaimPage ClaimPages::page(const ClaimPageQuery& q) {
  if (q.limit <= 0) throw Error::usage("the page size must be positive");
  return guarded(db_, [&] {
    const bool by_date = walk(q.claim_id, q.limit);
    const bool newest_first = q.as_of.has_value();
    // One phase reads dated revisions, the other undated ones (oldest first only: as of a
    // date nothing undated counts).
    auto read_phase = [&](bool dated, const std::optional<MentionKey>& after, int want, ClaimPage& page) {
      std::string sql = "SELECT " + kColumns;
      if (by_date) {
        // CROSS JOIN fixes the loop order: revisions in date order (the index), then the
        // claim's mentions of each, so the page ends without reading the claim's history.
        sql += " FROM revisions r INDEXED BY revisions_published CROSS JOIN claim_mentions m INDEXED BY "
               "claim_mentions_claim CROSS JOIN articles a";
      } else {
        sql += " FROM claim_mentions m INDEXED BY claim_mentions_claim JOIN revisions r JOIN articles a";
      }
      sql += kJoins;
      // In the walk, "+r.id" keeps SQLite from carrying a cursor's "r.id > ?" over to the
      // claim's index as a range (a scan of the claim's later mentions per revision).
      sql += by_date ? " WHERE m.claim_id = ?1 AND m.revision_id = +r.id AND a.id = r.article_id"
                     : " WHERE m.claim_id = ?1 AND r.id = m.revision_id AND a.id = r.article_id";
      sql += counting(q.as_of.has_value());
      sql += kVisible;
      sql += dated ? " AND r.published_at IS NOT NULL" : " AND r.published_at IS NULL";
      const char* dir = newest_first ? " DESC" : "";
      if (after && dated) {
        sql += newest_first ? " AND r.published_at <= ?3 AND (r.published_at < ?3 OR r.id < ?4 OR (r.id = ?4 AND "
                            : " AND r.published_at >= ?3 AND (r.published_at > ?3 OR r.id > ?4 OR (r.id = ?4 AND ";
        sql += std::string(kWithinRevisionAfter) + "))";
      } else if (after) {
        sql += std::string(" AND (r.id > ?4 OR (r.id = ?4 AND ") + kWithinRevisionAfter + "))";
      }
      sql += dated ? std::string(" ORDER BY r.published_at") + dir + ", r.id" + dir : std::string(" ORDER BY r.id");
      sql += ", m.level <> 'article', coalesce(m.span_start, -1), m.id LIMIT ?8";
      auto s_handle = db_.cached(sql);
      SQLite::Statement& s = *s_handle;
      s.bind(1, q.claim_id);
      if (q.as_of) s.bind(2, *q.as_of);
      if (after) bind_after(s, *after);
      s.bind(8, want);
      while (s.executeStep()) page.rows.push_back(read_mention_row(s));
    };
    ClaimPage page;
    const int want = q.limit + 1;  // one more than the page tells whether more follow
    if (!q.after || q.after->dated) read_phase(true, q.after, want, page);
    const int got = static_cast<int>(page.rows.size());
    if (!newest_first && got < want) read_phase(false, q.after && !q.after->dated ? q.after : std::nullopt, want - got, page);
    if (static_cast<int>(page.rows.size()) > q.limit) {
      page.rows.resize(static_cast<size_t>(q.limit));
      page.next = key_of(page.rows.back());
    }
    fill_evidence(page.rows);
    return page;
  });
}

void ClaimPages::each_by_valid_time(int64_t claim_id, std::optional<int64_t> as_of,
                                    const std::function<bool(const MentionRow&)>& row) {
  guarded(db_, [&] {
    std::string sql = "SELECT " + kColumns +
                      ", body_span(r.body, m.span_start, m.span_end), " + kValidDay +
                      " AS valid_day FROM claim_mentions m INDEXED BY claim_mentions_claim JOIN revisions r JOIN articles a" +
                      kJoins + " WHERE m.claim_id = ?1 AND r.id = m.revision_id AND a.id = r.article_id" +
                      counting(as_of.has_value()) + kVisible +
                      " ORDER BY valid_day IS NULL, valid_day, r.published IS NULL, r.published, a.id,"
                      " m.level <> 'article', coalesce(m.span_start, -1), m.method = 'manual' DESC, m.id";
    SQLite::Statement s(db_.sql(), sql);
    s.bind(1, claim_id);
    if (as_of) s.bind(2, *as_of);
    while (s.executeStep()) {
      MentionRow r = read_mention_row(s);
      if (r.span_start && r.span_end) r.evidence = s.getColumn(kEvidenceColumn).getString();
      if (!row(r)) break;
    }
  });
}

std::vector<ClaimOutletTotals> ClaimPages::totals(int64_t claim_id, std::optional<int64_t> as_of) {
  return guarded(db_, [&] {
    // Per counting revision (one per article): its article-level stance, else discusses.
    const std::string sql =
        "SELECT o.name, count(*), sum(t.stance = 'supports'), sum(t.stance = 'denies'), sum(t.stance = 'discusses'),"
        " sum(t.n) FROM (SELECT a.outlet_id AS outlet_id, count(*) AS n,"
        " coalesce(max(CASE WHEN m.level = 'article' THEN m.stance END), 'discusses') AS stance"
        " FROM claim_mentions m INDEXED BY claim_mentions_claim JOIN revisions r JOIN articles a"
        " WHERE m.claim_id = ?1 AND r.id = m.revision_id AND a.id = r.article_id" +
        counting(as_of.has_value()) + kVisible +
        " GROUP BY m.revision_id) t LEFT JOIN outlets o ON o.id = t.outlet_id"
        " GROUP BY t.outlet_id ORDER BY o.name IS NULL, o.name";
    auto s_handle = db_.cached(sql);
    SQLite::Statement& s = *s_handle;
    s.bind(1, claim_id);
    if (as_of) s.bind(2, *as_of);
    std::vector<ClaimOutletTotals> out;
    while (s.executeStep()) {
      ClaimOutletTotals t;
      t.outlet = opt_text(s.getColumn(0));
      t.articles = s.getColumn(1).getInt64();
      t.supports = s.getColumn(2).getInt64();
      t.denies = s.getColumn(3).getInt64();
      t.discusses = s.getColumn(4).getInt64();
      t.mentions = s.getColumn(5).getInt64();
      out.push_back(std::move(t));
    }
    return out;
  });
}

std::vector<int64_t> ClaimPages::outlet_revisions(int64_t claim_id, int64_t outlet_id, std::optional<int64_t> from,
                                                  std::optional<int64_t> to, std::optional<int64_t> as_of, int limit) {
  if (limit <= 0) throw Error::usage("the page size must be positive");
  return guarded(db_, [&] {
    const bool by_date = walk(claim_id, limit);
    // Without as-of the article row carries its latest revision's publication, so the outlet
    // index (outlet_id, published_at) walks the outlet's articles by date.
    const std::string published = as_of ? "r.published_at" : "a.published_at";
    const std::string order = as_of ? " ORDER BY r.published_at DESC, r.id DESC" : " ORDER BY a.published_at DESC, a.id DESC";
    std::string sql = "SELECT r.id";
    if (by_date && as_of) {
      sql += " FROM revisions r INDEXED BY revisions_published CROSS JOIN articles a";
    } else if (by_date) {
      sql += " FROM articles a INDEXED BY articles_outlet CROSS JOIN revisions r";
    } else {
      sql += " FROM claim_mentions m INDEXED BY claim_mentions_claim JOIN revisions r JOIN articles a";
    }
    sql += " WHERE a.id = r.article_id AND a.outlet_id = ?9" + counting(as_of.has_value());
    if (from) sql += " AND " + published + " >= ?3";
    if (to) sql += " AND " + published + " < ?4";
    if (by_date) {
      sql += std::string(" AND EXISTS (SELECT 1 FROM claim_mentions m WHERE m.claim_id = ?1 AND m.revision_id = r.id") +
             kVisible + ")" + order;
    } else {
      sql += std::string(" AND m.claim_id = ?1 AND m.revision_id = r.id") + kVisible + " GROUP BY r.id" + order;
    }
    sql += " LIMIT ?8";
    auto s_handle = db_.cached(sql);
    SQLite::Statement& s = *s_handle;
    s.bind(1, claim_id);
    if (as_of) s.bind(2, *as_of);
    if (from) s.bind(3, *from);
    if (to) s.bind(4, *to);
    s.bind(8, limit);
    s.bind(9, outlet_id);
    std::vector<int64_t> ids;
    while (s.executeStep()) ids.push_back(s.getColumn(0).getInt64());
    return ids;
  });
}

std::vector<MentionRow> ClaimPages::mentions_in(int64_t claim_id, const std::vector<int64_t>& revision_ids) {
  if (revision_ids.empty()) return {};
  return guarded(db_, [&] {
    SQLite::Statement s(db_.sql(), "SELECT " + kColumns +
                                       " FROM claim_mentions m INDEXED BY claim_mentions_claim JOIN revisions r JOIN "
                                       "articles a" + kJoins +
                                       " WHERE m.claim_id = ?1 AND m.revision_id IN (" + id_list(revision_ids) +
                                       ") AND r.id = m.revision_id AND a.id = r.article_id" + kVisible +
                                       " ORDER BY r.published_at IS NULL, r.published_at, r.id, m.level <> 'article',"
                                       " coalesce(m.span_start, -1), m.id");
    s.bind(1, claim_id);
    std::vector<MentionRow> rows;
    while (s.executeStep()) rows.push_back(read_mention_row(s));
    fill_evidence(rows);
    return rows;
  });
}

}  // namespace claimline::store
