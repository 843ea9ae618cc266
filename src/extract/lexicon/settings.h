// Where and when a statement was made: the words that head "on social media", "in a
// statement", "at a news conference" and the time words of "said on Sunday". Lower case.
#pragma once

#include <string_view>

namespace claimline::lexicon {

// Prepositions that open a setting phrase.
inline constexpr std::string_view kSettingPrepositions[] = {"on", "in", "at", "during", "via", "through"};

// Head words of a setting: the phrase runs from the preposition to the head (inclusive),
// plus "with NAME" when the text adds it ("in an interview with CNN").
inline constexpr std::string_view kSettingHeads[] = {
    "media", "telegram", "twitter", "x", "facebook", "instagram", "truth", "youtube", "tiktok",
    "television", "tv", "radio", "statement", "statements", "interview", "interviews",
    "conference", "briefing", "speech", "address", "rally", "video", "post", "posts", "tweet",
    "message", "email", "e-mail", "emails", "memo", "note", "letter", "op-ed", "podcast", "broadcast", "meeting", "summit", "hearing",
    "debate", "event", "appearance", "remarks", "call", "release", "blog", "website", "program",
    "programme", "show", "channel", "platform", "session", "forum", "parliament", "congress",
    "senate",
};

// Words of a time phrase that can follow the cue ("said Wednesday", "said on Sunday",
// "said last week", "told reporters earlier this month").
inline constexpr std::string_view kTimeWords[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "tomorrow", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
    "sept.", "sep.", "oct.", "nov.", "dec.",
};

// Words that may open a longer time phrase before a time word or unit ("last week",
// "earlier this month", "on Sunday night").
inline constexpr std::string_view kTimeOpeners[] = {"on", "last", "this", "earlier", "late", "later", "early", "in"};
inline constexpr std::string_view kTimeUnits[] = {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"};

}  // namespace claimline::lexicon
