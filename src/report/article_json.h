// JSON rows of the article and outlet listings. Field names are spelled here only.
#pragma once

#include <nlohmann/json.hpp>

#include "store/article_store.h"
#include "store/outlet_store.h"

namespace claimline::report {

// Columns shown by table/csv/md for each listing.
extern const std::vector<std::string> kArticleColumns;
extern const std::vector<std::string> kArticleSearchColumns;
extern const std::vector<std::string> kOutletColumns;
extern const std::vector<std::string> kRevisionColumns;

nlohmann::json article_json(const store::ArticleRow& row);
nlohmann::json revision_json(const store::RevisionRow& row);
nlohmann::json outlet_json(const store::OutletRow& row);
// One article with its body and every revision.
nlohmann::json article_detail_json(const store::ArticleDetail& detail);

// "2025-03-17" from Unix seconds (UTC).
std::string day_of(int64_t unix_seconds);

}  // namespace claimline::report
