// Word lists and sentence templates of the benchmark's article generator. Written for this
// benchmark (fictional outlets, people, places and stories); data, not logic.
//
// Templates use {slot} placeholders filled by bench/generator.cc:
//   {S}/{s}     the story's subject, capitalised / as is ("the Millbrook bridge project")
//   {pres}      the story's claim in the present ("is running two years behind schedule")
//   {past}      the same claim in reported (past) form ("was running ...")
//   {who}       a speaker: full name and role at first mention, surname later
//   {name}      a speaker's full name; {last} the surname; {role} "the city's mayor"
//   {he}        "he"/"she" for the last speaker
//   {org}       an organisation of the story's domain; {place} a town; {Place} for datelines
//   {date} {time} {dur} {set} {vague}   time expressions of each TimeML type
//   {day}       a weekday phrase such as "on Tuesday"
//   {noun} {noun2} {adj} {adj2} {verb}  domain and general vocabulary
//   {num} {pct} {money} {count}         figures
#pragma once

#include <string_view>

namespace claimline::bench::words {

struct Outlet {
  std::string_view name;
  std::string_view domain;
  std::string_view code;
};

inline constexpr Outlet kOutlets[] = {
    {"Lakeshore Tribune", "lakeshoretribune.example", "LAKESHORETRIB"},
    {"Granite Wire", "granitewire.example", "GRANITEWIRE"},
    {"The Valley Courier", "valleycourier.example", "VALLEYCOURIER"},
    {"Bayside Dispatch", "baysidedispatch.example", "BAYSIDEDISP"},
    {"Summit Herald", "summitherald.example", "SUMMITHERALD"},
    {"Prairie Standard", "prairiestandard.example", "PRAIRIESTD"},
    {"Coastline Observer", "coastlineobserver.example", "COASTOBS"},
    {"Ironbridge Gazette", "ironbridgegazette.example", "IRONBRIDGE"},
    {"Redwood Chronicle", "redwoodchronicle.example", "REDWOODCHRON"},
    {"Silverlake Times", "silverlaketimes.example", "SILVERLAKE"},
    {"Hillcrest Review", "hillcrestreview.example", "HILLCREST"},
    {"Eastbank Post", "eastbankpost.example", "EASTBANKPOST"},
    {"Northgate Monitor", "northgatemonitor.example", "NORTHGATE"},
    {"Southport Register", "southportregister.example", "SOUTHPORTREG"},
    {"Westfield Bulletin", "westfieldbulletin.example", "WESTFIELD"},
    {"Oakmont Sentinel", "oakmontsentinel.example", "OAKMONT"},
    {"Rivermouth News", "rivermouthnews.example", "RIVERMOUTH"},
    {"Pinecrest Journal", "pinecrestjournal.example", "PINECREST"},
    {"Stonehaven Press", "stonehavenpress.example", "STONEHAVEN"},
    {"Clearwater Daily", "clearwaterdaily.example", "CLEARWATER"},
    {"Ashford Examiner", "ashfordexaminer.example", "ASHFORDEXAM"},
    {"Brightwater Record", "brightwaterrecord.example", "BRIGHTWATER"},
    {"Kingsmoor Telegraph", "kingsmoortelegraph.example", "KINGSMOOR"},
    {"Fairhaven Star", "fairhavenstar.example", "FAIRHAVEN"},
};

inline constexpr std::string_view kMaleFirst[] = {
    "Daniel", "Marcus", "Peter", "Tomas", "Victor", "Samuel", "Henry", "Oliver", "Adam", "Lars",
    "Omar", "Carlos", "Ivan", "Patrick", "Gregory", "Walter", "Kevin", "Nathan", "Jonathan", "Philip",
    "Andrew", "Martin", "Luis", "Stephen", "Roger", "Colin", "Hugh", "Ali", "Bohdan", "Ralph",
};

inline constexpr std::string_view kFemaleFirst[] = {
    "Maria", "Helen", "Claire", "Natalia", "Rebecca", "Sarah", "Julia", "Anna", "Diana", "Laura",
    "Irina", "Caroline", "Megan", "Rachel", "Emma", "Karin", "Susan", "Olena", "Victoria", "Ruth",
    "Hannah", "Alice", "Joanna", "Elena", "Martha", "Stephanie", "Kathleen", "Rosa", "Ellen", "Amy",
};

inline constexpr std::string_view kSurnames[] = {
    "Hartley", "Okafor", "Brennan", "Castillo", "Lindqvist", "Novak", "Moreau", "Takeda", "Adeyemi",
    "Kowalski", "Fischer", "Romero", "Whitaker", "Delgado", "Sorensen", "Haddad", "Pereira", "Kaplan",
    "Nakamura", "Osei", "Gallagher", "Virtanen", "Mbeki", "Caldwell", "Petrovic", "Ashworth",
    "Marchetti", "Halloran", "Quintero", "Abernathy", "Szabo", "Lindgren", "Ferreira", "Dunmore",
    "Ivanova", "Achterberg", "Rahimi", "Coleridge", "Montoya", "Bergstrom", "Oyelaran", "Thornbury",
    "Vasquez", "Kinsella", "Hollis", "Stavros", "Mwangi", "Prescott", "Yilmaz", "Fairbanks",
    "Lachance", "Obradovic", "Winslow", "Esposito", "Nyberg", "Carrington", "Delacroix", "Baptiste",
    "Holmgren", "Ruiz", "Sandoval", "Kessler", "Amundsen", "Rourke", "Velasco", "Harrow", "Janssen",
    "Mercer", "Ostrowski", "Pemberton", "Quayle", "Renwick", "Sato", "Tremblay", "Underhill",
    "Valentin", "Weatherby", "Zielinski", "Achebe", "Blackwood",
};

// Roles as they follow a name ("Maria Okafor, {role},"); each contains a title the
// extractors know. `gendered` roles carry a "%" replaced by "man"/"woman".
inline constexpr std::string_view kRoles[] = {
    "the city's mayor", "a spokes% for the {org}", "the {org}'s director", "a senior analyst at the {org}",
    "the regional governor", "an economist at the {org}", "a lawyer representing residents",
    "the finance minister", "a senator from the {place} district", "the {org}'s chief executive",
    "a professor of public policy", "the transport commissioner", "an official at the {org}",
    "the health minister", "the deputy director of the {org}", "a local councillor",
    "the opposition leader", "a researcher at the {org}", "the energy minister", "a prosecutor in {place}",
};

inline constexpr std::string_view kPlaces[] = {
    "Millbrook", "Ashgrove", "Kestrel Bay", "Norwood", "Elmstead", "Harrowgate", "Brackenridge",
    "Larkspur", "Dunmere", "Fenwick", "Castlereach", "Thornfield", "Oakhurst", "Marlow Heath",
    "Redcliff", "Silverton", "Westmere", "Caldbeck", "Glenrock", "Highbury Vale", "Port Ellery",
    "Wrenfield", "Stonebridge", "Amberley", "Coldwater", "Riverton", "Hollowmere", "Eastwick",
    "Pembrook", "Sandhaven", "Tarnwood", "Upper Lydford",
};

struct Claim {
  std::string_view pres;  // "is over budget"
  std::string_view past;  // "was over budget"
};

// A domain: what stories of one kind talk about.
struct Domain {
  std::string_view name;
  std::string_view subjects[8];  // "{place}" allowed
  Claim claims[8];
  std::string_view orgs[6];
  std::string_view nouns[12];
};

inline constexpr Domain kDomains[] = {
    {"infrastructure",
     {"the {place} bridge project", "the new ring road", "the harbour tunnel", "the {place} rail extension",
      "the flood barrier upgrade", "the airport expansion", "the tram contract", "the motorway widening"},
     {{"is running two years behind schedule", "was running two years behind schedule"},
      {"has gone far over budget", "had gone far over budget"},
      {"will be cancelled before completion", "would be cancelled before completion"},
      {"fails basic safety inspections", "failed basic safety inspections"},
      {"was approved without a proper tender", "had been approved without a proper tender"},
      {"is being quietly scaled back", "was being quietly scaled back"},
      {"has cracks in its main supports", "had cracks in its main supports"},
      {"will double local commuting times", "would double local commuting times"}},
     {"Department of Transport", "Highways Agency", "Ports Authority", "Infrastructure Commission",
      "Civil Engineers Association", "Audit Office"},
     {"contractors", "concrete", "girders", "commuters", "tolls", "engineers", "permits", "lanes",
      "inspections", "tenders", "delays", "cost overruns"}},
    {"health",
     {"the {place} general hospital", "the vaccination programme", "the new cancer clinic",
      "the ambulance service", "the mental health strategy", "the hospital merger",
      "the drug pricing scheme", "the emergency ward"},
     {{"is turning away patients", "was turning away patients"},
      {"has run out of key medicines", "had run out of key medicines"},
      {"is short of hundreds of nurses", "was short of hundreds of nurses"},
      {"misreported its waiting times", "had misreported its waiting times"},
      {"will close its maternity unit", "would close its maternity unit"},
      {"is losing money every month", "was losing money every month"},
      {"ignored warnings about infections", "had ignored warnings about infections"},
      {"delayed thousands of operations", "had delayed thousands of operations"}},
     {"Ministry of Health", "Nursing Council", "Patients Association", "Medical Board",
      "Public Health Institute", "Hospital Trust"},
     {"patients", "nurses", "surgeons", "beds", "prescriptions", "waiting lists", "clinics", "vaccines",
      "wards", "pharmacies", "diagnoses", "staffing"}},
    {"energy",
     {"the {place} wind farm", "the gas pipeline", "the nuclear plant extension", "the grid upgrade",
      "the solar subsidy scheme", "the coal phase-out", "the power price cap", "the hydrogen pilot"},
     {{"will raise household bills", "would raise household bills"},
      {"is leaking methane", "was leaking methane"},
      {"cannot meet winter demand", "could not meet winter demand"},
      {"was sold to a foreign buyer", "had been sold to a foreign buyer"},
      {"has been shut down for repairs", "had been shut down for repairs"},
      {"is producing half its promised output", "was producing half its promised output"},
      {"broke environmental rules", "had broken environmental rules"},
      {"will be delayed until the next decade", "would be delayed until the next decade"}},
     {"Energy Regulator", "Grid Operator", "Ministry of Energy", "Renewables Council",
      "Consumers Union", "Climate Institute"},
     {"turbines", "pipelines", "tariffs", "megawatts", "reactors", "emissions", "substations", "bills",
      "subsidies", "outages", "storage", "meters"}},
    {"elections",
     {"the {place} mayoral race", "the postal voting system", "the new electoral map",
      "the campaign finance rules", "the recount in {place}", "the voter registration drive",
      "the televised debate", "the referendum campaign"},
     {{"was influenced by foreign money", "had been influenced by foreign money"},
      {"is riddled with errors", "was riddled with errors"},
      {"favours the ruling party", "favoured the ruling party"},
      {"will be postponed", "would be postponed"},
      {"excluded thousands of voters", "had excluded thousands of voters"},
      {"broke spending limits", "had broken spending limits"},
      {"was decided before polls opened", "had been decided before polls opened"},
      {"is under criminal investigation", "was under criminal investigation"}},
     {"Electoral Commission", "Democracy Watch", "Election Observers Mission", "Ballot Integrity Board",
      "Party Funding Office", "Voters League"},
     {"ballots", "candidates", "turnout", "donors", "polling stations", "constituencies", "recounts",
      "observers", "pollsters", "campaigners", "registrations", "manifestos"}},
    {"courts",
     {"the fraud trial", "the {place} corruption case", "the appeal ruling", "the extradition request",
      "the class action", "the inquiry into the collapse", "the sentencing review", "the plea deal"},
     {{"was influenced by political pressure", "had been influenced by political pressure"},
      {"relied on flawed evidence", "had relied on flawed evidence"},
      {"will collapse on a technicality", "would collapse on a technicality"},
      {"was agreed in secret", "had been agreed in secret"},
      {"ignores the victims' testimony", "ignored the victims' testimony"},
      {"is being delayed on purpose", "was being delayed on purpose"},
      {"leaked to the press", "had leaked to the press"},
      {"cost taxpayers millions", "had cost taxpayers millions"}},
     {"Supreme Court", "Prosecution Service", "Bar Council", "Judicial Review Panel",
      "Legal Aid Agency", "Court of Appeal"},
     {"judges", "witnesses", "defendants", "jurors", "verdicts", "appeals", "hearings", "filings",
      "testimony", "charges", "settlements", "documents"}},
    {"trade",
     {"the steel tariff deal", "the grain export agreement", "the {place} free port",
      "the customs checks", "the fishing quota pact", "the chip export ban", "the trade talks",
      "the shipping levy"},
     {{"will cost thousands of jobs", "would cost thousands of jobs"},
      {"breaks international rules", "broke international rules"},
      {"was signed under pressure", "had been signed under pressure"},
      {"has collapsed", "had collapsed"},
      {"favours foreign producers", "favoured foreign producers"},
      {"is being ignored by exporters", "was being ignored by exporters"},
      {"will push up food prices", "would push up food prices"},
      {"was negotiated without parliament", "had been negotiated without parliament"}},
     {"Trade Ministry", "Chamber of Commerce", "Exporters Federation", "Customs Agency",
      "Farmers Union", "Competition Authority"},
     {"exporters", "tariffs", "containers", "quotas", "shipments", "factories", "ports", "prices",
      "negotiators", "suppliers", "inspectors", "levies"}},
    {"housing",
     {"the {place} housing estate", "the rent freeze", "the social housing plan", "the tower block repairs",
      "the mortgage relief scheme", "the new planning rules", "the student housing project",
      "the land sale"},
     {{"is unsafe to live in", "was unsafe to live in"},
      {"will push rents higher", "would push rents higher"},
      {"was sold below market value", "had been sold below market value"},
      {"has stalled for lack of funds", "had stalled for lack of funds"},
      {"breaks fire regulations", "broke fire regulations"},
      {"favours large developers", "favoured large developers"},
      {"will displace long-time residents", "would displace long-time residents"},
      {"is built on contaminated land", "was built on contaminated land"}},
     {"Housing Agency", "Tenants Union", "Planning Inspectorate", "Builders Federation",
      "Landlords Association", "Homelessness Trust"},
     {"tenants", "landlords", "mortgages", "rents", "developers", "planning permits", "flats",
      "evictions", "builders", "councils", "inspectors", "deposits"}},
    {"technology",
     {"the national ID app", "the {place} data centre", "the facial recognition trial",
      "the broadband rollout", "the online safety law", "the chip factory", "the cloud contract",
      "the AI procurement plan"},
     {{"exposed millions of records", "had exposed millions of records"},
      {"is years behind its targets", "was years behind its targets"},
      {"was awarded without competition", "had been awarded without competition"},
      {"is being used to track protesters", "was being used to track protesters"},
      {"will be abandoned", "would be abandoned"},
      {"uses more water than the whole town", "used more water than the whole town"},
      {"failed its security audit", "had failed its security audit"},
      {"has been hacked", "had been hacked"}},
     {"Digital Agency", "Data Protection Office", "Cyber Security Centre", "Tech Industry Council",
      "Privacy Foundation", "Telecoms Regulator"},
     {"users", "servers", "algorithms", "data", "engineers", "contracts", "apps", "networks", "passwords",
      "cameras", "chips", "audits"}},
};

inline constexpr std::string_view kAdjectives[] = {
    "serious", "unprecedented", "modest", "sharp", "gradual", "costly", "controversial", "urgent",
    "routine", "significant", "limited", "broad", "fragile", "unexpected", "lengthy", "temporary",
    "renewed", "fierce", "quiet", "detailed",
};

inline constexpr std::string_view kDismissive[] = {
    "baseless", "misleading", "false", "absurd", "irresponsible", "mistaken", "unfounded",
    "politically motivated", "nonsense", "deeply unfair",
};

inline constexpr std::string_view kGeneralVerbs[] = {
    "reviewed", "questioned", "criticised", "welcomed", "examined", "delayed", "approved",
    "published", "challenged", "postponed", "funded", "monitored",
};

inline constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                 "Saturday", "Sunday"};
inline constexpr std::string_view kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                               "August", "September", "October", "November", "December"};
inline constexpr std::string_view kNumberWords[] = {"two", "three", "four", "five", "six", "seven",
                                                    "eight", "nine", "ten", "twelve"};

