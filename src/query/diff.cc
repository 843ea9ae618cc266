#include "query/diff.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "store/article_store.h"
#include "store/claim_pages.h"
#include "store/outlet_store.h"
#include "util/error.h"

namespace claimline::query {

struct SideReader::Cache {
  std::map<int64_t, std::vector<store::MentionRow>> mentions;
  std::map<int64_t, std::string> texts;
};

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void add_sorted(std::vector<std::string>& names, const std::string& name) {
  auto it = std::lower_bound(names.begin(), names.end(), name);
  if (it == names.end() || *it != name) names.insert(it, name);
}

std::string summary_of(const std::vector<std::string>& stances) {
  if (stances.empty()) return "";
  for (const auto& s : stances) {
    if (s != stances.front()) return "mixed";
  }
  return stances.front();
}

ClaimSide claim_side(const std::vector<store::MentionRow>& mentions, const std::set<int64_t>& revisions) {
  ClaimSide side;
  std::map<int64_t, size_t> position;  // article id -> index in side.article_ids
  for (const auto& m : mentions) {
    if (!revisions.count(m.revision_id)) continue;
    auto it = position.find(m.article_id);
    if (it == position.end()) {
      it = position.emplace(m.article_id, side.article_ids.size()).first;
      side.article_ids.push_back(m.article_id);
      side.article_stances.push_back("discusses");
    }
    if (m.level == "article") side.article_stances[it->second] = m.stance;
    if (m.level != "statement" || !m.speaker) continue;
    if (m.stance == "supports") add_sorted(side.asserted_by, *m.speaker);
    else if (m.stance == "denies") add_sorted(side.denied_by, *m.speaker);
    else add_sorted(side.discussed_by, *m.speaker);
  }
  side.summary = summary_of(side.article_stances);
  return side;
}

Dating dating_of(const store::RevisionRef& r, const store::EventMentionRead& m) {
  Dating d;
  d.article_id = r.article_id;
  d.mention_id = m.id;
  d.outlet = r.outlet;
  d.title = r.title;
  d.published = r.published;
  auto when = event_time(m.time_value, m.first_day, m.last_day, m.precision, m.time_source);
  d.from_text = when.has_value() && m.time_source.value_or("") == "expression";
  d.when = when ? *when : publication_time(r.published, r.precision);
  d.time_text = m.time_text;
  d.status = m.status;
  d.trigger = m.trigger;
  d.sentence = m.sentence;
  return d;
}

// How comparing reads the event mentions of two sides (0 = a, 1 = b): each mention's facts
// (store::TimelineStore::each_event_fact), then mentions whole by id.
struct EventReader {
  std::function<void(int, const std::function<void(const store::EventMentionRead&)>&)> each_fact;
  // The mentions with these ids, by id, in `by_id`; those that had to be read are kept in
  // `rows` (held ones are pointed to where they are).
  std::function<void(const std::vector<int64_t>&, std::vector<store::EventMentionRead>& rows,
                     std::map<int64_t, const store::EventMentionRead*>& by_id)>
      fetch;
};

// Does one dating's interval lie inside the other's?
bool nested(const ValidTime& x, const ValidTime& y) {
  if (!x.dated() || !y.dated() || x.start.empty() || y.start.empty()) return false;
  return (x.start >= y.start && x.end <= y.end) || (y.start >= x.start && y.end <= x.end);
}

// What aligning and judging need to know of one stored event, gathered from its mentions
// in scope; the per-side members (0 = a, 1 = b) only when the mentions came with a side.
struct EventFacts {
  std::string event_class;
  std::set<std::string> participants;                     // lower-case names
  std::vector<std::pair<std::string, std::string>> days;  // text datings, [first, last] ISO days
  std::vector<int64_t> mentions[2];                       // mention ids, in reading order
  std::vector<ValidTime> text_times[2];                   // distinct text datings
  std::set<std::string> statuses[2];
};

// Adds one mention to its event's facts; `side` is 0 or 1, or -1 for aligning alone.
void add_fact(EventFacts& f, const store::EventMentionRead& m, int side) {
  if (f.event_class.empty()) f.event_class = m.event_class;
  for (const auto& p : m.participants) f.participants.insert(lower(p));
  const auto when = event_time(m.time_value, m.first_day, m.last_day, m.precision, m.time_source);
  const bool from_text = when.has_value() && m.time_source.value_or("") == "expression";
  if (from_text && !when->start.empty() && !when->end.empty()) f.days.emplace_back(when->start, when->end);
  if (side < 0) return;
  f.mentions[side].push_back(m.id);
  f.statuses[side].insert(m.status);
  auto& times = f.text_times[side];
  if (from_text && std::find(times.begin(), times.end(), *when) == times.end()) times.push_back(*when);
}

size_t common_count(const std::set<std::string>& x, const std::set<std::string>& y) {
  size_t n = 0;
  for (const auto& p : x) n += y.count(p);
  return n;
}

bool days_overlap(const EventFacts& x, const EventFacts& y) {
  for (const auto& [xf, xl] : x.days) {
    for (const auto& [yf, yl] : y.days) {
      if (xf <= yl && yf <= xl) return true;
    }
  }
  return false;
}

int64_t root_of(std::map<int64_t, int64_t>& parent, int64_t id) {
  while (parent.at(id) != id) id = parent[id] = parent.at(parent.at(id));
  return id;
}

// The groups of aligned_events(), from the facts of each event.
std::vector<std::vector<int64_t>> align(const std::map<int64_t, EventFacts>& facts) {
  std::map<int64_t, int64_t> parent;
  std::map<std::string, std::vector<int64_t>> candidates;  // by class: events that can align at all
  for (const auto& [id, f] : facts) {
    parent[id] = id;
    if (f.participants.size() >= kAlignParticipants && !f.days.empty()) candidates[f.event_class].push_back(id);
  }
  for (const auto& [event_class, ids] : candidates) {
    for (size_t i = 0; i < ids.size(); ++i) {
      for (size_t j = i + 1; j < ids.size(); ++j) {
        const auto &x = facts.at(ids[i]), &y = facts.at(ids[j]);
        if (common_count(x.participants, y.participants) < kAlignParticipants || !days_overlap(x, y)) continue;
        const int64_t rx = root_of(parent, ids[i]), ry = root_of(parent, ids[j]);
        if (rx != ry) parent[std::max(rx, ry)] = std::min(rx, ry);
      }
    }
  }
  std::map<int64_t, std::vector<int64_t>> by_root;
  for (const auto& [id, f] : facts) by_root[root_of(parent, id)].push_back(id);  // ids ascending
  std::vector<std::vector<int64_t>> out;
  for (auto& [root, ids] : by_root) out.push_back(std::move(ids));
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.front() < y.front(); });
  return out;
}

