// Common nouns that can head the source of a statement without a name ("officials said",
// "a source familiar with the talks said", "the ministry claimed"). Lower case, singular
// and plural forms listed. A noun phrase headed by one of these can be a source even with
// no determiner; any noun phrase with a determiner ("the gambling tycoon") is also accepted
// by the grammar, so this list matters mostly for bare plurals.
#pragma once

#include <string_view>

namespace claimline::lexicon {

inline constexpr std::string_view kSpeakerNouns[] = {
    "official", "officials", "source", "sources", "analyst", "analysts", "expert", "experts",
    "critic", "critics", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
    "resident", "residents", "witness", "witnesses", "observer", "observers", "economist",
    "economists", "lawmaker", "lawmakers", "legislator", "legislators", "voter", "voters",
    "supporter", "supporters", "protester", "protesters", "protestors", "leader", "leaders",
    "officer", "officers", "authorities", "police", "prosecutor", "prosecutors", "researcher",
    "researchers", "investigator", "investigators", "diplomat", "diplomats", "people",
    "republicans", "democrats", "activist", "activists", "organizer", "organizers",
    "organisers", "strategist", "strategists", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "ministry", "kremlin", "government", "campaign", "military", "army",
    "statement", "report", "reports", "poll", "polls", "survey", "surveys", "study", "studies",
    "data", "documents", "records", "filings", "figures", "estimates", "president", "envoy",
    "minister", "senator", "governor", "mayor", "judge", "court", "committee", "department",
    "agency", "office", "administration", "staff", "general", "commander", "commanders",
    "soldier", "soldiers", "troops", "insiders", "allies", "rivals", "opponents", "backers",
    "members", "donors", "delegates", "candidates", "candidate", "nominee", "doctors", "scientists",
    "historians", "pollsters", "journalists", "reporters", "colleagues", "friends", "family",
    "lawyer", "lawyers", "attorney", "attorneys", "spokesmen", "representatives", "group",
    "groups", "organization", "organisation", "party", "union", "company", "firm", "newspaper",
    "paper", "network", "agency", "outlet", "website", "blog", "bloggers", "channels",
    "percent", "half", "majority", "minority", "third", "thirds", "quarter", "others", "many",
    "most", "some", "respondents", "advocates", "proponents", "defenders", "fans", "residents",
};

}  // namespace claimline::lexicon