// DATE expressions; "{wd}" a weekday, "{mo}" a month, "{dd}" a day of month, "{yy}" a year.
inline constexpr std::string_view kDates[] = {
    "on {wd}", "last week", "this week", "next month", "last year", "on {mo} {dd}", "on {dd} {mo}",
    "in {mo}", "in {yy}", "earlier this month", "yesterday", "today", "tomorrow", "last {wd}",
    "next {wd}", "in the third quarter", "the previous year", "by the end of the year", "this spring",
    "in the summer of {yy}", "on {mo} {dd}, {yy}", "in early {mo}", "last month", "this year",
    "in late {yy}", "the following week",
};
inline constexpr std::string_view kTimes[] = {
    "at {h} p.m.", "at {h}:30 a.m.", "on {wd} morning", "late on {wd} night", "at noon",
    "this afternoon", "{wd} evening", "at {h} a.m. local time", "shortly after midnight",
};
inline constexpr std::string_view kDurations[] = {
    "for {nw} years", "over the past {nw} months", "for {nw} weeks", "for more than a decade",
    "for 18 months", "over three years", "for nearly {nw} days", "for about {nw} hours",
};
inline constexpr std::string_view kSets[] = {
    "every week", "each {wd}", "twice a year", "annually", "every three months", "daily", "monthly",
    "every {wd} morning",
};
inline constexpr std::string_view kVague[] = {
    "recently", "soon", "now", "currently", "in the coming weeks", "in recent years", "at the moment",
    "in the past",
};

