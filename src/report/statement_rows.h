// JSON rows of the `statements` and `entities` listings.
#pragma once

#include <nlohmann/json.hpp>

#include "store/statement_store.h"

namespace claimline::report {

extern const std::vector<std::string> kStatementColumns;
extern const std::vector<std::string> kEntityColumns;

nlohmann::json statement_row_json(const store::StatementRow& r);
nlohmann::json entity_row_json(const store::EntityRow& r);

}  // namespace claimline::report
