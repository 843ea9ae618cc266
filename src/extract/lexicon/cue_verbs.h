// Cue verbs of reported speech and attribution, each form listed as written (lower case),
// with the stance it carries and how it takes its content. Data, not logic: extend here.
//
// Flags:
//   kSpeech  a verb of saying: may introduce or close a direct quote ("..., she said").
//   kThink   a verb of thinking, knowing or wanting: attributes a clause, never a quote.
//   kObject  takes an addressee or object before the content ("told reporters that ...",
//            "accused Moscow of ...", "urged allies to ...").
//   kClause  takes a finite clause, with or without "that" ("said (that) X happened").
//   kNoun    takes a noun phrase as content ("denied the reports").
//   kInfin   takes a to-infinitive ("vowed to fight", "urged allies to act").
//   kOf      takes "of ..." after the object ("accused X of Y").
//   kAsk     content may be a question ("asked whether ...").
//   kThatOnly the content must open with "that" ("the poll found that ...", never "police
//            found the body").
// `particle` is a word that must follow the verb for it to be a cue ("pointed out").
#pragma once

#include <cstdint>
#include <string_view>

#include "model/statement.h"

namespace claimline::lexicon {

enum CueFlag : uint16_t {
  kSpeech = 1 << 0,
  kThink = 1 << 1,
  kObject = 1 << 2,
  kClause = 1 << 3,
  kNoun = 1 << 4,
  kInfin = 1 << 5,
  kOf = 1 << 6,
  kAsk = 1 << 7,
  kThatOnly = 1 << 8,
};

struct CueVerb {
  std::string_view form;
  StanceCue stance;
  uint16_t flags;
  std::string_view particle = {};
};

inline constexpr uint16_t kSay = kSpeech | kClause;
inline constexpr uint16_t kTell = kSpeech | kClause | kObject;
inline constexpr uint16_t kDenyLike = kSpeech | kClause | kNoun;
inline constexpr uint16_t kAccuseLike = kSpeech | kObject | kOf | kClause;
inline constexpr uint16_t kUrgeLike = kSpeech | kObject | kInfin | kClause;
inline constexpr uint16_t kPromiseLike = kSpeech | kInfin | kClause;
inline constexpr uint16_t kThinkLike = kThink | kClause;
inline constexpr uint16_t kWantLike = kThink | kInfin;             // "wants to", "plans to"
inline constexpr uint16_t kFindLike = kThink | kClause | kThatOnly;  // "the study found that"

using S = StanceCue;

inline constexpr CueVerb kCueVerbs[] = {
    // saying, neutral or asserting
    {"say", S::kAssert, kSay}, {"says", S::kAssert, kSay}, {"said", S::kAssert, kSay},
    {"saying", S::kAssert, kSay},
    {"tell", S::kAssert, kTell}, {"tells", S::kAssert, kTell}, {"told", S::kAssert, kTell},
    {"telling", S::kAssert, kTell},
    {"add", S::kAssert, kSay}, {"adds", S::kAssert, kSay}, {"added", S::kAssert, kSay},
    {"adding", S::kAssert, kSay},
    {"states", S::kAssert, kSay},  // not "state": "Wisconsin state Rep. David Bowen"
    {"stating", S::kAssert, kSay},
    {"assert", S::kAssert, kSay}, {"asserts", S::kAssert, kSay}, {"asserted", S::kAssert, kSay},
    {"asserting", S::kAssert, kSay},
    {"claim", S::kAssert, kSay}, {"claims", S::kAssert, kSay}, {"claimed", S::kAssert, kSay},
    {"claiming", S::kAssert, kSay},
    {"insist", S::kAssert, kSay}, {"insists", S::kAssert, kSay}, {"insisted", S::kAssert, kSay},
    {"insisting", S::kAssert, kSay},
    {"argue", S::kAssert, kSay}, {"argues", S::kAssert, kSay}, {"argued", S::kAssert, kSay},
    {"arguing", S::kAssert, kSay},
    {"maintain", S::kAssert, kSay}, {"maintains", S::kAssert, kSay}, {"maintained", S::kAssert, kSay},
    {"declare", S::kAssert, kSay}, {"declares", S::kAssert, kSay}, {"declared", S::kAssert, kSay},
    {"declaring", S::kAssert, kSay},
    {"note", S::kAssert, kSay}, {"notes", S::kAssert, kSay}, {"noted", S::kAssert, kSay},
    {"noting", S::kAssert, kSay},
    {"explain", S::kAssert, kSay}, {"explains", S::kAssert, kSay}, {"explained", S::kAssert, kSay},
    {"explaining", S::kAssert, kSay},
    {"write", S::kAssert, kSay}, {"writes", S::kAssert, kSay}, {"wrote", S::kAssert, kSay},
    {"writing", S::kAssert, kSay},
    {"tweet", S::kAssert, kSay}, {"tweets", S::kAssert, kSay}, {"tweeted", S::kAssert, kSay},
    {"posted", S::kAssert, kSay},
    {"announce", S::kAssert, kSay}, {"announces", S::kAssert, kSay}, {"announced", S::kAssert, kSay},
    {"announcing", S::kAssert, kSay},
    {"report", S::kAssert, kSay}, {"reports", S::kAssert, kSay}, {"reported", S::kAssert, kSay},
    {"reporting", S::kAssert, kSay},
    {"suggest", S::kAssert, kSay}, {"suggests", S::kAssert, kSay}, {"suggested", S::kAssert, kSay},
    {"suggesting", S::kAssert, kSay},
    {"hint", S::kAssert, kSay}, {"hints", S::kAssert, kSay}, {"hinted", S::kAssert, kSay},
    {"hinting", S::kAssert, kSay},
    {"stress", S::kAssert, kSay}, {"stresses", S::kAssert, kSay}, {"stressed", S::kAssert, kSay},
    {"stressing", S::kAssert, kSay},
    {"emphasized", S::kAssert, kSay}, {"emphasised", S::kAssert, kSay},
    {"emphasizing", S::kAssert, kSay}, {"emphasising", S::kAssert, kSay},
    {"recall", S::kAssert, kSay}, {"recalls", S::kAssert, kSay}, {"recalled", S::kAssert, kSay},
    {"recalling", S::kAssert, kSay},
    {"mention", S::kAssert, kSay}, {"mentions", S::kAssert, kSay}, {"mentioned", S::kAssert, kSay},
    {"mentioning", S::kAssert, kSay},
    {"reiterated", S::kAssert, kSay}, {"reiterating", S::kAssert, kSay},
    {"repeated", S::kAssert, kSay},
    {"continued", S::kAssert, kSpeech}, {"continues", S::kAssert, kSpeech},
    {"conclude", S::kAssert, kSay}, {"concludes", S::kAssert, kSay}, {"concluded", S::kAssert, kSay},
    {"observed", S::kAssert, kSay}, {"observes", S::kAssert, kSay},
    {"remarked", S::kAssert, kSay}, {"remarks", S::kAssert, kSpeech},
    {"commented", S::kAssert, kSay},
    {"respond", S::kAssert, kSay}, {"responds", S::kAssert, kSay}, {"responded", S::kAssert, kSay},
    {"reply", S::kAssert, kSay}, {"replies", S::kAssert, kSay}, {"replied", S::kAssert, kSay},
    {"answered", S::kAssert, kSay}, {"answers", S::kAssert, kSay},
    {"testified", S::kAssert, kSay},
    {"boasted", S::kAssert, kSay}, {"boasts", S::kAssert, kSay},
    {"joked", S::kAssert, kSay}, {"jokes", S::kAssert, kSay},
    {"quipped", S::kAssert, kSay}, {"quips", S::kAssert, kSay},
    {"exclaimed", S::kAssert, kSay},
    {"shouted", S::kAssert, kSay}, {"yelled", S::kAssert, kSay},
    {"exhorted", S::kUrge, kSay}, {"echoed", S::kAssert, kSay}, {"chanted", S::kAssert, kSpeech},
    {"read", S::kAssert, kSpeech}, {"reads", S::kAssert, kSpeech},
    {"cried", S::kAssert, kSpeech}, {"screamed", S::kAssert, kSpeech}, {"sighed", S::kAssert, kSpeech},
    {"laughed", S::kAssert, kSpeech}, {"marveled", S::kAssert, kSpeech}, {"mused", S::kAssert, kSay},
    {"scoffed", S::kAssert, kSpeech}, {"recounted", S::kAssert, kSay},
    {"elaborated", S::kAssert, kSpeech}, {"interjected", S::kAssert, kSpeech}, {"opined", S::kAssert, kSay},
    {"proclaimed", S::kAssert, kSay},
    {"retorted", S::kDeny, kSay}, {"objected", S::kDeny, kSay}, {"protested", S::kDeny, kSay},
    {"lamented", S::kAssert, kSay}, {"bemoaned", S::kAssert, kSay}, {"groused", S::kAccuse, kSay},
    {"cautioned", S::kPredict, kTell},
    {"pointed", S::kAssert, kSay, "out"}, {"points", S::kAssert, kSay, "out"},
    {"pointing", S::kAssert, kSay, "out"},
    {"went", S::kAssert, kSay, "on"},
    {"assured", S::kAssert, kTell}, {"assures", S::kAssert, kTell},
    {"informed", S::kAssert, kTell},
    {"reminded", S::kAssert, kTell},
    {"revealed", S::kAssert, kSay}, {"reveals", S::kAssert, kSay},
    {"disclosed", S::kAssert, kSay},
    {"alleged", S::kAccuse, kSay}, {"alleges", S::kAccuse, kSay}, {"alleging", S::kAccuse, kSay},
    {"charged", S::kAccuse, kSay},
    // confirming
    {"confirm", S::kConfirm, kDenyLike}, {"confirms", S::kConfirm, kDenyLike},
    {"confirmed", S::kConfirm, kDenyLike}, {"confirming", S::kConfirm, kDenyLike},
    {"acknowledge", S::kConfirm, kDenyLike}, {"acknowledges", S::kConfirm, kDenyLike},
    {"acknowledged", S::kConfirm, kDenyLike}, {"acknowledging", S::kConfirm, kDenyLike},
    {"admit", S::kConfirm, kDenyLike}, {"admits", S::kConfirm, kDenyLike},
    {"admitted", S::kConfirm, kDenyLike}, {"admitting", S::kConfirm, kDenyLike},
    {"conceded", S::kConfirm, kSay}, {"concedes", S::kConfirm, kSay},
    {"agreed", S::kConfirm, kSay}, {"agrees", S::kConfirm, kSay},
    // denying
    {"deny", S::kDeny, kDenyLike}, {"denies", S::kDeny, kDenyLike}, {"denied", S::kDeny, kDenyLike},
    {"denying", S::kDeny, kDenyLike},
    {"reject", S::kDeny, kDenyLike | kObject}, {"rejects", S::kDeny, kDenyLike},
    {"rejected", S::kDeny, kDenyLike}, {"rejecting", S::kDeny, kDenyLike},
    {"dismissed", S::kDeny, kDenyLike}, {"dismisses", S::kDeny, kDenyLike},
    {"disputed", S::kDeny, kDenyLike}, {"disputes", S::kDeny, kDenyLike},
    {"refuted", S::kDeny, kDenyLike},
    {"countered", S::kDeny, kSay}, {"counters", S::kDeny, kSay},
    // accusing
    {"accuse", S::kAccuse, kAccuseLike}, {"accuses", S::kAccuse, kAccuseLike},
    {"accused", S::kAccuse, kAccuseLike}, {"accusing", S::kAccuse, kAccuseLike},
    {"blamed", S::kAccuse, kAccuseLike}, {"blames", S::kAccuse, kAccuseLike},
    {"blaming", S::kAccuse, kAccuseLike},
    {"complained", S::kAccuse, kSay}, {"complains", S::kAccuse, kSay},
    {"criticized", S::kAccuse, kSpeech | kNoun}, {"criticised", S::kAccuse, kSpeech | kNoun},
    {"condemned", S::kAccuse, kSpeech | kNoun},
    // citing, describing: the object is what is attributed ("cited the report", "described
    // the plan as a disaster").
    {"cited", S::kAssert, kNoun}, {"cites", S::kAssert, kNoun}, {"citing", S::kAssert, kNoun},
    {"described", S::kAssert, kNoun}, {"describes", S::kAssert, kNoun},
    // attitudes toward a noun phrase ("endorsed Cruz last week": the object, without the
    // time or setting after it). Not "supported", "backed", "attacked", "offered", "opposed":
    // too often not attributions, or drawn otherwise (precision at overlap 0.8 on PolNeAR
    // train 0.1-0.4 against 0.6-0.85 for these).
    {"endorsed", S::kAssert, kNoun}, {"endorses", S::kAssert, kNoun}, {"endorsing", S::kAssert, kNoun},
    {"praised", S::kAssert, kNoun}, {"praises", S::kAssert, kNoun}, {"praising", S::kAssert, kNoun},
    {"defended", S::kAssert, kNoun}, {"defends", S::kAssert, kNoun}, {"defending", S::kAssert, kNoun},
    {"proposed", S::kAssert, kNoun}, {"proposes", S::kAssert, kNoun}, {"proposing", S::kAssert, kNoun},
    {"expressed", S::kAssert, kNoun}, {"expresses", S::kAssert, kNoun}, {"expressing", S::kAssert, kNoun},
    {"touted", S::kAssert, kNoun}, {"touts", S::kAssert, kNoun}, {"lauded", S::kAssert, kNoun}, {"hailed", S::kAssert, kNoun},
    {"mocked", S::kAccuse, kNoun}, {"ridiculed", S::kAccuse, kNoun}, {"derided", S::kAccuse, kNoun}, {"decried", S::kAccuse, kNoun},
    {"slammed", S::kAccuse, kNoun}, {"lambasted", S::kAccuse, kNoun},
    {"welcomed", S::kAssert, kNoun}, {"applauded", S::kAssert, kNoun},
    {"denounced", S::kAccuse, kNoun}, {"denounces", S::kAccuse, kNoun}, {"denouncing", S::kAccuse, kNoun},
    {"criticizing", S::kAccuse, kNoun}, {"criticizes", S::kAccuse, kNoun}, {"criticising", S::kAccuse, kNoun},
    {"voiced", S::kAssert, kNoun}, {"thanked", S::kAssert, kNoun}, {"challenged", S::kQuestion, kNoun},
    {"railed", S::kAccuse, kNoun, "against"},
    {"referring", S::kAssert, kNoun, "to"}, {"referred", S::kAssert, kNoun, "to"},
    {"talking", S::kAssert, kNoun, "about"}, {"talked", S::kAssert, kNoun, "about"},
    {"talks", S::kAssert, kNoun, "about"},
    {"spoke", S::kAssert, kNoun, "about"}, {"speaks", S::kAssert, kNoun, "about"},
    {"speaking", S::kAssert, kNoun, "about"},
    {"questioning", S::kQuestion, kNoun},
    {"stated", S::kAssert, kSay},
    {"made", S::kAssert, kSay, "clear"}, {"makes", S::kAssert, kSay, "clear"},
    {"agree", S::kConfirm, kSay},
    // urging
    {"urge", S::kUrge, kUrgeLike}, {"urges", S::kUrge, kUrgeLike}, {"urged", S::kUrge, kUrgeLike},
    {"urging", S::kUrge, kUrgeLike},
    {"called", S::kUrge, kUrgeLike, "on"}, {"calls", S::kUrge, kUrgeLike, "on"},
    {"calling", S::kUrge, kUrgeLike, "on"},
    {"called", S::kUrge, kSpeech | kNoun, "for"}, {"calls", S::kUrge, kSpeech | kNoun, "for"},
    {"calling", S::kUrge, kSpeech | kNoun, "for"},
    {"demanded", S::kUrge, kSay | kNoun}, {"demands", S::kUrge, kSay | kNoun},
    {"demanding", S::kUrge, kSay | kNoun},
    {"appealed", S::kUrge, kSpeech, "to"},
    {"pressed", S::kUrge, kUrgeLike},
    {"implored", S::kUrge, kUrgeLike},
    {"encouraged", S::kUrge, kUrgeLike},
    // questioning
    {"ask", S::kQuestion, kTell | kAsk | kInfin}, {"asks", S::kQuestion, kTell | kAsk | kInfin},
    {"asked", S::kQuestion, kTell | kAsk | kInfin}, {"asking", S::kQuestion, kTell | kAsk | kInfin},
    {"questioned", S::kQuestion, kSay | kNoun | kAsk}, {"questions", S::kQuestion, kSay | kAsk},
    {"wondered", S::kQuestion, kSay | kAsk}, {"wonders", S::kQuestion, kSay | kAsk},
    {"doubted", S::kQuestion, kThinkLike},
    // hoping
    {"hope", S::kHope, kThinkLike}, {"hopes", S::kHope, kThinkLike}, {"hoped", S::kHope, kThinkLike},
    {"wished", S::kHope, kThinkLike},
    // predicting, warning, promising
    {"predict", S::kPredict, kSay}, {"predicts", S::kPredict, kSay}, {"predicted", S::kPredict, kSay},
    {"predicting", S::kPredict, kSay},
    {"forecast", S::kPredict, kSay},
    {"warn", S::kPredict, kTell}, {"warns", S::kPredict, kTell}, {"warned", S::kPredict, kTell},
    {"warning", S::kPredict, kTell},
    {"promise", S::kPredict, kPromiseLike}, {"promises", S::kPredict, kPromiseLike},
    {"promised", S::kPredict, kPromiseLike}, {"promising", S::kPredict, kPromiseLike},
    {"vow", S::kPredict, kPromiseLike}, {"vows", S::kPredict, kPromiseLike},
    {"vowed", S::kPredict, kPromiseLike}, {"vowing", S::kPredict, kPromiseLike},
    {"pledged", S::kPredict, kPromiseLike}, {"pledges", S::kPredict, kPromiseLike},
    {"threatened", S::kPredict, kPromiseLike}, {"threatens", S::kPredict, kPromiseLike},
    // thinking, knowing, wanting (attribution of a state of mind)
    {"think", S::kAssert, kThinkLike}, {"thinks", S::kAssert, kThinkLike},
    {"thought", S::kAssert, kThinkLike},
    {"believe", S::kAssert, kThinkLike}, {"believes", S::kAssert, kThinkLike},
    {"believed", S::kAssert, kThinkLike},
    {"feel", S::kAssert, kThinkLike}, {"feels", S::kAssert, kThinkLike},
    {"fear", S::kPredict, kThinkLike}, {"fears", S::kPredict, kThinkLike},
    {"feared", S::kPredict, kThinkLike},
    {"expect", S::kPredict, kThinkLike}, {"expects", S::kPredict, kThinkLike},
    {"know", S::kAssert, kThinkLike}, {"knows", S::kAssert, kThinkLike},
    {"knew", S::kAssert, kThinkLike},
    {"worry", S::kPredict, kThinkLike}, {"worries", S::kPredict, kThinkLike},
    {"worried", S::kPredict, kThinkLike},
    // declining: only with a to-infinitive ("declined to comment", "refused to say whether")
    {"declined", S::kDeny, kInfin}, {"declines", S::kDeny, kInfin}, {"declining", S::kDeny, kInfin},
    {"refused", S::kDeny, kInfin}, {"refuses", S::kDeny, kInfin}, {"refusing", S::kDeny, kInfin},
    // wanting and planning: only with a to-infinitive
    {"want", S::kHope, kWantLike}, {"wants", S::kHope, kWantLike}, {"wanted", S::kHope, kWantLike},
    {"plan", S::kPredict, kWantLike}, {"plans", S::kPredict, kWantLike},
    {"planned", S::kPredict, kWantLike},
    {"sought", S::kHope, kWantLike}, {"seeks", S::kHope, kWantLike}, {"seeking", S::kHope, kWantLike},
    {"hoping", S::kHope, kWantLike}, {"decided", S::kPredict, kWantLike},
    // findings of polls, studies and reports: only with "that"
    {"find", S::kAssert, kFindLike}, {"finds", S::kAssert, kFindLike}, {"found", S::kAssert, kFindLike},
    {"show", S::kAssert, kFindLike}, {"shows", S::kAssert, kFindLike}, {"showed", S::kAssert, kFindLike},
    {"estimate", S::kAssert, kFindLike}, {"estimates", S::kAssert, kFindLike},
    {"estimated", S::kAssert, kFindLike},
    {"indicate", S::kAssert, kFindLike}, {"indicates", S::kAssert, kFindLike},
    {"indicated", S::kAssert, kFindLike},
};

// Noun cues that introduce a direct quote after a colon ("In a statement: ...") are not
// listed; "according to" is matched as a phrase by the attribution grammar.

}  // namespace claimline::lexicon
