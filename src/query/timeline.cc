#include "query/timeline.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "store/article_store.h"
#include "store/statement_store.h"
#include "store/timeline_query.h"
#include "store/timeline_store.h"
#include "util/error.h"

namespace claimline::query {
namespace {

// Publication precision of an ISO string as stored ("2025-03-17T05:30Z" -> minute).
std::string precision_of_published(const std::optional<std::string>& published) {
  if (!published) return "none";
  std::string p = precision_of_value(*published);
  return p == "unknown" || p == "week" || p == "quarter" ? "none" : p;
}

void set_report(TimelineRow& row, const std::optional<std::string>& published, const std::string& precision,
                std::optional<int64_t> published_at) {
  row.report_time = published;
  row.report_precision = published ? precision : "none";
  row.report_at = published_at;
}

ValidTime statement_valid_time(const std::optional<std::string>& value, const std::optional<std::string>& first,
                               const std::optional<std::string>& last, const std::optional<std::string>& published,
                               const std::string& precision) {
  if (auto said = said_time(value, first, last)) return *said;
  return publication_time(published, precision);
}

TimelineRow mention_row(const store::MentionRow& m) {
  TimelineRow row;
  row.kind = m.level == "statement" ? "statement" : "mention";
  row.valid_time = statement_valid_time(m.said_value, m.said_first_day, m.said_last_day, m.published, m.precision);
  set_report(row, m.published, m.precision, m.published_at);
  row.article_id = m.article_id;
  row.revision_id = m.revision_id;
  row.revision = m.revision_number;
  row.outlet = m.outlet;
  row.title = m.title;
  row.url = m.url;
  row.speaker = m.speaker;
  row.speaker_id = m.speaker_entity_id;
  row.stance = m.stance;
  row.cue = m.cue;
  row.text = m.evidence ? *m.evidence : m.title.value_or("");
  row.level = m.level;
  row.claim_id = m.claim_id;
  row.mention_id = m.id;
  row.statement_id = m.statement_id;
  row.span_start = m.span_start;
  row.span_end = m.span_end;
  row.confidence = m.confidence;
  row.method = m.method;
  return row;
}

TimelineRow statement_row(const store::StatementRow& s) {
  TimelineRow row;
  row.kind = "statement";
  const std::string precision = precision_of_published(s.published);
  row.valid_time = statement_valid_time(s.said_value, s.said_first_day, s.said_last_day, s.published, precision);
  set_report(row, s.published, precision, std::nullopt);
  row.article_id = s.article_id;
  row.revision_id = s.revision_id;
  row.outlet = s.outlet;
  row.title = s.title;
  row.speaker = s.speaker;
  row.speaker_id = s.speaker_entity_id;
  row.stance_cue = s.stance_cue;
  row.cue = s.cue;
  row.text = s.text;
  row.statement_kind = s.kind;
  row.statement_id = s.id;
  row.span_start = s.span_start;
  row.span_end = s.span_end;
  row.confidence = s.confidence;
  row.method = s.method;
  return row;
}

TimelineRow event_row(const store::RevisionRef& r, const store::EventMentionRead& m) {
  TimelineRow row;
  row.kind = "event";
  auto when = event_time(m.time_value, m.first_day, m.last_day, m.precision, m.time_source);
  row.valid_time = when ? *when : publication_time(r.published, r.precision);
  set_report(row, r.published, r.precision, r.published_at);
  row.article_id = r.article_id;
  row.revision_id = r.revision_id;
  row.revision = r.number;
  row.outlet = r.outlet;
  row.title = r.title;
  row.url = r.url;
  row.cue = m.trigger;
  row.text = m.sentence;
  row.status = m.status;
  row.time_text = m.time_text;
  row.participants = m.participants;
  row.event_id = m.event_id;
  row.mention_id = m.id;
  row.span_start = m.span_start;
  row.span_end = m.span_end;
  row.confidence = m.confidence;
  row.method = m.method;
  return row;
}

// Lower-case words of the search text (operators dropped), for matching event sentences.
std::vector<std::string> search_words(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 2 && w != "OR" && w != "AND" && w != "NOT") {
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      words.push_back(w);
    }
    w.clear();
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80)) w += c;
    else flush();
  }
  flush();
  return words;
}

bool holds_all(const std::string& sentence, const std::vector<std::string>& words) {
  std::string lower = sentence;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return lower.find(w) != std::string::npos; });
}

