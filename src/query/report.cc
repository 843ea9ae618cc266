#include "query/report.h"

#include <algorithm>
#include <map>

#include "store/claim_store.h"
#include "store/timeline_store.h"
#include "util/error.h"

namespace claimline::query {
namespace {

// The revisions a claim's mentions come from, grouped by outlet, outlets by first report.
std::vector<std::pair<std::string, std::vector<store::RevisionRef>>> revisions_by_outlet(
    store::TimelineStore& store, const std::vector<store::MentionRow>& mentions) {
  std::vector<int64_t> ids;
  for (const auto& m : mentions) {
    if (std::find(ids.begin(), ids.end(), m.revision_id) == ids.end()) ids.push_back(m.revision_id);
  }
  std::vector<std::pair<std::string, std::vector<store::RevisionRef>>> groups;
  for (auto& r : store.revisions_by_id(ids)) {  // mentions come in publication order
    const std::string outlet = r.outlet.value_or(kNoOutlet);
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == outlet; });
    if (it == groups.end()) it = groups.insert(groups.end(), {outlet, {}});
    it->second.push_back(std::move(r));
  }
  return groups;
}

OutletSummary summary_of(const OutletSide& side) {
  OutletSummary s;
  s.outlet = side.outlet;
  if (!side.revisions.empty()) s.first_report = side.revisions.front().published;
  if (side.claim_sides.empty()) return s;
  const ClaimSide& c = side.claim_sides.front().a;
  s.articles = static_cast<int64_t>(c.article_ids.size());
  for (const auto& st : c.article_stances) {
    if (st == "supports") ++s.supports;
    else if (st == "denies") ++s.denies;
    else ++s.discusses;
  }
  s.asserted_by = c.asserted_by;
  s.denied_by = c.denied_by;
  s.discussed_by = c.discussed_by;
  return s;
}

ClaimReport claim_report(store::Database& db, store::TimelineStore& store, int64_t claim_id, const ReportQuery& q) {
  ClaimReport cr;
  auto claim = store.claim(claim_id);
  if (!claim) throw Error::not_found("no claim " + std::to_string(claim_id), "'claimline claims list' shows them");
  cr.claim = *claim;
  SideReader reader(db, q.as_of);
  const auto& mentions = reader.mentions(claim_id);
  count_articles(mentions, cr.claim);
  cr.rows = claim_rows(mentions);
  std::vector<OutletSide> sides;
  for (auto& [outlet, revisions] : revisions_by_outlet(store, mentions)) {
    sides.push_back(reader.read(outlet, std::move(revisions), {claim_id}));
    cr.outlets.push_back(summary_of(sides.back()));
  }
  for (size_t i = 0; i < sides.size(); ++i) {
    for (size_t j = i + 1; j < sides.size(); ++j) {
      if (cr.pairs_compared >= q.max_pairs) {
        ++cr.pairs_skipped;
        continue;
      }
      ++cr.pairs_compared;
      OutletDiff d = compare_sides(sides[i], sides[j]);
      if (has_findings(d)) cr.diffs.push_back(findings_only(std::move(d)));
    }
  }
  return cr;
}

}  // namespace

OutletDiff findings_only(OutletDiff d) {
  std::erase_if(d.claims, [](const ClaimComparison& c) { return !c.stance_differs && c.a.covered() == c.b.covered(); });
  std::erase_if(d.events, [](const EventComparison& e) { return !e.redated && !e.status_differs; });
  return d;
}

Report build_report(store::Database& db, const ReportQuery& q) {
  store::TimelineStore store(db);
  store::ClaimStore claims(db);
  std::vector<int64_t> ids;
  for (int64_t id : q.claim_ids.empty() ? store.claim_ids() : q.claim_ids) {
    const int64_t resolved = claims.resolve(id);
    if (std::find(ids.begin(), ids.end(), resolved) == ids.end()) ids.push_back(resolved);
  }
  Report r;
  r.as_of = q.as_of;
  for (int64_t id : ids) r.claims.push_back(claim_report(db, store, id, q));
  return r;
}

}  // namespace claimline::query
