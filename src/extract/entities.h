// Named entities of one article: people, organisations, places and groups found in runs of
// capitalised words, with the titles and roles the text gives them, merged when the text
// names one entity several ways ("Steve Witkoff" ... "Witkoff"; "Zelenskyy" / "Zelensky";
// "Ukraine's General Staff" ... "the General Staff").
//
// Precision first: a capitalised run that is neither recognisably a person (a title, a
// known given name, a surname seen in a full name, a speech verb next to it), nor an
// organisation, place or group word, is left out rather than guessed.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "model/entity.h"

namespace claimline {

enum class Gender : char { kUnknown = 0, kMale = 'm', kFemale = 'f' };

// One mention of an entity: the byte span of the name as written (titles excluded) and
// its token range.
struct EntityMention {
  Span span;
  size_t entity = 0;       // index into EntityResult::entities
  size_t first_token = 0;
  size_t end_token = 0;
};

struct EntityResult {
  std::vector<Entity> entities;        // in order of first mention
  std::vector<Gender> genders;         // parallel to entities; persons only
  std::vector<EntityMention> mentions; // sorted by start

  // The entity mentioned by a token range that overlaps `span`, the last one when several.
  std::optional<size_t> entity_in(Span span) const;
  // Entity index by key (entity_key of its name or an alias), when exactly one matches.
  std::optional<size_t> find(std::string_view name) const;
};

EntityResult extract_entities(const Document& doc);

// Cross-article matching, for the store. entity_key() folds a name to a comparison key:
// lower case, ASCII letters and digits only (Latin accents folded), a leading "the"
// dropped, and the common transliteration endings unified ("Zelenskyy", "Zelenskiy" and
// "Zelensky" all give "zelensky"). Pure and stable: the store may persist keys.
std::string entity_key(std::string_view name);

// The key of the last word of a person's name ("Steve Witkoff" -> "witkoff").
std::string surname_key(std::string_view name);

// Whether two entities (from two articles) are the same: same kind and (a) a shared key
// among names and aliases of two words or more, or (b) both persons and one is known only
// by a surname that is the surname of the other's full name. (b) is weaker evidence; a
// caller holding several candidates for one surname should treat it as ambiguous.
bool same_entity(const Entity& a, const Entity& b);

}  // namespace claimline
