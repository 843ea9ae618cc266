// Word lists of the time-expression extractor (extract/times.cc): calendar names, number
// words, units, and the fixed phrases TimeML normalises to one value. All entries are lower
// case; multi-word entries are space-separated token sequences as the tokenizer splits them
// ("more than", "a.m."). Edit here to extend coverage; no logic lives in this file.
#pragma once

#include <string_view>

namespace claimline::lexicon {

struct NamedNumber {
  std::string_view word;
  int value;
};

// Months: full names and the abbreviations news uses ("Sept.", "Jan"). `abbreviation`
// entries need a following period or a day number to count ("Mar." yes, "mar" no).
struct MonthWord {
  std::string_view word;
  int month;  // 1..12
  bool abbreviation;
};
inline constexpr MonthWord kMonths[] = {
    {"january", 1, false}, {"february", 2, false}, {"march", 3, false},     {"april", 4, false},
    {"may", 5, false},     {"june", 6, false},     {"july", 7, false},      {"august", 8, false},
    {"september", 9, false}, {"october", 10, false}, {"november", 11, false}, {"december", 12, false},
    {"jan", 1, true},      {"feb", 2, true},       {"mar", 3, true},        {"apr", 4, true},
    {"jun", 6, true},      {"jul", 7, true},       {"aug", 8, true},        {"sep", 9, true},
    {"sept", 9, true},     {"oct", 10, true},      {"nov", 11, true},       {"dec", 12, true},
};

// Weekdays, ISO numbered (Monday 1 .. Sunday 7).
struct WeekdayWord {
  std::string_view word;
  int iso;
  bool abbreviation;
};
inline constexpr WeekdayWord kWeekdays[] = {
    {"monday", 1, false}, {"tuesday", 2, false}, {"wednesday", 3, false}, {"thursday", 4, false},
    {"friday", 5, false}, {"saturday", 6, false}, {"sunday", 7, false},
    {"mon", 1, true},     {"tue", 2, true},       {"tues", 2, true},       {"wed", 3, true},
    {"thu", 4, true},     {"thur", 4, true},      {"thurs", 4, true},      {"fri", 5, true},
    {"sat", 6, true},     {"sun", 7, true},
};
// Plural weekdays make a SET ("on Mondays" -> XXXX-WXX-1).
inline constexpr NamedNumber kWeekdayPlurals[] = {
    {"mondays", 1}, {"tuesdays", 2}, {"wednesdays", 3}, {"thursdays", 4},
    {"fridays", 5}, {"saturdays", 6}, {"sundays", 7},
};

// Cardinal number words. Tens combine with units ("twenty-four", "twenty four").
inline constexpr NamedNumber kNumberWords[] = {
    {"one", 1},        {"two", 2},         {"three", 3},      {"four", 4},      {"five", 5},
    {"six", 6},        {"seven", 7},       {"eight", 8},      {"nine", 9},      {"ten", 10},
    {"eleven", 11},    {"twelve", 12},     {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16},   {"seventeen", 17},  {"eighteen", 18},  {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},    {"forty", 40},      {"fifty", 50},     {"sixty", 60},    {"seventy", 70},
    {"eighty", 80},    {"ninety", 90},     {"hundred", 100},  {"dozen", 12},
};

// Ordinal words ("first" .. "thirty-first" are built from these and the tens above).
inline constexpr NamedNumber kOrdinalWords[] = {
    {"first", 1},       {"second", 2},       {"third", 3},        {"fourth", 4},
    {"fifth", 5},       {"sixth", 6},        {"seventh", 7},      {"eighth", 8},
    {"ninth", 9},       {"tenth", 10},       {"eleventh", 11},    {"twelfth", 12},
    {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},   {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},  {"twentieth", 20},
    {"thirtieth", 30},
};

// Vague quantities: "several years" -> PXY.
inline constexpr std::string_view kVagueQuantities[] = {
    "several", "few", "many", "some", "numerous", "recent", "coming", "past", "next",
};

// Units of duration and their TimeML designators. `plural` marks the plural form.
enum class UnitKind { kSecond, kMinute, kHour, kDay, kWeek, kFortnight, kMonth, kQuarter, kYear, kDecade,
                      kCentury, kMillennium, kWeekend };
struct UnitWord {
  std::string_view word;
  UnitKind unit;
  bool plural;
};
inline constexpr UnitWord kUnits[] = {
    {"second", UnitKind::kSecond, false},     {"seconds", UnitKind::kSecond, true},
    {"minute", UnitKind::kMinute, false},     {"minutes", UnitKind::kMinute, true},
    {"min", UnitKind::kMinute, false},        {"mins", UnitKind::kMinute, true},
    {"hour", UnitKind::kHour, false},         {"hours", UnitKind::kHour, true},
    {"hr", UnitKind::kHour, false},           {"hrs", UnitKind::kHour, true},
    {"day", UnitKind::kDay, false},           {"days", UnitKind::kDay, true},
    {"week", UnitKind::kWeek, false},         {"weeks", UnitKind::kWeek, true},
    {"fortnight", UnitKind::kFortnight, false}, {"fortnights", UnitKind::kFortnight, true},
    {"month", UnitKind::kMonth, false},       {"months", UnitKind::kMonth, true},
    {"quarter", UnitKind::kQuarter, false},   {"quarters", UnitKind::kQuarter, true},
    {"year", UnitKind::kYear, false},         {"years", UnitKind::kYear, true},
    {"yr", UnitKind::kYear, false},           {"yrs", UnitKind::kYear, true},
    {"decade", UnitKind::kDecade, false},     {"decades", UnitKind::kDecade, true},
    {"century", UnitKind::kCentury, false},   {"centuries", UnitKind::kCentury, true},
    {"millennium", UnitKind::kMillennium, false}, {"millennia", UnitKind::kMillennium, true},
    {"weekend", UnitKind::kWeekend, false},   {"weekends", UnitKind::kWeekend, true},
};

// Seasons: TimeML codes.
struct CodeWord {
  std::string_view word;
  std::string_view code;
};
inline constexpr CodeWord kSeasons[] = {
    {"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"}, {"autumn", "FA"}, {"winter", "WI"},
};

// Parts of the day: TimeML codes appended to a day ("Saturday night" -> ...TNI).
inline constexpr CodeWord kPartsOfDay[] = {
    {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"},
};

// Time zones written after a clock time ("3 p.m. EDT"); kept in the extent.
inline constexpr std::string_view kTimeZones[] = {
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "pt", "gmt", "utc", "bst",
    "cet", "cest", "eet", "eest", "msk", "ist", "jst", "hkt", "sgt", "aest", "aedt", "z",
};

// Modifiers before a quantity or a date, with their TimeML mod. Multi-word entries first so
// the longest wins. "over the" is excluded by the extractor ("over the weekend").
inline constexpr CodeWord kQuantityMods[] = {
    {"no more than", "EQUAL_OR_LESS"}, {"no less than", "EQUAL_OR_MORE"},
    {"not more than", "EQUAL_OR_LESS"}, {"not less than", "EQUAL_OR_MORE"},
    {"more than", "MORE_THAN"},        {"less than", "LESS_THAN"},
    {"fewer than", "LESS_THAN"},       {"at least", "EQUAL_OR_MORE"},
    {"at most", "EQUAL_OR_LESS"},      {"up to", "EQUAL_OR_LESS"},
    {"just over", "MORE_THAN"},        {"just under", "LESS_THAN"},
    {"well over", "MORE_THAN"},        {"a little over", "MORE_THAN"},
    {"over", "MORE_THAN"},             {"under", "LESS_THAN"},
    {"nearly", "APPROX"},              {"almost", "APPROX"},
    {"about", "APPROX"},               {"around", "APPROX"},
    {"approximately", "APPROX"},       {"roughly", "APPROX"},
    {"some", "APPROX"},                
};

// Position modifiers before a date ("early 2025", "mid-March", "the end of the year").
inline constexpr CodeWord kPositionMods[] = {
    {"the end of", "END"},         {"the beginning of", "START"}, {"the start of", "START"},
    {"the middle of", "MID"},      {"the turn of", "START"},      {"the close of", "END"},
    {"the dawn of", "START"},      {"the first half of", ""},     {"end of", "END"},
    {"beginning of", "START"},     {"start of", "START"},         {"middle of", "MID"},
    {"early", "START"},            {"earlier", "START"},          {"late", "END"},
    {"later", "END"},              {"mid", "MID"},                {"the early", "START"},
    {"the late", "END"},           {"the mid", "MID"},            {"earlier in", "START"},
    {"later in", "END"},           {"early in", "START"},         {"late in", "END"},
};

// Single words and fixed phrases with one vague value (type DATE unless noted).
struct VagueWord {
  std::string_view phrase;
  std::string_view value;
};
inline constexpr VagueWord kVague[] = {
    {"now", "PRESENT_REF"},            {"currently", "PRESENT_REF"},
    {"current", "PRESENT_REF"},      {"these days", "PRESENT_REF"},  {"nowadays", "PRESENT_REF"},
    {"presently", "PRESENT_REF"},    {"at present", "PRESENT_REF"},  {"the present", "PRESENT_REF"},
       
    {"recently", "PAST_REF"},                {"more recently", "PAST_REF"},
    {"lately", "PAST_REF"},          {"the past", "PAST_REF"},       
                  
        {"the recent past", "PAST_REF"},
    {"soon", "FUTURE_REF"},          {"the future", "FUTURE_REF"},   
    {"the near future", "FUTURE_REF"}, {"the near term", "FUTURE_REF"}, {"the short term", "FUTURE_REF"},
    {"the long term", "FUTURE_REF"}, {"the longer term", "FUTURE_REF"}, 
    {"as soon as possible", "FUTURE_REF"}, {"the coming days", "FUTURE_REF"},
    {"a later date", "FUTURE_REF"},        
          
};

// Adverbs and phrases of frequency: SET values.
inline constexpr VagueWord kSetWords[] = {
    {"hourly", "PT1H"},   {"daily", "P1D"},     {"nightly", "P1D"},   {"weekly", "P1W"},
    {"biweekly", "P2W"},  {"monthly", "P1M"},   
    {"yearly", "P1Y"},    
};

// Holidays: a fixed date as MM-DD, or the name of a rule for a moving one.
inline constexpr CodeWord kHolidays[] = {
    {"christmas", "12-25"},      {"christmas day", "12-25"},  {"christmas eve", "12-24"},
    {"new year's day", "01-01"}, {"new year's eve", "12-31"}, {"independence day", "07-04"},
    {"valentine's day", "02-14"}, {"halloween", "10-31"},     {"boxing day", "12-26"},
    {"bastille day", "07-14"},   {"may day", "05-01"},
    // Moving holidays (extract/time_normalize.h computes them).
    {"thanksgiving", "THANKSGIVING"}, {"thanksgiving day", "THANKSGIVING"}, {"labor day", "LABOR_DAY"},
    {"memorial day", "MEMORIAL_DAY"}, {"election day", "ELECTION_DAY"},   {"easter", "EASTER"},
    {"easter sunday", "EASTER"},      {"good friday", "GOOD_FRIDAY"},
};

// Other words a time expression can start with: determiners, deictics and quantity words
// the rules look for in code. The scanner skips any word that is neither here, nor in a
// list above, nor a number.
inline constexpr std::string_view kScannerStarters[] = {
    "the", "a", "an", "its", "their", "his", "her", "our", "every", "each", "per", "fiscal", "fy",
    "year", "mid", "early", "late", "earlier", "later", "last", "next", "this", "that", "past",
    "coming", "previous", "current", "noon", "midnight", "midday", "today", "tomorrow", "yesterday",
    "tonight", "'", "\u2019", "several", "few", "many", "numerous", "half", "recent", "final", "first",
    "additional", "further", "remaining", "initial", "latest", "following", "preceding", "ensuing",
    "other", "same", "entire", "full", "comparable", "just-ended", "twice", "once", "thrice",
    "q1", "q2", "q3", "q4", "nineteen", "eighteen", "twenty", "two",
};

}  // namespace claimline::lexicon