// The claim (merged claims resolved) with its subject line; throws not_found.
store::ClaimRow must_find_claim(store::Database& db, int64_t claim_id, std::string& subject) {
  store::ClaimStore claims(db);
  store::TimelineStore store(db);
  const int64_t id = claims.resolve(claim_id);
  auto claim = store.claim(id);
  if (!claim) throw Error::not_found("no claim " + std::to_string(claim_id), "'claimline claims list' shows them");
  subject = "claim " + std::to_string(id) + ": " + claim->text;
  return *claim;
}

// The counts come from aggregate SQL and the rows are streamed from the store, already in
// timeline order: no list of every mention is built besides the rows themselves.
void claim_timeline(store::Database& db, const TimelineQuery& q, Timeline& t) {
  t.claim = must_find_claim(db, *q.claim_id, t.subject);
  store::ClaimPages pages(db);
  add_totals(pages.totals(t.claim->id, q.as_of), *t.claim);
  each_claim_row(db, t.claim->id, q.as_of, [&](const TimelineRow& r) {
    if (q.from.empty() && q.to.empty()) t.rows.push_back(r);
    else if (overlaps(r.valid_time, q.from, q.to)) t.rows.push_back(r);
    return true;
  });
}

constexpr int kEntityRowsReserved = 5000;  // per source: TimelineQuery's default limit

void entity_timeline(store::Database& db, const TimelineQuery& q, Timeline& t) {
  store::StatementStore statements(db);
  const auto ids = statements.find_entities(*q.entity);
  if (ids.empty()) throw Error::not_found("no entity '" + *q.entity + "'", "'claimline entities' lists them");
  t.subject = "entity " + *q.entity;
  store::EntityTimeline timeline(db);
  store::EntityTimelineQuery eq;
  eq.entity_ids = ids;
  eq.as_of = q.as_of;
  eq.limit = q.limit;
  // Rows are made as the store reads them, into room for both limits up to the default's
  // (pages of that room nothing is written to are never touched, and rows this many are
  // never moved to grow); a larger --limit grows the rows as they come.
  t.rows.reserve(2 * static_cast<size_t>(std::min(q.limit, kEntityRowsReserved)));
  timeline.each_statement(eq, [&](store::StatementRow&& s) { t.rows.push_back(statement_row(s)); });
  store::TimelineStore store(db);
  store.each_event_mention_with(ids, q.as_of, q.limit, [&](const store::RevisionRef& r, const store::EventMentionRead& m) {
    t.rows.push_back(event_row(r, m));
  });
}

void search_timeline(store::Database& db, const TimelineQuery& q, Timeline& t) {
  const std::string fts = store::fts_query(*q.search);
  if (fts.empty()) throw Error::usage("search text '" + *q.search + "' has nothing to search for");
  t.subject = "search " + *q.search;
  store::TimelineStore store(db);
  for (const auto& s : store.matching_statements(fts, q.as_of, q.limit)) t.rows.push_back(statement_row(s));
  const auto revisions = store.matching_revisions(fts, q.as_of, q.limit);
  std::map<int64_t, const store::RevisionRef*> by_id;
  std::vector<int64_t> ids;
  for (const auto& r : revisions) {
    by_id[r.revision_id] = &r;
    ids.push_back(r.revision_id);
  }
  const auto words = search_words(*q.search);
  for (const auto& m : store.event_mentions_of(ids)) {
    if (holds_all(m.sentence, words)) t.rows.push_back(event_row(*by_id.at(m.revision_id), m));
  }
}

int level_order(const TimelineRow& r) {
  if (r.level && *r.level == "article") return 0;
  return r.kind == "event" ? 2 : 1;
}

// Timeline order: valid time (undated last), then report time, article, level, position.
bool row_before(const TimelineRow& a, const TimelineRow& b) {
  static const std::string kNone;
  const auto key = [](const TimelineRow& r) {
    return std::tuple<bool, const std::string&, bool, const std::string&, int64_t, int, int64_t>(
        !r.valid_time.dated(), r.valid_time.sort_day(), !r.report_time.has_value(),
        r.report_time ? *r.report_time : kNone, r.article_id, level_order(r), r.span_start.value_or(-1));
  };
  return key(a) < key(b);
}

}  // namespace

