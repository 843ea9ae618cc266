// Titles and roles that stand before a name ("President Trump", "special envoy Steve
// Witkoff") or name a speaker on their own ("the envoy said"). Lower case; multi-word
// entries are matched word by word. `gender` helps pronoun resolution: 'm', 'f' or 0.
#pragma once

#include <string_view>

namespace claimline::lexicon {

struct Title {
  std::string_view words;
  char gender = 0;
  bool honorific = false;  // Mr., Dr., ...: a form of address, not a role worth recording
};

inline constexpr Title kTitles[] = {
    {"mr.", 'm', true}, {"mr", 'm', true}, {"mrs.", 'f', true}, {"mrs", 'f', true},
    {"ms.", 'f', true}, {"ms", 'f', true}, {"miss", 'f', true}, {"dr.", 0, true}, {"dr", 0, true},
    {"prof.", 0, true}, {"professor", 0, false}, {"sir", 'm', true}, {"dame", 'f', true},
    {"lord", 'm', true}, {"lady", 'f', true},
    {"president", 0}, {"vice president", 0}, {"president-elect", 0}, {"former president", 0},
    {"prime minister", 0}, {"deputy prime minister", 0}, {"chancellor", 0},
    {"king", 'm'}, {"queen", 'f'}, {"prince", 'm'}, {"princess", 'f'}, {"crown prince", 'm'},
    {"pope", 'm'}, {"sheikh", 'm'}, {"emir", 'm'},
    {"secretary of state", 0}, {"secretary of defense", 0}, {"defense secretary", 0},
    {"defence secretary", 0}, {"foreign secretary", 0}, {"home secretary", 0},
    {"press secretary", 0}, {"secretary-general", 0}, {"secretary general", 0},
    {"treasury secretary", 0}, {"secretary", 0}, {"attorney general", 0},
    {"foreign minister", 0}, {"defence minister", 0}, {"defense minister", 0},
    {"interior minister", 0}, {"finance minister", 0}, {"energy minister", 0}, {"minister", 0},
    {"national security adviser", 0}, {"national security advisor", 0},
    {"special envoy", 0}, {"envoy", 0}, {"ambassador", 0}, {"diplomat", 0},
    {"spokesman", 'm'}, {"spokeswoman", 'f'}, {"spokesperson", 0}, {"press officer", 0},
    {"senator", 0}, {"sen.", 0}, {"sen", 0}, {"representative", 0}, {"rep.", 0},
    {"congressman", 'm'}, {"congresswoman", 'f'}, {"speaker", 0}, {"house speaker", 0},
    {"governor", 0}, {"gov.", 0}, {"gov", 0}, {"lt. gov.", 0}, {"mayor", 0},
    {"general", 0}, {"gen.", 0}, {"lt. gen.", 0}, {"maj. gen.", 0}, {"brig. gen.", 0},
    {"colonel", 0}, {"col.", 0}, {"lt. col.", 0}, {"major", 0}, {"maj.", 0}, {"captain", 0},
    {"capt.", 0}, {"lieutenant", 0}, {"lt.", 0}, {"sergeant", 0}, {"sgt.", 0},
    {"admiral", 0}, {"adm.", 0}, {"commander", 0}, {"commander-in-chief", 0},
    {"chief of staff", 0}, {"chief of the general staff", 0}, {"commander-in-chief of the armed forces", 0},
    {"chairman", 'm'}, {"chairwoman", 'f'}, {"chair", 0}, {"chief executive", 0}, {"ceo", 0},
    {"director", 0}, {"deputy director", 0}, {"head", 0}, {"leader", 0}, {"opposition leader", 0},
    {"chief", 0}, {"aide", 0}, {"adviser", 0}, {"advisor", 0}, {"senior adviser", 0},
    {"judge", 0}, {"justice", 0}, {"chief justice", 0}, {"prosecutor", 0}, {"attorney", 0},
    {"lawyer", 0}, {"analyst", 0}, {"military analyst", 0}, {"researcher", 0}, {"economist", 0},
    {"expert", 0}, {"historian", 0}, {"strategist", 0}, {"pollster", 0}, {"correspondent", 0},
    {"reporter", 0}, {"journalist", 0}, {"editor", 0}, {"columnist", 0}, {"commentator", 0},
    {"host", 0}, {"anchor", 0}, {"blogger", 0}, {"activist", 0}, {"candidate", 0},
    {"presidential candidate", 0}, {"nominee", 0}, {"presidential nominee", 0},
    {"businessman", 'm'}, {"businesswoman", 'f'}, {"billionaire", 0}, {"founder", 0},
    {"co-founder", 0}, {"resident", 0}, {"official", 0}, {"officer", 0}, {"commissioner", 0},
    {"mp", 0}, {"lawmaker", 0}, {"legislator", 0}, {"delegate", 0}, {"councillor", 0},
    {"councilman", 'm'}, {"councilwoman", 'f'}, {"patriarch", 'm'}, {"archbishop", 'm'},
    {"bishop", 'm'}, {"rabbi", 0}, {"imam", 'm'}, {"father", 'm'}, {"rev.", 0}, {"reverend", 0},
};

}  // namespace claimline::lexicon