// Paragraph templates, by what they do. Quotes use curly or straight quotation marks.
inline constexpr std::string_view kLeads[] = {
    "{who} said {day} that {s} {past}, a charge that officials rejected within hours.",
    "{S} {pres}, according to {who}, who raised the matter {date}.",
    "Officials in {place} faced new questions {date} after {who} said {s} {past}.",
    "{who} insisted {day} that {s} {past}, deepening a dispute that has run {dur}.",
    "A row over whether {s} {pres} intensified {date}, as {who} accused the {org} of hiding the facts.",
    "{who} denied {day} that {s} {past}, calling the reports {dism}.",
};

inline constexpr std::string_view kDirectAssert[] = {
    "\u201c{S} {pres}, and everyone involved knows it,\u201d said {who}.",
    "\u201cWe have seen the documents. {S} {pres},\u201d {who} told reporters {date}.",
    "\u201cThe public deserves to know that {s} {pres},\u201d {who} said. \u201cWe will keep asking until we get answers.\u201d",
    "{who} said: \u201c{S} {pres}. That is not an opinion, it is in the {org}'s own figures.\u201d",
    "\"Nobody should be surprised that {s} {pres},\" {who} said {day}.",
    "\u201cI have warned about this {dur},\u201d said {who}. \u201c{S} {pres}.\u201d",
};

