// The stance of a text (an article, a passage, a statement) toward a claim.
//
// supports: the text asserts the claim (in its own voice or in the words it reports);
// denies: the text refutes it or asserts something incompatible with it;
// discusses: the text is about the claim without taking a side (or takes both);
// unrelated: the text is not about the claim.
//
// FNC-1 calls the same four classes agree, disagree, discuss and unrelated.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace claimline {

enum class Stance : unsigned char { kSupports = 0, kDenies = 1, kDiscusses = 2, kUnrelated = 3 };

inline constexpr int kStanceCount = 4;
inline constexpr std::array<Stance, kStanceCount> kAllStances = {
    Stance::kSupports, Stance::kDenies, Stance::kDiscusses, Stance::kUnrelated};

// "supports", "denies", "discusses", "unrelated": the names used in every output format.
constexpr std::string_view stance_name(Stance s) {
  constexpr std::array<std::string_view, kStanceCount> kNames = {"supports", "denies", "discusses",
                                                                 "unrelated"};
  return kNames[static_cast<int>(s)];
}

// The FNC-1 label of a stance: "agree", "disagree", "discuss", "unrelated".
constexpr std::string_view fnc_label(Stance s) {
  constexpr std::array<std::string_view, kStanceCount> kLabels = {"agree", "disagree", "discuss",
                                                                  "unrelated"};
  return kLabels[static_cast<int>(s)];
}

// Parses a stance name or its FNC-1 label (exact, lower case); nullopt for anything else.
constexpr std::optional<Stance> parse_stance(std::string_view name) {
  for (Stance s : kAllStances) {
    if (name == stance_name(s) || name == fnc_label(s)) return s;
  }
  return std::nullopt;
}

constexpr int stance_index(Stance s) { return static_cast<int>(s); }
constexpr bool is_related(Stance s) { return s != Stance::kUnrelated; }

}  // namespace claimline
