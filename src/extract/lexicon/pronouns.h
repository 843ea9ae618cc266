// Pronouns that can stand as the source of a statement, with what they may refer to.
#pragma once

#include <string_view>

namespace claimline::lexicon {

enum class PronounKind { kMale, kFemale, kPlural, kFirst, kNeuter, kRelative };

struct Pronoun {
  std::string_view word;  // lower case
  PronounKind kind;
};

inline constexpr Pronoun kSourcePronouns[] = {
    {"he", PronounKind::kMale},      {"she", PronounKind::kFemale},   {"they", PronounKind::kPlural},
    {"i", PronounKind::kFirst},      {"we", PronounKind::kFirst},     {"it", PronounKind::kNeuter},
    {"who", PronounKind::kRelative}, {"which", PronounKind::kRelative}, {"you", PronounKind::kFirst},
};

// Possessive determiners that may open a source noun phrase ("his spokesman said").
inline constexpr std::string_view kPossessives[] = {"his", "her", "their", "its", "our", "my", "your"};

}  // namespace claimline::lexicon
