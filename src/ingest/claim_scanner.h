// Finds, in stored articles, the statements and passages about each claim and gives each a
// stance: the article's own (article level), each statement's speaker's (statement level)
// and passages in the article's own voice (passage level). Machine rows are replaced on
// every scan; manual ones are kept (store/claim_store.h).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/claim_store.h"
#include "store/database.h"

namespace claimline::ingest {

struct ScanCounts {
  size_t revisions = 0;
  size_t articles = 0;    // article-level mentions written
  size_t statements = 0;  // statement-level mentions written
  size_t passages = 0;    // passage-level mentions written
};

class ClaimScanner {
 public:
  explicit ClaimScanner(store::Database& db);
  ~ClaimScanner();

  // Scans one revision against every claim that is not merged away.
  // REQUIRES: an open write transaction (the ingest transaction of that revision).
  ScanCounts scan_revision(int64_t revision_id);

  // Scans every revision against one claim, or against all of them; one transaction per
  // revision. `progress` (optional) is called after each revision with (done, total).
  ScanCounts scan_all(std::optional<int64_t> claim_id,
                      const std::function<void(size_t, size_t)>& progress = nullptr);

 private:
  struct Prepared;
  ScanCounts scan(int64_t revision_id, const std::vector<int64_t>& claim_ids);
  const Prepared& prepared(int64_t claim_id);
  std::vector<int64_t> active_claims();

  store::Database& db_;
  store::ClaimStore claims_;
  std::vector<std::pair<int64_t, std::unique_ptr<Prepared>>> cache_;
};

}  // namespace claimline::ingest