// One aligned group of events, judged before any of its mentions is read whole.
struct GroupPlan {
  std::vector<int64_t> event_ids;  // ascending; the first leads
  bool sided[2] = {false, false};  // a (b) mentions it
  bool redated = false, status_differs = false;
  std::string redating;
  int rank() const { return redated ? 0 : (sided[0] && sided[1]) ? 1 : 2; }
};

template <typename T>
bool disjoint(const std::set<T>& x, const std::set<T>& y) {
  return std::none_of(x.begin(), x.end(), [&](const T& v) { return y.count(v) > 0; });
}

// Re-dating: both sides date the event from their text and share no dating. A differing
// status: both sides give one and share none.
GroupPlan judge(std::vector<int64_t> ids, const std::map<int64_t, EventFacts>& facts) {
  GroupPlan g;
  std::set<std::string> values[2], statuses[2];
  std::vector<const ValidTime*> times[2];
  for (int64_t id : ids) {
    const EventFacts& f = facts.at(id);
    for (int s : {0, 1}) {
      g.sided[s] = g.sided[s] || !f.mentions[s].empty();
      statuses[s].insert(f.statuses[s].begin(), f.statuses[s].end());
      for (const auto& t : f.text_times[s]) {
        values[s].insert(t.value);
        times[s].push_back(&t);
      }
    }
  }
  if (!values[0].empty() && !values[1].empty() && disjoint(values[0], values[1])) {
    g.redated = true;
    g.redating = "different days";
    for (const auto* x : times[0]) {
      for (const auto* y : times[1]) {
        if (nested(*x, *y) && x->precision != y->precision) g.redating = "different precision";
      }
    }
  }
  g.status_differs = !statuses[0].empty() && !statuses[1].empty() && disjoint(statuses[0], statuses[1]);
  g.event_ids = std::move(ids);
  return g;
}

// Mention ids read whole per fetch: bounds what one batch of comparisons holds.
constexpr size_t kFetchBatch = 2000;

