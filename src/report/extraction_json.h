// The extraction contract of DESIGN.md as JSON: one object per article with "article",
// "entities", "statements", "times" and "events". Field names are stable: add, never rename.
#pragma once

#include <nlohmann/json.hpp>

#include "model/article.h"
#include "model/extraction.h"

namespace claimline::report {

// {"title", "outlet", "published", "precision", "url", "author"}; "published" is null for an
// undated article. With `with_body`, also "body" (the text every span indexes), which is
// what `ingest --extracted` needs to store the article without extracting again.
nlohmann::json article_meta_json(const ArticleInput& a, bool with_body);

// The whole extraction object. Times get ids "t1", "t2" ...; a statement whose time of
// saying was resolved gets "said_time": {"id", "value", "start", "end"}.
nlohmann::json extraction_json(const ArticleInput& a, const Extraction& x, bool with_body);

}  // namespace claimline::report
