// `claims export ID --format claimreview`: the claim as a schema.org Claim (JSON-LD) with
// every appearance (one NewsArticle per article, its statements about the claim as
// Quotation parts with their speaker), its firstAppearance (earliest publication), and the
// contest carried as it stands: who supports, denies or only discusses it. No verdict is
// given: claimline records stances, it does not rate claims. Terms schema.org lacks
// (stance, cue, the contest) are in the "claimline:" namespace (urn:claimline:).
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "query/timeline.h"
#include "store/claim_store.h"

namespace claimline::report {

// `rows` are the claim's timeline rows (query::claim_rows), `claim` its counts included.
nlohmann::json claim_review_json(const store::ClaimRow& claim, const std::vector<query::TimelineRow>& rows);

}  // namespace claimline::report
