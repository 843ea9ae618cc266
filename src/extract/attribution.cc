#include "extract/attribution.h"

#include <string>
#include <vector>

#include "extract/lexicon/common_words.h"
#include "extract/lexicon/grammar_words.h"
#include "extract/lexicon/places.h"
#include "extract/lexicon/pronouns.h"
#include "extract/lexicon/settings.h"
#include "extract/lexicon/speaker_nouns.h"
#include "extract/lexicon/titles.h"
#include "extract/lexicon/word_set.h"
#include "extract/verb_lexicon.h"

namespace claimline::attribution {
namespace {

using lexicon::WordSet;

const WordSet& not_name_words() {
  static const WordSet s(lexicon::kNotNameWords);
  return s;
}
const WordSet& auxiliaries() {
  static const WordSet s(lexicon::kCueAuxiliaries);
  return s;
}
const WordSet& negations() {
  static const WordSet s(lexicon::kNegations);
  return s;
}
const WordSet& determiners() {
  static const WordSet s(lexicon::kDeterminers);
  return s;
}
const WordSet& connectors() {
  static const WordSet s(lexicon::kNameConnectors);
  return s;
}
const WordSet& clause_openers() {
  static const WordSet s(lexicon::kClauseOpeners);
  return s;
}
const WordSet& name_modifiers() {
  static const WordSet s(lexicon::kNameModifiers);
  return s;
}
const WordSet& prepositions() {
  static const WordSet s(lexicon::kPrepositions);
  return s;
}
const WordSet& object_pronouns() {
  static const WordSet s(lexicon::kObjectPronouns);
  return s;
}
const WordSet& speaker_nouns() {
  static const WordSet s(lexicon::kSpeakerNouns);
  return s;
}
const WordSet& place_adjectives() {
  static const WordSet s(lexicon::kPlaceAdjectives);
  return s;
}
const WordSet& setting_prepositions() {
  static const WordSet s(lexicon::kSettingPrepositions);
  return s;
}
const WordSet& setting_heads() {
  static const WordSet s(lexicon::kSettingHeads);
  return s;
}
const WordSet& platform_heads() {
  static const WordSet s{"media", "telegram", "twitter", "x", "facebook", "instagram", "truth",
                         "youtube", "tiktok", "television", "tv", "radio"};
  return s;
}
const WordSet& time_words() {
  static const WordSet s(lexicon::kTimeWords);
  return s;
}
const WordSet& time_openers() {
  static const WordSet s(lexicon::kTimeOpeners);
  return s;
}
const WordSet& time_units() {
  static const WordSet s(lexicon::kTimeUnits);
  return s;
}
// Every word of every title, for matching role words before a name.
const WordSet& title_words() {
  static const WordSet s = [] {
    std::vector<std::string_view> words;
    for (const auto& t : lexicon::kTitles) {
      size_t p = 0;
      while (p <= t.words.size()) {
        size_t q = t.words.find(' ', p);
        if (q == std::string_view::npos) q = t.words.size();
        words.push_back(t.words.substr(p, q - p));
        p = q + 1;
      }
    }
    return WordSet(words.begin(), words.end());
  }();
  return s;
}

const lexicon::WordMap<std::vector<const lexicon::CueVerb*>>& cue_table() {
  static const auto table = [] {
    lexicon::WordMap<std::vector<const lexicon::CueVerb*>> t;
    for (const auto& v : lexicon::kCueVerbs) t[v.form].push_back(&v);
    return t;
  }();
  return table;
}

bool is_comma_like(const Document& doc, size_t i) {
  if (i >= doc.tokens().size() || doc.tokens()[i].kind != TokenKind::kPunct) return false;
  const std::string_view t = doc.text(i);
  return t == "," || (text::is_dash(t) && doc.tokens()[i].space_before);
}

bool is_possessive(const Document& doc, size_t i) {
  if (i >= doc.tokens().size()) return false;
  const std::string_view w = doc.lower(i);
  return w == "'s" || w == "\u2019s";
}

bool is_word_token(const Document& doc, size_t i) {
  return i < doc.tokens().size() && doc.tokens()[i].kind == TokenKind::kWord;
}

bool is_lower_word(const Document& doc, size_t i) {
  return is_word_token(doc, i) && !doc.tokens()[i].upper_initial && !is_possessive(doc, i);
}

// A full stop inside a name: after an abbreviated title or an initial ("Rep.", "C.", "Jr."),
// attached to it and followed by a name word.
bool is_name_dot(const Document& doc, size_t i) {
  if (i == 0 || i + 1 >= doc.tokens().size() || doc.text(i) != "." || doc.tokens()[i].space_before) return false;
  static const WordSet abbreviations{"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
                                     "sgt", "adm", "st", "jr", "sr", "prof", "rev", "brig", "hon", "pres", "sens", "reps"};
  const std::string_view prev = doc.lower(i - 1);
  const bool initial = prev.size() == 1 && doc.tokens()[i - 1].upper_initial;
  return (initial || abbreviations.contains(prev)) && doc.tokens()[i + 1].kind == TokenKind::kWord &&
         doc.tokens()[i + 1].upper_initial;
}

// A lower-case plural noun that can head a bare source ("abortion rights advocates").
bool is_plural_noun(const Document& doc, size_t i) {
  const std::string_view w = doc.lower(i);
  if (doc.tokens()[i].upper_initial || w.size() < 5 || !w.ends_with("s")) return false;
  if (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("ous")) return false;
  return !find_cue_verb(w, {});
}

bool is_year_old(const Document& doc, size_t i) {
  const std::string_view w = doc.lower(i);
  return w == "old" && i >= 2 && doc.text(i - 1) == "-";
}

// A lower-case word that may stand before a name in a source phrase.
bool is_premodifier(const Document& doc, size_t i) {
  if (!is_word_token(doc, i) && doc.tokens()[i].kind != TokenKind::kNumber) return false;
  const std::string_view w = doc.lower(i);
  if (doc.tokens()[i].kind == TokenKind::kNumber) return true;
  return title_words().contains(w) || name_modifiers().contains(w) || place_adjectives().contains(w) ||
         is_year_old(doc, i) || w == "year" || (doc.tokens()[i].upper_initial && is_name_word(doc, i));
}

}  // namespace

bool is_word(const Document& doc, size_t i, std::string_view lower) {
  return i < doc.tokens().size() && doc.lower(i) == lower;
}

bool is_pronoun_source(std::string_view lower) {
  for (const auto& p : lexicon::kSourcePronouns) {
    if (p.word == lower) return true;
  }
  return false;
}

bool is_terminal_punct(std::string_view t) { return t == "." || t == "!" || t == "?" || t == "\u2026"; }

Span span_of(const Document& doc, TokenRange r) {
  if (r.empty()) return Span();
  return Span(doc.tokens()[r.first].start, doc.tokens()[r.end - 1].end);
}

bool is_name_word(const Document& doc, size_t i) {
  if (!is_word_token(doc, i)) return false;
  const Token& t = doc.tokens()[i];
  if (!t.upper_initial || is_possessive(doc, i)) return false;
  return !not_name_words().contains(doc.lower(i));
}

bool is_clause_boundary_before(const Document& doc, size_t i, size_t floor) {
  if (i <= floor) return true;
  const size_t p = i - 1;
  const Token& t = doc.tokens()[p];
  if (t.kind == TokenKind::kPunct) {
    const std::string_view s = doc.text(p);
    return s == "," || s == ";" || s == ":" || s == "(" || s == "[" || text::is_dash(s) ||
           text::is_quote(s) || is_terminal_punct(s);
  }
  if (t.kind == TokenKind::kWord) return clause_openers().contains(doc.lower(p));
  return false;
}

size_t after_dateline(const Document& doc, size_t first, size_t before) {
  size_t start = first;
  // A dateline: capitalised place words, maybe an agency in brackets, then a dash.
  bool caps = false, in_brackets = false;
  for (size_t k = first; k < before && k < first + 10; ++k) {
    const std::string_view t = doc.text(k);
    if (doc.tokens()[k].kind == TokenKind::kWord) {
      bool lower = false;
      for (char c : t) lower |= (c >= 'a' && c <= 'z');
      if (lower && !in_brackets) break;
      caps |= !lower && t.size() >= 2;
      continue;
    }
    if (t == "(") { in_brackets = true; continue; }
    if (t == ")") { in_brackets = false; continue; }
    if (t == "," || t == ".") continue;
    if (text::is_dash(t) && caps && !in_brackets) start = k + 1;
    break;
  }
  return start;
}

size_t clause_start(const Document& doc, size_t first, size_t before) {
  const size_t start = after_dateline(doc, first, before);
  // Bounded look-back: a clause is not hundreds of tokens long, and a run-on line must stay
  // linear.
  const size_t low = before > start + 200 ? before - 200 : start;
  for (size_t k = before; k > low; --k) {
    if (doc.text(k - 1) == ";") return k;
  }
  return start;
}

const lexicon::CueVerb* find_cue_verb(std::string_view lower_form, std::string_view next_lower_word) {
  const auto& table = cue_table();
  const auto* verbs = table.find(lower_form);
  if (!verbs) return nullptr;
  const lexicon::CueVerb* plain = nullptr;
  for (const auto* v : *verbs) {
    if (v->particle.empty()) {
      if (!plain) plain = v;
    } else if (v->particle == next_lower_word) {
      return v;
    }
  }
  return plain;
}

std::optional<Cue> cue_at(const Document& doc, size_t verb, size_t floor) {
  if (!is_lower_word(doc, verb)) return std::nullopt;
  const size_t n = doc.tokens().size();
  const std::string_view next = verb + 1 < n ? doc.lower(verb + 1) : std::string_view();
  const lexicon::CueVerb* entry = find_cue_verb(doc.lower(verb), next);
  if (!entry) return std::nullopt;
  Cue cue;
  cue.entry = entry;
  cue.verb = verb;
  cue.tokens = {verb, verb + 1 + (entry->particle.empty() ? 0 : 1)};
  size_t first = verb;
  while (first > floor && is_lower_word(doc, first - 1)) {
    const std::string_view w = doc.lower(first - 1);
    const bool adverb = w.size() > 4 && w.ends_with("ly") && w != "only" && w != "early";
    if (!auxiliaries().contains(w) && !negations().contains(w) && !adverb) break;
    if (negations().contains(w)) cue.negated = true;
    --first;
  }
  cue.tokens.first = first;
  return cue;
}

namespace {

// The start of a name run that ends at token `last` (inclusive), not before `floor`.
size_t name_run_start(const Document& doc, size_t last, size_t floor) {
  size_t k = last;
  while (k > floor) {
    const size_t p = k - 1;
    if (is_name_word(doc, p)) { k = p; continue; }
    if (p > floor && is_name_dot(doc, p) && doc.tokens()[p - 1].upper_initial) { k = p; continue; }
    // "Secretary of State", "Mohammed bin Salman": a connector between two name words.
    if (p > floor && connectors().contains(doc.lower(p)) && is_name_word(doc, p - 1) &&
        doc.tokens()[p].kind == TokenKind::kWord) {
      k = p;
      continue;
    }
    // Hyphenated names: "Al-Assad", "Jean-Pierre".
    if (p > floor && doc.text(p) == "-" && !doc.tokens()[p].space_before && !doc.tokens()[k].space_before &&
        is_name_word(doc, p - 1)) {
      k = p;
      continue;
    }
    break;
  }
  // A connector cannot start the run.
  while (k < last && !is_name_word(doc, k)) ++k;
  return k;
}

// Extends a phrase start backwards over role words, modifiers, a possessive owner and a
// determiner: "Trump's special envoy", "the former Florida governor", "a 17-year-old".
size_t extend_before_name(const Document& doc, size_t start, size_t floor) {
  size_t k = start;
  int budget = 6;
  while (k > floor && budget-- > 0) {
    const size_t p = k - 1;
    if (doc.text(p) == "-" && !doc.tokens()[p].space_before && p > floor) { k = p; continue; }
    // "Mr. Smith", "Sen. Rubio": the title abbreviation and its full stop.
    if (p > floor && is_name_dot(doc, p)) { k = p - 1; continue; }
    if (is_possessive(doc, p) && p > floor) {
      // The owner: a name run or a single word ("Trump's", "Ukraine's", "the company's").
      size_t owner = p - 1;
      if (is_name_word(doc, owner)) owner = name_run_start(doc, owner, floor);
      k = owner;
      continue;
    }
    if (is_premodifier(doc, p)) { k = p; continue; }
    break;
  }
  // "the", or "The"/"Some" opening the sentence.
  if (k > floor && determiners().contains(doc.lower(k - 1)) && is_word_token(doc, k - 1) &&
      (is_lower_word(doc, k - 1) || is_clause_boundary_before(doc, k - 1, floor))) {
    --k;
  }
  return k;
}

// A lower-case noun that may name a role between an owner and a name ("Sanders campaign
// manager Jeff Weaver", "the group's founder Ann Lee"): not a verb, preposition or
// auxiliary, and not an -ly adverb.
bool is_role_noun(const Document& doc, size_t i) {
  if (!is_lower_word(doc, i)) return false;
  const std::string_view w = doc.lower(i);
  if (w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing")) return false;
  if (determiners().contains(w) || negations().contains(w) || clause_openers().contains(w)) return false;
  if (not_name_words().contains(w) || auxiliaries().contains(w) || prepositions().contains(w) || find_cue_verb(w, {})) {
    return false;
  }
  // "Trump met campaign manager Jeff Weaver": a verb is not a role.
  if (auto v = read_verb(w)) {
    if (v->form == VerbForm::kPast || v->form == VerbForm::kIrregular || v->form == VerbForm::kGerund) return false;
    if (v->verb_count > 2 * v->noun_count) return false;
  }
  return true;
}

// "Sanders campaign manager Jeff Weaver": role nouns before a name whose own start is not a
// clause boundary, owned by a name run or a possessive at one. Returns the new start, or
// `start` when the words before it do not make such a phrase.
size_t extend_over_role(const Document& doc, size_t start, size_t floor) {
  size_t k = start;
  size_t nouns = 0;
  while (k > floor && nouns < 3 && (is_role_noun(doc, k - 1) || is_premodifier(doc, k - 1))) {
    if (doc.tokens()[k - 1].upper_initial) break;
    --k;
    ++nouns;
  }
  if (nouns == 0 || k == start) return start;
  // The owner: a name run ("Sanders", "Clinton campaign") or a possessive ("the group's").
  if (k > floor && is_name_word(doc, k - 1)) {
    const size_t owner = extend_before_name(doc, name_run_start(doc, k - 1, floor), floor);
    return is_clause_boundary_before(doc, owner, floor) ? owner : start;
  }
  if (k > floor && is_possessive(doc, k - 1)) {
    const size_t owner = extend_before_name(doc, k, floor);
    return owner < k && is_clause_boundary_before(doc, owner, floor) ? owner : start;
  }
  // "the campaign manager Jeff Weaver"
  if (k > floor && determiners().contains(doc.lower(k - 1)) && is_word_token(doc, k - 1) &&
      is_clause_boundary_before(doc, k - 1, floor)) {
    return k - 1;
  }
  return start;
}

std::optional<Source> noun_source_before(const Document& doc, size_t last, size_t floor);

bool is_number_word(const Document& doc, size_t i) {
  static const WordSet words{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  return is_word_token(doc, i) && words.contains(doc.lower(i));
}

bool is_quantity(const Document& doc, size_t i) {
  return i < doc.tokens().size() && (doc.tokens()[i].kind == TokenKind::kNumber || is_number_word(doc, i));
}

// The start of a quantity ending at token `k`: "4 in 10", "four out of 10", "3-in-5", with
// approximating words before it ("only", "about", "nearly", "more than").
size_t quantity_start(const Document& doc, size_t k, size_t floor) {
  if (k >= floor + 2 && doc.lower(k - 1) == "in" && is_quantity(doc, k - 2)) k -= 2;
  else if (k >= floor + 3 && doc.lower(k - 1) == "of" && doc.lower(k - 2) == "out" && is_quantity(doc, k - 3)) k -= 3;
  else if (k >= floor + 4 && doc.text(k - 1) == "-" && doc.lower(k - 2) == "in" && doc.text(k - 3) == "-" &&
           is_quantity(doc, k - 4)) {
    k -= 4;
  }
  static const WordSet approx{"only", "about", "nearly", "almost", "roughly", "just", "some", "around", "over",
                              "than", "least", "approximately", "barely"};
  static const WordSet comparative{"more", "less", "fewer", "at"};
  while (k > floor && is_word_token(doc, k - 1) && approx.contains(doc.lower(k - 1))) {
    --k;
    if ((doc.lower(k) == "than" || doc.lower(k) == "least") && k > floor && comparative.contains(doc.lower(k - 1))) --k;
  }
  return k;
}

// "4 in 10 say", "One in three said": a bare ratio as the source.
std::optional<Source> ratio_source_before(const Document& doc, size_t last, size_t floor) {
  if (!is_quantity(doc, last)) return std::nullopt;
  const size_t k = quantity_start(doc, last, floor);
  if (k + 2 > last || !(doc.lower(last - 1) == "in" || doc.lower(last - 1) == "of" || doc.text(last - 1) == "-")) {
    return std::nullopt;
  }
  if (!is_clause_boundary_before(doc, k, floor)) return std::nullopt;
  Source src;
  src.kind = SourceKind::kNoun;
  src.tokens = {k, last + 1};
  src.head = last;
  return src;
}

// The noun phrase before "for"/"of"/"at"/"from"/"with"/"on" that a name at `first` completes.
std::optional<Source> owner_of_name(const Document& doc, size_t first, size_t floor) {
  static const WordSet preps{"for", "of", "at", "from", "with", "on"};
  if (first < floor + 2 || !preps.contains(doc.lower(first - 1)) || !is_lower_word(doc, first - 1)) return std::nullopt;
  auto outer = noun_source_before(doc, first - 2, floor);
  if (!outer || outer->kind != SourceKind::kNoun) return std::nullopt;
  return outer;
}

bool past_verb_at(const Document& doc, size_t i);

// Whether tokens [floor, start) are an opening phrase of place or time without a comma:
// "In a Bloomberg interview Trump declared", "On Tuesday Clinton said".
bool opening_phrase(const Document& doc, size_t floor, size_t start) {
  static const WordSet openers{"in", "on", "at", "during", "after", "before", "since", "last", "earlier", "later"};
  if (start <= floor + 1 || start > floor + 8 || !doc.tokens()[floor].upper_initial ||
      !openers.contains(doc.lower(floor))) {
    return false;
  }
  for (size_t k = floor + 1; k < start; ++k) {
    const Token& t = doc.tokens()[k];
    if (t.kind == TokenKind::kPunct && !((doc.text(k) == "-" || doc.text(k) == ".") && !t.space_before)) return false;
    if (t.kind == TokenKind::kWord && !t.upper_initial &&
        (find_cue_verb(doc.lower(k), {}) || past_verb_at(doc, k) || auxiliaries().contains(doc.lower(k)))) {
      return false;
    }
  }
  return true;
}

std::optional<Source> name_source_before(const Document& doc, size_t last, size_t floor) {
  const size_t run = name_run_start(doc, last, floor);
  Source src;
  src.kind = SourceKind::kName;
  src.name = {run, last + 1};
  src.head = last;
  src.tokens = {extend_before_name(doc, run, floor), last + 1};
  if (opening_phrase(doc, floor, run)) {
    src.tokens.first = run;
    return src;
  }
  if (!is_clause_boundary_before(doc, src.tokens.first, floor)) {
    src.tokens.first = extend_over_role(doc, src.tokens.first, floor);
  }
  if (!is_clause_boundary_before(doc, src.tokens.first, floor)) {
    // "A spokeswoman for Hillary Clinton", "Officials at Homeland Security": a noun phrase
    // the name completes. The phrase is a noun source: the name is not the speaker.
    if (auto outer = owner_of_name(doc, src.tokens.first, floor)) {
      outer->tokens.end = last + 1;
      return outer;
    }
    // "met with Putin said": the run is an object, not a source.
    return std::nullopt;
  }
  return src;
}

bool past_verb_at(const Document& doc, size_t i) {
  if (!is_lower_word(doc, i)) return false;
  const std::string_view w = doc.lower(i);
  const auto v = read_verb(w);
  // Verbs the lexicon lacks ("hosted"): a long regular "-ed" form ("need", "speed" are not).
  if (!v) return w.size() >= 6 && w.ends_with("ed") && !w.ends_with("eed");
  // A regular "-ed" form is never a noun, whatever its lemma ("hosted"); an irregular form
  // may be ("left", "the Met"): it must be mostly a verb.
  return v && (v->form == VerbForm::kPast || (v->form == VerbForm::kIrregular && v->verb_count > v->noun_count));
}

bool is_noun_candidate(const Document& doc, size_t i) {
  if (!is_word_token(doc, i)) return false;
  const std::string_view w = doc.lower(i);
  if (not_name_words().contains(w) || auxiliaries().contains(w) || prepositions().contains(w)) return false;
  return !find_cue_verb(w, {});
}

std::optional<Source> noun_source_before(const Document& doc, size_t last, size_t floor) {
  // A cue form that is also a noun ("the state", "the reports") heads a phrase before a cue.
  static const WordSet ambiguous(lexicon::kAmbiguousCueForms);
  const bool noun_form = is_lower_word(doc, last) && ambiguous.contains(doc.lower(last));
  if (!is_noun_candidate(doc, last) && !noun_form) return std::nullopt;
  size_t k = last;
  int budget = 6;
  bool determined = false;
  while (k > floor && budget-- > 0) {
    const size_t p = k - 1;
    const std::string_view w = doc.lower(p);
    if (determiners().contains(w) && is_word_token(doc, p)) { k = p; determined = true; break; }
    if (is_possessive(doc, p) && p > floor) {
      k = p - 1;
      if (is_name_word(doc, k)) {
        k = name_run_start(doc, k, floor);
      } else if (k > floor && determiners().contains(doc.lower(k - 1)) && is_word_token(doc, k - 1)) {
        --k;  // "the state's campaign chairman"
      }
      determined = true;
      break;
    }
    if (doc.text(p) == "-" && !doc.tokens()[p].space_before) { k = p; continue; }
    if (doc.tokens()[p].kind == TokenKind::kNumber) { k = p; continue; }
    if (is_noun_candidate(doc, p) || is_name_word(doc, p)) { k = p; continue; }
    // "the self-described democratic socialist": the second half of a hyphenated modifier.
    if (p > floor && doc.text(p - 1) == "-" && !doc.tokens()[p].space_before && is_lower_word(doc, p)) { k = p; continue; }
    break;
  }
  // "one of his aides", "a spokesman for the ministry": one prepositional level.
  if (determined && k > floor + 1) {
    const size_t p = k - 1;
    const std::string_view w = doc.lower(p);
    if ((w == "of" || w == "for" || w == "at" || w == "from" || w == "with") && p > floor) {
      if (auto outer = noun_source_before(doc, p - 1, floor)) {
        outer->tokens.end = last + 1;
        return outer;
      }
      if (is_name_word(doc, p - 1)) {
        if (auto outer = name_source_before(doc, p - 1, floor)) {
          outer->tokens.end = last + 1;
          return outer;
        }
      }
    }
  }
  if (!determined) {
    // Bare noun phrases only when headed by a speaker noun ("Russian officials said").
    if (!speaker_nouns().contains(doc.lower(last)) && !is_plural_noun(doc, last)) return std::nullopt;
    while (k < last && !is_premodifier(doc, k) && !is_noun_candidate(doc, k)) ++k;
    // "Only 24 percent said", "about four out of 10 voters say"
    if (doc.tokens()[k].kind == TokenKind::kNumber || is_number_word(doc, k)) k = quantity_start(doc, k, floor);
  }
  if (!is_clause_boundary_before(doc, k, floor)) return std::nullopt;
  Source src;
  src.kind = SourceKind::kNoun;
  src.tokens = {k, last + 1};
  src.head = last;
  return src;
}

// The noun phrase before a restrictive "who" at `who`: a determiner or a plural head, and
// lower-case nouns ("an architect", "the voters", "black listeners").
std::optional<Source> restrictive_antecedent(const Document& doc, size_t who, size_t floor) {
  const size_t last = who - 1;
  if (is_word(doc, last, "those") || is_word(doc, last, "people")) {
    Source src;
    src.kind = SourceKind::kNoun;
    src.tokens = {last, who};
    src.head = last;
    return src;
  }
  if (!is_lower_word(doc, last) || !is_noun_candidate(doc, last)) return std::nullopt;
  size_t k = last;
  bool determined = false;
  for (int budget = 4; k > floor && budget > 0; --budget) {
    const size_t p = k - 1;
    if (determiners().contains(doc.lower(p)) && is_word_token(doc, p)) { k = p; determined = true; break; }
    if (!is_lower_word(doc, p) || !is_noun_candidate(doc, p)) break;
    k = p;
  }
  if (!determined && !is_plural_noun(doc, last) && !speaker_nouns().contains(doc.lower(last))) return std::nullopt;
  Source src;
  src.kind = SourceKind::kNoun;
  src.tokens = {k, who};
  src.head = last;
  return src;
}

std::optional<Source> core_source_before(const Document& doc, size_t end, size_t floor) {
  if (end <= floor) return std::nullopt;
  // "Rep. Sander M. Levin (Mich.)": a short parenthesis after the name.
  if (doc.text(end - 1) == ")") {
    size_t open = end - 1;
    while (open > floor && open + 8 > end && doc.text(open) != "(") --open;
    if (doc.text(open) == "(" && open > floor) end = open;
  }
  // "Joseph R. Biden Jr. said": a name suffix and its full stop close the name.
  if (end >= floor + 3 && doc.text(end - 1) == "." && !doc.tokens()[end - 1].space_before &&
      (doc.lower(end - 2) == "jr" || doc.lower(end - 2) == "sr") && is_name_word(doc, end - 3)) {
    auto src = name_source_before(doc, end - 3, floor);
    if (src) src->tokens.end = end;
    return src;
  }
  const size_t last = end - 1;
  const std::string_view w = doc.lower(last);
  if (doc.tokens()[last].kind == TokenKind::kWord && is_pronoun_source(w)) {
    if ((w == "who" || w == "which") && !is_comma_like(doc, last - 1) && last > floor) {
      // "an architect who said", "listeners who said": a restrictive clause; the source is
      // the noun phrase before it, wherever it stands in the sentence.
      return w == "who" ? restrictive_antecedent(doc, last, floor) : std::nullopt;
    }
    if (!is_clause_boundary_before(doc, last, floor) && w != "who" && w != "which") return std::nullopt;
    Source src;
    src.kind = SourceKind::kPronoun;
    src.tokens = {last, end};
    src.head = last;
    return src;
  }
  if (is_name_word(doc, last) || (doc.tokens()[last].upper_initial && is_word_token(doc, last) &&
                                  last > floor && is_name_word(doc, last - 1))) {
    return name_source_before(doc, last, floor);
  }
  if (auto ratio = ratio_source_before(doc, last, floor)) return ratio;
  return noun_source_before(doc, last, floor);
}

// The opening mark of an appositive that closes at token `close` (a comma, a spaced dash or
// a parenthesis), searching back to `floor`.
std::optional<size_t> appositive_open(const Document& doc, size_t close, size_t floor) {
  const std::string_view c = doc.text(close);
  const bool paren = c == ")";
  const size_t limit = close > floor + 30 ? close - 30 : floor;
  for (size_t p = close; p > limit;) {
    --p;
    const std::string_view t = doc.text(p);
    if (doc.tokens()[p].kind == TokenKind::kPunct) {
      // A full stop attached to a word inside the sentence is an abbreviation ("Mrs.",
      // "D-S.C."): the sentence splitter already decided it ends nothing.
      const bool abbreviation = t == "." && !doc.tokens()[p].space_before && p > floor;
      if (text::is_quote(t) || (is_terminal_punct(t) && !abbreviation) || t == ";" || t == ":") return std::nullopt;
      if (paren ? t == "(" : (t == c || (is_comma_like(doc, p) && is_comma_like(doc, close)))) return p;
    }
  }
  return std::nullopt;
}

}  // namespace

namespace {

size_t time_phrase_end(const Document& doc, size_t i, size_t ceil);

std::optional<Source> source_or_appositive_before(const Document& doc, size_t end, size_t floor) {
  if (end <= floor) return std::nullopt;
  const size_t last = end - 1;
  if (is_comma_like(doc, last) || doc.text(last) == ")") {
    auto open = appositive_open(doc, last, floor);
    if (!open || *open <= floor) return std::nullopt;
    // "Marley Anderson, 21, a junior from Las Vegas, said": an age between the name and the
    // appositive.
    if (*open >= floor + 3 && doc.tokens()[*open - 1].kind == TokenKind::kNumber && is_comma_like(doc, *open - 2) &&
        is_name_word(doc, *open - 3)) {
      open = *open - 2;
    }
    // The appositive itself must not hold a cue of its own ("X, who said Y, added").
    auto head = core_source_before(doc, *open, floor);
    if (head && head->kind == SourceKind::kNoun) {
      // "Trump's special envoy, Steve Witkoff, said": an appositive that is just a name
      // names the speaker of a role phrase.
      // A bare run of two or more name words: "a Republican" or "Texas" is no speaker.
      if (auto name = core_source_before(doc, last, *open + 1);
          name && name->kind == SourceKind::kName && name->tokens.first == *open + 1 && name->name.first == *open + 1 &&
          name->name.end >= name->name.first + 2) {
        name->tokens.first = head->tokens.first;
        return name;
      }
    }
    return head;
  }
  return core_source_before(doc, end, floor);
}

}  // namespace

bool is_past_verb(const Document& doc, size_t i) { return past_verb_at(doc, i); }

bool is_speaker_noun(const Document& doc, size_t i) {
  return is_lower_word(doc, i) && (speaker_nouns().contains(doc.lower(i)) || is_plural_noun(doc, i));
}

std::optional<Source> source_before(const Document& doc, size_t end, size_t floor) {
  if (auto src = source_or_appositive_before(doc, end, floor)) return src;
  // "Clinton on Tuesday said", "McAuliffe last week announced": a time phrase between the
  // source and its cue.
  for (size_t s = end; s > floor + 1 && s + 4 > end;) {
    --s;
    if (time_phrase_end(doc, s, end) == end) return source_or_appositive_before(doc, s, floor);
  }
  return std::nullopt;
}

namespace {

bool ends_phrase(const Document& doc, size_t i, size_t ceil) {
  if (i >= ceil) return true;
  const Token& t = doc.tokens()[i];
  if (t.kind == TokenKind::kPunct) {
    const std::string_view s = doc.text(i);
    return s != "-" || t.space_before;
  }
  static const WordSet after{"who", "in", "on", "at", "during", "after", "when", "while", "adding",
                             "according", "told", "as", "to", "that", "before", "and", "but", "about",
                             "of", "via", "from", "last", "this", "earlier", "later", "today",
                             "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
                             "friday", "saturday", "sunday", "whose", "whom", "where", "because",
                             "although", "though", "if", "since", "with", "for", "by"};
  return after.contains(doc.lower(i)) || auxiliaries().contains(doc.lower(i)) || find_cue_verb(doc.lower(i), {}) != nullptr;
}

// A noun phrase from `i`: determiner, modifiers, a name run or nouns. Returns its end.
size_t noun_phrase_end(const Document& doc, size_t i, size_t ceil, bool* has_name) {
  size_t k = i;
  // The determiner may open the sentence ("The spokesman refused ... but said").
  if (k < ceil && determiners().contains(doc.lower(k)) && (is_lower_word(doc, k) || is_word_token(doc, k))) ++k;
  else if (k < ceil && is_name_word(doc, k) && k + 1 < ceil && is_possessive(doc, k + 1)) k += 2;
  int budget = 8;
  while (k < ceil && budget-- > 0) {
    if (is_name_word(doc, k)) { *has_name = true; ++k; continue; }
    if (k > i && is_name_dot(doc, k)) { ++k; continue; }
    // "Rep." "Sen." "Gov." open a name though they are abbreviations.
    if (doc.tokens()[k].upper_initial && k + 1 < ceil && is_name_dot(doc, k + 1)) { *has_name = true; ++k; continue; }
    if (*has_name && connectors().contains(doc.lower(k)) && k + 1 < ceil && is_name_word(doc, k + 1)) { ++k; continue; }
    if (doc.text(k) == "-" && !doc.tokens()[k].space_before && k + 1 < ceil && !doc.tokens()[k + 1].space_before) { ++k; continue; }
    if (doc.tokens()[k].kind == TokenKind::kNumber) { ++k; continue; }
    if (is_possessive(doc, k)) { ++k; continue; }
    // "Zelenskyy met Trump", "the Staff published a map": a past-tense verb after a name
    // ends the phrase ("Kremlin-backed" does not).
    if (*has_name && k > i && doc.text(k - 1) != "-" && past_verb_at(doc, k)) break;
    if (is_noun_candidate(doc, k) && !ends_phrase(doc, k, ceil)) { ++k; continue; }
    break;
  }
  return k;
}

}  // namespace

std::optional<Source> source_after(const Document& doc, size_t first, size_t ceil) {
  if (first >= ceil) return std::nullopt;
  const std::string_view w = doc.lower(first);
  if (is_word_token(doc, first) && (w == "he" || w == "she" || w == "they" || w == "i" || w == "we")) {
    if (!ends_phrase(doc, first + 1, ceil)) return std::nullopt;
    Source src;
    src.kind = SourceKind::kPronoun;
    src.tokens = {first, first + 1};
    src.head = first;
    return src;
  }
  bool has_name = false;
  size_t end = noun_phrase_end(doc, first, ceil, &has_name);
  if (end == first) return std::nullopt;
  // "a spokesman for the ministry": one prepositional level.
  if (end < ceil && !has_name) {
    const std::string_view p = doc.lower(end);
    if (p == "for" || p == "of" || p == "at") {
      bool inner_name = false;
      const size_t inner = noun_phrase_end(doc, end + 1, ceil, &inner_name);
      if (inner > end + 1) end = inner;
    }
  }
  // "Trump attacked Clinton": a past-tense verb after a name closes the phrase too.
  if (!ends_phrase(doc, end, ceil) && !(has_name && past_verb_at(doc, end))) return std::nullopt;
  Source src;
  src.tokens = {first, end};
  src.head = end - 1;
  if (has_name && is_name_word(doc, end - 1)) {
    src.kind = SourceKind::kName;
    src.name = {name_run_start(doc, end - 1, first), end};
  } else if (has_name) {
    src.kind = SourceKind::kNoun;  // "the Gawker employee": a name modifies a noun
  } else {
    const bool determined = determiners().contains(doc.lower(first));
    if (!determined && !speaker_nouns().contains(doc.lower(end - 1))) return std::nullopt;
    src.kind = SourceKind::kNoun;
  }
  return src;
}

namespace {

const WordSet& phrase_prepositions() {
  static const WordSet s{"of", "for", "at", "in", "from", "with", "on", "and", "close", "to", "near", "&", "by"};
  return s;
}

// The first word of a source phrase after a quantity's approximation: "Nearly two-thirds
// of voters", "about 60 percent", "at least a dozen members".
size_t after_approximation(const Document& doc, size_t first, size_t end) {
  static const WordSet approximately{"nearly", "about", "almost", "roughly", "only", "just", "around", "over",
                                     "fully", "barely", "exactly"};
  if (end > first + 3 && is_word(doc, first, "at") && is_word(doc, first + 1, "least")) first += 2;
  if (end > first + 2 && is_word_token(doc, first) && approximately.contains(doc.lower(first)) &&
      (doc.tokens()[first + 1].kind == TokenKind::kNumber || determiners().contains(doc.lower(first + 1)))) {
    ++first;
  }
  return first;
}

// What the words of a source phrase [first, end) say about it, or nothing when one of them
// cannot stand in a noun phrase (a verb, a clause opener, punctuation other than joins).
struct PhraseWords {
  bool determined = false;  // opens with a determiner
  bool named = false;       // holds a name word
  size_t participle;        // the first reduced-relative participle ("released Sunday"), or end
};

std::optional<PhraseWords> phrase_words(const Document& doc, size_t first, size_t end) {
  static const WordSet objects{"him", "her", "them", "it", "us", "me"};
  const WordSet& inner = phrase_prepositions();
  PhraseWords out{false, false, end};
  for (size_t k = first; k < end; ++k) {
    const Token& t = doc.tokens()[k];
    const std::string_view w = doc.lower(k);
    if (t.kind == TokenKind::kNumber) continue;
    if (t.kind == TokenKind::kPunct) {
      const bool joined = (w == "-" || w == ".") && !t.space_before;
      const bool percent = w == "%" && k > first && doc.tokens()[k - 1].kind == TokenKind::kNumber;
      if (joined || percent || is_possessive(doc, k) || w == "(" || w == ")" || w == "&") continue;
      return std::nullopt;
    }
    if (t.upper_initial) {
      if (k == first && determiners().contains(w)) { out.determined = true; continue; }
      if (find_cue_verb(w, {}) && k + 1 == end) return std::nullopt;
      out.named |= is_name_word(doc, k);
      continue;
    }
    if (k > first && doc.text(k - 1) == "-" && !t.space_before) continue;  // "Nobel-winning", "17-year-old"
    if (determiners().contains(w)) {
      if (k == first || is_word(doc, k - 1, "of") || is_word(doc, k - 1, "and")) {
        out.determined |= k == first;
        continue;
      }
      if (inner.contains(doc.lower(k - 1))) continue;
      return std::nullopt;
    }
    if (inner.contains(w)) {
      if (k == first || k + 1 == end) return std::nullopt;
      // "a source close to him", "Aides to Clinton"; but a name after "to" is an addressee
      // ("a letter to Clinton").
      if (w == "to" && !is_word(doc, k - 1, "close") && !speaker_nouns().contains(doc.lower(k - 1))) return std::nullopt;
      continue;
    }
    if (objects.contains(w) && k > first && inner.contains(doc.lower(k - 1))) continue;
    // "retired neurosurgeon Ben Carson", "registered voters": a participle modifying the
    // noun after it.
    if (k == first && k + 1 < end && past_verb_at(doc, k) && is_noun_candidate(doc, k + 1) &&
        !past_verb_at(doc, k + 1)) {
      continue;
    }
    // "records compiled by the Center", "a poll released Sunday", "exit polls taken in South
    // Carolina": a participle after a noun, with more of the phrase after it.
    if (k > first + 1 && k + 1 < end && past_verb_at(doc, k) && is_noun_candidate(doc, k - 1) &&
        !is_possessive(doc, k - 1) && !determiners().contains(doc.lower(k - 1))) {
      out.participle = std::min(out.participle, k);
      continue;
    }
    // "An earlier report in a New Hampshire paper": an adjective after a determiner, and a
    // cue form used as a noun after a modifier.
    if ((w == "earlier" || w == "later") && k > first && determiners().contains(doc.lower(k - 1))) continue;
    static const WordSet noun_forms(lexicon::kAmbiguousCueForms);
    if (noun_forms.contains(w) && k > first && doc.tokens()[k - 1].kind == TokenKind::kWord &&
        !inner.contains(doc.lower(k - 1))) {
      continue;
    }
    // "Some 56 percent of Cuban-Americans polled", "voters surveyed": who was asked.
    static const WordSet asked{"polled", "surveyed", "interviewed", "questioned", "asked", "sampled"};
    if (k + 1 == end && k > first && asked.contains(w)) continue;
    if (not_name_words().contains(w) || auxiliaries().contains(w) || clause_openers().contains(w) ||
        negations().contains(w) || find_cue_verb(w, {}) || past_verb_at(doc, k) ||
        (w.size() > 4 && w.ends_with("ing"))) {
      return std::nullopt;
    }
  }
  return out;
}

// The head of a source phrase: the word before its first preposition or participle
// ("officials at the Justice Department", "a source close to him", "records compiled by"),
// else its last word; a portion names its group ("Most of the candidates", "78 percent of
// voters"), which sets *portion.
size_t phrase_head(const Document& doc, size_t first, size_t end, size_t run, size_t participle, bool* portion) {
  const size_t last = end - 1;
  size_t head = last;
  for (size_t k = first + 1; k < std::min(run, participle + 1); ++k) {
    if (k == participle || (is_lower_word(doc, k) && phrase_prepositions().contains(doc.lower(k)) &&
                            doc.lower(k) != "and")) {
      head = k - 1;
      break;
    }
  }
  static const WordSet portions{"percent", "thirds", "third", "half", "quarter", "majority", "minority", "number",
                                "share", "plurality"};
  *portion = head + 1 < end && is_word(doc, head + 1, "of") &&
             (determiners().contains(doc.lower(head)) || portions.contains(doc.lower(head)) ||
              doc.tokens()[head].kind == TokenKind::kNumber || doc.text(head) == "%");
  return *portion ? last : head;
}

}  // namespace

std::optional<Source> phrase_source(const Document& doc, size_t first, size_t end) {
  if (first >= end || end - first > 14) return std::nullopt;
  // "Some said", "Many say", "Others argued": a quantifier alone.
  static const WordSet alone{"some", "many", "most", "both", "several", "few", "others", "another", "all", "one"};
  if (end == first + 1 && is_word_token(doc, first) && alone.contains(doc.lower(first))) {
    Source src;
    src.tokens = {first, end};
    src.head = first;
    src.kind = SourceKind::kNoun;
    return src;
  }
  // "42% say ...": a share alone.
  if (end == first + 2 && doc.tokens()[first].kind == TokenKind::kNumber && doc.text(first + 1) == "%") {
    Source src;
    src.tokens = {first, end};
    src.head = first + 1;
    src.kind = SourceKind::kNoun;
    return src;
  }
  first = after_approximation(doc, first, end);
  auto words = phrase_words(doc, first, end);
  if (!words) return std::nullopt;
  const size_t last = end - 1;
  const size_t run = is_name_word(doc, last) ? name_run_start(doc, last, first) : end;
  bool portion = false;
  const size_t head = phrase_head(doc, first, end, run, words->participle, &portion);
  static const WordSet noun_forms(lexicon::kAmbiguousCueForms);  // "An earlier report ... said"
  const bool head_ok = is_name_word(doc, head) || (is_lower_word(doc, head) && (is_noun_candidate(doc, head) ||
                                                                               noun_forms.contains(doc.lower(head))));
  if (!head_ok) return std::nullopt;
  if (!words->determined && !portion && !words->named && !speaker_nouns().contains(doc.lower(head)) &&
      !is_plural_noun(doc, head)) {
    return std::nullopt;
  }
  Source src;
  src.tokens = {first, end};
  src.head = head;
  src.kind = SourceKind::kNoun;
  if (head == last && run < end) {
    src.kind = SourceKind::kName;
    src.name = {run, end};
  }
  return src;
}

bool according_to_at(const Document& doc, size_t i, size_t ceil) {
  return i + 1 < ceil && doc.lower(i) == "according" && doc.lower(i + 1) == "to";
}

size_t skip_object(const Document& doc, size_t i, size_t ceil) {
  if (i >= ceil) return i;
  const std::string_view w = doc.lower(i);
  if (w == "that" || doc.tokens()[i].kind == TokenKind::kPunct) return i;
  if (object_pronouns().contains(w) && is_word_token(doc, i)) {
    // "her" may open a phrase ("told her staff"); take the phrase when one follows.
    if (w == "her" && i + 1 < ceil && is_noun_candidate(doc, i + 1) && !is_word(doc, i + 1, "that")) {
      bool name = false;
      return noun_phrase_end(doc, i, ceil, &name);
    }
    return i + 1;
  }
  if (is_pronoun_source(w)) return i;  // "told he" does not happen; a subject follows
  bool has_name = false;
  const size_t end = noun_phrase_end(doc, i, ceil, &has_name);
  return end;
}

namespace {

// A time phrase at `i`: "Wednesday", "on Sunday night", "last week", "earlier this month",
// "on March 13". Returns its end, or `i` when none.
size_t time_phrase_end(const Document& doc, size_t i, size_t ceil) {
  size_t k = i;
  while (k < ceil && time_openers().contains(doc.lower(k)) && is_lower_word(doc, k)) ++k;
  if (k >= ceil) return i;
  if (time_words().contains(doc.lower(k))) {
    ++k;
    if (k < ceil && doc.tokens()[k].kind == TokenKind::kNumber) ++k;  // "March 13"
    if (k < ceil && time_units().contains(doc.lower(k))) ++k;         // "Sunday night"
  } else if (k > i && time_units().contains(doc.lower(k))) {
    ++k;
  } else {
    return i;
  }
  // "this week's warnings": a time phrase before a possessive modifies a noun.
  return k < ceil && is_possessive(doc, k) ? i : k;
}

// A setting phrase at `i`: "on social media", "in a statement", "at a news conference",
// "in an interview with CNN". Returns its end, or `i` when none; *platform is set when the
// head names a medium rather than an occasion.
size_t setting_phrase_end(const Document& doc, size_t i, size_t ceil, bool* platform) {
  if (i >= ceil || !setting_prepositions().contains(doc.lower(i)) || !is_lower_word(doc, i)) return i;
  size_t k = i + 1;
  for (int budget = 4; k < ceil && budget > 0; --budget, ++k) {
    const std::string_view w = doc.lower(k);
    if (doc.tokens()[k].kind == TokenKind::kPunct && doc.text(k) != "-") return i;
    if (setting_heads().contains(w)) {
      *platform = platform_heads().contains(w);
      ++k;
      // Compound heads: "a television interview", "his nightly video address".
      while (k < ceil && is_lower_word(doc, k) && setting_heads().contains(doc.lower(k))) ++k;
      if (k + 1 < ceil && doc.lower(k) == "with" && is_name_word(doc, k + 1)) {
        k = k + 1;
        while (k < ceil && is_name_word(doc, k)) ++k;
      }
      return k;
    }
    if (is_pronoun_source(w) || find_cue_verb(w, {})) return i;
  }
  return i;
}

}  // namespace

size_t skip_adverbials(const Document& doc, size_t i, size_t ceil) {
  for (;;) {
    if (i >= ceil) return i;
    const size_t t = time_phrase_end(doc, i, ceil);
    if (t > i) { i = t; continue; }
    bool platform = false;
    const size_t s = setting_phrase_end(doc, i, ceil, &platform);
    if (s > i) { i = s; continue; }
    const std::string_view w = doc.lower(i);
    const bool adverb = is_lower_word(doc, i) && w.size() > 4 && w.ends_with("ly") && w != "only";
    static const WordSet plain{"again", "too", "also", "later", "earlier", "then", "now", "afterward", "afterwards",
                               "once", "twice", "recently", "today", "yesterday", "tonight"};
    if (adverb || (is_lower_word(doc, i) && plain.contains(w))) { ++i; continue; }
    return i;
  }
}

size_t adverbial_end(const Document& doc, size_t i, size_t ceil) {
  if (i >= ceil) return i;
  // A time phrase opens with a preposition or determiner ("last week", "on Thursday") or is
  // a day ("Tuesday", "yesterday"); a bare month modifies a noun ("an April summit").
  static const WordSet days{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                            "today", "yesterday", "tonight"};
  const size_t t = time_phrase_end(doc, i, ceil);
  if (t > i && (is_lower_word(doc, i) || days.contains(doc.lower(i)))) return t;
  // "in 2015", "in May 2016": a year after "in".
  if (is_word(doc, i, "in") && i + 1 < ceil) {
    size_t k = i + 1;
    if (time_words().contains(doc.lower(k))) ++k;
    if (k < ceil && doc.tokens()[k].kind == TokenKind::kNumber && doc.text(k).size() == 4 &&
        (doc.text(k).starts_with("19") || doc.text(k).starts_with("20"))) {
      return k + 1;
    }
  }
  bool platform = false;
  return setting_phrase_end(doc, i, ceil, &platform);
}

void find_setting(const Document& doc, TokenRange range, Setting* out) {
  std::optional<TokenRange> occasion;
  for (size_t i = range.first; i < range.end; ++i) {
    if (!out->when) {
      const size_t t = time_phrase_end(doc, i, range.end);
      // A bare "this"/"last" without a unit is not a time phrase (handled in time_phrase_end).
      if (t > i) out->when = TokenRange{i, t};
    }
    if (!out->where) {
      bool platform = false;
      const size_t s = setting_phrase_end(doc, i, range.end, &platform);
      if (s > i) {
        if (platform) out->where = TokenRange{i, s};
        else if (!occasion) occasion = TokenRange{i, s};
      }
    }
  }
  if (!out->where && occasion) out->where = occasion;
}

}  // namespace claimline::attribution
