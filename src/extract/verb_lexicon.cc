#include "extract/verb_lexicon.h"

#include <string>
#include <unordered_map>

#include "extract/lexicon/word_map.h"
#include "util/word_memo.h"

namespace claimline {
namespace {

struct VerbEntry {
  std::string_view lemma;
  uint32_t verb_count, noun_count, adj_count;
};
struct PhrasalEntry {
  std::string_view phrase;
  uint32_t verb_count;
};
struct IrregularEntry {
  std::string_view form, lemma;
};

constexpr VerbEntry kVerbs[] = {
#define CLAIMLINE_VERB_ENTRIES
#include "extract/lexicon/verbs.inc"
#undef CLAIMLINE_VERB_ENTRIES
};
constexpr PhrasalEntry kPhrasal[] = {
#define CLAIMLINE_PHRASAL_ENTRIES
#include "extract/lexicon/verbs.inc"
#undef CLAIMLINE_PHRASAL_ENTRIES
};
constexpr IrregularEntry kIrregular[] = {
#define CLAIMLINE_IRREGULAR_ENTRIES
#include "extract/lexicon/verbs.inc"
#undef CLAIMLINE_IRREGULAR_ENTRIES
};

// Irregular forms of the commonest verbs that WordNet's exception list leaves out because
// they equal the lemma ("set", "put") or that it lists under rarer lemmas.
constexpr IrregularEntry kExtraIrregular[] = {
    {"set", "set"}, {"put", "put"}, {"cut", "cut"}, {"hit", "hit"}, {"let", "let"}, {"cost", "cost"},
    {"hurt", "hurt"}, {"quit", "quit"}, {"shut", "shut"}, {"spread", "spread"}, {"bid", "bid"},
    {"broadcast", "broadcast"}, {"read", "read"}, {"beat", "beat"}, {"forecast", "forecast"},
};

struct Tables {
  lexicon::WordMap<const VerbEntry*> verbs;
  std::unordered_map<std::string, uint32_t> phrasal;
  lexicon::WordMap<std::string_view> irregular;

  Tables() {
    for (const auto& v : kVerbs) verbs.emplace(v.lemma, &v);
    for (const auto& p : kPhrasal) phrasal.emplace(std::string(p.phrase), p.verb_count);
    for (const auto& i : kIrregular) irregular.emplace(i.form, i.lemma);
    for (const auto& i : kExtraIrregular) irregular.emplace(i.form, i.lemma);
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

const VerbEntry* find(std::string_view lemma) {
  const auto& v = tables().verbs;
  const auto* e = v.find(lemma);
  return e ? *e : nullptr;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Candidate lemmas of a regular form with `suffix` removed: the stem, the stem + "e"
// ("announc" + "e"), the stem with a doubled final consonant undone ("stopp" -> "stop"),
// "i" -> "y" ("tri" -> "try").
void stem_candidates(std::string_view stem, std::string* out, size_t* n) {
  *n = 0;
  if (stem.size() < 2) return;
  out[(*n)++] = std::string(stem);
  out[(*n)++] = std::string(stem) + "e";
  const size_t k = stem.size();
  if (k >= 3 && stem[k - 1] == stem[k - 2] && !is_vowel(stem[k - 1])) out[(*n)++] = std::string(stem.substr(0, k - 1));
  if (stem.back() == 'i') out[(*n)++] = std::string(stem.substr(0, k - 1)) + "y";
}

// The best (most frequent) verb among the candidates.
const VerbEntry* best_of(const std::string* cands, size_t n) {
  const VerbEntry* best = nullptr;
  for (size_t i = 0; i < n; ++i) {
    const VerbEntry* e = find(cands[i]);
    if (e && (!best || e->verb_count > best->verb_count)) best = e;
  }
  return best;
}

std::optional<VerbReading> make(const VerbEntry* e, VerbForm form, std::string_view word) {
  if (!e) return std::nullopt;
  VerbReading r{e->lemma, form, e->verb_count, 0, 0};
  // Noun and adjective counts belong to the word form when it is itself a lemma ("plans"
  // is not, "plan" is): a form's own noun reading is what competes with its verb reading.
  const VerbEntry* own = find(word);
  if (own) {
    r.noun_count = own->noun_count;
    r.adj_count = own->adj_count;
  } else if (form == VerbForm::kThird) {
    r.noun_count = e->noun_count;  // "plans" as the plural of the noun "plan"
  }
  return r;
}

}  // namespace

namespace {

std::optional<VerbReading> read_verb_uncached(std::string_view w) {
  if (w.size() < 2) return std::nullopt;
  if (const VerbEntry* e = find(w)) return make(e, VerbForm::kBase, w);
  const auto& irr = tables().irregular;
  if (const auto* lemma = irr.find(w)) return make(find(*lemma), VerbForm::kIrregular, w);
  std::string cands[4];
  size_t n = 0;
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 1 && w.substr(w.size() - s.size()) == s; };
  if (ends("ing")) {
    stem_candidates(w.substr(0, w.size() - 3), cands, &n);
    if (ends("ying")) cands[n++] = std::string(w.substr(0, w.size() - 4)) + "ie";  // dying -> die
    return make(best_of(cands, n), VerbForm::kGerund, w);
  }
  if (ends("ed")) {
    stem_candidates(w.substr(0, w.size() - 2), cands, &n);
    return make(best_of(cands, n), VerbForm::kPast, w);
  }
  if (ends("s")) {
    size_t k = 0;
    cands[k++] = std::string(w.substr(0, w.size() - 1));
    if (ends("es")) cands[k++] = std::string(w.substr(0, w.size() - 2));
    if (ends("ies")) cands[k++] = std::string(w.substr(0, w.size() - 3)) + "y";
    return make(best_of(cands, k), VerbForm::kThird, w);
  }
  return std::nullopt;
}

}  // namespace

// The trigger scanner reads most tokens as verbs, several times each; a reading depends on
// the word alone (its lemma points into static tables), so it is remembered per thread.
std::optional<VerbReading> read_verb(std::string_view w) {
  thread_local util::WordMemo<std::optional<VerbReading>> memo;
  return memo.get(w, read_verb_uncached);
}

std::optional<VerbReading> verb_lemma(std::string_view lemma) {
  const VerbEntry* e = find(lemma);
  if (!e) return std::nullopt;
  return VerbReading{e->lemma, VerbForm::kBase, e->verb_count, e->noun_count, e->adj_count};
}

uint32_t phrasal_verb_count(std::string_view lemma, std::string_view particle) {
  std::string key;
  key.reserve(lemma.size() + particle.size() + 1);
  key.append(lemma).push_back(' ');
  key.append(particle);
  const auto& p = tables().phrasal;
  auto it = p.find(key);
  return it == p.end() ? 0 : it->second;
}

std::optional<VerbReading> word_counts(std::string_view w) { return verb_lemma(w); }

}  // namespace claimline
