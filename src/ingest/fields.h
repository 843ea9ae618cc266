// Article metadata fields and the many names inputs give them ("Credited from",
// "publishedAt", "og:site_name" ...), shared by every reader.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/article.h"

namespace claimline::ingest {

enum class Field { kNone, kTitle, kOutlet, kPublished, kUrl, kAuthor };

// Case-insensitive; spaces, '_' and '-' are ignored ("Credited from", "published_at").
Field field_for_key(std::string_view key);

// Sets `field` of `a` from `value` (trimmed; an empty value is ignored). Returns an error
// message when the value cannot be used, e.g. a date that does not parse.
std::optional<std::string> set_field(ArticleInput* a, Field field, std::string_view value);

std::string trim(std::string_view s);

// Collapses runs of whitespace (including newlines) into single spaces and trims.
std::string squash_spaces(std::string_view s);

}  // namespace claimline::ingest
