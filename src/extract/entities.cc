#include "extract/entities.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "extract/attribution.h"
#include "extract/lexicon/first_names.h"
#include "extract/lexicon/organisations.h"
#include "extract/lexicon/places.h"
#include "extract/lexicon/titles.h"
#include "extract/lexicon/word_set.h"
#include "util/utf8.h"

namespace claimline {
namespace {

using lexicon::WordSet;

const WordSet& org_words() {
  static const WordSet s(lexicon::kOrgWords);
  return s;
}
const WordSet& org_names() {
  static const WordSet s(lexicon::kOrgNames);
  return s;
}
const WordSet& places() {
  static const WordSet s(lexicon::kPlaces);
  return s;
}
const WordSet& place_adjectives() {
  static const WordSet s(lexicon::kPlaceAdjectives);
  return s;
}
const WordSet& group_nouns() {
  static const WordSet s(lexicon::kGroupNouns);
  return s;
}
const WordSet& male_names() {
  static const WordSet s(lexicon::kMaleNames);
  return s;
}
const WordSet& female_names() {
  static const WordSet s(lexicon::kFemaleNames);
  return s;
}
const WordSet& abbreviations() {
  static const WordSet s{"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
                         "sgt", "adm", "st", "jr", "sr", "prof", "rev", "brig", "hon", "u.s", "inc", "corp"};
  return s;
}

// Titles by their words (lower case, no full stops), longest first.
const std::vector<std::pair<std::vector<std::string>, const lexicon::Title*>>& titles() {
  static const auto table = [] {
    std::vector<std::pair<std::vector<std::string>, const lexicon::Title*>> t;
    for (const auto& title : lexicon::kTitles) {
      std::vector<std::string> words;
      std::string w;
      for (char c : title.words) {
        if (c == ' ') { words.push_back(w); w.clear(); }
        else if (c != '.') w += c;
      }
      words.push_back(w);
      t.emplace_back(std::move(words), &title);
    }
    std::stable_sort(t.begin(), t.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return t;
  }();
  return table;
}

// Positions in titles() of the titles that begin (first) or end (last) with each word, in
// titles() order, so a match tries only the titles that can match there.
struct TitleIndex {
  lexicon::WordMap<std::vector<uint32_t>> first;
  lexicon::WordMap<std::vector<uint32_t>> last;
};
const TitleIndex& title_index() {
  static const TitleIndex index = [] {
    TitleIndex x;
    const auto& t = titles();
    for (size_t k = 0; k < t.size(); ++k) {
      x.first[t[k].first.front()].push_back(static_cast<uint32_t>(k));
      x.last[t[k].first.back()].push_back(static_cast<uint32_t>(k));
    }
    return x;
  }();
  return index;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A capitalised run found in the text, before it becomes (part of) an entity.
struct Candidate {
  std::vector<size_t> words;  // word tokens of the name, titles stripped
  size_t first = 0, end = 0;  // token range of the name
  std::optional<EntityKind> kind;
  std::string role;
  Gender gender = Gender::kUnknown;
  std::string owner;          // "Ukraine" in "Ukraine's General Staff"
  bool spoke = false;         // a speech verb stands next to it
};

class EntityFinder {
 public:
  explicit EntityFinder(const Document& doc) : doc_(doc) {}

  EntityResult run() {
    for (size_t s = 0; s < doc_.sentences().size(); ++s) {
      if (!is_headline(doc_.sentences()[s])) scan_sentence(doc_.sentences()[s]);
    }
    for (auto& c : cands_) place_multiword(c);
    for (auto& c : cands_) place_single(c);
    finish();
    return std::move(result_);
  }

 private:
  // Title-case lines (headlines) capitalise every word; names in them prove nothing.
  bool is_headline(const Sentence& s) const {
    size_t words = 0, caps = 0;
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      if (doc_.tokens()[i].kind != TokenKind::kWord) continue;
      ++words;
      if (doc_.tokens()[i].upper_initial) ++caps;
    }
    // A sentence closed by a full stop is body text, however many names it holds ("US
    // Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov.").
    if (s.end_token > s.first_token && doc_.text(s.end_token - 1) == ".") return false;
    return words >= 4 && caps * 10 >= words * 7;
  }

  bool continues_run(size_t i, size_t end) const {
    if (i >= end) return false;
    if (attribution::is_name_word(doc_, i)) return true;
    const Token& t = doc_.tokens()[i];
    // "Sen." "J." "U.S": a full stop after an abbreviation or an initial.
    if (doc_.text(i) == "." && !t.space_before && i > 0) {
      const std::string_view prev = doc_.lower(i - 1);
      const bool initial = prev.size() == 1 && doc_.tokens()[i - 1].upper_initial;
      return (initial || abbreviations().contains(prev)) && i + 1 < end && attribution::is_name_word(doc_, i + 1);
    }
    // A connector or hyphen between two name words.
    if (i + 1 < end && attribution::is_name_word(doc_, i + 1)) {
      if (t.kind == TokenKind::kWord && !t.upper_initial) {
        static const WordSet joins{"of", "de", "del", "di", "da", "du", "la", "le", "al", "bin", "ibn", "van", "von", "der"};
        return joins.contains(doc_.lower(i));
      }
      if (doc_.text(i) == "-" && !t.space_before && !doc_.tokens()[i + 1].space_before) return true;
      if (doc_.text(i) == "&") return true;
    }
    return false;
  }

  void scan_sentence(const Sentence& s) {
    size_t i = s.first_token;
    while (i < s.end_token) {
      if (!attribution::is_name_word(doc_, i)) { ++i; continue; }
      size_t j = i + 1;
      while (continues_run(j, s.end_token)) ++j;
      add_candidate(i, j, s);
      i = j;
    }
  }

  // Longest title at the start of `words` (lower case, full stops removed).
  const lexicon::Title* match_title(const std::vector<std::string>& words, size_t at, size_t* len) const {
    if (at >= words.size()) return nullptr;
    const auto* candidates = title_index().first.find(words[at]);
    if (!candidates) return nullptr;
    for (const uint32_t k : *candidates) {
      const auto& [tw, title] = titles()[k];
      if (at + tw.size() > words.size()) continue;
      if (std::equal(tw.begin(), tw.end(), words.begin() + static_cast<std::ptrdiff_t>(at))) {
        *len = tw.size();
        return title;
      }
    }
    return nullptr;
  }

  void add_candidate(size_t first, size_t end, const Sentence& s) {
    Candidate c;
    std::vector<size_t> words;
    std::vector<std::string> lowers;
    for (size_t k = first; k < end; ++k) {
      if (doc_.tokens()[k].kind != TokenKind::kWord) continue;
      words.push_back(k);
      std::string w = lower_ascii(doc_.text(k));
      w.erase(std::remove(w.begin(), w.end(), '.'), w.end());
      lowers.push_back(std::move(w));
    }
    size_t at = 0;
    std::string role;
    const lexicon::Title* last_title = nullptr;
    // Strip "US", "Russian", "Former" and titles off the front: "US Secretary of State Marco Rubio".
    while (at < words.size()) {
      size_t len = 0;
      // "General Staff", "Joint Chiefs Command": a title word before an organisation word is
      // part of the organisation's name, not a role.
      const auto rest_is_org = [&](size_t from) {
        return std::all_of(lowers.begin() + static_cast<std::ptrdiff_t>(from), lowers.end(),
                           [](const std::string& w) { return org_words().contains(w); });
      };
      if (const auto* t = match_title(lowers, at, &len); t && at + len < words.size() && !rest_is_org(at + len)) {
        if (!t->honorific) role = std::string(doc_.text(Span(doc_.tokens()[words[at]].start, doc_.tokens()[words[at + len - 1]].end)));
        if (t->gender) c.gender = static_cast<Gender>(t->gender);
        last_title = t;
        at += len;
        continue;
      }
      const bool modifier = lowers[at] == "former" || place_adjectives().contains(lowers[at]) || places().contains(lowers[at]);
      if (modifier && at + 1 < words.size()) {
        size_t len2 = 0;
        if (match_title(lowers, at + 1, &len2) && at + 1 + len2 < words.size()) { ++at; continue; }
      }
      break;
    }
    c.words.assign(words.begin() + static_cast<std::ptrdiff_t>(at), words.end());
    if (c.words.empty()) return;
    c.first = c.words.front();
    c.end = c.words.back() + 1;
    if (role.empty()) role = role_before(first, s.first_token);
    if (role.empty()) role = role_after(end, s.end_token);
    c.role = role;
    c.owner = owner_before(first, s.first_token);
    c.spoke = speech_next_to(first, end, s);
    c.kind = classify(c, last_title != nullptr || !role.empty());
    if (c.gender == Gender::kUnknown && c.kind == EntityKind::kPerson) c.gender = gender_of_first_name(c);
    cands_.push_back(std::move(c));
  }

  // "special envoy Steve Witkoff", "Trump's special envoy, Steve Witkoff".
  std::string role_before(size_t first, size_t floor) const {
    size_t end = first;
    if (end > floor && doc_.text(end - 1) == ",") --end;
    return role_words_ending_at(end, floor);
  }

  std::string role_words_ending_at(size_t end, size_t floor) const {
    if (end < floor + 1) return {};
    const auto* candidates = title_index().last.find(doc_.lower(end - 1));
    if (!candidates) return {};
    for (const uint32_t i : *candidates) {
      const auto& [tw, title] = titles()[i];
      if (title->honorific || end < floor + tw.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < tw.size() && ok; ++k) {
        const size_t ti = end - tw.size() + k;
        ok = doc_.tokens()[ti].kind == TokenKind::kWord && !doc_.tokens()[ti].upper_initial && doc_.lower(ti) == tw[k];
      }
      if (ok) return std::string(doc_.text(Span(doc_.tokens()[end - tw.size()].start, doc_.tokens()[end - 1].end)));
    }
    return {};
  }

  // "Dmitry Peskov, the Kremlin spokesman," / "Steve Witkoff, Trump's envoy."
  std::string role_after(size_t end, size_t ceil) const {
    if (end >= ceil || doc_.text(end) != ",") return {};
    size_t k = end + 1;
    const size_t limit = std::min(ceil, k + 8);
    while (k < limit && doc_.text(k) != "," && !attribution::is_terminal_punct(doc_.text(k))) ++k;
    if (k >= limit && k < ceil) return {};
    return role_words_ending_at(k, end + 1);
  }

  std::string owner_before(size_t first, size_t floor) const {
    if (first < floor + 2) return {};
    const std::string_view pos = doc_.lower(first - 1);
    if (pos != "'s" && pos != "\u2019s") return {};
    if (!attribution::is_name_word(doc_, first - 2)) return {};
    return std::string(doc_.text(first - 2));
  }

  bool speech_next_to(size_t first, size_t end, const Sentence& s) const {
    size_t v = end;
    while (v < s.end_token && v < end + 3 && doc_.tokens()[v].kind == TokenKind::kWord && !doc_.tokens()[v].upper_initial) {
      if (auto cue = attribution::cue_at(doc_, v, end); cue && (cue->entry->flags & lexicon::kSpeech)) return true;
      ++v;
    }
    if (first >= s.first_token + 2 && doc_.text(first - 1) != "," && (first < 2 || doc_.text(first - 2) == ",")) {
      if (auto cue = attribution::cue_at(doc_, first - 1, first - 1); cue && (cue->entry->flags & lexicon::kSpeech)) return true;
    }
    return false;
  }

  std::optional<EntityKind> classify(const Candidate& c, bool titled) const {
    const std::string full = lower_ascii(doc_.text(Span(doc_.tokens()[c.first].start, doc_.tokens()[c.end - 1].end)));
    if (org_names().contains(full)) return EntityKind::kOrganisation;
    bool all_adjectives = true;
    for (size_t w : c.words) {
      const std::string lw = lower_ascii(doc_.text(w));
      if (org_words().contains(lw)) return EntityKind::kOrganisation;
      if (!place_adjectives().contains(lw)) all_adjectives = false;
    }
    if (places().contains(full)) return EntityKind::kPlace;
    if (c.words.size() == 1 && group_nouns().contains(full)) return EntityKind::kGroup;
    if (all_adjectives || place_adjectives().contains(full)) return std::nullopt;
    if (titled) return EntityKind::kPerson;
    const std::string first_word = lower_ascii(doc_.text(c.words.front()));
    if (male_names().contains(first_word) || female_names().contains(first_word)) return EntityKind::kPerson;
    if (c.words.size() >= 2 && c.words.size() <= 4) {
      for (size_t w : c.words) {
        if (places().contains(lower_ascii(doc_.text(w)))) return std::nullopt;
      }
      return EntityKind::kPerson;
    }
    return std::nullopt;  // a single unknown word: decided when merging
  }

  Gender gender_of_first_name(const Candidate& c) const {
    if (c.words.size() < 2) return Gender::kUnknown;
    const std::string w = lower_ascii(doc_.text(c.words.front()));
    if (male_names().contains(w)) return Gender::kMale;
    if (female_names().contains(w)) return Gender::kFemale;
    return Gender::kUnknown;
  }

  std::string name_of(const Candidate& c) const {
    return std::string(doc_.text(Span(doc_.tokens()[c.first].start, doc_.tokens()[c.end - 1].end)));
  }

  size_t new_entity(const Candidate& c, EntityKind kind, std::string name) {
    Entity e;
    e.name = std::move(name);
    e.kind = kind;
    result_.entities.push_back(std::move(e));
    result_.genders.push_back(Gender::kUnknown);
    owners_.push_back(c.owner);
    return result_.entities.size() - 1;
  }

  void add_mention(size_t e, const Candidate& c) {
    Entity& ent = result_.entities[e];
    const std::string name = name_of(c);
    if (name != ent.name && std::find(ent.aliases.begin(), ent.aliases.end(), name) == ent.aliases.end()) {
      ent.aliases.push_back(name);
    }
    if (!c.role.empty()) {
      const std::string lr = lower_ascii(c.role);
      const bool seen = std::any_of(ent.roles.begin(), ent.roles.end(), [&](const std::string& r) { return lower_ascii(r) == lr; });
      if (!seen) ent.roles.push_back(c.role);
    }
    if (c.gender != Gender::kUnknown && result_.genders[e] == Gender::kUnknown) result_.genders[e] = c.gender;
    const Span span(doc_.tokens()[c.first].start, doc_.tokens()[c.end - 1].end);
    result_.mentions.push_back(EntityMention{span, e, c.first, c.end});
    keys_[entity_key(name)].push_back(e);
  }

  // Multi-word names and single words of a known kind become entities first, so that
  // later single words can be matched to them as surnames or short forms.
  void place_multiword(Candidate& c) {
    if (!c.kind || (c.words.size() == 1 && c.kind == EntityKind::kPerson)) return;
    const std::string name = name_of(c);
    const std::string key = entity_key(name);
    std::optional<size_t> e = lookup(key, *c.kind, c.owner);
    if (!e) {
      std::string full = name;
      if (!c.owner.empty() && c.kind == EntityKind::kOrganisation) full = c.owner + "'s " + name;
      e = new_entity(c, *c.kind, full);
      if (c.kind == EntityKind::kPerson) surnames_[surname_key(name)].push_back(*e);
    }
    add_mention(*e, c);
    c.kind.reset();  // placed
    c.words.clear();
  }

  void place_single(Candidate& c) {
    if (c.words.empty()) return;
    const std::string name = name_of(c);
    const std::string key = entity_key(name);
    std::optional<size_t> e;
    if (auto it = surnames_.find(key); it != surnames_.end()) e = nearest(it->second, c.first);
    if (!e) e = lookup(key, c.kind.value_or(EntityKind::kPerson), c.owner);
    if (!e && (c.kind == EntityKind::kPerson || c.spoke)) {
      e = new_entity(c, EntityKind::kPerson, name);
      surnames_[key].push_back(*e);
    }
    if (e) add_mention(*e, c);
  }

  std::optional<size_t> lookup(const std::string& key, EntityKind kind, const std::string& owner) const {
    auto it = keys_.find(key);
    if (it == keys_.end()) return std::nullopt;
    for (size_t e : it->second) {
      if (result_.entities[e].kind != kind) continue;
      if (!owner.empty() && !owners_[e].empty() && owner != owners_[e]) continue;
      return e;
    }
    return std::nullopt;
  }

  // Of several entities sharing a surname, the one mentioned last before token `at`.
  std::optional<size_t> nearest(const std::vector<size_t>& ents, size_t at) const {
    std::optional<size_t> best;
    size_t best_tok = 0;
    for (const auto& m : result_.mentions) {
      if (m.first_token >= at) continue;
      if (std::find(ents.begin(), ents.end(), m.entity) == ents.end()) continue;
      if (!best || m.first_token >= best_tok) { best = m.entity; best_tok = m.first_token; }
    }
    if (!best && !ents.empty()) best = ents.front();
    return best;
  }

  void finish() {
    auto& ms = result_.mentions;
    std::sort(ms.begin(), ms.end(), [](const EntityMention& a, const EntityMention& b) { return a.span.start < b.span.start; });
    for (const auto& m : ms) result_.entities[m.entity].mentions.push_back(m.span);
    // The fullest name becomes the canonical one ("Witkoff" first, "Steve Witkoff" later).
    for (auto& e : result_.entities) {
      for (auto& a : e.aliases) {
        if (a.size() > e.name.size() && e.kind == EntityKind::kPerson) std::swap(a, e.name);
      }
    }
  }

  const Document& doc_;
  std::vector<Candidate> cands_;
  EntityResult result_;
  std::vector<std::string> owners_;
  std::unordered_map<std::string, std::vector<size_t>> keys_;
  std::unordered_map<std::string, std::vector<size_t>> surnames_;
};

// Folds a Latin-1 or Latin Extended-A letter to ASCII; 0 when it is not a letter we know.
char fold_letter(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return static_cast<char>(cp - 'A' + 'a');
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) return static_cast<char>(cp);
    return 0;
  }
  static constexpr std::string_view kLatin1 =  // U+00C0 .. U+00FF
      "aaaaaaaceeeeiiiidnooooo_ouuuuyts" "aaaaaaaceeeeiiiidnooooo_ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char c = kLatin1[cp - 0xC0];
    return c == '_' ? 0 : c;
  }
  static constexpr std::string_view kExtA =  // U+0100 .. U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnneeoooooooorrrrrrssssssss"
      "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static_assert(kExtA.size() == 0x80);
  if (cp >= 0x100 && cp < 0x180) return kExtA[cp - 0x100];
  return 0;
}

}  // namespace

