#include "extract/event_triggers.h"

#include <algorithm>
#include <optional>

#include "extract/lexicon/event_words.h"
#include "extract/lexicon/word_set.h"
#include "util/word_memo.h"

namespace claimline {
namespace {

using lexicon::WordSet;

// One set per table, built on first use (thread-safe: a function-local static each).
template <const auto& Table>
const WordSet& set_of() {
  static const WordSet set(std::begin(Table), std::end(Table));
  return set;
}

// Words that are not events even when a suffix makes them look derived from a verb.
constexpr std::string_view kNotEventNouns[] = {
    "government", "department", "equipment", "management", "apartment", "environment", "difference",
    "reference", "information", "organization", "organisation", "population", "location", "position",
    "condition", "foundation", "administration", "institution", "corporation", "association",
    "federation", "commission", "division", "television", "version", "section", "edition", "station",
    "nation", "relation", "generation", "instrument", "amendment", "entertainment", "establishment",
    "parliament", "settlement", "general", "personal", "original", "capital", "national", "rival",
    "total", "signal", "material", "several", "animal", "hospital", "potential", "official", "individual",
    "professional", "international", "terminal", "literature",
    "future", "nature", "feature", "measure", "structure", "culture", "temperature", "creature", "picture",
    "lecture", "pressure", "distance", "finance", "balance", "instance", "evidence", "presence",
    "audience", "science", "sentence", "experience", "residence", "licence", "conscience", "confidence",
    "independence", "intelligence", "influence", "sequence", "sentence", "ordinance", "appliance",
    "allowance", "alliance", "insurance", "assurance", "performance", "importance", "substance",
    "resistance", "ambulance", "compliance", "governance", "maintenance", "guidance", "distribution",
    "resolution", "solution", "contribution", "constitution", "application", "publication", "direction",
    "collection", "connection", "protection", "production", "selection", "construction", "instruction",
    "definition", "composition", "opposition", "competition", "tradition", "addition", "transition",
    "ammunition", "nutrition", "recognition", "portion", "region", "union", "opinion", "religion",
    "legislation", "regulation", "operation", "situation", "relation", "generation", "foundation",
    "communication", "transportation", "destination", "concentration", "accommodation",
};

const lexicon::WordMap<std::string_view>& class_table() {
  static const auto* m = [] {
    auto* t = new lexicon::WordMap<std::string_view>();
    for (const auto& e : lexicon::kEventClasses) t->emplace(e.word, e.event_class);
    return t;
  }();
  return *m;
}

bool is_number_token(const Document& doc, size_t i) { return doc.tokens()[i].kind == TokenKind::kNumber; }
bool is_word_token(const Document& doc, size_t i) { return doc.tokens()[i].kind == TokenKind::kWord; }

bool all_caps(std::string_view text) {
  int letters = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// The singular of a plural noun by spelling alone ("talks" and "hostilities" stay: they
// are listed as written).
std::string singular(std::string_view w) {
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.substr(w.size() - s.size()) == s; };
  if (ends("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (ends("sses") || ends("shes") || ends("ches") || ends("xes")) return std::string(w.substr(0, w.size() - 2));
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) return std::string(w.substr(0, w.size() - 1));
  return std::string(w);
}

// The noun lemma when `w` names an event, with the rule that says so.
std::optional<std::string> event_noun_uncached(std::string_view w, std::string* rule) {
  if (set_of<kNotEventNouns>().contains(w)) return std::nullopt;
  const WordSet& nouns = set_of<lexicon::kEventNouns>();
  if (nouns.contains(w)) {
    *rule = "noun.lexicon";
    return std::string(w);
  }
  const std::string s = singular(w);
  if (s != w && nouns.contains(s)) {
    *rule = "noun.lexicon";
    return s;
  }
  if (s.size() < 6 || set_of<kNotEventNouns>().contains(s)) return std::nullopt;
  for (const auto& suf : lexicon::kEventNounSuffixes) {
    if (suf.suffix == "ing") continue;  // gerunds are read as verbs
    if (s.size() <= suf.suffix.size() + 2 || s.compare(s.size() - suf.suffix.size(), std::string::npos, suf.suffix) != 0)
      continue;
    std::string verb = s.substr(0, s.size() - suf.suffix.size());
    if (suf.suffix == "al" && !verb.empty() && verb.back() == 'i') verb.back() = 'y';  // denial -> deny
    verb += suf.restore;
    const auto v = verb_lemma(verb);
    if (v && v->verb_count >= 3) {
      *rule = "noun.suffix";
      return s;
    }
  }
  return std::nullopt;
}

// event_noun of each word, remembered per thread (it depends on the word alone, and the
// trigger scanner asks it of nearly every token).
std::optional<std::string> event_noun(std::string_view w, std::string* rule) {
  struct Reading {
    std::optional<std::string> noun;
    std::string rule;
  };
  thread_local util::WordMemo<Reading> memo;
  const Reading& r = memo.get(w, [](std::string_view word) {
    Reading x;
    x.noun = event_noun_uncached(word, &x.rule);
    return x;
  });
  if (r.noun) *rule = r.rule;
  return r.noun;
}

constexpr std::string_view kParticles[] = {"off", "down", "up", "out", "back", "over", "away"};

constexpr std::string_view kVerbLeft[] = {
    "to", "he", "she", "they", "we", "i", "you", "who", "which", "it", "not", "never", "n't", "also", "then",
    "and", "or", "but", "jointly", "reportedly", "later", "first", "finally", "recently", "already",
    "still", "often", "once", "just", "now", "soon", "repeatedly", "previously",
};

bool is_particle(std::string_view w) { return set_of<kParticles>().contains(w); }

class SentenceScanner {
 public:
  SentenceScanner(const Document& doc, size_t sentence)
      : doc_(doc), s_(doc.sentences()[sentence]), title_(looks_like_title()) {}

  std::vector<Trigger> run() {
    for (size_t i = s_.first_token; i < s_.end_token; ++i) {
      if (!is_word_token(doc_, i)) continue;
      std::optional<Trigger> t = at(i);
      if (!t) continue;
      if (!out_.empty() && out_.back().end > t->first) {
        // A compound modifier already taken by the previous trigger: keep the longer one.
        if (out_.back().end - out_.back().first >= t->end - t->first) continue;
        out_.pop_back();
      }
      i = std::max(i, t->end - 1);
      out_.push_back(std::move(*t));
    }
    mark_light_verbs();
    for (auto& t : out_) t.tracked = is_tracked(t);
    // "the deal proposed by", "the talks planned for": a participle after an event noun
    // qualifies the noun rather than naming a happening of its own.
    for (size_t k = 1; k < out_.size(); ++k) {
      Trigger& t = out_[k];
      if (t.kind == TriggerKind::kVerb && t.form == VerbForm::kPast && out_[k - 1].kind == TriggerKind::kNoun &&
          out_[k - 1].end == t.first) {
        t.tracked = false;
      }
    }
    return std::move(out_);
  }

 private:
  std::string_view lw(size_t i) const { return doc_.lower(i); }
  bool in_sentence(size_t i) const { return i >= s_.first_token && i < s_.end_token; }
  // The previous token of the sentence, or "" at its start.
  std::string_view left(size_t i) const { return i > s_.first_token ? lw(i - 1) : std::string_view(); }
  std::string_view right(size_t i) const { return i + 1 < s_.end_token ? lw(i + 1) : std::string_view(); }

  // A title-case headline: no closing full stop, and (nearly) every word of four letters or
  // more capitalised. "The United Nations welcomed the Marshall Plan." is a sentence with
  // names, not a headline.
  bool looks_like_title() const {
    if (s_.end_token > s_.first_token && doc_.text(s_.end_token - 1) == ".") return false;
    int words = 0, capitals = 0;
    for (size_t i = s_.first_token; i < s_.end_token; ++i) {
      if (!is_word_token(doc_, i) || doc_.tokens()[i].end - doc_.tokens()[i].start < 4) continue;
      ++words;
      capitals += doc_.tokens()[i].upper_initial;
    }
    return words >= 3 && capitals * 10 >= words * 8;
  }

  // The next word after `i`, skipping adverbs and negators that may sit inside a verb group.
  size_t skip_adverbs(size_t i) const {
    size_t j = i + 1;
    while (j < s_.end_token && (trigger_words::is_group_adverb(lw(j)) || trigger_words::is_negator(lw(j)))) ++j;
    return j;
  }

  // Whether the be/have/do form at `i` is an auxiliary of a verb that follows it.
  bool auxiliary_at(size_t i) const {
    const size_t j = skip_adverbs(i);
    if (j >= s_.end_token || !is_word_token(doc_, j)) return false;
    const std::string_view n = lw(j);
    if (n == "to" || n == "going" || n == "been" || n == "being" || n == "be") return true;
    const std::string_view w = lw(i);
    if (trigger_words::is_do(w)) return read_verb(n).has_value() || trigger_words::is_negator(lw(i + 1));
    const auto v = read_verb(n);
    if (!v) return false;
    if (v->form == VerbForm::kPast || v->form == VerbForm::kIrregular) return true;
    return v->form == VerbForm::kGerund && trigger_words::is_be(w);
  }

  bool noun_context(size_t i) const {
    const std::string_view l = left(i);
    if (l.empty()) return false;
    if (trigger_words::is_determiner(l) || l == "'s" || l == "\xE2\x80\x99s") return true;
    return is_number_token(doc_, i - 1);
  }

  // "ceasefire deal", "peace plans": a noun modifier before makes the word a noun.
  bool after_modifier(size_t i) const {
    if (i == s_.first_token || !is_word_token(doc_, i - 1) || doc_.tokens()[i - 1].upper_initial) return false;
    const std::string_view l = lw(i - 1);
    if (set_of<lexicon::kCompoundModifiers>().contains(l)) return true;
    std::string rule;
    return event_noun(l, &rule).has_value() && !read_verb(l).has_value();
  }

  bool after_past_verb(size_t i) const {
    if (i == s_.first_token || !is_word_token(doc_, i - 1)) return false;
    const std::string_view l = lw(i - 1);
    if (trigger_words::is_be(l) || trigger_words::is_have(l) || trigger_words::is_do(l)) return false;
    const auto v = read_verb(l);
    return v && (v->form == VerbForm::kPast || v->form == VerbForm::kIrregular) && v->noun_count <= v->verb_count;
  }

  bool verb_context(size_t i) const {
    const std::string_view l = left(i);
    if (l.empty()) return false;
    if (set_of<kVerbLeft>().contains(l) || trigger_words::is_modal(l) || trigger_words::is_negator(l)) return true;
    if (trigger_words::is_be(l) || trigger_words::is_have(l) || trigger_words::is_do(l)) return true;
    return l.size() > 4 && l.substr(l.size() - 2) == "ly";
  }

  std::optional<Trigger> at(size_t i) {
    const std::string_view w = lw(i);
    const Token& tok = doc_.tokens()[i];
    if (tok.upper_initial && i != s_.first_token && !title_) return std::nullopt;
    if (all_caps(doc_.text(tok))) return std::nullopt;
    if (trigger_words::is_modal(w) || w.size() < 2) return std::nullopt;
    if (w.size() > 3 && w.substr(w.size() - 3) == "n't") return std::nullopt;
    if (trigger_words::is_be(w)) return closed_class(i, "be", TriggerKind::kCopula, "copula");
    if (trigger_words::is_have(w)) return closed_class(i, "have", TriggerKind::kVerb, "verb.have");
    if (trigger_words::is_do(w)) return closed_class(i, "do", TriggerKind::kVerb, "verb.do");
    if (set_of<lexicon::kNeverTriggers>().contains(w)) return std::nullopt;
    std::string noun_rule;
    const std::optional<std::string> noun = event_noun(w, &noun_rule);
    const std::optional<VerbReading> verb = read_verb(w);
    if (verb && reads_as_verb(i, *verb, noun.has_value())) return verb_trigger(i, *verb);
    if (noun) return noun_trigger(i, *noun, noun_rule);
    return std::nullopt;
  }

  std::optional<Trigger> closed_class(size_t i, std::string_view lemma, TriggerKind kind, std::string_view rule) {
    if (auxiliary_at(i)) return std::nullopt;
    if (lemma == "have" && (right(i) == "to" || right(i) == "got")) return std::nullopt;
    Trigger t;
    t.first = t.head = i;
    t.end = i + 1;
    t.kind = kind;
    t.lemma = lemma;
    t.rule = rule;
    if (auto v = read_verb(lw(i))) t.form = v->form;
    return t;
  }

  bool reads_as_verb(size_t i, const VerbReading& v, bool event_noun) const {
    const bool det = noun_context(i);
    switch (v.form) {
      case VerbForm::kPast:
      case VerbForm::kIrregular:
        // "the limited edition", "a united front": adjectives far more often than verbs.
        return !(det && v.adj_count > 2 * v.verb_count);
      case VerbForm::kGerund:
        return !(det && event_noun);
      case VerbForm::kThird:
      case VerbForm::kBase:
        if (det || after_modifier(i)) return false;
        // "held talks", "said talks would resume": an -s word right after a past-tense
        // verb is its object or the subject of its clause, not a second finite verb.
        if (v.form == VerbForm::kThird && (event_noun || v.noun_count > 0) && after_past_verb(i)) return false;
        if (verb_context(i)) return true;
        if (v.form == VerbForm::kThird && i > s_.first_token && doc_.tokens()[i - 1].upper_initial) return true;
        return v.verb_count >= v.noun_count;
    }
    return false;
  }

  Trigger verb_trigger(size_t i, const VerbReading& v) {
    Trigger t;
    t.first = t.head = i;
    t.end = i + 1;
    t.kind = TriggerKind::kVerb;
    t.form = v.form;
    t.lemma = std::string(v.lemma);
    t.rule = "verb";
    const std::string_view next = right(i);
    if (!next.empty() && is_particle(next) && phrasal_verb_count(v.lemma, next) > 0) {
      t.end = i + 2;
      t.lemma += " ";
      t.lemma += next;
      t.rule = "verb.phrasal";
    } else if (t.lemma == "call" && next == "for") {
      t.lemma = "call for";
      t.rule = "verb.call_for";
    }
    t.event_class = event_class_of(t.lemma);
    if (t.lemma == "call") classify_call(&t);
    if (t.lemma == "speak" || t.lemma == "talk") classify_conversation(&t);
    if (t.lemma == "phone" || t.lemma == "telephone") t.event_class = "call";
    return t;
  }

  // "Trump will call Putin on Tuesday" is a call; "a group called Wagner", "they call it a
  // truce" and "Trump called Putin a killer" name something.
  void classify_call(Trigger* t) const {
    const size_t i = t->head;
    const std::string_view l = left(i);
    const bool participle_after_noun = t->form == VerbForm::kPast && !l.empty() && !verb_context(i) &&
                                       !doc_.tokens()[i - 1].upper_initial;
    size_t j = i + 1;
    bool person = false;
    if (j < s_.end_token && (lw(j) == "him" || lw(j) == "her" || lw(j) == "them")) {
      person = true;
      ++j;
    } else {
      while (j < s_.end_token && doc_.tokens()[j].upper_initial && is_word_token(doc_, j)) {
        person = true;
        ++j;
      }
    }
    bool call_ends = j >= s_.end_token || !is_word_token(doc_, j);
    if (!call_ends) {
      const std::string_view n = lw(j);
      call_ends = n == "on" || n == "in" || n == "at" || n == "to" || n == "about" || n == "after" ||
                  n == "before" || n == "from" || n == "with" || n == "over" || n == "and" || n == "later" ||
                  n == "last" || n == "this" || n == "today" || n == "yesterday" || n == "tomorrow" ||
                  n == "early" || n == "late" || n == "again";
    }
    if (person && call_ends && !participle_after_noun) {
      t->event_class = "call";
      t->rule = "verb.call";
    } else {
      t->event_class = "statement";
      t->rule = "verb.call_naming";
    }
  }

  // "speak to Putin", "talked with Macron", "spoke by phone" are conversations; "spoke on
  // television", "talks about" are speech.
  void classify_conversation(Trigger* t) const {
    const size_t j = t->head + 1;
    const std::string_view n = j < s_.end_token ? lw(j) : std::string_view();
    const std::string_view n2 = j + 1 < s_.end_token ? lw(j + 1) : std::string_view();
    const bool other = (n == "to" || n == "with") && j + 1 < s_.end_token &&
                       (doc_.tokens()[j + 1].upper_initial || n2 == "him" || n2 == "her" || n2 == "them" ||
                        n2 == "russian" || n2 == "the" || n2 == "his" || n2 == "their");
    const bool by_phone = (n == "by" || n == "over") && (n2 == "phone" || n2 == "telephone" || n2 == "the");
    if (by_phone) t->event_class = "call";
    else t->event_class = other ? "conversation" : "statement";
  }

  Trigger noun_trigger(size_t i, const std::string& noun, const std::string& rule) {
    Trigger t;
    t.first = t.head = i;
    t.end = i + 1;
    t.kind = TriggerKind::kNoun;
    t.lemma = noun;
    t.rule = rule;
    // A modifier that forms one trigger with the noun: "phone call", "ceasefire deal".
    if (i > s_.first_token && is_word_token(doc_, i - 1) && !doc_.tokens()[i - 1].upper_initial) {
      const std::string_view m = lw(i - 1);
      if (set_of<lexicon::kCompoundModifiers>().contains(m)) {
        t.first = i - 1;
        t.lemma = std::string(m) + " " + noun;
      }
    }
    // "cessation of hostilities"
    if (i + 2 < s_.end_token && lw(i + 1) == "of" && set_of<lexicon::kOfComplements>().contains(lw(i + 2))) {
      t.end = i + 3;
    }
    t.event_class = event_class_of(t.lemma);
    return t;
  }

  // "hold a phone call", "reached an agreement": the verb only carries the noun.
  void mark_light_verbs() {
    const WordSet& light = set_of<lexicon::kLightVerbs>();
    for (size_t k = 0; k + 1 < out_.size(); ++k) {
      Trigger& v = out_[k];
      if (v.kind != TriggerKind::kVerb || !light.contains(v.lemma)) continue;
      const Trigger& n = out_[k + 1];
      if (n.kind != TriggerKind::kNoun || n.first > v.end + 4) continue;
      bool plain = true;
      for (size_t j = v.end; j < n.first; ++j) plain = plain && is_word_token(doc_, j);
      v.light = plain;
    }
  }

  static bool is_tracked(const Trigger& t) {
    if (t.event_class.empty() || t.event_class == "statement" || t.light) return false;
    if (t.kind == TriggerKind::kCopula) return false;
    return !(t.kind == TriggerKind::kVerb && set_of<lexicon::kGenericVerbs>().contains(t.lemma));
  }

  const Document& doc_;
  const Sentence& s_;
  bool title_;
  std::vector<Trigger> out_;
};

}  // namespace

std::string event_class_of(std::string_view lemma) {
  const auto& m = class_table();
  if (const auto* c = m.find(lemma)) return std::string(*c);
  const size_t sp = lemma.rfind(' ');
  if (sp != std::string_view::npos) {
    // A phrasal verb keeps its own meaning ("call off" is not a call); a compound noun
    // takes its head's class ("drone attack" -> "attack").
    const std::string_view last = lemma.substr(sp + 1);
    if (is_particle(last)) return {};
    if (const auto* c = m.find(last)) return std::string(*c);
  }
  return {};
}

std::vector<Trigger> find_triggers(const Document& doc, size_t sentence) {
  return SentenceScanner(doc, sentence).run();
}

std::vector<Trigger> find_triggers(const Document& doc) {
  std::vector<Trigger> all;
  for (size_t s = 0; s < doc.sentences().size(); ++s) {
    auto part = find_triggers(doc, s);
    all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return all;
}

namespace trigger_words {

bool is_be(std::string_view w) { return set_of<lexicon::kBeForms>().contains(w); }
bool is_have(std::string_view w) { return set_of<lexicon::kHaveForms>().contains(w); }
bool is_do(std::string_view w) { return set_of<lexicon::kDoForms>().contains(w); }
bool is_modal(std::string_view w) {
  // One lookup in the three lists together: most words are none of them.
  static const WordSet modals = [] {
    std::vector<std::string_view> all;
    for (std::string_view m : lexicon::kFutureModals) all.push_back(m);
    for (std::string_view m : lexicon::kProbableModals) all.push_back(m);
    for (std::string_view m : lexicon::kPossibleModals) all.push_back(m);
    return WordSet(all.begin(), all.end());
  }();
  return modals.contains(w);
}
bool is_negator(std::string_view w) {
  if (set_of<lexicon::kNegators>().contains(w)) return true;
  return w == "cannot" || (w.size() > 3 && w.substr(w.size() - 3) == "n't");
}
bool is_group_adverb(std::string_view w) { return set_of<lexicon::kGroupAdverbs>().contains(w); }
bool is_determiner(std::string_view w) {
  static const WordSet dets{"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our",
                            "my", "your", "no", "any", "every", "each", "another", "some", "such", "whose",
                            "first", "last", "next", "new", "recent", "latest", "previous", "former",
                            "annual", "major", "big", "full", "lengthy", "brief", "further", "possible",
                            "potential", "planned", "proposed", "upcoming", "initial", "final", "second",
                            "third", "early", "late", "public", "official", "joint", "direct", "formal"};
  return dets.contains(w);
}
bool is_clause_breaker(std::string_view w) { return set_of<lexicon::kClauseBreakers>().contains(w); }
bool is_subject_pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i" || w == "it" || w == "you";
}

}  // namespace trigger_words

}  // namespace claimline