ClaimTimelinePage claim_timeline_page(store::Database& db, const ClaimPageRequest& q) {
  if (q.limit <= 0) throw Error::usage("--limit must be positive");
  ClaimTimelinePage out;
  out.claim = must_find_claim(db, q.claim_id, out.subject);
  store::ClaimPageQuery pq;
  pq.claim_id = out.claim.id;
  pq.as_of = q.as_of;
  pq.limit = q.limit;
  if (q.after) {
    pq.after = store::parse_cursor(*q.after);
    if (!pq.after)
      throw Error::usage("--after '" + *q.after + "' is not a timeline cursor", "pass the cursor a page printed after 'more:'");
  }
  store::ClaimPages pages(db);
  store::ClaimPage page = pages.page(pq);
  out.rows.reserve(page.rows.size());
  for (const auto& m : page.rows) out.rows.push_back(mention_row(m));
  if (page.next) out.next = store::to_cursor(*page.next);
  if (q.totals) {
    out.totals = pages.totals(out.claim.id, q.as_of);
    add_totals(out.totals, out.claim);
  }
  return out;
}

void each_claim_row(store::Database& db, int64_t claim_id, std::optional<int64_t> as_of,
                    const std::function<bool(const TimelineRow&)>& row) {
  std::string subject;
  const int64_t id = must_find_claim(db, claim_id, subject).id;
  store::ClaimPages pages(db);
  pages.each_by_valid_time(id, as_of, [&](const store::MentionRow& m) { return row(mention_row(m)); });
}

void add_totals(const std::vector<store::ClaimOutletTotals>& totals, store::ClaimRow& claim) {
  claim.articles = claim.supports = claim.denies = claim.discusses = 0;
  for (const auto& t : totals) {
    claim.articles += t.articles;
    claim.supports += t.supports;
    claim.denies += t.denies;
    claim.discusses += t.discusses;
  }
}

void count_articles(const std::vector<store::MentionRow>& mentions, store::ClaimRow& claim) {
  std::map<int64_t, std::string> stance;  // article -> its article-level stance, else discusses
  for (const auto& m : mentions) {
    auto it = stance.emplace(m.article_id, "discusses").first;
    if (m.level == "article") it->second = m.stance;
  }
  claim.articles = static_cast<int64_t>(stance.size());
  claim.supports = claim.denies = claim.discusses = 0;
  for (const auto& [article, s] : stance) {
    if (s == "supports") ++claim.supports;
    else if (s == "denies") ++claim.denies;
    else ++claim.discusses;
  }
}

std::vector<TimelineRow> claim_rows(const std::vector<store::MentionRow>& mentions) {
  std::vector<TimelineRow> rows;
  rows.reserve(mentions.size());
  for (const auto& m : mentions) rows.push_back(mention_row(m));
  sort_rows(rows);
  return rows;
}

void sort_rows(std::vector<TimelineRow>& rows) {
  // A stable sort of the positions, then each row moved once along the permutation's
  // cycles: no second array of rows (a stable sort of the rows themselves takes one).
  std::vector<size_t> order(rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return row_before(rows[a], rows[b]); });
  std::vector<bool> placed(rows.size(), false);
  for (size_t start = 0; start < rows.size(); ++start) {
    if (placed[start] || order[start] == start) continue;
    TimelineRow held = std::move(rows[start]);
    size_t at = start;
    while (order[at] != start) {  // position `at` takes the row at order[at]
      rows[at] = std::move(rows[order[at]]);
      placed[at] = true;
      at = order[at];
    }
    rows[at] = std::move(held);
    placed[at] = true;
  }
}

Timeline build_timeline(store::Database& db, const TimelineQuery& q) {
  const int subjects = q.claim_id.has_value() + q.entity.has_value() + q.search.has_value();
  if (subjects != 1) throw Error::usage("give exactly one of --claim, --entity and --search");
  if (q.limit <= 0) throw Error::usage("--limit must be positive");
  Timeline t;
  if (q.claim_id) claim_timeline(db, q, t);
  else if (q.entity) entity_timeline(db, q, t);
  else search_timeline(db, q, t);
  if (!q.from.empty() || !q.to.empty()) {
    std::erase_if(t.rows, [&](const TimelineRow& r) { return !overlaps(r.valid_time, q.from, q.to); });
  }
  sort_rows(t.rows);
  return t;
}

}  // namespace claimline::query