std::optional<size_t> EntityResult::entity_in(Span span) const {
  std::optional<size_t> found;
  for (const auto& m : mentions) {
    if (m.span.start >= span.end) break;
    if (m.span.overlaps(span)) found = m.entity;
  }
  return found;
}

std::optional<size_t> EntityResult::find(std::string_view name) const {
  const std::string key = entity_key(name);
  std::optional<size_t> found;
  for (size_t e = 0; e < entities.size(); ++e) {
    bool match = entity_key(entities[e].name) == key;
    for (const auto& a : entities[e].aliases) match = match || entity_key(a) == key;
    if (!match) continue;
    if (found) return std::nullopt;
    found = e;
  }
  return found;
}

EntityResult extract_entities(const Document& doc) { return EntityFinder(doc).run(); }

std::string entity_key(std::string_view name) {
  std::string words;
  bool space = false;
  for (size_t i = 0; i < name.size();) {
    size_t len = 1;
    const char32_t cp = utf8::decode(name, i, &len);
    i += len;
    const char c = fold_letter(cp);
    if (c) {
      if (space && !words.empty()) words += ' ';
      words += c;
      space = false;
    } else if (cp == ' ' || cp == '-' || cp == 0xA0) {
      space = true;
    }
    // apostrophes, full stops and other marks vanish: "U.S." -> "us", "O'Brien" -> "obrien"
  }
  if (words.starts_with("the ")) words.erase(0, 4);
  // Transliteration endings of each word: -yy, -iy, -ii, -ij -> -y ("Zelenskyy" -> "zelensky").
  std::string out;
  size_t p = 0;
  while (p <= words.size()) {
    size_t q = words.find(' ', p);
    if (q == std::string::npos) q = words.size();
    std::string w = words.substr(p, q - p);
    for (std::string_view end : {"yy", "iy", "ii", "ij"}) {
      if (w.size() > 4 && w.ends_with(end)) { w.resize(w.size() - 2); w += 'y'; break; }
    }
    if (!out.empty()) out += ' ';
    out += w;
    p = q + 1;
  }
  return out;
}

