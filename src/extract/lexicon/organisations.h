// Words that make a capitalised run an organisation ("Ministry", "General Staff"), and
// organisations that stand as one word ("Kremlin", "NATO"). Lower case.
#pragma once

#include <string_view>

namespace claimline::lexicon {

// Head words: a name run containing one of these is an organisation.
inline constexpr std::string_view kOrgWords[] = {
    "ministry", "department", "committee", "council", "party", "staff", "agency", "service",
    "services", "institute", "institution", "centre", "center", "university", "college",
    "commission", "office", "bureau", "company", "corp", "corp.", "corporation", "inc", "inc.",
    "ltd", "llc", "group", "association", "foundation", "forum", "news", "times", "post",
    "journal", "network", "press", "review", "tribune", "herald", "gazette", "monitor", "daily",
    "weekly", "magazine", "radio", "television", "tv", "channel", "broadcasting", "media",
    "observer", "guardian", "telegraph", "economist", "wire", "reuters", "congress", "senate",
    "parliament", "assembly", "duma", "rada", "army", "navy", "forces", "force", "guard",
    "guards", "court", "administration", "campaign", "organization", "organisation", "union",
    "bank", "fund", "board", "coalition", "alliance", "federation", "league", "movement",
    "front", "police", "cabinet", "government", "authority", "authorities", "command",
    "headquarters", "council", "secretariat", "embassy", "consulate", "mission", "directorate",
    "caucus", "pac", "club", "society", "trust", "partners", "capital", "holdings", "airlines",
    "systems", "technologies", "labs", "laboratory", "hospital", "school", "church",
    "brigade", "battalion", "regiment", "division", "corps", "unit", "fleet", "intelligence",
};

// Organisations named by one word or a fixed phrase.
inline constexpr std::string_view kOrgNames[] = {
    "kremlin", "pentagon", "white house", "nato", "un", "u.n.", "eu", "e.u.", "fbi", "cia", "nsa",
    "kgb", "fsb", "gru", "sbu", "osce", "imf", "who", "wto", "opec", "gop", "dnc", "rnc", "fox",
    "cnn", "msnbc", "bbc", "abc", "nbc", "cbs", "npr", "pbs", "ap", "afp", "reuters", "bloomberg",
    "politico", "axios", "tass", "ria", "interfax", "ukrinform", "breitbart", "huffpost",
    "wagner", "hamas", "hezbollah", "taliban", "isis", "isil", "daesh", "al-qaeda", "gazprom",
    "rosatom", "naftogaz", "twitter", "facebook", "google", "meta", "telegram", "youtube",
    "congress", "senate", "state department", "justice department", "downing street",
    "general staff", "quinnipiac", "gallup",
};

}  // namespace claimline::lexicon
