// Closed-class words the attribution grammar relies on. Lower case.
#pragma once

#include <string_view>

namespace claimline::lexicon {

// Auxiliaries and adverbs that may stand between a source and its cue verb and are part of
// the cue phrase ("has also repeatedly denied").
inline constexpr std::string_view kCueAuxiliaries[] = {
    "has", "have", "had", "also", "later", "then", "again", "once", "first", "still", "previously",
    "recently", "repeatedly", "publicly", "privately", "reportedly", "already", "further",
    "immediately", "quickly", "even", "simply", "flatly", "openly", "initially", "earlier",
    "subsequently", "often", "frequently", "always", "just", "never", "not", "n't", "did", "does",
    "do", "would", "will", "could", "can", "may", "might", "should", "must", "reportedly",
    "categorically", "angrily", "bluntly", "explicitly", "firmly", "separately", "yet", "too",
};

inline constexpr std::string_view kNegations[] = {"not", "never", "n't", "didn't", "doesn't", "don't",
                                                  "won't", "wouldn't", "hasn't", "haven't", "hadn't",
                                                  "cannot", "can't", "couldn't", "refused", "declined"};

inline constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "another", "one", "some", "many", "several", "most", "both", "all", "each",
    "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
    "few", "other", "more", "numerous", "various", "multiple", "no",
};

// Words that may join the parts of a name ("Secretary of State", "Mohammed bin Salman").
inline constexpr std::string_view kNameConnectors[] = {"of", "de", "del", "della", "di", "da", "du", "la",
                                                       "le", "al", "bin", "ibn", "van", "von", "der",
                                                       "den", "ter", "st.", "&"};

// Words after which a new clause (and so a source) may start.
inline constexpr std::string_view kClauseOpeners[] = {
    "and", "but", "that", "as", "when", "while", "because", "so", "where", "after", "since", "if",
    "though", "although", "then", "yet", "or", "before", "until", "once", "whereas", "however",
    "meanwhile", "now", "also", "later", "today", "yesterday", "tonight", "earlier", "instead",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "still", "why",
    "because", "even", "indeed", "separately", "which", "whom",
};

// Lower-case words that may stand before a name in a source phrase ("former", "senior").
inline constexpr std::string_view kNameModifiers[] = {
    "former", "then", "current", "senior", "top", "chief", "deputy", "acting", "presidential",
    "veteran", "longtime", "outgoing", "incoming", "fellow", "interim", "new", "leading",
    "prominent", "local", "independent", "military", "political", "foreign", "republican",
    "democratic", "conservative", "liberal", "progressive", "state", "federal", "regional",
    "national", "international", "retired", "u.s.", "us", "white", "house", "press", "campaign",
    "election", "policy", "security", "defence", "defense", "intelligence", "army", "party",
    "labour", "opposition", "special", "assistant", "associate", "executive", "managing",
    "general", "vice", "frontrunner", "front-runner", "gop", "billionaire", "real", "estate",
    "mogul", "television", "tv", "radio", "talk", "show", "news", "media", "tech", "oil",
    "ukrainian", "russian", "american", "british", "european", "french", "german", "chinese",
    "israeli", "kremlin", "nato", "un", "eu", "energy", "trade", "finance", "economic", "legal",
};

// Prepositions after which a phrase is an object, not a source ("met with Putin said" is
// not "Putin said").
inline constexpr std::string_view kPrepositions[] = {
    "of", "to", "for", "with", "by", "from", "in", "on", "at", "about", "against", "into",
    "over", "under", "through", "between", "among", "toward", "towards", "upon", "via",
};

// Words that, right after a comma, end a reported clause: what follows is the writer's
// ("Y said X, but ...", "X, because ...", "X, often by ...").
inline constexpr std::string_view kContentStopsAfterComma[] = {
    "but", "while", "though", "although", "whereas", "even", "often", "despite", "meaning",
    "prompting", "leading",
    "which", "a", "an", "adding", "saying", "noting", "citing", "arguing", "referring", "who",
    "whom", "whose",
};

// Words that end a reported clause even without a comma.
inline constexpr std::string_view kContentStopsBare[] = {"whereupon"};

// Words in -ing that, after a comma, go on with the reported clause rather than open a
// participle clause of the writer's ("said taxes would rise, including those on gains").
inline constexpr std::string_view kNotParticiples[] = {
    "including", "during", "something", "everything", "nothing", "anything", "depending",
    "ranging", "regarding", "concerning", "notwithstanding", "excluding", "involving",
};

// Words that cannot open a reported clause after a cue ("said of the plan", "said so").
inline constexpr std::string_view kNotClauseOpeners[] = {
    "so", "nothing", "anything", "something", "little", "much", "goodbye", "hello", "yes",
    "thanks", "hi", "otherwise", "less", "more", "very", "too", "also", "when", "while", "after",
    "before", "as", "since", "until", "because", "although", "though", "once", "where", "then",
};

// Cue forms that are also plural nouns ("a dozen states held", "the reports say"): cues only
// after a name or a pronoun.
inline constexpr std::string_view kAmbiguousCueForms[] = {
    "states", "reports", "claims", "notes", "remarks", "questions", "hopes", "fears", "answers",
    "calls", "demands", "doubts", "worries", "tweets", "promises", "vows", "pledges", "threatens",
    "admits", "forecast", "state", "report", "claim", "note", "question", "hope", "fear", "answer",
    "call", "demand", "promise", "vow", "worry", "tweet", "add", "reply", "respond", "warning",
    "plan", "plans", "want", "find", "show", "estimate",
};

// Object pronouns after a cue ("told him", "urged them").
inline constexpr std::string_view kObjectPronouns[] = {"him", "her", "them", "us", "me", "you", "it"};

}  // namespace claimline::lexicon
