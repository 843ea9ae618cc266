// Places and the adjectives and group nouns made from them. Lower case.
#pragma once

#include <string_view>

namespace claimline::lexicon {

inline constexpr std::string_view kPlaces[] = {
    // countries and unions
    "afghanistan", "albania", "algeria", "america", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "belarus", "belgium", "bosnia", "brazil", "britain", "bulgaria", "canada",
    "chile", "china", "colombia", "croatia", "cuba", "cyprus", "czechia", "denmark", "egypt",
    "england", "estonia", "ethiopia", "europe", "finland", "france", "georgia", "germany",
    "greece", "hungary", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
    "japan", "jordan", "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "latvia", "lebanon",
    "libya", "lithuania", "mexico", "moldova", "mongolia", "morocco", "netherlands", "nigeria",
    "norway", "pakistan", "palestine", "poland", "portugal", "qatar", "romania", "russia",
    "scotland", "serbia", "slovakia", "slovenia", "spain", "sweden", "switzerland", "syria",
    "taiwan", "turkey", "ukraine", "us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "venezuela",
    "vietnam", "wales", "yemen", "gaza", "crimea", "donbas", "donbass", "kursk", "belgorod",
    "bryansk", "kharkiv", "kherson", "zaporizhzhia", "donetsk", "luhansk", "sudzha", "crimea",
    "united states", "united kingdom", "saudi arabia", "north korea", "south korea",
    "middle east", "new zealand", "south africa", "czech republic", "black sea", "baltic",
    "kursk region", "west bank", "golan heights", "persian gulf", "red sea",
    // capitals and large cities
    "washington", "moscow", "kyiv", "kiev", "london", "paris", "berlin", "beijing", "brussels",
    "rome", "madrid", "warsaw", "vienna", "tokyo", "delhi", "ankara", "istanbul", "tehran",
    "riyadh", "jeddah", "doha", "dubai", "cairo", "jerusalem", "tel aviv", "minsk", "geneva",
    "budapest", "prague", "stockholm", "helsinki", "oslo", "copenhagen", "ottawa", "toronto",
    "new york", "los angeles", "chicago", "boston", "miami", "houston", "dallas", "atlanta",
    "san francisco", "philadelphia", "detroit", "cleveland", "las vegas", "seattle", "denver",
    "hong kong", "singapore", "seoul", "pyongyang", "odesa", "odessa", "lviv", "dnipro",
    "st. petersburg", "saint petersburg", "munich", "milan", "sochi",
    // U.S. states
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
};

// Adjectives of place and nationality ("Russian officials", "the US proposal").
inline constexpr std::string_view kPlaceAdjectives[] = {
    "american", "british", "chinese", "european", "french", "german", "russian", "ukrainian",
    "belarusian", "polish", "israeli", "palestinian", "iranian", "iraqi", "syrian", "turkish",
    "saudi", "japanese", "korean", "north korean", "south korean", "indian", "pakistani",
    "italian", "spanish", "dutch", "swedish", "finnish", "norwegian", "danish", "hungarian",
    "canadian", "mexican", "cuban", "western", "eastern", "soviet", "nato", "un", "eu", "us",
    "u.s.", "uk", "u.k.", "white", "federal", "democratic", "republican", "gop",
};

// Group nouns that name people by nation, party or side ("Ukrainians", "Republicans").
inline constexpr std::string_view kGroupNouns[] = {
    "americans", "russians", "ukrainians", "europeans", "chinese", "britons", "israelis",
    "palestinians", "iranians", "syrians", "germans", "french", "republicans", "democrats",
    "conservatives", "liberals", "progressives", "evangelicals", "latinos", "hispanics",
    "muslims", "christians", "jews", "catholics", "allies", "separatists", "rebels",
};

}  // namespace claimline::lexicon
