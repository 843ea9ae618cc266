// Common given names with their usual gender, used to tell a person's name from other
// capitalised runs and to resolve "he"/"she". A name missing here is still found as a
// person through titles, cue verbs and surname matches; this only adds evidence.
#pragma once

#include <string_view>

namespace claimline::lexicon {

inline constexpr std::string_view kMaleNames[] = {
    "aaron", "abdul", "adam", "ahmed", "alan", "albert", "alejandro", "alex", "alexander", "alexei",
    "ali", "andrew", "andrei", "andrey", "andy", "anthony", "antonio", "arthur", "barack", "ben",
    "benjamin", "bernie", "bill", "bob", "bobby", "bohdan", "boris", "brad", "brian", "bruce",
    "carl", "carlos", "charles", "charlie", "chris", "christopher", "chuck", "colin", "craig",
    "dan", "daniel", "danny", "dave", "david", "dennis", "denis", "derek", "dick", "dmitry",
    "dmitri", "don", "donald", "doug", "douglas", "ed", "eddie", "edward", "emmanuel", "eric",
    "erik", "evan", "frank", "fred", "gary", "george", "gerald", "gordon", "greg", "gregory",
    "hans", "harold", "harry", "henry", "howard", "hugh", "ian", "igor", "ivan", "jack", "jacob",
    "jake", "james", "jason", "jay", "jeb", "jeff", "jeffrey", "jeremy", "jerry", "jim", "jimmy",
    "joe", "joel", "john", "johnny", "jon", "jonathan", "jose", "joseph", "josh", "joshua", "juan",
    "justin", "keir", "keith", "ken", "kenneth", "kevin", "kyle", "larry", "lars", "lee", "leon",
    "lindsey", "louis", "luis", "marco", "marcus", "mark", "martin", "matt", "matthew", "max",
    "michael", "mick", "mike", "mikhail", "mitch", "mohammed", "muhammad", "mykola", "nathan",
    "neil", "nicholas", "nick", "nikolai", "norman", "oleksandr", "oleksiy", "oliver", "olaf",
    "omar", "oscar", "patrick", "paul", "pete", "peter", "phil", "philip", "ralph", "ramzan",
    "randy", "ray", "recep", "reince", "rex", "richard", "rick", "rob", "robert", "rodrigo",
    "roger", "ron", "ronald", "roy", "rudy", "russell", "ryan", "sam", "samuel", "scott", "sean",
    "sergey", "sergei", "serhiy", "steve", "steven", "stephen", "stuart", "ted", "terry", "thomas",
    "tim", "timothy", "todd", "tom", "tomas", "tony", "victor", "viktor", "vincent", "vladimir",
    "volodymyr", "walter", "wayne", "william", "xi", "yuri", "yury", "zach",
};

inline constexpr std::string_view kFemaleNames[] = {
    "alexandra", "alice", "alison", "amanda", "amy", "ana", "angela", "ann", "anna", "anne",
    "annalena", "barbara", "betsy", "betty", "carly", "carol", "caroline", "catherine", "chelsea",
    "christine", "claire", "dana", "debbie", "deborah", "diana", "diane", "donna", "elena",
    "elizabeth", "ellen", "emily", "emma", "giorgia", "hannah", "heather", "helen", "hillary",
    "ilhan", "irina", "iryna", "ivanka", "jane", "janet", "jennifer", "jessica", "jill", "joan",
    "joanna", "julia", "julie", "kamala", "karen", "karin", "kate", "katherine", "kathleen",
    "kathy", "kaja", "kellyanne", "kim", "kristi", "laura", "linda", "lisa", "liz", "lyudmila",
    "margaret", "maria", "marie", "marine", "martha", "mary", "megan", "megyn", "melania",
    "melissa", "michelle", "nancy", "natalia", "natalie", "nicola", "nikki", "olena", "olga",
    "oksana", "pam", "pamela", "patricia", "rachel", "rebecca", "rosa", "ruth", "sandra", "sara",
    "sarah", "sharon", "stephanie", "susan", "theresa", "tulsi", "ursula", "valentina", "victoria",
    "yulia", "yuliia",
};

}  // namespace claimline::lexicon