inline constexpr std::string_view kDirectDeny[] = {
    "\u201cIt is simply not true that {s} {pres},\u201d {who} told reporters {date}.",
    "\u201cThese claims are {dism},\u201d {who} said of reports that {s} {past}.",
    "\"There is no evidence whatsoever that {s} {pres},\" said {who}.",
    "{who} dismissed the allegations: \u201cWe reject any suggestion that {s} {pres}.\u201d",
    "\u201cLet me be clear: {s} is on track,\u201d {who} said {time}. \u201cThe rest is rumour.\u201d",
};

inline constexpr std::string_view kIndirect[] = {
    "{who} said {s} {past}.",
    "{who} claimed that {s} {past}, citing internal {noun} reports.",
    "{who} denied that {s} {past}.",
    "{who} rejected claims that {s} {past}, calling them {dism}.",
    "{who} warned that {s} {past} and urged the {org} to act before the end of the year.",
    "{who} told the {org} {date} that {s} {past}.",
    "{who} accused the {org} of misleading the public about {noun}.",
    "{who} urged officials to publish the full figures on {noun} {vague}.",
    "{who} predicted that the dispute over {s} would last {dur}.",
    "{who} confirmed {day} that an inquiry into {s} had begun.",
    "According to {who}, {s} {past}.",
    "{who} questioned whether {s} {past}.",
    "{who} hoped the {org} would settle the matter {date}.",
    "{who} insisted that {s} {past}, adding that {noun} had been affected {dur}.",
};

