// Word lists of the stance classifier, as data. Entries are lower-case token sequences
// separated by single spaces, written as the tokenizer splits text ("n't" forms are one
// token: "don't"; a curly apostrophe matches a straight one). A longer entry wins over a
// shorter one starting at the same token.
#pragma once

#include <cstdint>
#include <string_view>

namespace claimline::lexicon {

// Cue classes: how a word bears on the stance of the sentence that holds it.
enum class StanceCue : uint8_t {
  kNone = 0,
  kRefute,    // says a report is false: hoax, debunked, denied, no evidence
  kHedge,     // keeps a report at a distance: reportedly, allegedly, claimed, may
  kDoubt,     // says the truth of a report is open: unconfirmed, unverified, rumour, whether
  kSupport,   // vouches for a report: confirmed, officially, indeed
  kReport,    // attributes words to a source: said, told, according to
  kNegation,  // not, never, no, nobody, don't
  kContrast,  // but, however, although
};
inline constexpr int kStanceCueCount = 8;

struct StanceCueEntry {
  std::string_view phrase;
  StanceCue cue;
};

inline constexpr StanceCueEntry kStanceCues[] = {
    // Refutation.
    {"hoax", StanceCue::kRefute}, {"hoaxes", StanceCue::kRefute}, {"hoaxer", StanceCue::kRefute},
    {"fake", StanceCue::kRefute}, {"fakes", StanceCue::kRefute}, {"faked", StanceCue::kRefute},
    {"false", StanceCue::kRefute}, {"falsely", StanceCue::kRefute}, {"untrue", StanceCue::kRefute},
    {"debunk", StanceCue::kRefute}, {"debunks", StanceCue::kRefute}, {"debunked", StanceCue::kRefute},
    {"debunking", StanceCue::kRefute}, {"deny", StanceCue::kRefute}, {"denies", StanceCue::kRefute},
    {"denied", StanceCue::kRefute}, {"denying", StanceCue::kRefute}, {"denial", StanceCue::kRefute},
    {"denials", StanceCue::kRefute}, {"refute", StanceCue::kRefute}, {"refutes", StanceCue::kRefute},
    {"refuted", StanceCue::kRefute}, {"rebut", StanceCue::kRefute}, {"rebutted", StanceCue::kRefute},
    {"fabricated", StanceCue::kRefute}, {"fabrication", StanceCue::kRefute},
    {"made up", StanceCue::kRefute}, {"not true", StanceCue::kRefute},
    {"no evidence", StanceCue::kRefute}, {"no proof", StanceCue::kRefute},
    {"no truth", StanceCue::kRefute}, {"no basis", StanceCue::kRefute},
    {"no sign", StanceCue::kRefute}, {"no indication", StanceCue::kRefute},
    {"baseless", StanceCue::kRefute}, {"unfounded", StanceCue::kRefute},
    {"groundless", StanceCue::kRefute}, {"myth", StanceCue::kRefute}, {"bogus", StanceCue::kRefute},
    {"lie", StanceCue::kRefute}, {"lies", StanceCue::kRefute}, {"lied", StanceCue::kRefute},
    {"misleading", StanceCue::kRefute}, {"doctored", StanceCue::kRefute},
    {"photoshopped", StanceCue::kRefute}, {"prank", StanceCue::kRefute},
    {"satire", StanceCue::kRefute}, {"satirical", StanceCue::kRefute}, {"spoof", StanceCue::kRefute},
    {"parody", StanceCue::kRefute}, {"never happened", StanceCue::kRefute},
    {"nonsense", StanceCue::kRefute}, {"incorrect", StanceCue::kRefute},
    {"erroneous", StanceCue::kRefute}, {"retracted", StanceCue::kRefute},
    {"retraction", StanceCue::kRefute}, {"disinformation", StanceCue::kRefute},
    {"misinformation", StanceCue::kRefute}, {"not the case", StanceCue::kRefute},
    {"dismissed", StanceCue::kRefute}, {"rejected", StanceCue::kRefute},
    {"contrary to", StanceCue::kRefute}, {"turned out to be", StanceCue::kRefute},
    {"scam", StanceCue::kRefute}, {"fraud", StanceCue::kRefute}, {"fiction", StanceCue::kRefute},
    {"fictional", StanceCue::kRefute}, {"hoaxed", StanceCue::kRefute},
    {"cannot find", StanceCue::kRefute}, {"could not find", StanceCue::kRefute},
    {"found no", StanceCue::kRefute}, {"did not happen", StanceCue::kRefute},
    {"didn't happen", StanceCue::kRefute},

    // Hedging, distance and doubt.
    {"reportedly", StanceCue::kHedge}, {"allegedly", StanceCue::kHedge},
    {"alleged", StanceCue::kHedge}, {"apparently", StanceCue::kHedge},
    {"apparent", StanceCue::kHedge}, {"purportedly", StanceCue::kHedge},
    {"purported", StanceCue::kHedge}, {"supposedly", StanceCue::kHedge},
    {"rumor", StanceCue::kDoubt}, {"rumors", StanceCue::kDoubt}, {"rumour", StanceCue::kDoubt},
    {"rumours", StanceCue::kDoubt}, {"rumored", StanceCue::kDoubt}, {"rumoured", StanceCue::kDoubt},
    {"unconfirmed", StanceCue::kDoubt}, {"unverified", StanceCue::kDoubt},
    {"speculation", StanceCue::kDoubt}, {"speculate", StanceCue::kDoubt},
    {"speculated", StanceCue::kDoubt}, {"claim", StanceCue::kHedge}, {"claims", StanceCue::kHedge},
    {"claimed", StanceCue::kHedge}, {"claiming", StanceCue::kHedge}, {"may", StanceCue::kHedge},
    {"might", StanceCue::kHedge}, {"could", StanceCue::kHedge}, {"possibly", StanceCue::kHedge},
    {"perhaps", StanceCue::kHedge}, {"likely", StanceCue::kHedge}, {"unclear", StanceCue::kDoubt},
    {"uncertain", StanceCue::kDoubt}, {"not clear", StanceCue::kDoubt},
    {"not yet confirmed", StanceCue::kDoubt}, {"could not be verified", StanceCue::kDoubt},
    {"cannot be verified", StanceCue::kDoubt}, {"could not be confirmed", StanceCue::kDoubt},
    {"can't be verified", StanceCue::kDoubt}, {"suggest", StanceCue::kHedge},
    {"suggests", StanceCue::kHedge}, {"suggested", StanceCue::kHedge}, {"appears", StanceCue::kHedge},
    {"appeared", StanceCue::kHedge}, {"seems", StanceCue::kHedge}, {"seemed", StanceCue::kHedge},
    {"believed", StanceCue::kHedge}, {"is said to", StanceCue::kHedge},
    {"are said to", StanceCue::kHedge}, {"was said to", StanceCue::kHedge},
    {"if true", StanceCue::kDoubt}, {"whether", StanceCue::kDoubt}, {"mystery", StanceCue::kDoubt},
    {"viral", StanceCue::kHedge}, {"circulating", StanceCue::kHedge},

    // Vouching.
    {"confirm", StanceCue::kSupport}, {"confirms", StanceCue::kSupport},
    {"confirmed", StanceCue::kSupport}, {"confirming", StanceCue::kSupport},
    {"confirmation", StanceCue::kSupport}, {"verified", StanceCue::kSupport},
    {"indeed", StanceCue::kSupport}, {"officially", StanceCue::kSupport},
    {"announced", StanceCue::kSupport}, {"revealed", StanceCue::kSupport},
    {"proved", StanceCue::kSupport}, {"proven", StanceCue::kSupport},
    {"acknowledged", StanceCue::kSupport}, {"admitted", StanceCue::kSupport},
    {"it is true", StanceCue::kSupport}, {"in fact", StanceCue::kSupport},

    // Attribution.
    {"said", StanceCue::kReport}, {"says", StanceCue::kReport}, {"say", StanceCue::kReport},
    {"told", StanceCue::kReport}, {"tells", StanceCue::kReport}, {"according to", StanceCue::kReport},
    {"reported", StanceCue::kReport}, {"reports", StanceCue::kReport}, {"report", StanceCue::kReport},
    {"stated", StanceCue::kReport}, {"wrote", StanceCue::kReport}, {"tweeted", StanceCue::kReport},
    {"posted", StanceCue::kReport}, {"insisted", StanceCue::kReport}, {"added", StanceCue::kReport},

    // Negation.
    {"not", StanceCue::kNegation}, {"no", StanceCue::kNegation}, {"never", StanceCue::kNegation},
    {"nobody", StanceCue::kNegation}, {"none", StanceCue::kNegation},
    {"nothing", StanceCue::kNegation}, {"neither", StanceCue::kNegation},
    {"nor", StanceCue::kNegation}, {"without", StanceCue::kNegation},
    {"nowhere", StanceCue::kNegation}, {"cannot", StanceCue::kNegation},
    {"don't", StanceCue::kNegation}, {"doesn't", StanceCue::kNegation},
    {"didn't", StanceCue::kNegation}, {"isn't", StanceCue::kNegation},
    {"wasn't", StanceCue::kNegation}, {"aren't", StanceCue::kNegation},
    {"weren't", StanceCue::kNegation}, {"won't", StanceCue::kNegation},
    {"wouldn't", StanceCue::kNegation}, {"can't", StanceCue::kNegation},
    {"couldn't", StanceCue::kNegation}, {"hasn't", StanceCue::kNegation},
    {"haven't", StanceCue::kNegation}, {"hadn't", StanceCue::kNegation},
    {"shouldn't", StanceCue::kNegation}, {"ain't", StanceCue::kNegation},

    // Contrast.
    {"but", StanceCue::kContrast}, {"however", StanceCue::kContrast},
    {"although", StanceCue::kContrast}, {"though", StanceCue::kContrast},
    {"yet", StanceCue::kContrast}, {"despite", StanceCue::kContrast},
    {"whereas", StanceCue::kContrast}, {"instead", StanceCue::kContrast},
};

// Predicate groups: words that state the same proposition (a claim's "encircled" is matched
// by a passage's "surrounded"), and pairs of groups that exclude each other (troops that
// "hold back" the enemy are not "encircled"). A passage about a claim that asserts the
// contrary of the claim's predicate denies the claim even though it never says "not".
struct PredicateEntry {
  std::string_view phrase;
  std::string_view group;
};

inline constexpr PredicateEntry kPredicates[] = {
    // encircled
    {"encircle", "encircled"}, {"encircled", "encircled"}, {"encircles", "encircled"},
    {"encircling", "encircled"}, {"encirclement", "encircled"}, {"surround", "encircled"},
    {"surrounded", "encircled"}, {"surrounds", "encircled"}, {"trapped", "encircled"},
    {"trap", "encircled"}, {"cut off", "encircled"}, {"besieged", "encircled"},
    {"cauldron", "encircled"}, {"isolated", "encircled"}, {"in a bag", "encircled"}, {"nowhere left to go", "encircled"},
    // holding out, getting out
    {"hold back", "holding"}, {"holding back", "holding"}, {"held back", "holding"},
    {"holds back", "holding"}, {"hold off", "holding"}, {"holding off", "holding"},
    {"held off", "holding"}, {"repel", "holding"}, {"repelled", "holding"},
    {"repelling", "holding"}, {"repulsed", "holding"}, {"broke out", "holding"},
    {"break out", "holding"}, {"broken out", "holding"}, {"withdrawal", "holding"},
    {"withdrew", "holding"}, {"withdrawn", "holding"}, {"pulled out", "holding"},
    {"pulled back", "holding"}, {"pullback", "holding"}, {"escaped", "holding"},
    {"regrouping", "holding"}, {"regrouped", "holding"}, {"manoeuvring", "holding"},
    {"maneuvering", "holding"}, {"better positions", "holding"},
    // dead / alive
    {"dead", "dead"}, {"died", "dead"}, {"dies", "dead"}, {"killed", "dead"}, {"death", "dead"},
    {"alive", "alive"}, {"survived", "alive"}, {"survives", "alive"}, {"still alive", "alive"},
    {"recovering", "alive"},
    // arrested / freed
    {"arrested", "arrested"}, {"detained", "arrested"}, {"jailed", "arrested"},
    {"imprisoned", "arrested"}, {"in custody", "arrested"}, {"captured", "arrested"},
    {"released", "freed"}, {"freed", "freed"}, {"set free", "freed"}, {"escaped custody", "freed"},
    // taken / held (places)
    {"retaken", "taken"}, {"recaptured", "taken"}, {"seized", "taken"}, {"fell", "taken"},
    {"overrun", "taken"}, {"liberated", "taken"},
    {"still holding", "defended"}, {"still hold", "defended"}, {"defending", "defended"},
    {"remains under", "defended"}, {"still controls", "defended"},
    // resigned / staying
    {"resign", "resigned"}, {"resigned", "resigned"}, {"resigns", "resigned"},
    {"quit", "resigned"}, {"quits", "resigned"}, {"stepped down", "resigned"},
    {"step down", "resigned"}, {"steps down", "resigned"},
    {"remain in office", "staying"}, {"stay on", "staying"}, {"staying on", "staying"},
    // won / lost
    {"won", "won"}, {"wins", "won"}, {"victory", "won"},
    {"lost", "lost"}, {"loses", "lost"}, {"defeat", "lost"}, {"defeated", "lost"},
    // guilty / cleared
    {"guilty", "guilty"}, {"convicted", "guilty"},
    {"acquitted", "cleared"}, {"innocent", "cleared"}, {"cleared", "cleared"},
    // closed / open
    {"closed", "closed"}, {"shut down", "closed"}, {"shut", "closed"},
    {"reopened", "open"}, {"remains open", "open"}, {"still open", "open"},
    // cancelled / going ahead
    {"cancelled", "cancelled"}, {"canceled", "cancelled"}, {"called off", "cancelled"},
    {"scrapped", "cancelled"}, {"postponed", "cancelled"},
    {"going ahead", "going_ahead"}, {"went ahead", "going_ahead"}, {"on schedule", "going_ahead"},
    // rising / falling
    {"rise", "rising"}, {"rose", "rising"}, {"risen", "rising"}, {"increase", "rising"},
    {"increased", "rising"}, {"surge", "rising"}, {"surged", "rising"},
    {"fall", "falling"}, {"fallen", "falling"}, {"decrease", "falling"},
    {"decreased", "falling"}, {"dropped", "falling"}, {"declined", "falling"},
};

struct ContraryGroups {
  std::string_view a;
  std::string_view b;
};

// Each pair holds both ways.
inline constexpr ContraryGroups kContraryGroups[] = {
    {"encircled", "holding"}, {"dead", "alive"},         {"arrested", "freed"},
    {"taken", "defended"},    {"resigned", "staying"},  {"won", "lost"},
    {"guilty", "cleared"},    {"closed", "open"},       {"cancelled", "going_ahead"},
    {"rising", "falling"},
};

// Function words that carry no topic: skipped when measuring how much of a claim a text covers.
inline constexpr std::string_view kStopwords[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "myself", "of", "off", "on", "once", "only",
    "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should",
    "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
    "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
    "yourselves", "said", "says", "say", "new", "one", "two", "us", "s", "t", "just", "now",
    "may", "might", "must", "shall", "get", "got", "like", "make", "made", "many", "much",
    "even", "still", "yet", "via", "per", "mr", "mrs", "ms", "according", "report", "reports",
    "reported", "told", "video", "photo", "watch", "news", "update", "updated", "breaking",
};

}  // namespace claimline::lexicon
