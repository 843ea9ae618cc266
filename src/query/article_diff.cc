#include "query/article_diff.h"

#include <algorithm>
#include <map>
#include <set>

#include "util/error.h"

namespace claimline::query {
namespace {

store::RevisionRef resolve(store::TimelineStore& store, const ArticleRevisionRef& ref, std::optional<int64_t> as_of) {
  const std::string name = "article " + std::to_string(ref.article_id);
  if (ref.revision) {
    auto r = store.revision(ref.article_id, *ref.revision);
    if (!r) throw Error::not_found(name + " has no revision " + std::to_string(*ref.revision),
                                   "'claimline articles show " + std::to_string(ref.article_id) + "' lists them");
    return *r;
  }
  auto r = store.current_revision(ref.article_id, as_of);
  if (!r) throw Error::not_found("no " + name + (as_of ? " published by the --as-of date" : ""),
                                 "'claimline articles' lists them");
  return *r;
}

bool speakers_match(const store::StatementRow& x, const store::StatementRow& y) {
  return same_speaker(x, y) || (!x.speaker && !y.speaker);
}

// Pairs each statement of `a` with at most one of `b`: identical wording first, then the
// most similar rewording of the same speaker.
std::vector<StatementChange> match_statements(const std::vector<store::StatementRow>& a,
                                              const std::vector<store::StatementRow>& b,
                                              std::vector<std::pair<size_t, size_t>>& pairs) {
  std::vector<bool> used_a(a.size()), used_b(b.size());
  std::vector<StatementChange> out;
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j) {
      if (used_b[j] || !speakers_match(a[i], b[j]) || !word_diff(a[i].text, b[j].text).same_words) continue;
      used_a[i] = used_b[j] = true;
      pairs.emplace_back(i, j);
      out.push_back(StatementChange{"unchanged", quote_ref(a[i]), quote_ref(b[j]), std::nullopt});
      break;
    }
  }
  struct Candidate {
    double similarity;
    size_t i, j;
  };
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < a.size(); ++i) {
    for (size_t j = 0; j < b.size(); ++j) {
      if (used_a[i] || used_b[j] || !speakers_match(a[i], b[j])) continue;
      const double s = word_diff(a[i].text, b[j].text).similarity;
      if (s >= kRewordSimilarity) candidates.push_back({s, i, j});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.similarity > y.similarity; });
  for (const auto& c : candidates) {
    if (used_a[c.i] || used_b[c.j]) continue;
    used_a[c.i] = used_b[c.j] = true;
    pairs.emplace_back(c.i, c.j);
    out.push_back(StatementChange{"reworded", quote_ref(a[c.i]), quote_ref(b[c.j]), word_diff(a[c.i].text, b[c.j].text)});
  }
  for (size_t i = 0; i < a.size(); ++i) {
    if (!used_a[i]) out.push_back(StatementChange{"removed", quote_ref(a[i]), std::nullopt, std::nullopt});
  }
  for (size_t j = 0; j < b.size(); ++j) {
    if (!used_b[j]) out.push_back(StatementChange{"added", std::nullopt, quote_ref(b[j]), std::nullopt});
  }
  std::stable_sort(out.begin(), out.end(), [](const StatementChange& x, const StatementChange& y) {
    const auto pos = [](const StatementChange& c) { return c.b ? c.b->span_start : c.a->span_start; };
    return pos(x) < pos(y);
  });
  return out;
}

using StanceMap = std::map<int64_t, std::string>;  // claim -> stance

struct Stances {
  StanceMap article;
  std::map<int64_t, StanceMap> by_statement;
};

Stances stances_of(const std::vector<store::RevisionClaimMention>& mentions) {
  Stances s;
  for (const auto& m : mentions) {
    if (m.level == "article") s.article[m.claim_id] = m.stance;
    else if (m.level == "statement" && m.statement_id) s.by_statement[*m.statement_id][m.claim_id] = m.stance;
  }
  return s;
}

std::optional<std::string> find(const StanceMap& m, int64_t claim) {
  auto it = m.find(claim);
  if (it == m.end()) return std::nullopt;
  return it->second;
}

void compare_stances(const StanceMap& a, const StanceMap& b, const std::string& level,
                     const std::optional<std::string>& speaker, std::vector<StanceChange>& out) {
  std::set<int64_t> claims;
  for (const auto& [c, s] : a) claims.insert(c);
  for (const auto& [c, s] : b) claims.insert(c);
  for (int64_t c : claims) {
    auto x = find(a, c), y = find(b, c);
    if (x != y) out.push_back(StanceChange{c, "", level, speaker, x, y});
  }
}

