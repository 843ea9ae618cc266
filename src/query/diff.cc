#include "query/diff.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <set>

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

// Does one dating's interval lie inside the other's?
bool nested(const ValidTime& x, const ValidTime& y) {
  if (!x.dated() || !y.dated() || x.start.empty() || y.start.empty()) return false;
  return (x.start >= y.start && x.end <= y.end) || (y.start >= x.start && y.end <= x.end);
}

// Re-dating: both sides date the event from their text and share no dating.
void judge_dates(EventComparison& c) {
  std::set<std::string> va, vb;
  for (const auto& d : c.a) {
    if (d.from_text) va.insert(d.when.value);
  }
  for (const auto& d : c.b) {
    if (d.from_text) vb.insert(d.when.value);
  }
  if (!va.empty() && !vb.empty() && std::none_of(va.begin(), va.end(), [&](const auto& v) { return vb.count(v); })) {
    c.redated = true;
    c.redating = "different days";
    for (const auto& x : c.a) {
      for (const auto& y : c.b) {
        if (x.from_text && y.from_text && nested(x.when, y.when) && x.when.precision != y.when.precision)
          c.redating = "different precision";
      }
    }
  }
  std::set<std::string> sa, sb;
  for (const auto& d : c.a) sa.insert(d.status);
  for (const auto& d : c.b) sb.insert(d.status);
  c.status_differs = !sa.empty() && !sb.empty() &&
                     std::none_of(sa.begin(), sa.end(), [&](const auto& s) { return sb.count(s); });
}

// What aligning needs to know of one stored event, from its mentions in scope.
struct EventFacts {
  std::string event_class;
  std::set<std::string> participants;                     // lower-case names
  std::vector<std::pair<std::string, std::string>> days;  // text datings, [first, last] ISO days
};

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

std::vector<EventComparison> compare_events(const OutletSide& a, const OutletSide& b) {
  std::map<int64_t, const store::RevisionRef*> revs;
  std::vector<const store::EventMentionRead*> all;
  for (const auto* side : {&a, &b}) {
    for (const auto& r : side->revisions) revs[r.revision_id] = &r;
    for (const auto& m : side->events) all.push_back(&m);
  }
  std::map<int64_t, int64_t> leader;  // event id -> first event id of its aligned group
  std::map<int64_t, std::vector<int64_t>> groups;
  for (auto& g : aligned_events(all)) {
    for (int64_t id : g) leader[id] = g.front();
    groups[g.front()] = std::move(g);
  }
  std::map<int64_t, EventComparison> by_event;
  auto add = [&](const OutletSide& side, bool first) {
    for (const auto& m : side.events) {
      const int64_t id = leader.at(m.event_id);
      auto& c = by_event[id];
      if (c.event_ids.empty() || m.event_id == id) {
        c.event_id = id;
        c.event_ids = groups.at(id);
        c.label = m.event_label;
        c.event_class = m.event_class;
      }
      (first ? c.a : c.b).push_back(dating_of(*revs.at(m.revision_id), m));
    }
  };
  add(a, true);
  add(b, false);
  std::vector<EventComparison> out;
  for (auto& [id, c] : by_event) {
    judge_dates(c);
    out.push_back(std::move(c));
  }
  // Both-sided events first (re-dated ones on top), then those one side omitted.
  std::stable_sort(out.begin(), out.end(), [](const EventComparison& x, const EventComparison& y) {
    const auto rank = [](const EventComparison& c) { return c.redated ? 0 : (!c.a.empty() && !c.b.empty()) ? 1 : 2; };
    return rank(x) < rank(y);
  });
  return out;
}

std::vector<Misquote> compare_quotes(const OutletSide& a, const OutletSide& b) {
  std::vector<Misquote> out;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& x : a.statements) {
    if (x.kind != "direct") continue;
    for (const auto& y : b.statements) {
      if (y.kind != "direct" || !same_speaker(x, y)) continue;
      WordDiff d = word_diff(x.text, y.text);
      if (d.same_words || d.similarity < kRewordSimilarity) continue;
      if (!seen.insert({x.text, y.text}).second) continue;
      out.push_back(Misquote{x.speaker.value_or(y.speaker.value_or("")), quote_ref(x), quote_ref(y), std::move(d)});
    }
  }
  return out;
}