// The comparison of one planned group, from its mentions read whole (`by_id`).
EventComparison comparison(const GroupPlan& g, const std::map<int64_t, EventFacts>& facts,
                           const std::map<int64_t, const store::EventMentionRead*>& by_id,
                           const std::map<int64_t, const store::RevisionRef*>& revs) {
  EventComparison c;
  c.event_id = g.event_ids.front();
  c.event_ids = g.event_ids;
  c.redated = g.redated;
  c.redating = g.redating;
  c.status_differs = g.status_differs;
  bool named = false;  // label and class come from the leading event, else the first mention
  for (int s : {0, 1}) {
    std::vector<const store::EventMentionRead*> ms;
    for (int64_t id : g.event_ids) {
      for (int64_t mention : facts.at(id).mentions[s]) {
        if (auto it = by_id.find(mention); it != by_id.end()) ms.push_back(it->second);
      }
    }
    // Reading order across the group's events, as each side's mentions were read.
    std::sort(ms.begin(), ms.end(), [](const auto* x, const auto* y) {
      return std::tie(x->revision_id, x->span_start, x->id) < std::tie(y->revision_id, y->span_start, y->id);
    });
    for (const auto* m : ms) {
      if (!named || m->event_id == c.event_id) {
        c.label = m->event_label;
        c.event_class = m->event_class;
        named = true;
      }
      (s == 0 ? c.a : c.b).push_back(dating_of(*revs.at(m->revision_id), *m));
    }
  }
  return c;
}

// Events of both sides, aligned and judged from their facts, then written group by group:
// both-sided events first (re-dated ones on top), then those one side omitted.
void compare_events(const OutletSide& a, const OutletSide& b, const EventReader& reader, DiffSink& sink) {
  std::map<int64_t, EventFacts> facts;
  for (int s : {0, 1}) reader.each_fact(s, [&](const store::EventMentionRead& m) { add_fact(facts[m.event_id], m, s); });
  std::vector<GroupPlan> plans;
  for (auto& ids : align(facts)) plans.push_back(judge(std::move(ids), facts));
  std::stable_sort(plans.begin(), plans.end(), [](const GroupPlan& x, const GroupPlan& y) { return x.rank() < y.rank(); });
  std::map<int64_t, const store::RevisionRef*> revs;
  for (const auto* side : {&a, &b}) {
    for (const auto& r : side->revisions) revs[r.revision_id] = &r;
  }
  for (size_t next = 0; next < plans.size();) {
    std::vector<int64_t> ids;
    size_t end = next;
    while (end < plans.size() && (end == next || ids.size() < kFetchBatch)) {
      for (int64_t id : plans[end].event_ids) {
        for (int s : {0, 1}) ids.insert(ids.end(), facts.at(id).mentions[s].begin(), facts.at(id).mentions[s].end());
      }
      ++end;
    }
    std::vector<store::EventMentionRead> rows;
    std::map<int64_t, const store::EventMentionRead*> by_id;
    reader.fetch(ids, rows, by_id);
    for (; next < end; ++next) sink.event(comparison(plans[next], facts, by_id, revs));
  }
}

// Reads the mentions held by two sides.
EventReader held_events(const OutletSide& a, const OutletSide& b) {
  EventReader r;
  r.each_fact = [&a, &b](int side, const std::function<void(const store::EventMentionRead&)>& f) {
    for (const auto& m : (side == 0 ? a : b).events) f(m);
  };
  r.fetch = [&a, &b](const std::vector<int64_t>& ids, std::vector<store::EventMentionRead>&,
                     std::map<int64_t, const store::EventMentionRead*>& by_id) {
    const std::set<int64_t> wanted(ids.begin(), ids.end());
    for (const auto* side : {&a, &b}) {
      for (const auto& m : side->events) {
        if (wanted.count(m.id)) by_id[m.id] = &m;
      }
    }
  };
  return r;
}

// What comparing quotes needs of one direct quote, worked out once per quote.
struct QuoteKeys {
  const store::StatementRow* row = nullptr;
  std::optional<std::string> speaker;  // lower-case
  std::vector<std::string> words;      // word keys, sorted
};

std::vector<QuoteKeys> direct_quotes(const OutletSide& side) {
  std::vector<QuoteKeys> out;
  for (const auto& s : side.statements) {
    if (s.kind != "direct") continue;
    QuoteKeys k{&s, s.speaker ? std::optional<std::string>(lower(*s.speaker)) : std::nullopt, word_keys(s.text)};
    std::sort(k.words.begin(), k.words.end());
    out.push_back(std::move(k));
  }
  return out;
}

