// Capitalised words that do not start a name: function words, sentence adverbs, days and
// months, and other words that are capitalised only because a sentence or headline starts
// with them. Lower case.
#pragma once

#include <string_view>

namespace claimline::lexicon {

inline constexpr std::string_view kNotNameWords[] = {
    "a", "an", "the", "this", "that", "these", "those", "and", "but", "or", "nor", "so", "yet",
    "for", "if", "when", "while", "as", "at", "by", "in", "on", "of", "to", "from", "with",
    "without", "after", "before", "during", "since", "until", "about", "against", "among",
    "between", "into", "over", "under", "through", "despite", "although", "though", "because",
    "unlike", "like", "amid", "per", "via", "within", "across", "beyond", "toward", "towards",
    "upon", "around", "behind", "near", "inside", "outside", "instead", "including",
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
    "your", "him", "them", "us", "me", "who", "what", "which", "where", "why", "how", "whose",
    "there", "here", "then", "now", "still", "also", "even", "just", "only", "not", "no", "yes",
    "all", "some", "many", "most", "more", "much", "few", "several", "each", "every", "both",
    "either", "neither", "any", "one", "two", "three", "four", "five", "first", "second",
    "third", "last", "next", "other", "another", "such", "same", "own",
    "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless",
    "therefore", "thus", "indeed", "instead", "otherwise", "still", "besides", "later",
    "earlier", "today", "yesterday", "tomorrow", "tonight", "recently", "already", "again",
    "perhaps", "maybe", "probably", "certainly", "clearly", "obviously", "finally", "overall",
    "according", "asked", "speaking", "writing", "update", "updated", "read", "watch", "see",
    "note", "editor's", "photo", "video", "advertisement", "related", "breaking", "exclusive",
    "analysis", "opinion", "live", "latest", "more", "click", "follow", "share", "subscribe",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "should", "may", "might", "must", "shall", "let", "it's", "that's",
    "there's", "here's", "what's", "don't", "doesn't", "didn't", "can't", "won't", "isn't",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.",
    "mr", "mrs", "ms", "dr", "oh", "ok", "okay", "well", "please", "thank", "thanks", "dear",
};

}  // namespace claimline::lexicon