inline constexpr std::string_view kBackground[] = {
    "The {org} first announced the plan {date}, and {s} has been under review {dur}.",
    "Inspectors have visited the site {set} since {mo} {yy}, when concerns about {noun} were first raised.",
    "A report published {date} found that spending on {noun} rose {pct} percent {date2}, compared with {pct2} percent a year earlier.",
    "The {org} meets {set} and is expected to discuss {s} {date}.",
    "Local residents have complained about {noun} {vague}, and a petition gathered {count} signatures {dur}.",
    "The dispute dates back to {yy}, when the {org} {verb} the first proposal for {s}.",
    "Figures released {time} showed {count} {noun} affected, up from {count2} {date}.",
    "{S} was first proposed {nw} years ago and has cost {money} so far, according to the {org}.",
    "A hearing is scheduled for {date}, and the {org} said it would publish its findings {vague}.",
    "The {adj} debate over {noun} has been going on {dur}, with the {org} reviewing it {set}.",
};

inline constexpr std::string_view kProse[] = {
    "The {adj} rise in {noun} has been {verb} by the {org}, and further changes to {noun2} are under discussion.",
    "Critics of the {org} point to its handling of {noun}, and to the {adj} effect on {noun2}.",
    "In {place}, {noun} and {noun2} have become the main issues for voters.",
    "Supporters of the plan point to {adj} gains in {noun}, while opponents focus on {noun2}.",
    "The {org} has {verb} its guidance on {noun} twice, most recently {date}.",
    "The situation remains {adj}, with {noun} and {noun2} closely linked.",
    "The {adj} changes to {noun} are expected to take effect {date}.",
    "Much of the {adj} attention has fallen on {noun}, although {noun2} may matter more in the long run.",
    "There was no immediate comment from the {org} on {noun}.",
    "Figures for {noun} in {place} have been {adj} since the start of {yy}.",
    "A {adj} review of {noun} is due to conclude {date}.",
    "The cost of {noun} has risen by {pct} percent, well above the national average.",
    "Neighbouring districts have taken a different approach to {noun} and {noun2}.",
    "Questions about {noun} dominated a {adj} public meeting in {place} {date}.",
    "More than {count} people in {place} depend on {noun}, by one estimate.",
    "The {org} publishes figures on {noun} {set}.",
    "Budget documents show {money} set aside for {noun} over {nw} years.",
    "Trade groups have lobbied hard on {noun}, with mixed results.",
    "Earlier plans for {noun} were {verb} and then shelved {date}.",
    "The shortage of {noun} is expected to last {dur}.",
    "Turnout at the consultation on {noun} was {adj}, with {count} responses.",
    "Opposition parties have made {noun} a central theme of their campaign in {place}.",
    "The last major overhaul of {noun} took place in {yy}.",
    "Independent auditors {verb} the figures on {noun} {date}, finding {adj} gaps.",
};

inline constexpr std::string_view kTitles[] = {
    "{S} {pres}, {last} says",
    "{Org} rejects claims that {s} {pres}",
    "Questions grow over {s}",
    "{Place} officials split on {s}",
    "What we know about {s}",
    "{last} denies {s} {pres}",
    "Row over {s} deepens as {org} responds",
    "Inquiry into {s} widens",
};

inline constexpr std::string_view kUpdates[] = {
    "Update: This article was updated {day} to include a response from {who}, who said {s} {past}.",
    "Correction: An earlier version of this article misstated the cost of {s}. It has cost {money}, according to the {org}.",
    "Update: {who} said {time} that the {org} would review {noun} {vague}.",
};

inline constexpr std::string_view kSections[] = {"news", "politics", "business", "local", "world", "health",
                                                 "science", "opinion"};

}  // namespace claimline::bench::words
