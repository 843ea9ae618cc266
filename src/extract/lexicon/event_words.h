// Word lists of the event extractor (extract/events.h). Lower case. The verb lexicon
// itself (every English verb with its frequency as verb, noun and adjective) is generated
// from WordNet into verbs.inc; these tables hold what WordNet does not say: which words
// name the happenings claimlines tracks (with their class), which nouns are events, and the
// closed-class words of tense, modality and negation.
#pragma once

#include <string_view>

namespace claimline::lexicon {

// A trigger word (a verb lemma, or a noun in its singular form) and the class of happening
// it names. Classes are what cross-article merging compares: "phone call" and "call" are
// both class "call"; "met" (lemma "meet") and "summit" are both "meeting".
struct EventClassEntry {
  std::string_view word;
  std::string_view event_class;
};

// Class "statement" marks speech and reporting ("said", "announced", "claims"): they are
// event mentions in MEANTIME's sense but claimline tracks them as statements, not events.
inline constexpr EventClassEntry kEventClasses[] = {
    // calls and conversations
    {"phone call", "call"}, {"telephone call", "call"}, {"video call", "call"}, {"conference call", "call"},
    {"phone conversation", "call"}, {"telephone conversation", "call"}, {"video conference", "call"},
    {"phone", "call"}, {"telephone", "call"}, {"call", "call"},
    {"conversation", "conversation"}, {"speak", "conversation"}, {"talk", "conversation"}, {"chat", "conversation"},
    // talks and meetings
    {"talks", "talks"}, {"peace talks", "talks"}, {"negotiation", "talks"}, {"negotiate", "talks"},
    {"discussion", "talks"}, {"discuss", "talks"}, {"dialogue", "talks"}, {"consultation", "talks"},
    {"meet", "meeting"}, {"meeting", "meeting"}, {"summit", "meeting"}, {"gathering", "meeting"},
    {"conference", "conference"}, {"press conference", "conference"}, {"news conference", "conference"},
    {"keynote", "conference"}, {"convention", "conference"}, {"briefing", "conference"},
    {"visit", "visit"}, {"trip", "visit"}, {"tour", "visit"},
    // war and peace
    {"ceasefire", "ceasefire"}, {"cease-fire", "ceasefire"}, {"truce", "ceasefire"}, {"armistice", "ceasefire"},
    {"cessation", "ceasefire"}, {"pause", "ceasefire"}, {"moratorium", "ceasefire"}, {"halt", "ceasefire"},
    {"withdraw", "withdrawal"}, {"withdrawal", "withdrawal"}, {"pullback", "withdrawal"}, {"pull back", "withdrawal"},
    {"pull out", "withdrawal"}, {"pullout", "withdrawal"}, {"retreat", "withdrawal"}, {"evacuation", "withdrawal"},
    {"encircle", "encirclement"}, {"encirclement", "encirclement"}, {"surround", "encirclement"},
    {"besiege", "encirclement"}, {"siege", "encirclement"}, {"trap", "encirclement"}, {"cut off", "encirclement"},
    {"attack", "attack"}, {"strike", "attack"}, {"airstrike", "attack"}, {"air strike", "attack"},
    {"drone attack", "attack"}, {"bombardment", "attack"}, {"shelling", "attack"}, {"bombing", "attack"},
    {"bomb", "attack"}, {"shell", "attack"}, {"raid", "attack"}, {"assault", "attack"}, {"offensive", "attack"},
    {"invasion", "attack"}, {"invade", "attack"}, {"incursion", "attack"}, {"counteroffensive", "attack"},
    {"capture", "capture"}, {"retake", "capture"}, {"recapture", "capture"}, {"seize", "capture"},
    {"seizure", "capture"}, {"occupy", "capture"}, {"occupation", "capture"}, {"liberate", "capture"},
    {"liberation", "capture"}, {"take over", "capture"}, {"takeover", "capture"},
    {"war", "war"}, {"conflict", "war"}, {"fighting", "fighting"}, {"fight", "fighting"}, {"battle", "fighting"},
    {"clash", "fighting"}, {"deploy", "deployment"}, {"deployment", "deployment"},
    // proposals, agreements and their fate
    {"propose", "proposal"}, {"proposal", "proposal"}, {"offer", "proposal"}, {"plan", "proposal"},
    {"initiative", "proposal"}, {"suggest", "proposal"},
    {"agree", "agreement"}, {"agreement", "agreement"}, {"deal", "agreement"}, {"accord", "agreement"},
    {"pact", "agreement"}, {"treaty", "agreement"}, {"settlement", "agreement"}, {"settle", "agreement"},
    {"sign", "agreement"},
    {"accept", "acceptance"}, {"acceptance", "acceptance"}, {"endorse", "acceptance"}, {"approve", "acceptance"},
    {"approval", "acceptance"}, {"ratify", "acceptance"},
    {"reject", "rejection"}, {"rejection", "rejection"}, {"refuse", "rejection"}, {"refusal", "rejection"},
    {"turn down", "rejection"}, {"veto", "rejection"},
    {"sanction", "sanction"}, {"embargo", "sanction"}, {"tariff", "sanction"}, {"ban", "sanction"},
    {"exchange", "exchange"}, {"swap", "exchange"},
    // politics, office and law
    {"election", "election"}, {"vote", "election"}, {"referendum", "election"}, {"elect", "election"},
    {"resign", "resignation"}, {"resignation", "resignation"}, {"step down", "resignation"},
    {"appoint", "appointment"}, {"appointment", "appointment"}, {"nominate", "appointment"},
    {"nomination", "appointment"}, {"dismiss", "dismissal"}, {"dismissal", "dismissal"}, {"fire", "dismissal"},
    {"oust", "dismissal"},
    {"sue", "lawsuit"}, {"lawsuit", "lawsuit"}, {"suit", "lawsuit"}, {"litigation", "lawsuit"},
    {"trial", "trial"}, {"hearing", "trial"}, {"verdict", "ruling"}, {"ruling", "ruling"}, {"rule", "ruling"},
    {"convict", "ruling"}, {"conviction", "ruling"}, {"sentence", "ruling"}, {"acquit", "ruling"},
    {"charge", "charge"}, {"indict", "charge"}, {"indictment", "charge"},
    {"arrest", "arrest"}, {"detain", "arrest"}, {"detention", "arrest"},
    {"investigate", "investigation"}, {"investigation", "investigation"}, {"probe", "investigation"},
    {"inquiry", "investigation"},
    {"protest", "protest"}, {"rally", "protest"}, {"demonstration", "protest"},
    // business
    {"launch", "launch"}, {"release", "launch"}, {"unveil", "launch"}, {"introduce", "launch"},
    {"introduction", "launch"}, {"debut", "launch"},
    {"sell", "sale"}, {"sale", "sale"}, {"buy", "acquisition"}, {"acquire", "acquisition"},
    {"acquisition", "acquisition"}, {"purchase", "acquisition"}, {"merge", "merger"}, {"merger", "merger"},
    {"bid", "bid"}, {"takeover bid", "bid"}, {"bankruptcy", "bankruptcy"}, {"layoff", "layoff"},
    {"cut", "cut"}, {"raise", "increase"}, {"increase", "increase"}, {"rise", "increase"},
    {"decrease", "decrease"}, {"fall", "decrease"}, {"drop", "decrease"}, {"decline", "decrease"},
    {"crash", "crash"}, {"accident", "crash"}, {"collision", "crash"}, {"explosion", "explosion"},
    {"explode", "explosion"}, {"recall", "recall"},
    // death and harm
    {"die", "death"}, {"death", "death"}, {"kill", "killing"}, {"killing", "killing"},
    {"injure", "injury"}, {"wound", "injury"},
    // speech and reporting: statements, not events
    {"say", "statement"}, {"announce", "statement"}, {"announcement", "statement"}, {"state", "statement"},
    {"statement", "statement"}, {"tell", "statement"}, {"claim", "statement"}, {"report", "statement"},
    {"confirm", "statement"}, {"deny", "statement"}, {"add", "statement"}, {"explain", "statement"},
    {"comment", "statement"}, {"remark", "statement"}, {"warn", "statement"}, {"urge", "statement"},
    {"insist", "statement"}, {"assert", "statement"}, {"accuse", "statement"}, {"hint", "statement"},
    {"mention", "statement"}, {"note", "statement"}, {"write", "statement"}, {"tweet", "statement"},
    {"post", "statement"}, {"predict", "statement"}, {"estimate", "statement"}, {"reveal", "statement"},
};

// Nouns that name events (singular; "talks" and "hostilities" as written). Beyond these a
// noun is an event when it is derived from a verb of the lexicon by a suffix ("-tion",
// "-ment", "-al", "-ance" ... : announcement, withdrawal, resignation, acceptance).
inline constexpr std::string_view kEventNouns[] = {
    "accident", "acquisition", "action", "agreement", "airstrike", "appeal", "appearance", "armistice",
    "arrest", "assault", "attack", "auction", "ballot", "bankruptcy", "battle", "bid", "blast", "blockade",
    "bombardment", "boom", "boycott", "call", "breach", "briefing", "campaign", "cancellation", "case", "ceasefire",
    "cease-fire", "celebration", "cessation", "ceremony", "change", "charge", "clash", "closure", "collapse", "collision",
    "competition", "conference", "conflict", "controversy", "convention", "conversation", "coup", "crackdown",
    "crash", "crisis", "cut", "deal", "death", "debate", "debut", "decision", "decline", "decrease",
    "defeat", "demonstration", "departure", "deployment", "dialogue", "dispute", "disaster", "discussion",
    "downturn", "drop", "earthquake", "election", "embargo", "encirclement", "epidemic", "escalation",
    "event", "exchange", "exit", "expansion", "explosion", "fall", "festival", "fight", "fighting", "fire",
    "flight", "flood", "gain", "growth", "hearing", "hike", "hostilities", "incident", "increase",
    "incursion", "inquiry", "interview", "invasion", "investigation", "keynote", "killing", "launch",
    "lawsuit", "layoff", "leave", "lockdown", "loss", "march", "massacre", "meeting", "merger", "mission",
    "moratorium", "murder", "negotiation", "occupation", "offensive", "offer", "operation", "outage",
    "outbreak", "pact", "pause", "plan", "preview", "probe", "proposal", "protest", "pullback", "pullout",
    "purchase", "raid", "rally", "recall", "recession", "referendum", "reform", "release", "rescue",
    "retreat", "return", "revolt", "riot", "rise", "ruling", "sale", "scandal", "settlement", "shelling",
    "shooting", "shortage", "shutdown", "siege", "slump", "speech", "storm", "strike", "suit", "summit",
    "surge", "surrender", "takeover", "talks", "tour", "trade", "treaty", "trial", "trip", "truce", "update",
    "uprising", "verdict", "victory", "visit", "vote", "war", "wedding", "withdrawal",
};

// Suffixes that make event nouns of verbs, with the letters that restore the verb
// ("resignation" - "ation" = "resign"; "acceptance" - "ance" = "accept").
struct NounSuffix {
  std::string_view suffix;
  std::string_view restore;  // appended to the stem to give the verb
};
inline constexpr NounSuffix kEventNounSuffixes[] = {
    {"ation", ""}, {"ation", "e"}, {"ition", "e"}, {"ution", "ve"}, {"tion", "te"}, {"tion", ""}, {"sion", "d"},
    {"sion", "t"}, {"ment", ""}, {"al", ""}, {"al", "e"}, {"ance", ""}, {"ance", "e"}, {"ence", ""},
    {"ence", "e"}, {"ure", ""}, {"ure", "e"}, {"ing", ""}, {"ing", "e"},
};

// Modifiers that form one trigger with the event noun after them ("phone call", "peace talks").
inline constexpr std::string_view kCompoundModifiers[] = {
    "phone", "telephone", "video", "conference", "peace", "press", "news", "media", "drone", "air", "missile",
    "court", "trade", "takeover", "border", "ground", "energy", "price", "rate", "job", "stock", "ceasefire",
};

// Nouns that continue an event noun ("cessation of hostilities").
inline constexpr std::string_view kOfComplements[] = {"hostilities", "fire", "fighting", "strikes", "attacks"};

// Verbs that carry an event noun as object without naming a happening of their own:
// "hold talks", "have a call", "make a visit", "reach an agreement".
inline constexpr std::string_view kLightVerbs[] = {
    "hold", "have", "make", "take", "give", "reach", "conduct", "stage", "launch", "carry", "pay", "sign",
    "strike", "host", "attend", "join", "begin", "start", "resume", "continue", "seal", "conclude",
};

// ---- Closed classes of tense, aspect, modality and negation ----------------------------

inline constexpr std::string_view kBeForms[] = {"be", "is", "are", "was", "were", "been", "being", "am", "'s",
                                                "'re", "'m"};
inline constexpr std::string_view kHaveForms[] = {"have", "has", "had", "having", "'ve", "'d"};
inline constexpr std::string_view kDoForms[] = {"do", "does", "did"};
inline constexpr std::string_view kFutureModals[] = {"will", "'ll", "shall", "wo"};
inline constexpr std::string_view kProbableModals[] = {"would", "should", "must", "ought"};
inline constexpr std::string_view kPossibleModals[] = {"may", "might", "could", "can", "ca"};
inline constexpr std::string_view kNegators[] = {"not", "n't", "never", "no", "without", "neither", "nor"};

// Adverbs (and similar) that may stand inside a verb group: "has also repeatedly denied".
inline constexpr std::string_view kGroupAdverbs[] = {
    "also", "already", "still", "just", "now", "then", "again", "even", "only", "first", "finally",
    "recently", "reportedly", "allegedly", "apparently", "officially", "formally", "publicly", "quickly",
    "soon", "later", "previously", "initially", "eventually", "actually", "probably", "possibly", "likely",
    "certainly", "reportedly", "jointly", "briefly", "once", "ever", "yet", "all", "both", "each",
    "personally", "partly", "largely", "fully", "widely", "long", "since",
};

// Words whose infinitive or object they govern is expected: "expected to hold", "plans to
// sell", "set to begin", "is due to", "scheduled to", "upcoming talks".
inline constexpr std::string_view kExpectCues[] = {
    "expect", "expected", "expects", "expecting", "expectation", "expectations", "set", "due", "scheduled",
    "slated", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "aim", "aims", "aimed",
    "going", "about", "prepare", "prepares", "preparing", "prepared", "hope", "hopes", "hoped", "hoping",
    "hopeful", "want", "wants", "wanted", "seek", "seeks", "sought", "seeking", "try", "tries", "trying",
    "tried", "promise", "promises", "promised", "pledge", "pledged", "pledges", "vow", "vowed", "vows",
    "agree", "agreed", "agrees", "decide", "decided", "decides", "upcoming", "forthcoming", "planned",
    "next", "future", "likely", "unlikely", "ready", "able", "eager", "willing", "poised", "hoping",
    "need", "needs", "needed", "must", "have", "has", "had", "likely", "possible", "potential", "prospect",
    "prospects", "chance", "chances", "ask", "asked", "asks", "allow", "allowed", "allows", "force",
    "forced", "forces", "enable", "enabled", "enables", "let", "help", "helps", "helped", "order",
    "ordered", "orders", "invite", "invited", "threaten", "threatened", "threatens", "would", "arrange",
    "arranged", "to",
};

// Words that make what they govern a proposal: "proposed a ceasefire", "a proposal for a
// 30-day cessation of hostilities", "the ceasefire deal proposed by", "urged talks".
inline constexpr std::string_view kProposeCues[] = {
    "propose", "proposes", "proposed", "proposing", "proposal", "proposals", "suggest", "suggests",
    "suggested", "suggesting", "suggestion", "offer", "offers", "offered", "offering", "urge", "urges",
    "urged", "urging", "call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing",
    "demand", "demands", "demanded", "demanding", "advocate", "advocated", "recommend", "recommended",
    "potential", "possible", "draft", "plan", "plans", "idea", "initiative", "floated", "float",
    "pitched", "pitch", "envisaged", "envisioned",
};

// Words that continue what they govern: "continue to hold", "ongoing war", "remain encircled".
inline constexpr std::string_view kOngoingCues[] = {
    "continue", "continues", "continued", "continuing", "ongoing", "keep", "keeps", "kept", "keeping",
    "remain", "remains", "remained", "remaining", "still", "persist", "persists", "persisted", "lasting",
    "continuous", "continual", "protracted", "current",
};

// Verbs that cancel what they govern: "called off the talks", "the visit was cancelled".
inline constexpr std::string_view kCancelCues[] = {
    "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation", "postpone",
    "postpones", "postponed", "postponing", "postponement", "scrap", "scraps", "scrapped", "scrapping",
    "abandon", "abandons", "abandoned", "abandoning", "shelve", "shelved", "suspend", "suspends",
    "suspended", "suspending", "suspension", "delay", "delayed", "delays", "stop", "stopped", "stops",
    "end", "ended", "ends", "halted", "collapsed", "off",
};

// Verbs and nouns that deny what they govern: "denied that troops were encircled",
// "denying reports of encirclement", "rejected claims of a withdrawal".
inline constexpr std::string_view kDenyCues[] = {
    "deny", "denies", "denied", "denying", "denial", "dismiss", "dismisses", "dismissed", "dismissing",
    "refute", "refutes", "refuted", "refuting", "rebut", "rebutted", "reject", "rejects", "rejected",
    "rejecting", "contradict", "contradicted", "disputed", "dispute", "disputes", "false", "untrue",
    "baseless", "fail", "fails", "failed", "failing", "refuse", "refused", "refuses", "refusing", "decline",
    "declined", "declines", "declining",
};

// Reports that carry an event without committing to it: "reports of encirclement",
// "claims that troops were surrounded". Transparent for the cues above.
inline constexpr std::string_view kReportNouns[] = {"report", "reports", "claim", "claims", "rumour", "rumours",
                                                    "rumor", "rumors", "allegation", "allegations", "news",
                                                    "accounts", "account", "suggestion", "suggestions", "idea"};

// Words that end a clause for the purpose of cue scope and time anchoring.
inline constexpr std::string_view kClauseBreakers[] = {
    "which", "who", "whom", "whose", "while", "whereas", "although", "though", "because", "but", "however",
    "when", "after", "before", "since", "until", "if", "unless", "as", "where", "so", "meanwhile", "yet",
};

// Words that are never event triggers however the lexicon reads them.
inline constexpr std::string_view kNeverTriggers[] = {
    "according", "including", "surrounding", "remaining", "leading", "existing", "following", "regarding", "concerning", "following", "during", "given", "based",
    "named", "dubbed", "titled", "entitled", "known", "led", "per", "versus", "via", "like", "unlike",
    "near", "past", "despite", "amid", "towards", "toward", "upon", "within", "without", "across",
    "around", "about", "above", "below", "under", "over", "after", "before", "behind", "beyond", "since",
    "until", "till", "ago", "so", "then", "there", "here", "very", "well", "also", "not", "yes", "no",
    "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "jr", "sr", "one", "two", "three", "first",
    "second", "third", "last", "next", "new", "old", "many", "much", "more", "most", "less", "least",
    "own", "other", "same", "such", "only", "even", "still", "just", "back", "out", "up", "down", "off",
    "in", "on", "at", "by", "for", "from", "of", "to", "with", "and", "or", "but", "if", "as", "than",
    "that", "this", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "him", "her",
    "them", "us", "me", "his", "their", "our", "my", "your", "who", "whom", "which", "what", "whose",
    "the", "a", "an", "all", "any", "each", "every", "some", "both", "either", "neither", "nor", "few",
    "will", "would", "shall", "should", "may", "might", "can", "could", "must", "ought", "wo", "ca",
    "today", "yesterday", "tomorrow", "now", "ago", "already", "year", "years", "month", "months", "week",
    "weeks", "day", "days", "time", "times", "percent", "people", "man", "men", "woman", "women", "way",
    "president", "minister", "secretary", "chairman", "ceo", "officer", "spokesman", "spokeswoman",
    "official", "officials", "company", "government", "state", "states", "united", "kingdom", "house",
    "news", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "april", "june", "july", "august", "september", "october", "november", "december", "u.s.",
    "troops", "forces", "army", "military", "region", "area", "city", "country", "world", "number",
    "part", "price", "prices", "store", "stores", "market", "markets", "share", "shares", "program",
    "programs", "service", "services", "feature", "features", "product", "products", "device", "devices",
    "model", "models", "computer", "computers", "phones", "music", "song", "songs", "video", "videos",
    "software", "system", "systems", "technology", "version", "versions", "site", "website", "web",
    "page", "line", "lines", "member", "members", "group", "groups", "team", "head", "side", "sides",
    "fact", "term", "terms", "level", "levels", "point", "points", "face", "hand", "hands", "lead",
};

// Verbs that are events in MEANTIME's sense but never claimline events of their own: the
// copula, possession, and the most general verbs of doing and becoming.
inline constexpr std::string_view kGenericVerbs[] = {
    "be", "have", "do", "get", "make", "go", "come", "become", "seem", "appear", "use", "include", "let",
    "allow", "want", "need", "try", "begin", "start", "continue", "keep", "remain", "stay", "put", "give",
    "take", "see", "look", "know", "think", "believe", "hope", "expect", "plan", "help", "work", "show",
    "find", "leave", "turn", "bring", "hold", "set", "follow", "provide", "involve", "feature", "mark",
    "cause", "lead", "move", "reach", "run", "play", "face", "seek", "mean",
};

}  // namespace claimline::lexicon
