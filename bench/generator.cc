#include "bench/generator.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cmath>
#include <iterator>
#include <numeric>
#include <string_view>

#include <date/date.h>

#include "bench/generator_words.h"

namespace claimline::bench {
namespace {

using std::string;
using std::string_view;

// Salts that keep the per-purpose random streams of one seed apart.
constexpr uint64_t kSaltKind = 0x6b696e64;
constexpr uint64_t kSaltUrl = 0x75726c73;
constexpr uint64_t kSaltStory = 0x73746f72;
constexpr uint64_t kSaltPerson = 0x70657273;

constexpr size_t kPeople = 2 * std::size(words::kMaleFirst) * std::size(words::kSurnames);
constexpr double kCastSkew = 2.5;  // person = kPeople * u^kCastSkew: a few people speak often
constexpr int kNoUrlPerMille = 80;

template <typename T, size_t N>
const T& pick(Rng& r, const T (&items)[N]) {
  return items[r.below(N)];
}

string capitalize(string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

string upper(string_view s) {
  string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

string with_commas(uint64_t n) {
  string digits = std::to_string(n);
  string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

size_t count_words(string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

struct Person {
  string first, last;
  bool female = false;
  string_view role;  // a kRoles template
};

Person person(uint64_t seed, size_t p) {
  const size_t k = p / 2;
  const size_t firsts = std::size(words::kMaleFirst);
  const size_t q = k / firsts;
  Person out;
  out.female = p % 2 == 1;
  out.first = out.female ? words::kFemaleFirst[k % firsts] : words::kMaleFirst[k % firsts];
  // (31 q + first) mod 80 is a bijection of q for each first name: every pair is distinct.
  out.last = words::kSurnames[(31 * q + k % firsts) % std::size(words::kSurnames)];
  out.role = words::kRoles[mix(seed ^ kSaltPerson, p) % std::size(words::kRoles)];
  return out;
}

size_t skewed_person(Rng& r) {
  const size_t p = static_cast<size_t>(static_cast<double>(kPeople) * std::pow(r.unit(), kCastSkew));
  return std::min(p, kPeople - 1);
}

struct CastMember {
  size_t person;
  bool denies;  // takes the side that the claim is false
};

struct Story {
  const words::Domain* domain;
  string subject;
  const words::Claim* claim;
  string place;
  std::vector<CastMember> cast;
};

Story make_story(uint64_t seed, size_t s) {
  Rng r(mix(seed ^ kSaltStory, s));
  Story st;
  st.domain = &pick(r, words::kDomains);
  st.place = pick(r, words::kPlaces);
  string subject(pick(r, st.domain->subjects));
  if (const size_t at = subject.find("{place}"); at != string::npos) subject.replace(at, 7, st.place);
  st.subject = std::move(subject);
  st.claim = &pick(r, st.domain->claims);
  const size_t cast = 3 + r.below(4);
  for (size_t i = 0; i < cast; ++i) {
    const size_t p = skewed_person(r);
    bool seen = false;
    for (const auto& c : st.cast) seen = seen || c.person == p;
    if (!seen) st.cast.push_back({p, i % 2 == 1});
  }
  return st;
}

// Renders the text of one article of a story: fills template slots, keeps track of who has
// been introduced (full name and role the first time, surname after) and of the last speaker.
class Writer {
 public:
  Writer(uint64_t seed, const Story& story, Rng& rng, int year) : seed_(seed), story_(story), r_(rng), year_(year) {}

  string fill(string_view tmpl) {
    string out;
    out.reserve(tmpl.size() + 64);
    size_t i = 0;
    while (i < tmpl.size()) {
      const size_t open = tmpl.find('{', i);
      if (open == string_view::npos) break;
      const size_t close = tmpl.find('}', open);
      out.append(tmpl.substr(i, open - i));
      const char next = close + 1 < tmpl.size() ? tmpl[close + 1] : '.';
      out += slot(tmpl.substr(open + 1, close - open - 1), next);
      i = close + 1;
    }
    if (i < tmpl.size()) out.append(tmpl.substr(i));
    return out;
  }

  // Chooses who speaks next: someone who denies the claim or someone who asserts it.
  void choose_speaker(bool denies) {
    std::vector<size_t> side;
    for (const auto& c : story_.cast) {
      if (c.denies == denies) side.push_back(c.person);
    }
    if (side.empty()) side.push_back(story_.cast[r_.below(story_.cast.size())].person);
    speaker_ = side[r_.below(side.size())];
  }

  string_view org() const { return org_; }
  void set_org(string_view org) { org_ = org; }

 private:
  string slot(string_view name, char next) {
    if (name == "S") return capitalize(story_.subject);
    if (name == "s") return story_.subject;
    if (name == "pres") return string(story_.claim->pres);
    if (name == "past") return string(story_.claim->past);
    if (name == "who") return who(next);
    if (name == "name") return full_name(person(seed_, speaker_));
    if (name == "last") return person(seed_, speaker_).last;
    if (name == "He") return person(seed_, speaker_).female ? "She" : "He";
    if (name == "org") return string(org_);
    if (name == "Org") return capitalize(string(org_));
    if (name == "place") return story_.place;
    if (name == "Place") return story_.place;
    if (name == "PLACE") return upper(story_.place);
    if (name == "date" || name == "date2") return fill(pick(r_, words::kDates));
    if (name == "time") return fill(pick(r_, words::kTimes));
    if (name == "dur") return fill(pick(r_, words::kDurations));
    if (name == "set") return fill(pick(r_, words::kSets));
    if (name == "vague") return string(pick(r_, words::kVague));
    if (name == "day") return day();
    if (name == "wd") return string(pick(r_, words::kWeekdays));
    if (name == "mo") return string(pick(r_, words::kMonths));
    if (name == "dd") return std::to_string(1 + r_.below(28));
    if (name == "yy") return std::to_string(year_ - static_cast<int>(r_.below(6)));
    if (name == "h") return std::to_string(1 + r_.below(11));
    if (name == "nw") return string(pick(r_, words::kNumberWords));
    if (name == "noun" || name == "noun2") return string(pick(r_, story_.domain->nouns));
    if (name == "adj") return string(pick(r_, words::kAdjectives));
    if (name == "verb") return string(pick(r_, words::kGeneralVerbs));
    if (name == "dism") return string(pick(r_, words::kDismissive));
    if (name == "pct" || name == "pct2") return std::to_string(1 + r_.below(19)) + "." + std::to_string(r_.below(10));
    if (name == "count" || name == "count2") return with_commas(100 + r_.below(250000));
    if (name == "money") return money();
    return string(name);
  }

  static string full_name(const Person& p) { return p.first + " " + p.last; }

  // A speaker: "Maria Okafor, the city's mayor," when first met (no closing comma before
  // punctuation), the surname or full name later.
  string who(char next) {
    const Person p = person(seed_, speaker_);
    const bool known = std::find(introduced_.begin(), introduced_.end(), speaker_) != introduced_.end();
    if (known) return r_.chance(800) ? p.last : full_name(p);
    introduced_.push_back(speaker_);
    if (r_.chance(250)) return full_name(p);
    string role(p.role);
    if (const size_t pct = role.find('%'); pct != string::npos) role.replace(pct, 1, p.female ? "woman" : "man");
    role = fill(role);
    const bool closes = next == '.' || next == ',' || next == ':' || next == ';';
    return full_name(p) + ", " + role + (closes ? "" : ",");
  }

  string day() {
    switch (r_.below(6)) {
      case 0: return "yesterday";
      case 1: return "earlier this week";
      default: return "on " + string(pick(r_, words::kWeekdays));
    }
  }

  string money() {
    const string amount = std::to_string(1 + r_.below(900)) + "." + std::to_string(r_.below(10));
    switch (r_.below(3)) {
      case 0: return "$" + amount + " million";
      case 1: return amount + " million euros";
      default: return "\u00a3" + amount + " million";
    }
  }

  uint64_t seed_;
  const Story& story_;
  Rng& r_;
  int year_;
  size_t speaker_ = 0;
  string_view org_;
  std::vector<size_t> introduced_;
};

// An original article before it is written out as a file.
struct Draft {
  string title;
  const words::Outlet* outlet = nullptr;
  bool outlet_by_domain = false;
  string url;  // empty: none
  string author;
  string published;  // header value; empty: undated
  int64_t published_at = 0;
  std::vector<string> paragraphs;
};

// One paragraph. The mix (about a third of paragraphs attribute something to someone, the
// rest is background and prose) gives roughly a statement and two or three time
// expressions per hundred words, as in wire copy.
string paragraph(Writer& w, Rng& r, const Story& story) {
  w.set_org(pick(r, story.domain->orgs));
  const size_t kind = r.below(100);
  if (kind < 12) {
    w.choose_speaker(false);
    string p = w.fill(pick(r, words::kDirectAssert));
    if (r.chance(300)) p += " " + w.fill("{He} added that {noun} had been {verb} {date}.");
    return p;
  }
  if (kind < 20) {
    w.choose_speaker(true);
    return w.fill(pick(r, words::kDirectDeny));
  }
  if (kind < 35) {
    w.choose_speaker(r.chance(400));
    string p = w.fill(pick(r, words::kIndirect));
    if (r.chance(200)) p += " " + w.fill(pick(r, words::kIndirect));
    return p;
  }
  if (kind < 47) return w.fill(pick(r, words::kBackground)) + " " + w.fill(pick(r, words::kProse));
  // Three to five different prose sentences.
  const size_t n = std::size(words::kProse);
  const size_t first = r.below(n);
  size_t step = 1 + r.below(n - 1);
  if (std::gcd(step, n) != 1) step = 1;  // so the sentences differ
  string p;
  for (size_t i = 0, count = 3 + r.below(3); i < count; ++i) {
    if (i > 0) p += ' ';
    p += w.fill(words::kProse[(first + i * step) % n]);
  }
  return p;
}

string slug(string_view title) {
  string out;
  size_t words_taken = 0;
  bool dash = false;
  for (char c : title) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      if (dash && !out.empty()) {
        if (++words_taken == 6) break;
        out += '-';
      }
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

string iso_minute(int64_t t, bool day_only) {
  const date::sys_seconds s{std::chrono::seconds(t)};
  return day_only ? date::format("%F", date::floor<date::days>(s))
                  : date::format("%FT%H:%MZ", date::floor<std::chrono::minutes>(s));
}

string render(const Draft& d) {
  string out;
  out.reserve(256 + d.paragraphs.size() * 400);
  out += "Title: " + d.title + "\n";
  if (d.outlet_by_domain) out += "Source: " + string(d.outlet->domain) + "\n";
  else out += "Outlet: " + string(d.outlet->name) + "\n";
  if (!d.published.empty()) out += "Published: " + d.published + "\n";
  if (!d.url.empty()) out += "URL: " + d.url + "\n";
  out += "Author: " + d.author + "\n\n";
  for (size_t i = 0; i < d.paragraphs.size(); ++i) {
    if (i > 0) out += "\n\n";
    out += d.paragraphs[i];
  }
  out += '\n';
  return out;
}

string body_of(const Draft& d) {
  string out;
  for (size_t i = 0; i < d.paragraphs.size(); ++i) {
    if (i > 0) out += "\n\n";
    out += d.paragraphs[i];
  }
  return out;
}

}  // namespace

uint64_t Rng::next() {
  uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

uint64_t mix(uint64_t a, uint64_t b) {
  Rng r(a * 0x9e3779b97f4a7c15ULL + b);
  r.next();
  return r.next();
}

Generator::Generator(GeneratorOptions opts) : opts_(opts) {}

int64_t Generator::first_time() const {
  return date::sys_days{date::year{opts_.first_year} / 1 / 1}.time_since_epoch().count() * 86400;
}

int64_t Generator::last_time() const { return first_time() + int64_t{opts_.days} * 86400; }

InputKind Generator::kind_of(size_t i) const {
  if (i == 0) return InputKind::kOriginal;
  const uint64_t h = mix(opts_.seed ^ kSaltKind, i) % 1000;
  if (h < static_cast<uint64_t>(opts_.revision_per_mille)) return InputKind::kRevision;
  if (h < static_cast<uint64_t>(opts_.revision_per_mille + opts_.duplicate_per_mille)) return InputKind::kDuplicate;
  return InputKind::kOriginal;
}

namespace {
bool has_url(uint64_t seed, size_t k) { return mix(seed ^ kSaltUrl, k) % 1000 >= kNoUrlPerMille; }
}  // namespace

// A recent original (within the last 2,000 inputs) that has a URL, so a revision of it is
// recognised as one; position 0 when none is found.
size_t Generator::original_before(size_t i) const {
  Rng r(mix(opts_.seed, i) ^ 0xbef0e);
  size_t j = i - 1 - r.below(std::min<size_t>(i, 2000));
  while (j > 0 && (kind_of(j) != InputKind::kOriginal || !has_url(opts_.seed, j))) --j;
  return j;
}

namespace {

// The story an original article belongs to: mostly one of the stories current at its place
// in the stream; some long-running stories recur throughout.
size_t story_count(size_t n) { return 20 + n / 30; }

size_t story_of(Rng& r, size_t k, size_t n) {
  const size_t stories = story_count(n);
  if (r.chance(100)) return r.below(10);
  const size_t now = k * stories / std::max<size_t>(n, 1);
  const size_t back = r.below(8);
  return now >= back ? now - back : now;
}

Draft draft_original(const Generator& g, size_t k) {
  const GeneratorOptions& o = g.options();
  Rng r(mix(o.seed, k));
  const Story story = make_story(o.seed, story_of(r, k, o.articles));
  Draft d;
  d.outlet = &pick(r, words::kOutlets);
  d.outlet_by_domain = r.chance(100);
  // Publication: in stream order over the period, with up to a day of jitter.
  const int64_t span = int64_t{o.days} * 86400;
  const int64_t base = g.first_time() + static_cast<int64_t>(static_cast<double>(span) * static_cast<double>(k) /
                                                             static_cast<double>(std::max<size_t>(o.articles, 1)));
  d.published_at = base + static_cast<int64_t>(r.below(86400));
  const bool undated = r.chance(o.undated_per_mille);
  if (!undated) d.published = iso_minute(d.published_at, r.chance(100));
  const int year = static_cast<int>(date::year_month_day{date::floor<date::days>(
                                        date::sys_seconds{std::chrono::seconds(d.published_at)})}.year());

  Writer w(o.seed, story, r, year);
  w.choose_speaker(r.chance(500));
  w.set_org(pick(r, story.domain->orgs));
  d.title = capitalize(w.fill(pick(r, words::kTitles)));
  d.paragraphs.push_back(w.fill("{PLACE} (" + string(d.outlet->name) + ") - ") + w.fill(pick(r, words::kLeads)));
  const size_t target = 300 + r.below(901);
  size_t words_so_far = count_words(d.paragraphs.back());
  while (words_so_far < target) {
    d.paragraphs.push_back(paragraph(w, r, story));
    words_so_far += count_words(d.paragraphs.back());
  }
  const Person author = person(o.seed, r.below(kPeople));
  d.author = author.first + " " + author.last;
  if (has_url(o.seed, k)) {
    const auto ymd = date::year_month_day{date::floor<date::days>(date::sys_seconds{std::chrono::seconds(d.published_at)})};
    d.url = "https://" + string(d.outlet->domain) + "/" + string(pick(r, words::kSections)) + "/" +
            date::format("%Y/%m/%d", ymd) + "/" + slug(d.title) + "-" + std::to_string(k);
  }
  return d;
}

// A later version of `d`: one paragraph rewritten and an update note, published hours later.
void revise(Draft& d, const GeneratorOptions& o, size_t k, size_t i) {
  Rng pick_story(mix(o.seed, k));
  const Story story = make_story(o.seed, story_of(pick_story, k, o.articles));
  Rng r(mix(o.seed, i) ^ 0x7e715e);
  const auto day = date::floor<date::days>(date::sys_seconds{std::chrono::seconds(d.published_at)});
  Writer w(o.seed, story, r, static_cast<int>(date::year_month_day{day}.year()));
  const size_t at = 1 + r.below(std::max<size_t>(d.paragraphs.size() - 1, 1));
  if (at < d.paragraphs.size()) d.paragraphs[at] = paragraph(w, r, story);
  w.choose_speaker(r.chance(500));
  w.set_org(pick(r, story.domain->orgs));
  d.paragraphs.push_back(w.fill(pick(r, words::kUpdates)));
  if (!d.published.empty()) {
    d.published_at += 3600 * static_cast<int64_t>(2 + r.below(47));
    d.published = iso_minute(d.published_at, d.published.size() == 10);
  }
}

}  // namespace

GeneratedInput Generator::input(size_t i) const {
  GeneratedInput in;
  in.kind = kind_of(i);
  const size_t k = in.kind == InputKind::kOriginal ? i : original_before(i);
  Draft d = draft_original(*this, k);
  if (in.kind == InputKind::kRevision) revise(d, opts_, k, i);
  char name[32];
  std::snprintf(name, sizeof name, "gen/%07zu.txt", i);
  in.name = name;
  in.content = render(d);
  in.title = d.title;
  in.body = body_of(d);
  return in;
}

std::vector<GeneratedPerson> Generator::people() const {
  std::vector<GeneratedPerson> out;
  out.reserve(kPeople);
  const double n = static_cast<double>(kPeople);
  for (size_t p = 0; p < kPeople; ++p) {
    const Person x = person(opts_.seed, p);
    // P(person <= p) = ((p + 1) / n)^(1 / skew) for person = n * u^skew.
    const double w = std::pow((static_cast<double>(p) + 1) / n, 1 / kCastSkew) - std::pow(static_cast<double>(p) / n, 1 / kCastSkew);
    out.push_back({x.first + " " + x.last, w});
  }
  return out;
}

std::vector<string> Generator::outlets() const {
  std::vector<string> out;
  for (const auto& o : words::kOutlets) out.emplace_back(o.name);
  return out;
}

std::vector<string> Generator::claims(size_t count) const {
  const size_t stories = story_count(opts_.articles);
  std::vector<string> out;
  auto add = [&](size_t s) {
    const Story st = make_story(opts_.seed, s);
    string text = st.subject + " " + string(st.claim->pres);
    if (out.size() < count && std::find(out.begin(), out.end(), text) == out.end()) out.push_back(std::move(text));
  };
  constexpr size_t kLongRunning = 10;  // see story_of
  for (size_t s = 0; s < std::min(kLongRunning, count); ++s) add(s);
  const size_t rest = count > kLongRunning ? count - kLongRunning : 0;
  for (size_t i = 0; i < rest; ++i) add(kLongRunning + (stories - kLongRunning) * i / rest);
  return out;
}

}  // namespace claimline::bench