// same_speaker() on the keys worked out.
bool same_speaker(const QuoteKeys& x, const QuoteKeys& y) {
  if (x.row->speaker_entity_id && y.row->speaker_entity_id) return *x.row->speaker_entity_id == *y.row->speaker_entity_id;
  return x.speaker && y.speaker && *x.speaker == *y.speaker;
}

// Every pair of the same speaker's quotes is a candidate; the word diff (a table of both
// quotes' words) runs only on pairs whose common words, counted in any order, could
// reach kRewordSimilarity.
void compare_quotes(const OutletSide& a, const OutletSide& b, DiffSink& sink) {
  const std::vector<QuoteKeys> qa = direct_quotes(a), qb = direct_quotes(b);
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& kx : qa) {
    for (const auto& ky : qb) {
      if (!same_speaker(kx, ky) || similarity_bound(kx.words, ky.words) < kRewordSimilarity) continue;
      const store::StatementRow &x = *kx.row, &y = *ky.row;
      WordDiff d = word_diff(x.text, y.text);
      if (d.same_words || d.similarity < kRewordSimilarity) continue;
      if (!seen.insert({x.text, y.text}).second) continue;
      sink.misquote(Misquote{x.speaker.value_or(y.speaker.value_or("")), quote_ref(x), quote_ref(y), std::move(d)});
    }
  }
}

void compare_claims(const OutletSide& a, const OutletSide& b, DiffSink& sink) {
  std::map<int64_t, ClaimComparison> by_claim;
  for (const auto& c : a.claim_sides) {
    auto& x = by_claim[c.claim_id];
    x.claim_id = c.claim_id;
    x.text = c.text;
    x.a = c.a;
  }
  for (const auto& c : b.claim_sides) {
    auto& x = by_claim[c.claim_id];
    x.claim_id = c.claim_id;
    x.text = c.text;
    x.b = c.a;
  }
  for (auto& [id, c] : by_claim) {
    if (!c.a.covered() && !c.b.covered()) continue;
    c.stance_differs = c.a.covered() && c.b.covered() && c.a.summary != c.b.summary;
    sink.claim(std::move(c));
  }
}

// Compares two sides read (their events through `events`), telling `sink` the head (the
// limit and more flags of `head` kept) and then each finding.
void compare_into(const OutletSide& a, const OutletSide& b, const EventReader& events, OutletDiff head,
                  DiffSink& sink) {
  head.outlet_a = a.outlet;
  head.outlet_b = b.outlet;
  head.articles_a = a.revisions;
  head.articles_b = b.revisions;
  sink.start(head);
  compare_claims(a, b, sink);
  compare_events(a, b, events, sink);
  compare_quotes(a, b, sink);
  sink.finish();
}

// Keeps everything a diff finds.
class Collector : public DiffSink {
 public:
  void start(const OutletDiff& head) override { diff = head; }
  void claim(ClaimComparison c) override { diff.claims.push_back(std::move(c)); }
  void event(EventComparison e) override { diff.events.push_back(std::move(e)); }
  void misquote(Misquote m) override { diff.misquotes.push_back(std::move(m)); }
  OutletDiff diff;
};

int64_t must_find_outlet(store::OutletStore& outlets, const std::string& name) {
  auto id = outlets.find(name);
  if (!id) throw Error::not_found("no outlet '" + name + "'", "'claimline outlets' lists them");
  return *id;
}

bool in_range(const store::RevisionRef& r, const OutletDiffQuery& q) {
  if (!q.from && !q.to) return true;
  if (!r.published_at) return false;
  return (!q.from || *r.published_at >= *q.from) && (!q.to || *r.published_at < *q.to);
}

// Orders revisions by publication, undated last, then article.
void oldest_first(std::vector<store::RevisionRef>& revisions) {
  std::stable_sort(revisions.begin(), revisions.end(), [](const auto& x, const auto& y) {
    return std::make_tuple(!x.published_at, x.published_at.value_or(0), x.article_id) <
           std::make_tuple(!y.published_at, y.published_at.value_or(0), y.article_id);
  });
}

// The revisions of one outlet in the query's scope (not a claim's: claim_scope_side).
std::vector<store::RevisionRef> scope(store::Database& db, int64_t outlet_id, const OutletDiffQuery& q) {
  store::TimelineStore store(db);
  std::vector<store::RevisionRef> found;
  if (q.search) {
    const std::string fts = store::fts_query(*q.search);
    if (fts.empty()) throw Error::usage("search text '" + *q.search + "' has nothing to search for");
    found = store.matching_revisions(fts, q.as_of, 100000);
  } else {
    return store.outlet_revisions(outlet_id, q.from, q.to, q.as_of);
  }
  std::erase_if(found, [&](const store::RevisionRef& r) { return r.outlet_id != outlet_id || !in_range(r, q); });
  oldest_first(found);
  return found;
}