std::vector<ClaimComparison> compare_claims(const OutletSide& a, const OutletSide& b) {
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
  std::vector<ClaimComparison> out;
  for (auto& [id, c] : by_claim) {
    if (!c.a.covered() && !c.b.covered()) continue;
    c.stance_differs = c.a.covered() && c.b.covered() && c.a.summary != c.b.summary;
    out.push_back(std::move(c));
  }
  return out;
}

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
// their statements and events, and the claim's mentions in them only.
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
  side.events = store.event_mentions_of(ids);
  ClaimComparison c;
  c.claim_id = claim_id;
  c.text = claim_text;
  c.a = claim_side(pages.mentions_in(claim_id, ids), std::set<int64_t>(ids.begin(), ids.end()));
  side.claim_sides.push_back(std::move(c));
  return side;
}

}  // namespace

std::vector<std::vector<int64_t>> aligned_events(const std::vector<const store::EventMentionRead*>& mentions) {
  std::map<int64_t, EventFacts> facts;
  for (const auto* m : mentions) {
    auto& f = facts[m->event_id];
    if (f.event_class.empty()) f.event_class = m->event_class;
    for (const auto& p : m->participants) f.participants.insert(lower(p));
    const auto when = event_time(m->time_value, m->first_day, m->last_day, m->precision, m->time_source);
    if (when && m->time_source.value_or("") == "expression" && !when->start.empty() && !when->end.empty())
      f.days.emplace_back(when->start, when->end);
  }
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
  OutletDiff d;
  d.outlet_a = a.outlet;
  d.outlet_b = b.outlet;
  d.articles_a = a.revisions;
  d.articles_b = b.revisions;
  d.claims = compare_claims(a, b);
  d.events = compare_events(a, b);
  d.misquotes = compare_quotes(a, b);
  return d;
}

bool has_findings(const OutletDiff& d) {
  if (!d.misquotes.empty()) return true;
  for (const auto& c : d.claims) {
    if (c.stance_differs || c.a.covered() != c.b.covered()) return true;
  }
  return std::any_of(d.events.begin(), d.events.end(),
                     [](const EventComparison& e) { return e.redated || e.status_differs; });
}

OutletDiff diff_outlets(store::Database& db, const OutletDiffQuery& q) {
  store::OutletStore outlets(db);
  const int64_t id_a = must_find_outlet(outlets, q.outlet_a);
  const int64_t id_b = must_find_outlet(outlets, q.outlet_b);
  if (id_a == id_b) throw Error::usage("'" + q.outlet_a + "' and '" + q.outlet_b + "' are the same outlet");
  store::TimelineStore store(db);
  const std::string name_a = store.outlet_name(id_a).value_or(q.outlet_a);
  const std::string name_b = store.outlet_name(id_b).value_or(q.outlet_b);
  SideReader reader(db, q.as_of);
  if (q.claim_id) {
    store::ClaimStore claim_store(db);
    const int64_t id = claim_store.resolve(*q.claim_id);
    reader.claim_text(id);  // throws not_found for an unknown claim
    bool more_a = false, more_b = false;
    const OutletSide a = claim_scope_side(db, id_a, name_a, id, reader.claim_text(id), q, more_a);
    const OutletSide b = claim_scope_side(db, id_b, name_b, id, reader.claim_text(id), q, more_b);
    OutletDiff d = compare_sides(a, b);
    d.limit = q.limit;
    d.more_a = more_a;
    d.more_b = more_b;
    return d;
  }
  const std::vector<int64_t> claims;  // every claim found in the articles
  return compare_sides(reader.read(name_a, scope(db, id_a, q), claims),
                       reader.read(name_b, scope(db, id_b, q), claims));
}

}  // namespace claimline::query
