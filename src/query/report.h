// What the report shows for each claim: its timeline, each outlet's side (articles by
// stance, who asserted, denied or discussed it) and the findings of comparing every pair
// of outlets that carry it (stances that differ, misquotes, re-dated events).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query/diff.h"
#include "query/timeline.h"
#include "store/database.h"

namespace claimline::query {

struct OutletSummary {
  std::string outlet;
  int64_t articles = 0, supports = 0, denies = 0, discusses = 0;
  std::vector<std::string> asserted_by, denied_by, discussed_by;
  std::optional<std::string> first_report;  // earliest publication among its articles
};

struct ClaimReport {
  store::ClaimRow claim;                // counts as of the report's date
  std::vector<TimelineRow> rows;
  std::vector<OutletSummary> outlets;   // by first report
  std::vector<OutletDiff> diffs;        // pairs with findings only, each trimmed to its findings
  size_t pairs_compared = 0, pairs_skipped = 0;
};

struct ReportQuery {
  std::vector<int64_t> claim_ids;   // empty: every claim not merged away
  std::optional<int64_t> as_of;     // Unix seconds, inclusive
  size_t max_pairs = 300;           // outlet pairs compared per claim, at most
};

struct Report {
  std::optional<int64_t> as_of;
  std::vector<ClaimReport> claims;
};

// Throws Error not_found for an unknown claim id.
Report build_report(store::Database& db, const ReportQuery& q);

// The diff keeping only its findings: claims whose stance differs or that one outlet
// omitted, re-dated events or events whose status differs, misquotes.
OutletDiff findings_only(OutletDiff d);

// The label of a missing outlet.
inline constexpr const char* kNoOutlet = "(no outlet)";

}  // namespace claimline::query