// One outlet's side of a claim: its latest `limit` articles about the claim (all with 0),
// their direct quotes, and the claim's mentions in them only (events are read as compared).
OutletSide claim_scope_side(store::Database& db, int64_t outlet_id, const std::string& outlet, int64_t claim_id,
                            const std::string& claim_text, const OutletDiffQuery& q, bool& more) {
  store::ClaimPages pages(db);
  const int want = q.limit > 0 ? q.limit + 1 : std::numeric_limits<int>::max();
  std::vector<int64_t> ids = pages.outlet_revisions(claim_id, outlet_id, q.from, q.to, q.as_of, want);
  more = q.limit > 0 && ids.size() > static_cast<size_t>(q.limit);
  if (more) ids.resize(static_cast<size_t>(q.limit));
  store::TimelineStore store(db);
  OutletSide side;
  side.outlet = outlet;
  side.revisions = store.revisions_by_id(ids);
  oldest_first(side.revisions);  // as every diff lists articles
  ids.clear();
  for (const auto& r : side.revisions) ids.push_back(r.revision_id);
  side.statements = store.statements_of(ids, /*direct_only=*/true);  // compare_quotes reads no other
  ClaimComparison c;
  c.claim_id = claim_id;
  c.text = claim_text;
  c.a = claim_side(pages.mentions_in(claim_id, ids), std::set<int64_t>(ids.begin(), ids.end()));
  side.claim_sides.push_back(std::move(c));
  return side;
}

// One outlet's side of a scope without a claim: the revisions given, their direct quotes,
// and its side of every claim found in them, from the claim's mentions in those revisions
// only (events are read as compared).
OutletSide scope_side(store::Database& db, SideReader& reader, const std::string& outlet,
                      std::vector<store::RevisionRef> revisions) {
  store::TimelineStore store(db);
  store::ClaimPages pages(db);
  OutletSide side;
  side.outlet = outlet;
  side.revisions = std::move(revisions);
  std::vector<int64_t> ids;
  for (const auto& r : side.revisions) ids.push_back(r.revision_id);
  const std::set<int64_t> id_set(ids.begin(), ids.end());
  side.statements = store.statements_of(ids, /*direct_only=*/true);
  for (int64_t claim_id : store.claims_in(ids)) {
    ClaimComparison c;
    c.claim_id = claim_id;
    c.text = reader.claim_text(claim_id);
    c.a = claim_side(pages.mentions_in(claim_id, ids), id_set);
    side.claim_sides.push_back(std::move(c));
  }
  return side;
}

}  // namespace

std::vector<std::vector<int64_t>> aligned_events(const std::vector<const store::EventMentionRead*>& mentions) {
  std::map<int64_t, EventFacts> facts;
  for (const auto* m : mentions) add_fact(facts[m->event_id], *m, -1);
  return align(facts);
}

bool same_speaker(const store::StatementRow& a, const store::StatementRow& b) {
  if (a.speaker_entity_id && b.speaker_entity_id) return *a.speaker_entity_id == *b.speaker_entity_id;
  return a.speaker && b.speaker && lower(*a.speaker) == lower(*b.speaker);
}

QuoteRef quote_ref(const store::StatementRow& s) {
  return QuoteRef{s.id, s.article_id, s.outlet, s.title, s.published, s.speaker, s.kind, s.text, s.span_start};
}

SideReader::SideReader(store::Database& db, std::optional<int64_t> as_of)
    : db_(db), as_of_(as_of), cache_(std::make_unique<Cache>()) {}
SideReader::~SideReader() = default;

const std::vector<store::MentionRow>& SideReader::mentions(int64_t claim_id) {
  auto it = cache_->mentions.find(claim_id);
  if (it == cache_->mentions.end()) {
    store::ClaimStore claims(db_);
    it = cache_->mentions.emplace(claim_id, claims.mentions(claim_id, as_of_)).first;
  }
  return it->second;
}

const std::string& SideReader::claim_text(int64_t claim_id) {
  auto it = cache_->texts.find(claim_id);
  if (it == cache_->texts.end()) {
    store::TimelineStore store(db_);
    auto c = store.claim(claim_id);
    if (!c) throw Error::not_found("no claim " + std::to_string(claim_id), "'claimline claims list' shows them");
    it = cache_->texts.emplace(claim_id, c->text).first;
  }
  return it->second;
}