std::vector<StanceChange> stance_changes(store::TimelineStore& store, const store::RevisionRef& ra,
                                         const store::RevisionRef& rb, const std::vector<StatementChange>& statements) {
  const Stances a = stances_of(store.claim_mentions_of(ra.revision_id));
  const Stances b = stances_of(store.claim_mentions_of(rb.revision_id));
  std::vector<StanceChange> out;
  compare_stances(a.article, b.article, "article", std::nullopt, out);
  const StanceMap none;
  for (const auto& c : statements) {
    const auto& sa = c.a && a.by_statement.count(c.a->statement_id) ? a.by_statement.at(c.a->statement_id) : none;
    const auto& sb = c.b && b.by_statement.count(c.b->statement_id) ? b.by_statement.at(c.b->statement_id) : none;
    compare_stances(sa, sb, "statement", c.b ? c.b->speaker : c.a->speaker, out);
  }
  std::map<int64_t, std::string> texts;
  for (auto& s : out) {
    if (!texts.count(s.claim_id)) texts[s.claim_id] = store.claim(s.claim_id).value_or(store::ClaimRow{}).text;
    s.claim_text = texts[s.claim_id];
  }
  return out;
}

// The mention of each event that dates it best: the first dated by the text, else the first.
std::map<int64_t, const store::EventMentionRead*> best_mentions(const std::vector<store::EventMentionRead>& events) {
  std::map<int64_t, const store::EventMentionRead*> best;
  for (const auto& m : events) {
    auto& b = best[m.event_id];
    const bool text_dated = m.time_source.value_or("") == "expression";
    if (!b || (text_dated && b->time_source.value_or("") != "expression")) b = &m;
  }
  return best;
}

std::optional<ValidTime> event_dating(const store::EventMentionRead& m) {
  return event_time(m.time_value, m.first_day, m.last_day, m.precision, m.time_source);
}

void event_date_changes(store::TimelineStore& store, const store::RevisionRef& ra, const store::RevisionRef& rb,
                        std::vector<DateChange>& out) {
  const auto ea = store.event_mentions_of({ra.revision_id});
  const auto eb = store.event_mentions_of({rb.revision_id});
  const auto ba = best_mentions(ea), bb = best_mentions(eb);
  for (const auto& [event, x] : ba) {
    auto it = bb.find(event);
    if (it == bb.end()) continue;
    const auto* y = it->second;
    const auto ta = event_dating(*x), tb = event_dating(*y);
    if (ta == tb && x->status == y->status) continue;
    out.push_back(DateChange{"event: " + y->event_label, y->sentence, ta, tb, x->time_text, y->time_text, x->status,
                             y->status});
  }
}

std::vector<DateChange> date_changes(store::TimelineStore& store, const store::RevisionRef& ra,
                                     const store::RevisionRef& rb, const std::vector<store::StatementRow>& sa,
                                     const std::vector<store::StatementRow>& sb,
                                     const std::vector<std::pair<size_t, size_t>>& pairs) {
  std::vector<DateChange> out;
  if (ra.published != rb.published) {
    out.push_back(DateChange{"publication", rb.title.value_or(""), publication_time(ra.published, ra.precision),
                             publication_time(rb.published, rb.precision), std::nullopt, std::nullopt, std::nullopt,
                             std::nullopt});
  }
  for (const auto& [i, j] : pairs) {
    const auto ta = said_time(sa[i].said_value, sa[i].said_first_day, sa[i].said_last_day);
    const auto tb = said_time(sb[j].said_value, sb[j].said_first_day, sb[j].said_last_day);
    if (ta == tb) continue;
    out.push_back(DateChange{"said: " + sb[j].speaker.value_or("unknown speaker"), sb[j].text, ta, tb, sa[i].said,
                             sb[j].said, std::nullopt, std::nullopt});
  }
  event_date_changes(store, ra, rb, out);
  return out;
}

}  // namespace

ArticleDiff diff_articles(store::Database& db, const ArticleRevisionRef& a, const ArticleRevisionRef& b,
                          std::optional<int64_t> as_of) {
  store::TimelineStore store(db);
  ArticleDiff d;
  d.b = resolve(store, b, as_of);
  if (a.article_id == b.article_id && !a.revision && !b.revision) {
    if (d.b.number <= 1) {
      throw Error::usage("article " + std::to_string(a.article_id) + " has no earlier revision to compare with",
                         "give two article ids, or ID@N for revision N");
    }
    d.a = resolve(store, ArticleRevisionRef{a.article_id, d.b.number - 1}, as_of);
  } else {
    d.a = resolve(store, a, as_of);
  }
  const auto sa = store.statements_of({d.a.revision_id});
  const auto sb = store.statements_of({d.b.revision_id});
  std::vector<std::pair<size_t, size_t>> pairs;
  d.statements = match_statements(sa, sb, pairs);
  for (const auto& c : d.statements) {
    if (c.change == "added") ++d.added;
    else if (c.change == "removed") ++d.removed;
    else if (c.change == "reworded") ++d.reworded;
    else ++d.unchanged;
  }
  d.stances = stance_changes(store, d.a, d.b, d.statements);
  d.dates = date_changes(store, d.a, d.b, sa, sb, pairs);
  return d;
}

}  // namespace claimline::query
