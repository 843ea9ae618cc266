// JSON of claims and their mentions. `claims show ID --format json` is a contract: per
// article, "article_id", "outlet", "published", "url", "title", the article-level "stance",
// and its "statements" with "speaker" and "stance" (fields may be added, never renamed).
#pragma once

#include <nlohmann/json.hpp>

#include "store/claim_store.h"

namespace claimline::report {

extern const std::vector<std::string> kClaimColumns;
extern const std::vector<std::string> kMentionColumns;

nlohmann::json claim_json(const store::ClaimRow& c);
// One row per mention, for table/csv/md.
nlohmann::json mention_json(const store::MentionRow& m);
// The claim with its mentions grouped by article (the contract above).
nlohmann::json claim_detail_json(const store::ClaimRow& c, const std::vector<store::MentionRow>& mentions);

}  // namespace claimline::report