OutletSide SideReader::read(const std::string& outlet, std::vector<store::RevisionRef> revisions,
                            const std::vector<int64_t>& claim_ids) {
  store::TimelineStore store(db_);
  OutletSide side;
  side.outlet = outlet;
  side.revisions = std::move(revisions);
  std::vector<int64_t> ids;
  std::set<int64_t> id_set;
  for (const auto& r : side.revisions) {
    ids.push_back(r.revision_id);
    id_set.insert(r.revision_id);
  }
  side.statements = store.statements_of(ids, /*direct_only=*/true);  // compare_quotes reads no other
  side.events = store.event_mentions_of(ids);
  for (int64_t claim_id : claim_ids.empty() ? store.claims_in(ids) : claim_ids) {
    ClaimComparison c;
    c.claim_id = claim_id;
    c.text = claim_text(claim_id);
    c.a = claim_side(mentions(claim_id), id_set);
    side.claim_sides.push_back(std::move(c));
  }
  return side;
}

OutletDiff compare_sides(const OutletSide& a, const OutletSide& b) {
  Collector c;
  compare_into(a, b, held_events(a, b), {}, c);
  return std::move(c.diff);
}

bool has_findings(const OutletDiff& d) {
  if (!d.misquotes.empty()) return true;
  for (const auto& c : d.claims) {
    if (c.stance_differs || c.a.covered() != c.b.covered()) return true;
  }
  return std::any_of(d.events.begin(), d.events.end(),
                     [](const EventComparison& e) { return e.redated || e.status_differs; });
}

void diff_outlets(store::Database& db, const OutletDiffQuery& q, DiffSink& sink) {
  store::OutletStore outlets(db);
  const int64_t id_a = must_find_outlet(outlets, q.outlet_a);
  const int64_t id_b = must_find_outlet(outlets, q.outlet_b);
  if (id_a == id_b) throw Error::usage("'" + q.outlet_a + "' and '" + q.outlet_b + "' are the same outlet");
  store::TimelineStore store(db);
  const std::string name_a = store.outlet_name(id_a).value_or(q.outlet_a);
  const std::string name_b = store.outlet_name(id_b).value_or(q.outlet_b);
  SideReader reader(db, q.as_of);
  OutletSide a, b;
  OutletDiff head;
  if (q.claim_id) {
    store::ClaimStore claim_store(db);
    const int64_t id = claim_store.resolve(*q.claim_id);
    reader.claim_text(id);  // throws not_found for an unknown claim
    a = claim_scope_side(db, id_a, name_a, id, reader.claim_text(id), q, head.more_a);
    b = claim_scope_side(db, id_b, name_b, id, reader.claim_text(id), q, head.more_b);
    head.limit = q.limit;
  } else {
    a = scope_side(db, reader, name_a, scope(db, id_a, q));
    b = scope_side(db, reader, name_b, scope(db, id_b, q));
  }
  std::vector<int64_t> ids[2];
  for (int s : {0, 1}) {
    for (const auto& r : (s == 0 ? a : b).revisions) ids[s].push_back(r.revision_id);
  }
  if (ids[0].size() + ids[1].size() <= q.read_whole_up_to) {
    a.events = store.event_mentions_of(ids[0]);
    b.events = store.event_mentions_of(ids[1]);
    compare_into(a, b, held_events(a, b), std::move(head), sink);
    return;
  }
  // Event mentions are read twice: their facts for aligning and judging every event, then
  // whole, a batch of groups at a time, as the comparisons are written.
  EventReader events;
  events.each_fact = [&](int side, const std::function<void(const store::EventMentionRead&)>& f) {
    store.each_event_fact(ids[side], f);
  };
  events.fetch = [&](const std::vector<int64_t>& mention_ids, std::vector<store::EventMentionRead>& rows,
                    std::map<int64_t, const store::EventMentionRead*>& by_id) {
    rows = store.event_mentions_by_id(mention_ids);
    for (const auto& m : rows) by_id[m.id] = &m;
  };
  compare_into(a, b, events, std::move(head), sink);
}

OutletDiff diff_outlets(store::Database& db, const OutletDiffQuery& q) {
  Collector c;
  diff_outlets(db, q, c);
  return std::move(c.diff);
}

}  // namespace claimline::query
