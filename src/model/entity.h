// An entity named in an article: a person, organisation, place or group, with the other
// names it goes by in that article (aliases), the roles the text gives it ("special envoy",
// "Secretary of State") and every mention as a byte span into the body.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/span.h"

namespace claimline {

enum class EntityKind : uint8_t { kPerson, kOrganisation, kPlace, kGroup };

// "person", "organisation", "place", "group" (the spelling of the extraction contract).
constexpr std::string_view entity_kind_name(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson: return "person";
    case EntityKind::kOrganisation: return "organisation";
    case EntityKind::kPlace: return "place";
    case EntityKind::kGroup: return "group";
  }
  return "person";
}

constexpr std::optional<EntityKind> parse_entity_kind(std::string_view name) {
  for (EntityKind k : {EntityKind::kPerson, EntityKind::kOrganisation, EntityKind::kPlace, EntityKind::kGroup}) {
    if (entity_kind_name(k) == name) return k;
  }
  return std::nullopt;
}

struct Entity {
  std::string name;                  // canonical name: the fullest form seen ("Steve Witkoff")
  EntityKind kind = EntityKind::kPerson;
  std::vector<std::string> aliases;  // other surface forms seen, without `name`, in first-seen order
  std::vector<std::string> roles;    // lower-case role phrases, in first-seen order
  std::vector<Span> mentions;        // byte spans into the body, sorted by start, non-overlapping
};

}  // namespace claimline