std::string surname_key(std::string_view name) {
  const std::string key = entity_key(name);
  const size_t sp = key.rfind(' ');
  return sp == std::string::npos ? key : key.substr(sp + 1);
}

bool same_entity(const Entity& a, const Entity& b) {
  if (a.kind != b.kind) return false;
  auto names = [](const Entity& e) {
    std::vector<std::string> keys{entity_key(e.name)};
    for (const auto& al : e.aliases) keys.push_back(entity_key(al));
    return keys;
  };
  const auto ka = names(a), kb = names(b);
  for (const auto& x : ka) {
    if (x.find(' ') == std::string::npos) continue;
    if (std::find(kb.begin(), kb.end(), x) != kb.end()) return true;
  }
  if (a.kind != EntityKind::kPerson) {
    // Single-word organisations and places ("Kremlin", "NATO") match on the word itself.
    return ka.front().find(' ') == std::string::npos && ka.front() == kb.front();
  }
  auto single_only = [](const std::vector<std::string>& keys) {
    return std::none_of(keys.begin(), keys.end(), [](const std::string& k) { return k.find(' ') != std::string::npos; });
  };
  if (single_only(ka) && single_only(kb)) return ka.front() == kb.front();
  if (single_only(ka)) return ka.front() == surname_key(b.name);
  if (single_only(kb)) return kb.front() == surname_key(a.name);
  return false;
}

}  // namespace claimline
