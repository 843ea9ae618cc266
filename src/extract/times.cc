// Time-expression extraction: a hand-written grammar over the Document's tokens.
//
// How it works: each sentence is scanned left to right; at every token each rule tries to
// match a phrase starting there (optionally after a modifier such as "about" or "early"),
// the longest match wins, and the scan resumes after it. Rules build the TimeML value
// directly from the publication date (the anchor), the tense of the sentence (for bare
// weekdays and months) and the last calendar date mentioned (for anaphora such as "a year
// earlier" and "the quarter", which news anchors to the period under discussion).
#include "extract/times.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>

#include "extract/lexicon/time_words.h"
#include "extract/lexicon/word_set.h"
#include "extract/time_normalize.h"
#include "extract/time_tense.h"
#include "util/digits.h"

namespace claimline {
namespace {

using date::year_month_day;
using lexicon::UnitKind;
using timenorm::Grain;

// ---- Word features, looked up once per token ------------------------------------------------

struct WordInfo {
  int8_t month = 0;  // 1..12
  bool month_abbr = false;
  int8_t weekday = 0;  // ISO 1..7
  bool weekday_abbr = false;
  int8_t weekday_plural = 0;
  int16_t number = -1;  // cardinal word value
  int8_t ordinal = 0;   // ordinal word value
  int8_t unit = -1;     // UnitKind
  bool unit_plural = false;
  int8_t season = -1;  // index into kSeasons
  int8_t part = -1;    // index into kPartsOfDay
  bool time_zone = false;
};

lexicon::WordMap<WordInfo> build_word_table() {
  lexicon::WordMap<WordInfo> t;
  for (const auto& m : lexicon::kMonths) {
    t[m.word].month = static_cast<int8_t>(m.month);
    t[m.word].month_abbr = m.abbreviation;
  }
  for (const auto& d : lexicon::kWeekdays) {
    t[d.word].weekday = static_cast<int8_t>(d.iso);
    t[d.word].weekday_abbr = d.abbreviation;
  }
  for (const auto& d : lexicon::kWeekdayPlurals) t[d.word].weekday_plural = static_cast<int8_t>(d.value);
  for (const auto& n : lexicon::kNumberWords) t[n.word].number = static_cast<int16_t>(n.value);
  for (const auto& n : lexicon::kOrdinalWords) t[n.word].ordinal = static_cast<int8_t>(n.value);
  for (const auto& u : lexicon::kUnits) {
    t[u.word].unit = static_cast<int8_t>(u.unit);
    t[u.word].unit_plural = u.plural;
  }
  for (size_t k = 0; k < std::size(lexicon::kSeasons); ++k) t[lexicon::kSeasons[k].word].season = static_cast<int8_t>(k);
  for (size_t k = 0; k < std::size(lexicon::kPartsOfDay); ++k) {
    t[lexicon::kPartsOfDay[k].word].part = static_cast<int8_t>(k);
  }
  for (const auto& z : lexicon::kTimeZones) t[z].time_zone = true;
  return t;
}

const WordInfo& no_word_info() {
  static const WordInfo none;
  return none;
}

const WordInfo& word_info(std::string_view lower_word) {
  static const lexicon::WordMap<WordInfo> table = build_word_table();
  const WordInfo* info = table.find(lower_word);
  return info ? *info : no_word_info();
}

std::string_view first_word(std::string_view phrase) { return phrase.substr(0, phrase.find_first_of(" -'")); }

// Every word a rule can start with (numbers aside). A token outside this set starts no
// expression, which lets the scanner skip most of the text after one hash lookup.
std::vector<std::string_view> build_starters() {
  std::vector<std::string_view> s;
  for (const auto& m : lexicon::kMonths) s.push_back(m.word);
  for (const auto& d : lexicon::kWeekdays) s.push_back(d.word);
  for (const auto& d : lexicon::kWeekdayPlurals) s.push_back(d.word);
  for (const auto& n : lexicon::kNumberWords) s.push_back(n.word);
  for (const auto& n : lexicon::kOrdinalWords) s.push_back(n.word);
  for (const auto& u : lexicon::kUnits) s.push_back(u.word);
  for (const auto& x : lexicon::kSeasons) s.push_back(x.word);
  for (const auto& x : lexicon::kPartsOfDay) s.push_back(x.word);
  for (const auto& x : lexicon::kQuantityMods) s.push_back(first_word(x.word));
  for (const auto& x : lexicon::kPositionMods) s.push_back(first_word(x.word));
  for (const auto& x : lexicon::kVague) s.push_back(first_word(x.phrase));
  for (const auto& x : lexicon::kSetWords) s.push_back(first_word(x.phrase));
  for (const auto& x : lexicon::kHolidays) s.push_back(first_word(x.word));
  for (std::string_view w : lexicon::kScannerStarters) s.push_back(w);
  return s;
}

// The entries of a phrase list grouped by their first word, in list order, so a rule tries
// only the phrases that can match at a token.
template <typename Entry>
class PhraseIndex {
 public:
  template <size_t N, typename Key>
  PhraseIndex(const Entry (&list)[N], Key key) {
    for (const Entry& e : list) by_first_[first_word(key(e))].push_back(&e);
  }
  const std::vector<const Entry*>& at(std::string_view word) const {
    static const std::vector<const Entry*> none;
    const auto* entries = by_first_.find(word);
    return entries ? *entries : none;
  }

 private:
  lexicon::WordMap<std::vector<const Entry*>> by_first_;
};

const PhraseIndex<lexicon::CodeWord>& quantity_mods() {
  static const PhraseIndex<lexicon::CodeWord> index(lexicon::kQuantityMods, [](const auto& e) { return e.word; });
  return index;
}
const PhraseIndex<lexicon::CodeWord>& position_mods() {
  static const PhraseIndex<lexicon::CodeWord> index(lexicon::kPositionMods, [](const auto& e) { return e.word; });
  return index;
}
const PhraseIndex<lexicon::VagueWord>& vague_phrases() {
  static const PhraseIndex<lexicon::VagueWord> index(lexicon::kVague, [](const auto& e) { return e.phrase; });
  return index;
}
const PhraseIndex<lexicon::CodeWord>& holidays() {
  static const PhraseIndex<lexicon::CodeWord> index(lexicon::kHolidays, [](const auto& e) { return e.word; });
  return index;
}

// The words a time expression can have right after "the" ("the past year", "the 1990s",
// "the third quarter", "the end of 1994"): every word that can start one, the second word
// of each lexicon phrase beginning with "the", and the words the rules below compare with
// the token after "the". Numbers and the words of the time lexicons (months, units,
// ordinals, ...) are let through by Scanner::after_the. "the" is the commonest candidate
// token by far, and nearly always begins no time expression.
bool may_follow_the(std::string_view lower_word) {
  static bool any = false;  // a phrase that is "the" alone: any word may follow
  static const lexicon::WordSet words = [] {
    std::vector<std::string_view> v = build_starters();
    auto second_words = [&v](std::string_view phrase) {
      if (first_word(phrase) != "the") return;
      const size_t space = phrase.find(' ');
      if (space == std::string_view::npos) {
        any = true;
        return;
      }
      v.push_back(first_word(phrase.substr(space + 1)));
    };
    for (const auto& x : lexicon::kQuantityMods) second_words(x.word);
    for (const auto& x : lexicon::kPositionMods) second_words(x.word);
    for (const auto& x : lexicon::kVague) second_words(x.phrase);
    for (const auto& x : lexicon::kSetWords) second_words(x.phrase);
    for (const auto& x : lexicon::kHolidays) second_words(x.word);
    for (std::string_view x : {"prior", "latter", "quarter", "period", "whole", "weekend", "day", "week", "month",
                               "century", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                               "eighties", "nineties"}) {
      v.push_back(x);
    }
    return lexicon::WordSet(v.begin(), v.end());
  }();
  return any || words.contains(lower_word);
}

bool may_start(std::string_view lower_word) {
  static const std::vector<std::string_view> words = build_starters();
  static const lexicon::WordSet starters(words.begin(), words.end());
  return starters.contains(lower_word);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Two digits, zero padded (REQUIRES: 0 <= v <= 99).
std::string pad2(int v) { return std::string{static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)}; }

int to_int(std::string_view s) { return util::saturated_digits(s); }

template <size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Words before a bare month or year that mark it as a date ("in March", "since 1990").
constexpr std::string_view kDateCues[] = {
    "in", "since", "until", "till", "by", "from", "through", "thru", "during", "before", "after", "of",
    "last", "next", "this", "early", "late", "mid", "for", "between", "around", "and", "or", "to",
    "on", "into", "throughout", "at", "as", "fiscal", "circa", "spring", "summer", "fall", "autumn",
    "winter", "-", "\u2013", "year", "about", "than", "earlier", "later", "ending", "ended", "starting"};

// Capitalised words after a weekday that make it part of a name ("Sunday Times").
constexpr std::string_view kWeekdayNameParts[] = {
    "times", "telegraph", "mirror", "express", "herald", "post", "mail", "tribune", "independent",
    "observer", "star", "sun", "world", "people", "journal", "review", "magazine", "edition", "school",
    "service", "football", "night football", "club", "group", "sport", "sports", "show", "today",
    "morning", "bloody"};

// Words that make a preceding number a count rather than a year ("2000 people").
bool is_count_noun(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  constexpr std::string_view kOk[] = {"was", "has", "is", "as", "its", "this", "towards", "levels", "results",
                                      "figures", "elections", "olympics", "games", "talks", "crisis", "us"};
  return !one_of(w, kOk);
}

// ---- Matches ----------------------------------------------------------------------------------

struct Match {
  size_t begin = 0;
  size_t end = 0;  // one past the last token
  TimeType type = TimeType::kDate;
  std::string value;
  std::string mod;
  const char* rule = "";
  bool unresolved = false;
  bool relative_past = false;  // an "ago"/"earlier" date, which quantity modifiers may qualify
  bool backward_anaphora = false;  // "a year earlier": not itself the period under discussion
  bool multi_month = false;  // "the first nine months": a reporting period longer than a quarter
  // The day a calendar value is anchored on and its grain, for anaphora.
  std::optional<year_month_day> point;
  Grain grain = Grain::kDay;
};

struct Quantity {
  double value = 0;
  bool vague = false;    // "several", "a few"
  bool article = false;  // "a", "an"
  bool approx = false;   // "a couple of"
  size_t end = 0;
};

struct Reference {
  year_month_day point;
  Grain grain;
  size_t sentence;
};

class Scanner {
 public:
  Scanner(const Document& doc, const Timestamp& published) : doc_(doc), toks_(doc.tokens()) {
    infos_.reserve(toks_.size());
    for (size_t i = 0; i < toks_.size(); ++i) {
      infos_.push_back(toks_[i].kind == TokenKind::kWord ? &word_info(doc.lower(i)) : &no_word_info());
    }
    if (published.known() && published.precision >= Precision::kDay) dct_ = published.day();
  }

  std::vector<TimeExpr> run() {
    std::vector<TimeExpr> out;
    for (size_t s = 0; s < doc_.sentences().size(); ++s) {
      sentence_index_ = s;
      const Sentence& sent = doc_.sentences()[s];
      limit_ = sent.end_token;
      for (size_t i = sent.first_token; i < limit_;) {
        if (toks_[i].kind != TokenKind::kNumber && !may_start(doc_.lower(i))) {
          ++i;
          continue;
        }
        std::optional<Match> m = best_at(i);
        if (!m) {
          ++i;
          continue;
        }
        remember(*m);
        out.push_back(to_expr(*m));
        i = m->end;
      }
    }
    return out;
  }

 private:
  // ---- token access (empty past the current sentence) ----
  std::string_view w(size_t i) const { return i < limit_ ? doc_.lower(i) : std::string_view(); }
  const WordInfo& info(size_t i) const { return i < limit_ ? *infos_[i] : no_word_info(); }
  bool glued(size_t i) const { return i < limit_ && !toks_[i].space_before; }
  bool upper(size_t i) const { return i < limit_ && toks_[i].upper_initial; }
  // A capitalised word that is not all capitals ("Week", not "WEEK" of a headline).
  bool title_case(size_t i) const {
    if (!upper(i)) return false;
    const std::string_view t = doc_.text(i);
    return std::any_of(t.begin() + 1, t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  bool is_number(size_t i) const { return i < limit_ && toks_[i].kind == TokenKind::kNumber; }
  bool is_word(size_t i) const { return i < limit_ && toks_[i].kind == TokenKind::kWord; }
  // Whether token i, after "the", can continue a time expression (may_follow_the).
  bool after_the(size_t i) const {
    if (i >= limit_) return false;
    if (!is_word(i)) return is_number(i) || w(i) == "'" || w(i) == "\u2019";
    const WordInfo& x = info(i);
    if (x.month || x.weekday || x.weekday_plural || x.number >= 0 || x.ordinal || x.unit >= 0 || x.season >= 0 ||
        x.part >= 0 || x.time_zone) {
      return true;
    }
    return may_follow_the(w(i));
  }
  bool digits(size_t i) const { return is_number(i) && all_digits(w(i)); }
  bool hyphen(size_t i) const { return w(i) == "-" || w(i) == "\u2013"; }
  const Sentence& sentence() const { return doc_.sentences()[sentence_index_]; }
  Tense tense(size_t i) const { return tense_override_ ? *tense_override_ : tense_near(doc_, sentence(), i); }

  // End of `phrase` (space-separated tokens; "-" and "'s" are tokens of their own) when it
  // starts at token i, else 0.
  size_t phrase(size_t i, std::string_view p) const {
    const std::string_view first = w(i);
    // The phrase must begin with the first token's text (this rejects most calls, which
    // try a list of phrases at every token).
    if (first.empty() || p.size() < first.size() || std::memcmp(p.data(), first.data(), first.size()) != 0) return 0;
    const char* s = p.data();
    const size_t n = p.size();
    size_t k = 0;
    for (;;) {
      // The part of the phrase at k: "-", "'s", or a word up to a space, "-" or "'s".
      size_t e = k + 1;
      if (s[k] == '\'' && k + 1 < n && s[k + 1] == 's') {
        e = k + 2;
      } else if (s[k] != '-') {
        while (e < n && s[e] != ' ' && s[e] != '-' && !(s[e] == '\'' && e + 1 < n && s[e + 1] == 's')) ++e;
      }
      const std::string_view part(s + k, e - k);
      const std::string_view tok = w(i);
      if (tok != part && !(part == "'s" && tok == "\u2019s")) return 0;
      ++i;
      k = e;
      while (k < n && s[k] == ' ') ++k;
      if (k >= n) return i;
    }
  }

  // ---- numbers ----
  std::optional<Quantity> quantity(size_t i) const;
  std::optional<std::pair<int, size_t>> small_number_word(size_t i) const;
  std::optional<std::pair<int, size_t>> ordinal(size_t i) const;
  std::optional<std::pair<int, size_t>> day_number(size_t i) const;
  std::optional<std::pair<int, size_t>> year_number(size_t i) const;
  std::optional<std::pair<int, size_t>> year_words(size_t i) const;
  std::optional<std::pair<int, size_t>> any_year(size_t i) const;
  std::optional<std::pair<int, size_t>> unit(size_t i, bool plural_ok, bool singular_ok) const;

  // ---- rules ----
  std::optional<Match> best_at(size_t i);
  std::optional<Match> core(size_t i);
  std::optional<Match> numeric_date(size_t i) const;
  std::optional<Match> month_date(size_t i);
  std::optional<Match> day_month(size_t i);
  std::optional<Match> weekday(size_t i);
  std::optional<Match> relative_day(size_t i);
  std::optional<Match> deictic(size_t i);
  std::optional<Match> quarter(size_t i);
  std::optional<Match> year(size_t i);
  std::optional<Match> decade(size_t i);
  std::optional<Match> season(size_t i);
  std::optional<Match> clock(size_t i);
  std::optional<Match> duration(size_t i);
  std::optional<Match> counted_date(size_t i, size_t end, double amount, UnitKind uk);
  std::optional<Match> bare_units(size_t i, size_t j, bool det, std::string_view lead);
  std::optional<Match> anaphoric(size_t i);
  Match weekend(size_t i, size_t end) const;
  std::optional<Match> vague(size_t i) const;
  std::optional<Match> set(size_t i);
  std::optional<Match> holiday(size_t i);

  // ---- value helpers ----
  Match relative(size_t begin, size_t end, Grain g, int n, const char* rule) const;
  Match explicit_day(size_t begin, size_t end, int y, int m, int d, const char* rule) const;
  Match unresolved(size_t begin, size_t end, std::string value, const char* rule) const;
  std::optional<int> year_for_month(int month, Tense t) const;
  std::optional<int> year_for_month_day(int month, int day, Tense t) const;
  std::optional<int> year_for_day(const std::string& code, Tense t) const;
  std::optional<year_month_day> weekday_near(int iso, Tense t, const std::string& how) const;
  std::optional<Reference> recent_reference(size_t max_sentences_back) const;
  // The last quarter mentioned (financial news keeps discussing one quarter for a while).
  std::optional<Reference> recent_quarter(size_t max_sentences_back) const {
    if (!quarter_ref_ || sentence_index_ - quarter_ref_->sentence > max_sentences_back) return std::nullopt;
    return quarter_ref_;
  }
  std::optional<std::pair<size_t, year_month_day>> day_phrase(size_t i);
  bool month_word(size_t i) const;
  static int info_part_plural(std::string_view p) {
    for (size_t k = 0; k < std::size(lexicon::kPartsOfDay); ++k) {
      const std::string_view word = lexicon::kPartsOfDay[k].word;
      if (p.size() == word.size() + 1 && p.substr(0, word.size()) == word) return static_cast<int>(k);
    }
    return 0;
  }

  void remember(const Match& m) {
    last_end_ = m.end;
    if (m.multi_month) period_ = std::make_pair(sentence_index_, m.begin);
    if (!m.point || m.type == TimeType::kDuration || m.type == TimeType::kSet || m.backward_anaphora) return;
    ref_ = Reference{*m.point, m.grain, sentence_index_};
    // Financial reports discuss quarters that have begun; a future quarter ("results through
    // the third quarter of 1990") is not the one "the year-ago period" looks back from.
    if (m.grain == Grain::kQuarter && (!dct_ || *m.point <= *dct_)) {
      quarter_ref_ = ref_;
      quarter_token_ = m.begin;
    }
  }

  // Whether the period under discussion is a run of months longer than a quarter ("For the
  // nine months, net fell 5% from a year earlier"), mentioned in this sentence or the one
  // before and after the latest quarter: TimeML then dates the comparison by the year.
  bool comparing_months() const {
    return period_ && sentence_index_ - period_->first <= 1 && (!quarter_ref_ || period_->second > quarter_token_);
  }

  TimeExpr to_expr(const Match& m) const {
    TimeExpr t;
    t.span = Span(toks_[m.begin].start, toks_[m.end - 1].end);
    t.type = m.type;
    t.value = m.value;
    t.mod = m.mod;
    t.rule = m.rule;
    t.resolved = !m.unresolved;
    if (t.resolved && (t.type == TimeType::kDate || t.type == TimeType::kTime)) {
      if (auto r = timenorm::interval_of(t.value)) {
        t.start = r->first;
        t.end = r->last;
      }
    }
    return t;
  }

  const Document& doc_;
  const std::vector<Token>& toks_;
  std::vector<const WordInfo*> infos_;  // word features of every token
  std::optional<year_month_day> dct_;
  std::optional<Reference> ref_;
  std::optional<Reference> quarter_ref_;
  size_t quarter_token_ = 0;                             // first token of the quarter_ref_ mention
  std::optional<std::pair<size_t, size_t>> period_;      // (sentence, token) of the last multi-month period
  size_t sentence_index_ = 0;
  size_t limit_ = 0;
  size_t last_end_ = 0;  // token after the last match
  // The tense of the whole expression while a rule resolves a part of it ("until 9 a.m.
  // Tuesday": the weekday takes the deadline of the clock time before it).
  std::optional<Tense> tense_override_;
};

// ---- numbers ----------------------------------------------------------------------------------

// "one" .. "ninety-nine" as words, with "twenty-four" / "twenty four".
std::optional<std::pair<int, size_t>> Scanner::small_number_word(size_t i) const {
  const int v = info(i).number;
  if (v < 0 || v == 100) return std::nullopt;
  if (v >= 20 && v % 10 == 0 && v < 100) {
    if (hyphen(i + 1) && glued(i + 1) && glued(i + 2)) {
      const int u = info(i + 2).number;
      if (u >= 1 && u <= 9) return std::make_pair(v + u, i + 3);
    }
    const int u = info(i + 1).number;
    if (u >= 1 && u <= 9) return std::make_pair(v + u, i + 2);
  }
  return std::make_pair(v, i + 1);
}

std::optional<Quantity> Scanner::quantity(size_t i) const {
  Quantity q;
  const std::string_view t = w(i);
  if (t == "a" || t == "an") {
    const std::string_view n = w(i + 1);
    if (n == "few") return Quantity{0, true, false, false, i + 2};
    if (n == "couple") return Quantity{2, false, false, true, w(i + 2) == "of" ? i + 3 : i + 2};
    if (n == "dozen") return Quantity{12, false, false, false, i + 2};
    if (n == "hundred") return Quantity{100, false, false, false, i + 2};
    if (n == "half") return Quantity{0.5, false, false, false, i + 2};
    return Quantity{1, false, true, false, i + 1};
  }
  if (t == "half") {
    if (w(i + 1) == "a" || w(i + 1) == "an") return Quantity{0.5, false, false, false, i + 2};
    return std::nullopt;
  }
  if (t == "several" || t == "few" || t == "many" || t == "numerous") return Quantity{0, true, false, false, i + 1};
  if (t == "couple" && w(i + 1) == "of") return Quantity{2, false, false, true, i + 2};
  if (is_number(i)) {
    std::string s;
    for (char c : w(i)) {
      if (c != ',') s.push_back(c);
    }
    if (s.find(':') != std::string::npos || s.find('/') != std::string::npos) return std::nullopt;
    if (std::count(s.begin(), s.end(), '.') > 1) return std::nullopt;
    q.value = std::strtod(s.c_str(), nullptr);
    q.end = i + 1;
    // "2 1/2"
    const std::string_view f = w(i + 1);
    if (is_number(i + 1) && f.size() == 3 && f[1] == '/' && f[0] >= '1' && f[0] <= '9' && f[2] >= '2' &&
        f[2] <= '9' && f[0] < f[2]) {
      q.value += static_cast<double>(f[0] - '0') / (f[2] - '0');
      q.end = i + 2;
    }
    return q;
  }
  if (auto n = small_number_word(i)) {
    q.value = n->first;
    q.end = n->second;
    if (w(q.end) == "hundred") {
      q.value *= 100;
      ++q.end;
    }
    return q;
  }
  return std::nullopt;
}

std::optional<std::pair<int, size_t>> Scanner::ordinal(size_t i) const {
  if (const int v = info(i).ordinal; v > 0) return std::make_pair(v, i + 1);
  const int tens = info(i).number;
  if (tens == 20 || tens == 30) {
    size_t j = i + 1;
    if (hyphen(j) && glued(j)) ++j;
    const int u = info(j).ordinal;
    if (u >= 1 && u <= 9) return std::make_pair(tens + u, j + 1);
  }
  if (digits(i) && w(i).size() <= 3 && glued(i + 1)) {
    const std::string_view suf = w(i + 1);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") return std::make_pair(to_int(w(i)), i + 2);
  }
  return std::nullopt;
}

std::optional<std::pair<int, size_t>> Scanner::day_number(size_t i) const {
  if (digits(i) && w(i).size() <= 2) {
    const int d = to_int(w(i));
    if (d < 1 || d > 31) return std::nullopt;
    if (glued(i + 1)) {
      const std::string_view suf = w(i + 1);
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") return std::make_pair(d, i + 2);
      if (is_word(i + 1) || is_number(i + 1)) return std::nullopt;
    }
    return std::make_pair(d, i + 1);
  }
  if (auto o = ordinal(i); o && o->first <= 31) return o;
  return std::nullopt;
}

std::optional<std::pair<int, size_t>> Scanner::year_number(size_t i) const {
  if (!digits(i) || w(i).size() != 4) return std::nullopt;
  const int y = to_int(w(i));
  if (y < 1000 || y > 2999) return std::nullopt;
  // "1990s", "1990-91" and "2025-03-13" are not bare years.
  if (glued(i + 1) && (is_word(i + 1) || is_number(i + 1))) return std::nullopt;
  return std::make_pair(y, i + 1);
}

// "nineteen ninety-six", "nineteen eighty", "two thousand", "two thousand and one".
std::optional<std::pair<int, size_t>> Scanner::year_words(size_t i) const {
  const std::string_view t = w(i);
  if (t == "nineteen" || t == "eighteen" || t == "twenty") {
    const int century = t == "nineteen" ? 1900 : t == "eighteen" ? 1800 : 2000;
    if (t == "twenty" && w(i + 1) != "twenty" && w(i + 1) != "ten" && w(i + 1) != "eleven") return std::nullopt;
    if (auto n = small_number_word(i + 1); n && n->first >= 10 && n->first <= 99) {
      return std::make_pair(century + n->first, n->second);
    }
    return std::nullopt;
  }
  if (t == "two" && w(i + 1) == "thousand") {
    size_t j = i + 2;
    if (w(j) == "and") ++j;
    if (auto n = small_number_word(j); n && n->first < 100) return std::make_pair(2000 + n->first, n->second);
    return std::make_pair(2000, i + 2);
  }
  return std::nullopt;
}

std::optional<std::pair<int, size_t>> Scanner::any_year(size_t i) const {
  if (auto y = year_number(i)) return y;
  return year_words(i);
}

// A unit word at i: returns (UnitKind, end).
std::optional<std::pair<int, size_t>> Scanner::unit(size_t i, bool plural_ok, bool singular_ok) const {
  const WordInfo& u = info(i);
  if (u.unit < 0) return std::nullopt;
  if (u.unit_plural ? !plural_ok : !singular_ok) return std::nullopt;
  return std::make_pair(static_cast<int>(u.unit), i + 1);
}

// ---- value helpers ----------------------------------------------------------------------------

Match Scanner::relative(size_t begin, size_t end, Grain g, int n, const char* rule) const {
  Match m;
  m.begin = begin;
  m.end = end;
  m.rule = rule;
  if (!dct_) return unresolved(begin, end, timenorm::unknown_at(g), rule);
  const year_month_day d = timenorm::shift(*dct_, g, n);
  m.value = timenorm::value_at(d, g);
  m.point = d;
  m.grain = g;
  return m;
}

Match Scanner::explicit_day(size_t begin, size_t end, int y, int mo, int d, const char* rule) const {
  Match m;
  m.begin = begin;
  m.end = end;
  m.rule = rule;
  const year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)}, date::day{static_cast<unsigned>(d)}};
  m.value = timenorm::day_value(ymd);
  m.point = ymd;
  m.grain = Grain::kDay;
  return m;
}

Match Scanner::unresolved(size_t begin, size_t end, std::string value, const char* rule) const {
  Match m;
  m.begin = begin;
  m.end = end;
  m.rule = rule;
  m.value = std::move(value);
  m.unresolved = true;
  return m;
}

// The year of a month named without one: the past tense takes the latest such month on or
// before the publication month, the future the next one on or after it, otherwise the
// nearest one.
std::optional<int> Scanner::year_for_month(int month, Tense t) const {
  if (!dct_) return std::nullopt;
  const int y = static_cast<int>(dct_->year());
  const int m = static_cast<int>(static_cast<unsigned>(dct_->month()));
  // The nearest such month (the past one when both are six months away: "the October
  // slaying" written in April), unless the tense points the other way by more than a couple
  // of months ("sales fell in November" written in March is last November; "said ... in
  // November" written in October is often a plan).
  int best = month - m >= 6 ? y - 1 : m - month > 6 ? y + 1 : y;
  const int diff = (best - y) * 12 + month - m;  // months from the publication month
  if (t == Tense::kPast && diff > 2) best -= 1;
  if (t == Tense::kFuture && diff < -2) best += 1;
  return best;
}

std::optional<int> Scanner::year_for_month_day(int month, int day, Tense t) const {
  return year_for_day(pad2(month) + "-" + pad2(day), t);
}

// The year of a day named without one (`code` as timenorm::holiday_in takes it).
std::optional<int> Scanner::year_for_day(const std::string& code, Tense t) const {
  if (!dct_) return std::nullopt;
  const int y = static_cast<int>(dct_->year());
  const auto at = [&](int yy) {
    const std::optional<year_month_day> d = timenorm::holiday_in(code, yy);
    // Feb 29 in a common year: count it as Mar 1 for the comparison only.
    return d ? date::sys_days{*d} : date::sys_days{year_month_day{date::year{yy}, date::month{3}, date::day{1}}};
  };
  const date::sys_days dct{*dct_};
  // The nearest such day, unless the tense points the other way by more than two months
  // ("the rights expire Nov. 21" and "extended to Nov. 20" are both this November).
  const auto dist = [&](int yy) { return std::abs((at(yy) - dct).count()); };
  int best = y;
  for (int yy : {y - 1, y + 1}) {
    if (dist(yy) < dist(best)) best = yy;
  }
  const auto ahead = (at(best) - dct).count();
  if (t == Tense::kPast && ahead > 61) best -= 1;
  if (t == Tense::kFuture && ahead < -61) best += 1;
  return best;
}

// The day named by a weekday: `how` is "last", "next", "this", "coming", "past" or empty
// (then the tense decides: past or unknown = on or before, future = on or after).
std::optional<year_month_day> Scanner::weekday_near(int iso, Tense t, const std::string& how) const {
  if (!dct_) return std::nullopt;
  const date::sys_days dct{*dct_};
  const int today = static_cast<int>(date::weekday{dct}.iso_encoding());
  const int back = (today - iso + 7) % 7;     // days back to the latest such day (0 = today)
  const int ahead = (iso - today + 7) % 7;    // days ahead to the next (0 = today)
  int delta;
  if (how == "last" || how == "past" || how == "previous") {
    delta = -(back == 0 ? 7 : back);
  } else if (how == "next") {
    delta = ahead == 0 ? 7 : ahead;
  } else if (how == "this") {
    delta = iso - today;  // the same ISO week
  } else if (how == "coming") {
    delta = ahead;
  } else if (t == Tense::kFuture) {
    delta = ahead;
  } else {
    delta = -back;
  }
  return year_month_day{dct + date::days{delta}};
}

std::optional<Reference> Scanner::recent_reference(size_t max_sentences_back) const {
  if (!ref_ || sentence_index_ - ref_->sentence > max_sentences_back) return std::nullopt;
  return ref_;
}

// A month name that can start a date: capitalised; an abbreviation needs its period or a
// following day number.
bool Scanner::month_word(size_t i) const {
  const WordInfo& m = info(i);
  if (m.month == 0 || !upper(i)) return false;
  if (!m.month_abbr) return true;
  if (w(i + 1) == "." && glued(i + 1)) return true;
  return day_number(i + 1).has_value();
}

// The year of a season named without one, seen from `anchor`. Seasons cycle spring,
// summer, fall, winter, and a winter belongs to the year it starts in (January is in last
// year's winter). `strict` excludes the current season ("last summer" said in summer).
int season_year(year_month_day anchor, std::string_view code, Tense t, bool strict) {
  const auto month = static_cast<unsigned>(anchor.month());
  const int y = static_cast<int>(anchor.year());
  const int cycle_year = month <= 2 ? y - 1 : y;
  const int cur = timenorm::season_index(timenorm::season_of(month));
  const int s = timenorm::season_index(code);
  if (t == Tense::kPast) return (strict ? s < cur : s <= cur) ? cycle_year : cycle_year - 1;
  if (t == Tense::kFuture) return (strict ? s > cur : s >= cur) ? cycle_year : cycle_year + 1;
  return s == 3 && month <= 2 ? y - 1 : y;
}

// First day of a season of `year` (meteorological: spring starts in March).
year_month_day season_start(int year, std::string_view code) {
  const auto s = static_cast<unsigned>(timenorm::season_index(code));
  return year_month_day{date::year{year}, date::month{3 + 3 * s}, date::day{1}};
}

// ---- rules ------------------------------------------------------------------------------------

std::optional<Match> Scanner::best_at(size_t i) {
  // Neither a rule (core() checks the same) nor a modifier phrase goes on from "the" with a
  // word may_follow_the lacks: it holds their second words.
  if (w(i) == "the" && !after_the(i + 1)) return std::nullopt;
  std::optional<Match> best = core(i);
  auto consider = [&](std::optional<Match> m) {
    if (m && (!best || m->end > best->end)) best = std::move(m);
  };
  // Quantity modifiers: "about two years", "more than four decades ago", "around 7 p.m.".
  for (const lexicon::CodeWord* entry : quantity_mods().at(w(i))) {
    const lexicon::CodeWord& mod = *entry;
    const size_t j = phrase(i, mod.word);
    if (j == 0) continue;
    if ((mod.word == "over" || mod.word == "under") && !quantity(j)) continue;
    std::optional<Match> m = core(j);
    if (!m) continue;
    const bool approx = mod.code == "APPROX";
    const bool numeric = m->type == TimeType::kDuration || m->relative_past;
    // "about" and "around" qualify clock times and calendar dates ("around Nov. 1"), not a
    // weekday ("get around Wednesday's ruling").
    const bool calendar = m->type == TimeType::kTime || (m->point.has_value() && info(j).weekday == 0);
    const bool ok = numeric ? (mod.word != "some" || is_number(j) || info(j).number > 0)
                            : approx && mod.word != "some" && calendar;
    if (!ok) continue;
    m->begin = i;
    if (m->mod.empty()) m->mod = std::string(mod.code);
    consider(std::move(m));
    break;
  }
  // Position modifiers: "early 2025", "mid-March", "late yesterday", "the end of 1994".
  for (const lexicon::CodeWord* entry : position_mods().at(w(i))) {
    const lexicon::CodeWord& mod = *entry;
    size_t j = phrase(i, mod.word);
    if (j == 0) continue;
    if (hyphen(j) && glued(j)) ++j;
    std::optional<Match> m = core(j);
    if (!m || !m->point || m->type == TimeType::kDuration || m->type == TimeType::kSet) {
      // Unanchored dates still take the modifier ("early next year" in an undated article).
      if (!m || !m->unresolved || m->type != TimeType::kDate) continue;
    }
    m->begin = i;
    m->mod = std::string(mod.code);
    consider(std::move(m));
  }
  return best;
}

std::optional<Match> Scanner::core(size_t i) {
  std::optional<Match> best;
  auto consider = [&](std::optional<Match> m) {
    if (m && (!best || m->end > best->end)) best = std::move(m);
  };
  if (is_number(i)) {
    consider(numeric_date(i));
    consider(day_month(i));
    consider(year(i));
    consider(decade(i));
    consider(clock(i));
    consider(duration(i));
    return best;
  }
  if (!is_word(i) && w(i) != "'" && w(i) != "\u2019") return best;
  if (w(i) == "the" && !after_the(i + 1)) return best;
  consider(month_date(i));
  consider(weekday(i));
  consider(relative_day(i));
  consider(deictic(i));
  consider(quarter(i));
  consider(year(i));
  consider(decade(i));
  consider(season(i));
  consider(clock(i));
  consider(set(i));
  consider(duration(i));
  consider(anaphoric(i));
  consider(vague(i));
  consider(holiday(i));
  return best;
}

// "3/13/2025", "13/3/2025", "2025-03-13", "2025/03/13".
std::optional<Match> Scanner::numeric_date(size_t i) const {
  const std::string_view t = w(i);
  int y = 0, m = 0, d = 0;
  size_t end = i + 1;
  if (std::count(t.begin(), t.end(), '/') == 2) {
    const size_t a = t.find('/'), b = t.find('/', a + 1);
    const std::string_view p1 = t.substr(0, a), p2 = t.substr(a + 1, b - a - 1), p3 = t.substr(b + 1);
    if (!all_digits(p1) || !all_digits(p2) || !all_digits(p3)) return std::nullopt;
    if (p1.size() == 4) {
      y = to_int(p1), m = to_int(p2), d = to_int(p3);
    } else {
      if (p3.size() != 4 && p3.size() != 2) return std::nullopt;
      y = to_int(p3);
      if (p3.size() == 2) y += y < 50 ? 2000 : 1900;
      m = to_int(p1), d = to_int(p2);
      if (m > 12 && d <= 12) std::swap(m, d);
    }
  } else if (all_digits(t) && t.size() == 4 && hyphen(i + 1) && glued(i + 1) && digits(i + 2) && glued(i + 2) &&
             w(i + 2).size() == 2 && hyphen(i + 3) && glued(i + 3) && digits(i + 4) && glued(i + 4) &&
             w(i + 4).size() == 2) {
    y = to_int(t), m = to_int(w(i + 2)), d = to_int(w(i + 4));
    end = i + 5;
  } else {
    return std::nullopt;
  }
  const year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || y < 1000) return std::nullopt;
  return explicit_day(i, end, y, m, d, "date.numeric");
}

// "March 13", "Sept. 30, 1989", "March 1996", "March of 1996", "in May", "Friday, Oct. 13"
// (the weekday rule handles the weekday).
std::optional<Match> Scanner::month_date(size_t i) {
  if (!month_word(i)) return std::nullopt;
  const int month = info(i).month;
  size_t j = i + 1;
  if (w(j) == "." && glued(j) && info(i).month_abbr) ++j;
  if (auto d = day_number(j)) {
    // "May 3 years" is not a date; "March 13, 2025" and "March 13 2025" are.
    if (unit(d->second, true, true)) return std::nullopt;
    size_t k = d->second;
    if (w(k) == "," ) ++k;
    if (auto y = any_year(k)) {
      const year_month_day ymd{date::year{y->first}, date::month{static_cast<unsigned>(month)},
                               date::day{static_cast<unsigned>(d->first)}};
      if (!ymd.ok()) return std::nullopt;
      return explicit_day(i, y->second, y->first, month, d->first, "date.month_day_year");
    }
    const std::optional<int> y = year_for_month_day(month, d->first, tense(i));
    const std::string md = pad2(month) + "-" + pad2(d->first);
    if (!y) return unresolved(i, d->second, std::string("XXXX-") + md, "date.month_day");
    const year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(month)},
                             date::day{static_cast<unsigned>(d->first)}};
    if (!ymd.ok()) return std::nullopt;
    return explicit_day(i, d->second, *y, month, d->first, "date.month_day");
  }
  size_t k = j;
  if (w(k) == "of" || w(k) == ",") ++k;
  if (auto y = any_year(k)) {
    Match m;
    m.begin = i;
    m.end = y->second;
    m.rule = "date.month_year";
    m.value = timenorm::month_value(y->first, month);
    m.point = year_month_day{date::year{y->first}, date::month{static_cast<unsigned>(month)}, date::day{1}};
    m.grain = Grain::kMonth;
    return m;
  }
  // "January this year", "June last year".
  for (const auto& [words, shift] : {std::pair<std::string_view, int>{"this year", 0}, {"last year", -1}, {"next year", 1}}) {
    if (const size_t e = phrase(j, words)) {
      if (!dct_) return unresolved(i, e, "XXXX-" + pad2(month), "date.month_relative_year");
      const int y = static_cast<int>(dct_->year()) + shift;
      Match m;
      m.begin = i;
      m.end = e;
      m.rule = "date.month_relative_year";
      m.value = timenorm::month_value(y, month);
      m.point = year_month_day{date::year{y}, date::month{static_cast<unsigned>(month)}, date::day{1}};
      m.grain = Grain::kMonth;
      return m;
    }
  }
  // A bare month name needs a cue before it ("in March"); "May" and "March" are also words.
  if (info(i).month_abbr) return std::nullopt;
  const std::string_view prev = i > sentence().first_token ? doc_.lower(i - 1) : std::string_view();
  if (!one_of(prev, kDateCues) && prev != "the") return std::nullopt;
  if (upper(i + 1) && is_word(i + 1) && !info(i + 1).month) return std::nullopt;  // "May Day", "March Madness"
  const std::optional<int> y = year_for_month(month, tense(i));
  const std::string mm = pad2(month);
  if (!y) return unresolved(i, j, std::string("XXXX-") + mm, "date.month");
  Match m;
  m.begin = i;
  m.end = j;
  m.rule = "date.month";
  m.value = timenorm::month_value(*y, month);
  m.point = year_month_day{date::year{*y}, date::month{static_cast<unsigned>(month)}, date::day{1}};
  m.grain = Grain::kMonth;
  return m;
}

// "13 March 2025", "13th of March".
std::optional<Match> Scanner::day_month(size_t i) {
  auto d = day_number(i);
  if (!d) return std::nullopt;
  size_t j = d->second;
  if (w(j) == "of") ++j;
  if (!month_word(j)) return std::nullopt;
  const int month = info(j).month;
  size_t k = j + 1;
  if (w(k) == "." && glued(k)) ++k;
  size_t y_at = k;
  if (w(y_at) == ",") ++y_at;
  if (auto y = any_year(y_at)) {
    const year_month_day ymd{date::year{y->first}, date::month{static_cast<unsigned>(month)},
                             date::day{static_cast<unsigned>(d->first)}};
    if (!ymd.ok()) return std::nullopt;
    return explicit_day(i, y->second, y->first, month, d->first, "date.day_month_year");
  }
  const std::optional<int> y = year_for_month_day(month, d->first, tense(i));
  const std::string md = pad2(month) + "-" + pad2(d->first);
  if (!y) return unresolved(i, k, std::string("XXXX-") + md, "date.day_month");
  const year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(month)},
                           date::day{static_cast<unsigned>(d->first)}};
  if (!ymd.ok()) return std::nullopt;
  return explicit_day(i, k, *y, month, d->first, "date.day_month");
}

// A day-naming phrase right after a clock time or part of day: "Thursday", "today",
// "yesterday", "Nov. 9". Returns (end, day).
std::optional<std::pair<size_t, year_month_day>> Scanner::day_phrase(size_t i) {
  if (std::optional<Match> m = month_date(i); m && m->point && m->grain == Grain::kDay) {
    return std::make_pair(m->end, *m->point);
  }
  if (std::optional<Match> m = weekday(i); m && m->point && m->type != TimeType::kSet) {
    return std::make_pair(m->end, *m->point);
  }
  if (!dct_) return std::nullopt;
  const std::string_view t = w(i);
  const date::sys_days dct{*dct_};
  if (t == "today") return std::make_pair(i + 1, *dct_);
  if (t == "yesterday") return std::make_pair(i + 1, year_month_day{dct - date::days{1}});
  if (t == "tomorrow") return std::make_pair(i + 1, year_month_day{dct + date::days{1}});
  return std::nullopt;
}

// "Sunday", "last Friday", "Saturday, April 25", "Friday Oct. 13", "Saturday night",
// "this coming Sunday".
std::optional<Match> Scanner::weekday(size_t i) {
  // Most tokens neither name a weekday nor start one of the phrases below.
  if (info(i).weekday == 0) {
    const std::string_view first = w(i);
    if (first != "this" && first != "the" && first != "last" && first != "next" && first != "coming" &&
        first != "past" && first != "previous") {
      return std::nullopt;
    }
  }
  std::string how;
  size_t j = i;
  for (std::string_view h : {"this coming", "this past", "the previous", "the following", "last", "next", "this",
                             "coming", "past", "previous"}) {
    if (const size_t e = phrase(i, h)) {
      how = std::string(h);
      j = e;
      break;
    }
  }
  if (how == "this coming") how = "coming";
  if (how == "this past" || how == "the previous") how = "last";
  if (how == "the following") how = "next";
  const WordInfo& wd = info(j);
  if (wd.weekday == 0 || !upper(j)) return std::nullopt;
  size_t k = j + 1;
  if (wd.weekday_abbr) {
    if (w(k) != "." || !glued(k)) return std::nullopt;
    ++k;
  }
  // "Sunday Times", "Monday Night Football": a name, not a date.
  if (upper(k) && is_word(k) && one_of(w(k), kWeekdayNameParts)) {
    if (!(w(k) == "morning" || w(k) == "today") || (k + 1 < limit_ && upper(k + 1))) return std::nullopt;
  }
  // An explicit date after the weekday wins: "Saturday, April 25", "Friday Oct. 13".
  size_t d_at = k;
  if (w(d_at) == ",") ++d_at;
  if (std::optional<Match> md = month_date(d_at); md && md->grain == Grain::kDay) {
    md->begin = i;
    md->rule = "date.weekday_month_day";
    return md;
  }
  if (std::optional<Match> dm = day_month(d_at)) {
    dm->begin = i;
    dm->rule = "date.weekday_day_month";
    return dm;
  }
  if (wd.weekday_abbr) return std::nullopt;
  const std::optional<year_month_day> day = weekday_near(wd.weekday, tense(j), how);
  Match m;
  m.begin = i;
  m.end = k;
  m.rule = how.empty() ? "date.weekday" : "date.weekday_relative";
  if (const std::string_view p = w(k); p == "mornings" || p == "afternoons" || p == "evenings" || p == "nights") {
    m.type = TimeType::kSet;
    m.end = k + 1;
    m.rule = "set.weekday_parts";
    m.value = "XXXX-WXX-" + std::to_string(wd.weekday) + "T" +
              std::string(lexicon::kPartsOfDay[info_part_plural(p)].code);
    return m;
  }
  const int part = info(k).part;
  // "Friday evening" is a time of that day ("...TEV"), as TimeBank and AQUAINT annotate it
  // throughout. "Friday night" and "Friday morning" keep the day: the annotation is split
  // between the day and the part there, and the day is what a timeline needs.
  const bool evening = part >= 0 && lexicon::kPartsOfDay[part].code == "EV";
  if (part >= 0) {
    m.end = k + 1;
    m.rule = "date.weekday_part_of_day";
    if (evening) m.type = TimeType::kTime;
  }
  if (!day) {
    m.value = "XXXX-WXX-" + std::to_string(wd.weekday) + (evening ? "TEV" : "");
    m.unresolved = true;
    return m;
  }
  m.value = timenorm::day_value(*day) + (evening ? "TEV" : "");
  m.point = day;
  m.grain = Grain::kDay;
  return m;
}

// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "yesterday
// afternoon", "the day before yesterday".
std::optional<Match> Scanner::relative_day(size_t i) {
  int offset = 0;
  size_t j = 0;
  const std::string_view t = w(i);
  std::string part;
  if (size_t e = phrase(i, "the day before yesterday")) {
    offset = -2, j = e;
  } else if (size_t e2 = phrase(i, "the day after tomorrow")) {
    offset = 2, j = e2;
  } else if (t == "today") {
    // "today's youth", "today's world": the present in general, not the publication day.
    if ((w(i + 1) == "'s" || w(i + 1) == "\u2019s") && is_word(i + 2) && !upper(i + 2) && info(i + 2).unit < 0 &&
        info(i + 2).part < 0) {
      return std::nullopt;
    }
    offset = 0, j = i + 1;
  } else if (t == "yesterday") {
    offset = -1, j = i + 1;
  } else if (t == "tomorrow") {
    offset = 1, j = i + 1;
  } else if (t == "tonight") {
    offset = 0, j = i + 1, part = "NI";
  } else if (t == "last" && w(i + 1) == "night") {
    offset = -1, j = i + 2, part = "NI";
  } else if (t == "this" && info(i + 1).part >= 0) {
    offset = 0, j = i + 2, part = std::string(lexicon::kPartsOfDay[info(i + 1).part].code);
  } else {
    return std::nullopt;
  }
  if (part.empty() && info(j).part >= 0) {
    part = std::string(lexicon::kPartsOfDay[info(j).part].code);
    ++j;
  }
  Match m = relative(i, j, Grain::kDay, offset, part.empty() ? "date.relative_day" : "time.relative_part_of_day");
  if (!part.empty()) {
    m.type = TimeType::kTime;
    m.value += "T" + part;
  }
  return m;
}

// "this week", "last month", "next year", "the past year", "the previous quarter", "last
// summer", "next April", "the year before last".
std::optional<Match> Scanner::deictic(size_t i) {
  int n = 0;
  size_t j = 0;
  bool from_reference = false;
  struct Word {
    std::string_view phrase;
    int shift;
    bool reference;
  };
  static constexpr Word kWords[] = {
      {"this past", -1, false},     {"this coming", 1, false},   {"the past", -1, false},
      {"the last", -1, false},      {"the next", 1, false},
      {"the previous", -1, true},   {"the prior", -1, true},     {"the following", 1, true},
      {"the coming", 1, false},     {"the current", 0, false},   {"this", 0, false},
      {"last", -1, false},          {"next", 1, false},          {"past", -1, false},
      {"coming", 1, false},         {"previous", -1, true},      {"current", 0, false},
      {"the same", 0, true},        {"that", 0, true}};
  // The entries that begin with this token, in list order (the first that matches wins).
  static const PhraseIndex<Word> kByFirst(kWords, [](const Word& x) { return x.phrase; });
  for (const Word* entry : kByFirst.at(w(i))) {
    const Word& word = *entry;
    if (const size_t e = phrase(i, word.phrase)) {
      n = word.shift;
      j = e;
      from_reference = word.reference;
      break;
    }
  }
  if (j == 0) return std::nullopt;
  std::optional<year_month_day> anchor = dct_;
  if (from_reference) {
    const std::optional<Reference> r = recent_reference(3);
    if (r) anchor = r->point;
    else if (std::string_view(w(i)) == "that" || phrase(i, "the same")) return std::nullopt;
  }
  // Seasons and months: "last summer", "next April", "this September".
  const WordInfo& x = info(j);
  if (x.season >= 0 && (j == i + 1 || w(i) != "the")) {
    const std::string_view code = lexicon::kSeasons[x.season].code;
    if (!anchor) return unresolved(i, j + 1, "XXXX-" + std::string(code), "date.season_relative");
    const int year = season_year(*anchor, code, n < 0 ? Tense::kPast : n > 0 ? Tense::kFuture : Tense::kUnknown,
                                 n != 0);
    Match m;
    m.begin = i;
    m.end = j + 1;
    m.rule = "date.season_relative";
    m.value = timenorm::season_value(year, code);
    m.point = season_start(year, code);
    m.grain = Grain::kSeason;
    return m;
  }
  if (x.month > 0 && upper(j) && !x.month_abbr) {
    const std::string mm = pad2(x.month);
    if (!anchor) return unresolved(i, j + 1, std::string("XXXX-") + mm, "date.month_relative");
    const int y = static_cast<int>(anchor->year());
    const int cur = static_cast<int>(static_cast<unsigned>(anchor->month()));
    int year = y;
    if (n < 0) year = x.month < cur ? y : y - 1;
    if (n > 0) year = x.month > cur ? y : y + 1;
    Match m;
    m.begin = i;
    m.end = j + 1;
    m.rule = "date.month_relative";
    m.value = timenorm::month_value(year, x.month);
    m.point = year_month_day{date::year{year}, date::month{static_cast<unsigned>(x.month)}, date::day{1}};
    m.grain = Grain::kMonth;
    return m;
  }
  if (w(j) == "fiscal" && w(j + 1) == "year") ++j;
  auto u = unit(j, false, true);
  if (!u) return std::nullopt;
  if (title_case(j)) return std::nullopt;  // "ABC's \u201CThis Week\u201D": a programme, not a week
  Grain g;
  switch (static_cast<UnitKind>(u->first)) {
    case UnitKind::kDay: g = Grain::kDay; break;
    case UnitKind::kWeek: g = Grain::kWeek; break;
    case UnitKind::kWeekend: g = Grain::kWeekend; break;
    case UnitKind::kMonth: g = Grain::kMonth; break;
    case UnitKind::kQuarter: g = Grain::kQuarter; break;
    case UnitKind::kYear: g = Grain::kYear; break;
    case UnitKind::kDecade: g = Grain::kDecade; break;
    case UnitKind::kCentury: g = Grain::kCentury; break;
    default: return std::nullopt;
  }
  // "this day" is rarely a date; "the past day" is a duration of one day.
  if (g == Grain::kDay && !from_reference) return std::nullopt;
  size_t end = u->second;
  // "the year before last", "the week after next".
  if (w(i) == "the" && n == 0 && phrase(end, "before last")) {
    n = -2;
    end += 2;
  } else if (phrase(end, "before last") && n == 0) {
    n = -2;
    end += 2;
  } else if (phrase(end, "after next")) {
    n = 2;
    end += 2;
  }
  const char* rule = from_reference ? "date.unit_anaphoric" : "date.unit_relative";
  if (!anchor) return unresolved(i, end, timenorm::unknown_at(g), rule);
  const year_month_day d = timenorm::shift(*anchor, g, n);
  Match m;
  m.begin = i;
  m.end = end;
  m.rule = rule;
  m.value = timenorm::value_at(d, g);
  m.point = d;
  m.grain = g;
  return m;
}

// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter",
// "Q2", "Q2 2025", "the third quarter of 1990", "this year's third quarter", "the first
// half of 1989", "the latest quarter", "the year-earlier quarter".
std::optional<Match> Scanner::quarter(size_t i) {
  size_t j = i;
  std::optional<int> year;
  int year_shift = 0;       // "year-earlier", "last year's": relative to the quarter's year
  bool anaphoric = false;   // "the quarter", "the latest quarter": the quarter under discussion
  bool reported = false;    // "the latest quarter": one that has ended
  int ord = 0;
  bool half = false;
  bool period = false;      // "the 1988 period", "the year-ago period": whatever period is compared
  const bool det = w(j) == "the";
  if (det) ++j;
  // "Q2", "Q2 2025"
  if (j == i && w(j).size() == 2 && w(j)[0] == 'q' && w(j)[1] >= '1' && w(j)[1] <= '4' && upper(j)) {
    ord = w(j)[1] - '0';
    ++j;
    size_t k = j;
    if (w(k) == "of" || w(k) == ",") ++k;
    if (auto y = year_number(k)) {
      year = y->first;
      j = y->second;
    }
  } else {
    if (auto y = year_number(j)) {
      year = y->first;
      j = y->second;
    } else if (size_t e = phrase(j, "this year 's")) {
      year_shift = 0, j = e;
      if (dct_) year = static_cast<int>(dct_->year());
    } else if (size_t e2 = phrase(j, "last year 's")) {
      if (dct_) year = static_cast<int>(dct_->year()) - 1;
      j = e2;
      if (!dct_) year_shift = -1;
    } else if (size_t e3 = phrase(j, "next year 's")) {
      if (dct_) year = static_cast<int>(dct_->year()) + 1;
      j = e3;
    }
    if (size_t e = phrase(j, "year - earlier")) {
      year_shift = -1, j = e;
    } else if (size_t e2 = phrase(j, "year - ago")) {
      year_shift = -1, j = e2;
    }
    if (w(j) == "fiscal") {
      ++j;
      if (hyphen(j) && glued(j)) ++j;
      if (auto y = year_number(j)) {
        year = y->first;
        j = y->second;
      }
    }
    if (w(j) == "latest" || w(j) == "same" || w(j) == "comparable" || w(j) == "recent" || w(j) == "just-ended") {
      anaphoric = true;
      reported = w(j) != "same" && w(j) != "comparable";
      ++j;
    } else if (w(j) == "current") {
      ++j;
      if (dct_) year = static_cast<int>(dct_->year());
      ord = dct_ ? timenorm::quarter_of(static_cast<unsigned>(dct_->month())) : 0;
    }
    if (ord == 0) {
      if (auto o = ordinal(j); o && o->first >= 1 && o->first <= 4) {
        ord = o->first;
        j = o->second;
      } else if (w(j) == "last" || w(j) == "final" || w(j) == "latter") {
        // "the final quarter" is the fourth, "the last half" the second.
        ord = w(j + 1) == "half" ? 2 : 4;
        ++j;
      }
    }
    if (hyphen(j) && glued(j) && ord > 0) {
      // "a third-quarter loss": the adjective alone is the expression.
      if (det) return std::nullopt;
      ++j;
    }
    if (w(j) == "fiscal") ++j;
    if (w(j) == "quarter" || w(j) == "period") {
      if (w(j) == "period" && !anaphoric && year_shift == 0 && !year) return std::nullopt;
      period = w(j) == "period";
      ++j;
    } else if (w(j) == "half" && ord >= 1 && ord <= 2) {
      half = true;
      ++j;
    } else {
      return std::nullopt;
    }
    if (ord == 0 && !anaphoric && year_shift == 0 && !year) {
      anaphoric = (w(i) == "the" && j == i + 2);
      if (!anaphoric) return std::nullopt;
    }
    // "of 1990", "of fiscal 1990", "of this year", "of next year", "of last year".
    size_t k = j;
    if (w(k) == "of" || w(k) == "in" || w(k) == ",") {
      size_t y_at = k + 1;
      if (w(y_at) == "fiscal") ++y_at;
      if (auto y = any_year(y_at)) {
        year = y->first;
        j = y->second;
      } else if (size_t e = phrase(k + 1, "this year")) {
        if (dct_) year = static_cast<int>(dct_->year());
        j = e;
      } else if (size_t e2 = phrase(k + 1, "last year")) {
        if (dct_) year = static_cast<int>(dct_->year()) - 1;
        j = e2;
      } else if (size_t e3 = phrase(k + 1, "next year")) {
        if (dct_) year = static_cast<int>(dct_->year()) + 1;
        j = e3;
      }
    } else if (auto y = year_number(k)) {
      year = y->first;
      j = y->second;
    }
  }
  if (j == i) return std::nullopt;
  Match m;
  m.begin = i;
  m.end = j;
  if (period && ord == 0 && comparing_months() && (year || dct_)) {
    // "For the nine months ... in the 1988 period": the months compared, dated by their year.
    const int y = (year ? *year : static_cast<int>(dct_->year())) + year_shift;
    m.rule = "date.period_year";
    m.grain = Grain::kYear;
    m.value = timenorm::year_value(y);
    m.point = year_month_day{date::year{y}, date::month{1}, date::day{1}};
    m.backward_anaphora = true;
    return m;
  }
  if (ord == 0 && !half && !period && (w(j) == "ended" || w(j) == "ending") && !recent_quarter(8)) {
    // "the quarter ended July 31": the calendar quarter holding most of the three months that
    // end then (May to July is the second quarter). A quarter already under discussion keeps
    // its (fiscal) number: "its fiscal first quarter ... the quarter ended Sept. 29".
    if (std::optional<Match> d = month_date(j + 1); d && d->point && d->grain == Grain::kDay) {
      const year_month_day middle = timenorm::shift(*d->point, Grain::kMonth, -1);
      ord = timenorm::quarter_of(static_cast<unsigned>(middle.month()));
      if (!year) year = static_cast<int>(middle.year());
      anaphoric = false;
    }
  }
  m.rule = half ? "date.half" : anaphoric ? "date.quarter_anaphoric" : "date.quarter";
  m.grain = half ? Grain::kHalf : Grain::kQuarter;
  // Which quarter: the one named, else the one under discussion, else the latest one begun.
  if (anaphoric || ord == 0) {
    std::optional<Reference> r = recent_quarter(8);
    // The latest quarter reported on has ended by publication; a quarter still running is
    // not it.
    if (r && reported && dct_ && timenorm::shift(r->point, Grain::kQuarter, 1) > *dct_) r.reset();
    if (r) {
      ord = timenorm::quarter_of(static_cast<unsigned>(r->point.month()));
      // "the 1988 period" after "the third quarter" of 1989 is the comparison, not the
      // quarter under discussion.
      if (year && *year != static_cast<int>(r->point.year())) m.backward_anaphora = true;
      if (!year) year = static_cast<int>(r->point.year());
    } else if (dct_) {
      const year_month_day prev = timenorm::shift(*dct_, Grain::kQuarter, -1);
      ord = timenorm::quarter_of(static_cast<unsigned>(prev.month()));
      if (!year) year = static_cast<int>(prev.year());
    }
  }
  if (!year && dct_) {
    const int cur = half ? (static_cast<unsigned>(dct_->month()) <= 6 ? 1 : 2)
                         : timenorm::quarter_of(static_cast<unsigned>(dct_->month()));
    year = static_cast<int>(dct_->year());
    if (ord > cur && tense(i) != Tense::kFuture) *year -= 1;
  }
  if (ord == 0 || !year) {
    m.unresolved = true;
    m.value = half ? "XXXX-H" + (ord ? std::to_string(ord) : std::string("X"))
                   : "XXXX-Q" + (ord ? std::to_string(ord) : std::string("X"));
    return m;
  }
  *year += year_shift;
  m.backward_anaphora = m.backward_anaphora || year_shift != 0;
  m.value = half ? timenorm::half_value(*year, ord) : timenorm::quarter_value(*year, ord);
  m.point = year_month_day{date::year{*year}, date::month{static_cast<unsigned>(half ? 6 * ord - 5 : 3 * ord - 2)},
                           date::day{1}};
  return m;
}

// "1990", "fiscal 1989", "the year 2000", "nineteen ninety-six", "the year two thousand".
std::optional<Match> Scanner::year(size_t i) {
  size_t j = i;
  const char* rule = "date.year";
  bool cued = false;
  if (w(j) == "fiscal") {
    ++j;
    if (w(j) == "year") ++j;
    rule = "date.fiscal_year";
    cued = true;
  } else if (size_t e = phrase(j, "the year")) {
    j = e;
    cued = true;
  } else if (w(j) == "year" || w(j) == "fy") {
    ++j;
    cued = true;
  }
  std::optional<std::pair<int, size_t>> y = year_number(j);
  bool words = false;
  if (!y) {
    y = year_words(j);
    words = true;
  }
  if (!y) return std::nullopt;
  const std::string_view prev = j > sentence().first_token ? doc_.lower(j - 1) : std::string_view();
  if (!cued && !words) {
    // A bare four-digit number is a year when it looks like one and is not a quantity.
    if (y->first < 1900 || y->first > 2100) {
      if (!one_of(prev, kDateCues)) return std::nullopt;
    }
    if (prev == "$" || prev == "#" || prev == "no" || prev == "no." || prev == "number" || prev == "page" ||
        prev == "p." || prev == "flight" || prev == "route" || prev == "room" || prev == "\u00A3" ||
        prev == "\u20AC" || prev == "about" || prev == "some" || prev == "nearly" || prev == "than") {
      return std::nullopt;
    }
    const std::string_view next = w(y->second);
    if (next == "%" || next == "percent" || (is_word(y->second) && !upper(y->second) && is_count_noun(next))) {
      return std::nullopt;
    }
    if (next == "-" && glued(y->second) && is_word(y->second + 1)) return std::nullopt;  // "1990-model"
  }
  if (words && !cued && !one_of(prev, kDateCues) && prev != "since") {
    // "nineteen ninety-six" alone is plausible, but "twenty twenty" is not worth the risk.
    if (y->first > 1999 || w(j) == "twenty") return std::nullopt;
  }
  Match m;
  m.begin = i;
  m.end = y->second;
  m.rule = rule;
  m.value = timenorm::year_value(y->first);
  m.point = year_month_day{date::year{y->first}, date::month{1}, date::day{1}};
  m.grain = Grain::kYear;
  return m;
}

// "the 1990s", "1990s", "the '90s", "the nineties", "the 20th century", "this century".
std::optional<Match> Scanner::decade(size_t i) {
  size_t j = i;
  const bool the = w(j) == "the";
  if (the) ++j;
  Match m;
  m.begin = i;
  m.grain = Grain::kDecade;
  m.rule = "date.decade";
  int start_year = -1;
  if (digits(j) && w(j).size() == 4 && w(j)[3] == '0' && glued(j + 1) &&
      (w(j + 1) == "s" || (the && (w(j + 1) == "'s" || w(j + 1) == "\u2019s")))) {
    start_year = to_int(w(j));
    m.end = j + 2;
  } else if ((w(j) == "'" || w(j) == "\u2019") && digits(j + 1) && glued(j + 1) && w(j + 1).size() == 2 &&
             w(j + 1)[1] == '0' && w(j + 2) == "s" && glued(j + 2)) {
    const int yy = to_int(w(j + 1));
    start_year = (yy >= 30 ? 1900 : 2000) + yy;
    m.end = j + 3;
  } else if (the && digits(j) && w(j).size() == 2 && w(j)[1] == '0' && glued(j + 1) && w(j + 1) == "s") {
    const int yy = to_int(w(j));
    start_year = (yy >= 30 ? 1900 : 2000) + yy;
    m.end = j + 2;
  } else if (the) {
    static constexpr lexicon::NamedNumber kDecadeWords[] = {
        {"twenties", 1920}, {"thirties", 1930}, {"forties", 1940}, {"fifties", 1950},
        {"sixties", 1960},  {"seventies", 1970}, {"eighties", 1980}, {"nineties", 1990}};
    for (const auto& d : kDecadeWords) {
      if (w(j) == d.word) {
        start_year = d.value;
        m.end = j + 1;
      }
    }
    // Centuries: "the 20th century", "the twentieth century".
    if (start_year < 0) {
      if (auto o = ordinal(j); o && o->first >= 1 && o->first <= 30 && w(o->second) == "century") {
        m.grain = Grain::kCentury;
        m.rule = "date.century";
        start_year = (o->first - 1) * 100;
        m.end = o->second + 1;
      }
    }
  } else if (auto o = ordinal(j); o && is_number(j) && o->first >= 1 && o->first <= 30 &&
                                   (w(o->second) == "century" || (hyphen(o->second) && w(o->second + 1) == "century"))) {
    // "20th century", "20th-century".
    m.grain = Grain::kCentury;
    m.rule = "date.century";
    start_year = (o->first - 1) * 100;
    m.end = w(o->second) == "century" ? o->second + 1 : o->second + 2;
  } else if (w(j) == "this" && w(j + 1) == "century") {
    m.grain = Grain::kCentury;
    m.rule = "date.century";
    if (!dct_) return unresolved(i, j + 2, "XX", "date.century");
    start_year = static_cast<int>(dct_->year()) / 100 * 100;
    m.end = j + 2;
  }
  if (start_year < 0) return std::nullopt;
  m.point = year_month_day{date::year{start_year}, date::month{1}, date::day{1}};
  m.value = m.grain == Grain::kCentury ? timenorm::century_value(start_year) : timenorm::decade_value(start_year);
  return m;
}

// "summer", "the summer of 1994", "spring 2025", "the winter".
std::optional<Match> Scanner::season(size_t i) {
  size_t j = i;
  const bool the = w(j) == "the";
  if (the) ++j;
  const WordInfo& x = info(j);
  if (x.season < 0) return std::nullopt;
  const std::string_view code = lexicon::kSeasons[x.season].code;
  size_t k = j + 1;
  if (w(k) == "of" || w(k) == ",") ++k;
  std::optional<int> year;
  size_t end = j + 1;
  if (auto y = any_year(k)) {
    year = y->first;
    end = y->second;
  } else if (auto y2 = year_number(j + 1)) {
    year = y2->first;
    end = y2->second;
  }
  if (!year) {
    // A bare season needs "the" or a cue ("in summer"); "fall" and "spring" are also verbs.
    const std::string_view prev = i > sentence().first_token ? doc_.lower(i - 1) : std::string_view();
    if (!the && !one_of(prev, kDateCues)) return std::nullopt;
    if (!the && (code == "FA" || code == "SP")) return std::nullopt;
    if (is_word(j + 1) && !upper(j + 1) && w(j + 1) != "and" && w(j + 1) != "or" && !info(j + 1).month) {
      // "summer camp", "the fall of Rome": a noun phrase, not a season.
      return std::nullopt;
    }
    if (w(j + 1) == "of") return std::nullopt;
    if (!dct_) return unresolved(i, end, "XXXX-" + std::string(code), "date.season");
    year = season_year(*dct_, code, tense(i), false);
  }
  Match m;
  m.begin = i;
  m.end = end;
  m.rule = "date.season";
  m.value = timenorm::season_value(*year, code);
  m.point = season_start(*year, code);
  m.grain = Grain::kSeason;
  return m;
}

// Clock times: "3 p.m.", "10:35 a.m. EDT", "15:30 GMT", "noon", "midnight", "noon Thursday",
// "5 p.m. EST Nov. 9".
std::optional<Match> Scanner::clock(size_t i) {
  int hour = -1, minute = 0;
  size_t j = i;
  const std::string_view t = w(i);
  bool explicit_clock = false;
  if ((t == "noon" || t == "midday") && i > sentence().first_token && doc_.lower(i - 1) == "high") {
    return std::nullopt;  // "high noon": a showdown, not a clock time
  }
  if (t == "noon" || t == "midday") {
    hour = 12, j = i + 1;
  } else if (t == "midnight") {
    hour = 24, j = i + 1;
  } else if (is_number(i)) {
    const size_t colon = t.find(':');
    std::string_view hh = t, mm;
    if (colon != std::string_view::npos) {
      hh = t.substr(0, colon);
      mm = t.substr(colon + 1);
      if (!all_digits(hh) || !all_digits(mm) || mm.size() != 2 || hh.size() > 2) return std::nullopt;
      minute = to_int(mm);
      if (minute > 59) return std::nullopt;
    } else if (!all_digits(hh) || hh.size() > 2) {
      return std::nullopt;
    }
    hour = to_int(hh);
    if (hour > 24) return std::nullopt;
    j = i + 1;
    const std::string_view ampm = w(j);
    const bool am = ampm == "a.m." || ampm == "am" || ampm == "a.m";
    const bool pm = ampm == "p.m." || ampm == "pm" || ampm == "p.m";
    if (am || pm) {
      if (hour < 1 || hour > 12) return std::nullopt;
      if (pm && hour != 12) hour += 12;
      if (am && hour == 12) hour = 0;
      ++j;
      explicit_clock = true;
    } else if (w(j) == "o'clock") {
      ++j;
      explicit_clock = true;
    } else if (colon != std::string_view::npos && hh.size() == 2 && info(j).time_zone) {
      explicit_clock = true;  // "15:30 GMT"
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (info(j).time_zone && upper(j)) ++j;
  (void)explicit_clock;
  // A day right after: "noon Thursday", "5 p.m. EST, Nov. 9", "10 p.m. Wednesday".
  std::optional<year_month_day> day;
  size_t d_at = j;
  if (w(d_at) == ",") ++d_at;
  tense_override_ = tense(i);
  std::optional<std::pair<size_t, year_month_day>> dp = day_phrase(d_at);
  tense_override_.reset();
  if (dp) {
    day = dp->second;
    j = dp->first;
  } else if (auto r = recent_reference(0); r && r->grain == Grain::kDay && last_end_ + 3 >= i) {
    day = r->point;
  } else {
    day = dct_;
  }
  const std::string hm = "T" + pad2(hour) + ":" + pad2(minute);
  Match m;
  m.begin = i;
  m.end = j;
  m.type = TimeType::kTime;
  m.rule = "time.clock";
  if (!day) {
    m.value = std::string("XXXX-XX-XX") + hm;
    m.unresolved = true;
    return m;
  }
  m.value = timenorm::day_value(*day) + hm;
  m.point = day;
  m.grain = Grain::kDay;
  return m;
}


namespace {

Grain grain_of_unit(UnitKind u) {
  switch (u) {
    case UnitKind::kWeek:
    case UnitKind::kFortnight: return Grain::kWeek;
    case UnitKind::kWeekend: return Grain::kWeekend;
    case UnitKind::kMonth: return Grain::kMonth;
    case UnitKind::kQuarter: return Grain::kQuarter;
    case UnitKind::kYear:
    case UnitKind::kDecade:
    case UnitKind::kCentury:
    case UnitKind::kMillennium: return Grain::kYear;
    default: return Grain::kDay;
  }
}

// How many units of the grain one unit of `u` spans (a decade is ten years).
int units_per(UnitKind u) {
  switch (u) {
    case UnitKind::kFortnight: return 2;
    case UnitKind::kDecade: return 10;
    case UnitKind::kCentury: return 100;
    case UnitKind::kMillennium: return 1000;
    default: return 1;
  }
}

// Words between a determiner and a quantity: "the past two months", "the first nine months".
constexpr std::string_view kDurationLeads[] = {
    "past", "last", "next", "first", "coming", "previous", "following", "final", "remaining", "initial",
    "latest", "additional", "further", "preceding", "ensuing", "recent", "other", "same", "entire", "full"};

// Words after which a bare plural unit is a vague duration ("for years", "within days").
constexpr std::string_view kBarePluralCues[] = {"for", "over", "within", "in", "after", "lasting", "than"};

}  // namespace

// Durations and dates counted from now: "three years", "48 hours", "30-day", "the past two
// months", "a year and a half", "two days ago", "a year earlier", "for years".
std::optional<Match> Scanner::duration(size_t i) {
  size_t j = i;
  bool det = false;
  if (w(j) == "the" || w(j) == "its" || w(j) == "their" || w(j) == "his" || w(j) == "her" || w(j) == "our") {
    det = true;
    ++j;
  }
  std::string_view lead;
  if (one_of(w(j), kDurationLeads)) {
    lead = w(j);
    ++j;
  }
  if (!det && (lead == "last" || lead == "next" || lead == "past" || lead == "first" || lead == "same")) {
    // "last two years" without "the" is rare and "first three days" fine; keep both.
  }
  std::optional<Quantity> q = quantity(j);
  if (!q) return bare_units(i, j, det, lead);
  if (q->article && (det || (!lead.empty() && lead != "additional" && lead != "other" && lead != "further"))) {
    return std::nullopt;
  }
  if (lead == "additional" && !q->article && !det) return std::nullopt;
  size_t k = q->end;
  bool hyphenated = false;
  if (hyphen(k) && glued(k) && glued(k + 1) && unit(k + 1, false, true)) {
    if (det) return std::nullopt;  // "the 30-day truce": the adjective alone
    hyphenated = true;
    ++k;
  } else if (glued(k) && is_word(k) && is_number(j)) {
    // "10am", "3rd" and "1990s" are not durations.
    if (!unit(k, true, true)) return std::nullopt;
  }
  auto u = unit(k, true, true);
  if (!u) {
    // "a few more years", "two more weeks", "two full years"
    if ((w(k) == "more" || w(k) == "full" || w(k) == "straight" || w(k) == "consecutive" || w(k) == "additional" ||
         w(k) == "trading" || w(k) == "business" || w(k) == "working") &&
        unit(k + 1, true, true)) {
      u = unit(k + 1, true, true);
    } else {
      return std::nullopt;
    }
  }
  const auto uk = static_cast<UnitKind>(u->first);
  size_t end = u->second;
  double amount = q->value;
  if (size_t e = phrase(end, "and a half")) {
    amount += 0.5;
    end = e;
  }
  // "a year-earlier loss": the adjective "year-earlier" is the expression, not "a year".
  if (!hyphenated && hyphen(end) && glued(end) && (w(end + 1) == "earlier" || w(end + 1) == "ago")) {
    return std::nullopt;
  }
  if (hyphenated && hyphen(end) && glued(end)) {
    if (w(end + 1) == "old") return std::nullopt;  // ages are not time expressions
    if (w(end + 1) == "long") end += 2;
  }
  // Fractions and ordinals that only look like durations.
  if (w(end) == "of" && (uk == UnitKind::kQuarter || uk == UnitKind::kSecond || uk == UnitKind::kMinute)) {
    return std::nullopt;
  }
  if (uk == UnitKind::kQuarter && q->article) return std::nullopt;
  // "52 years old" is an age; "60 Minutes" a name.
  if (w(end) == "old" || (upper(k) && k > sentence().first_token && !upper(j))) return std::nullopt;
  if ((uk == UnitKind::kSecond || uk == UnitKind::kMinute) && amount == 1 && !hyphenated && is_word(end) &&
      !phrase(end, "and a half") && w(end) != "ago" && w(end) != "later" && w(end) != "earlier") {
    return std::nullopt;  // "a second term", "one minute silence" is rare; precision first
  }
  if (is_number(j) && w(j).find('.') != std::string_view::npos && !(q->value < 100)) return std::nullopt;

  Match m;
  m.begin = i;
  m.end = end;
  m.type = TimeType::kDuration;
  m.rule = "duration.quantity";
  if (q->approx) m.mod = "APPROX";
  // "will one day be": some unknown time ahead, not a day's length.
  if (uk == UnitKind::kDay && w(j) == "one" && end == j + 2 && !det && lead.empty() && i > sentence().first_token) {
    const std::string_view before = doc_.lower(i - 1);
    if (before == "will" || before == "would" || before == "could" || before == "might" || before == "may" ||
        before == "can" || before == "'ll") {
      m.type = TimeType::kDate;
      m.rule = "vague.one_day";
      m.value = "FUTURE_REF";
      return m;
    }
  }
  // "the first nine months", "the latest six months": a reporting period, not a span of time.
  m.multi_month = uk == UnitKind::kMonth && !q->vague && amount >= 6 && amount <= 12 && (det || !lead.empty());
  m.value = q->vague ? timenorm::vague_duration_value(uk) : timenorm::duration_value(amount, uk);

  // "two days ago", "a year earlier", "three weeks later", "a week from now".
  if (!hyphenated && !det && lead.empty()) {
    if (auto rel = counted_date(i, end, q->vague ? -1 : amount, uk)) return rel;
  }
  if (lead == "recent" && q->vague) {
    m.type = TimeType::kDate;
    m.value = "PAST_REF";
  }
  return m;
}

// "N units ago" and relatives, after the quantity and unit ending at `end`. `amount` < 0
// means an unknown number ("several years ago" -> PAST_REF).
std::optional<Match> Scanner::counted_date(size_t i, size_t end, double amount, UnitKind uk) {
  const std::string_view after = w(end);
  int sign = 0;
  size_t stop = end + 1;
  bool from_reference = false;
  if (after == "ago") {
    sign = -1;
  } else if (after == "earlier" || (after == "before" && !is_word(end + 1) && !is_number(end + 1))) {
    sign = -1;
    from_reference = true;
  } else if (phrase(end, "from now")) {
    sign = 1;
    stop = end + 2;
  } else if (after == "hence") {
    sign = 1;
  } else {
    return std::nullopt;
  }
  Match m;
  m.begin = i;
  m.end = stop;
  m.rule = sign < 0 ? "date.counted_back" : "date.counted_forward";
  m.relative_past = true;
  if (amount < 0) {
    m.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
    return m;
  }
  Grain g = grain_of_unit(uk);
  if (uk == UnitKind::kHour || uk == UnitKind::kMinute || uk == UnitKind::kSecond) g = Grain::kDay;
  const int n = sign * static_cast<int>(amount * units_per(uk) + 0.5);
  std::optional<year_month_day> anchor = dct_;
  Grain out_grain = g;
  std::optional<Reference> r = recent_reference(from_reference ? 2 : 1);
  if (g == Grain::kYear && uk == UnitKind::kYear) {
    if (auto q = recent_quarter(8)) r = q;
    if (n == -1 && comparing_months()) r.reset();  // "the nine months ... a year earlier": the year before
  }
  if (r && (from_reference || (g == Grain::kYear && r->grain == Grain::kQuarter))) {
    anchor = r->point;
    // "a year earlier" after "the third quarter" is the same quarter a year before.
    if (g == Grain::kYear && (r->grain == Grain::kQuarter || r->grain == Grain::kMonth || r->grain == Grain::kDay ||
                              r->grain == Grain::kHalf || r->grain == Grain::kSeason)) {
      out_grain = r->grain;
    }
  }
  if (!anchor) {
    m.unresolved = true;
    m.value = timenorm::unknown_at(out_grain);
    return m;
  }
  const year_month_day d = timenorm::shift(*anchor, g, n);
  m.value = timenorm::value_at(d, out_grain);
  m.point = d;
  m.grain = out_grain;
  m.backward_anaphora = anchor != dct_;
  return m;
}

// Plural units without a number: "for years", "recent months", "the coming weeks",
// "the past few years" (the quantity is handled by quantity()).
std::optional<Match> Scanner::bare_units(size_t i, size_t j, bool det, std::string_view lead) {
  auto u = unit(j, true, false);
  if (!u) return std::nullopt;
  const auto uk = static_cast<UnitKind>(u->first);
  if (uk == UnitKind::kSecond || uk == UnitKind::kMinute || uk == UnitKind::kQuarter || uk == UnitKind::kWeekend) {
    if (lead != "recent" && lead != "coming") return std::nullopt;
  }
  Match m;
  m.begin = i;
  m.end = u->second;
  if (lead == "recent") {
    // "recent years": an unknown number of years up to now (TimeML annotates a duration).
    m.type = TimeType::kDuration;
    m.rule = "duration.recent_units";
    m.value = timenorm::vague_duration_value(uk);
    return m;
  }
  if (lead == "coming" || (lead == "next" && det)) {
    m.rule = "date.coming_units";
    m.value = "FUTURE_REF";
    return m;
  }
  if (det && lead.empty() && w(m.end) == "ahead") {
    // "the weeks ahead": an unknown number of weeks from now.
    m.end += 1;
    m.type = TimeType::kDuration;
    m.rule = "duration.units_ahead";
    m.value = timenorm::vague_duration_value(uk);
    return m;
  }
  if (!lead.empty() || det) return std::nullopt;
  if (w(m.end) == "ago") {
    m.end += 1;
    m.rule = "date.units_ago";
    m.value = "PAST_REF";
    return m;
  }
  const std::string_view prev = i > sentence().first_token ? doc_.lower(i - 1) : std::string_view();
  if (!one_of(prev, kBarePluralCues)) return std::nullopt;
  if (w(m.end) == "of" || w(m.end) == "-") return std::nullopt;  // "for years of war" is fine, but "days of" often not
  m.type = TimeType::kDuration;
  m.rule = "duration.bare_units";
  m.value = timenorm::vague_duration_value(uk);
  return m;
}

// The period under discussion: "the year", "the week", "the day", "the weekend", "year-end",
// "year-earlier" (as in "year-earlier profit").
std::optional<Match> Scanner::anaphoric(size_t i) {
  const std::string_view t = w(i);
  if (size_t e = phrase(i, "year - end"); e || phrase(i, "year end") || phrase(i, "year 's end")) {
    const size_t end = e ? e : phrase(i, "year end") ? i + 2 : i + 3;
    if (!dct_) return unresolved(i, end, "XXXX-12-31", "date.year_end");
    int y = static_cast<int>(dct_->year());
    const std::string_view before = i > sentence().first_token ? doc_.lower(i - 1) : std::string_view();
    if (before == "since" || (tense(i) == Tense::kPast && static_cast<unsigned>(dct_->month()) <= 6)) y -= 1;
    return explicit_day(i, end, y, 12, 31, "date.year_end");
  }
  if (size_t e = phrase(i, "year - earlier"); e || phrase(i, "year - ago")) {
    const size_t end = e ? e : phrase(i, "year - ago");
    if (comparing_months()) return relative(i, end, Grain::kYear, -1, "date.year_earlier");
    std::optional<Reference> r = recent_quarter(8);
    if (!r) r = recent_reference(2);
    if (r && r->grain != Grain::kDecade && r->grain != Grain::kCentury) {
      Match m;
      m.begin = i;
      m.end = end;
      m.rule = "date.year_earlier";
      m.backward_anaphora = true;
      m.point = timenorm::shift(r->point, Grain::kYear, -1);
      m.grain = r->grain;
      m.value = timenorm::value_at(*m.point, r->grain);
      return m;
    }
    Match m = relative(i, end, Grain::kYear, -1, "date.year_earlier");
    return m;
  }
  if (t != "the") return std::nullopt;
  size_t j = i + 1;
  const bool whole = w(j) == "full" || w(j) == "whole" || w(j) == "entire";
  if (w(j) == "fiscal" || whole) ++j;
  const std::string_view u = w(j);
  const std::string_view prev = i > sentence().first_token ? doc_.lower(i - 1) : std::string_view();
  if (u == "weekend" && j == i + 1) return weekend(i, j + 1);
  // "the year before last", "the week after next"
  if (j == i + 1 && (u == "year" || u == "month" || u == "week")) {
    const Grain g = u == "year" ? Grain::kYear : u == "month" ? Grain::kMonth : Grain::kWeek;
    if (const size_t e = phrase(j + 1, "before last")) return relative(i, e, g, -2, "date.unit_relative");
    if (const size_t e = phrase(j + 1, "after next")) return relative(i, e, g, 2, "date.unit_relative");
  }
  const std::optional<Reference> r = recent_reference(2);
  auto anchored = [&](Grain g) -> Match {
    const std::optional<year_month_day> anchor =
        r && (r->grain <= g || (g == Grain::kYear && r->grain != Grain::kDecade && r->grain != Grain::kCentury))
            ? std::optional<year_month_day>(r->point)
            : dct_;
    if (!anchor) return unresolved(i, j + 1, timenorm::unknown_at(g), "date.anaphoric");
    Match m;
    m.begin = i;
    m.end = j + 1;
    m.rule = "date.anaphoric";
    m.value = timenorm::value_at(*anchor, g);
    m.point = anchor;
    m.grain = g;
    return m;
  };
  // "the week of March 6": the ISO week of that day.
  if (u == "week" && j == i + 1 && w(j + 1) == "of") {
    if (std::optional<Match> d = month_date(j + 2); d && d->point && d->grain == Grain::kDay) {
      Match m;
      m.begin = i;
      m.end = d->end;
      m.rule = "date.week_of";
      m.value = timenorm::week_value(*d->point);
      m.point = d->point;
      m.grain = Grain::kWeek;
      return m;
    }
  }
  // The noun must end the phrase: "the year's", "the day's" fine; "the year 2000" is year().
  const std::string_view next = w(j + 1);
  if (is_word(j + 1) && next != "'s" && next != "\u2019s" && !upper(j + 1) && next != "and" && next != "or" &&
      next != "before" && next != "after" && next != "ago" && next != "earlier" && next != "later" &&
      next != "when" && next != "that" && next != "in" && next != "to" && next != "as" && next != "for" &&
      next != "of" && next != "ended" && next != "ending") {
    return std::nullopt;
  }
  if (hyphen(j + 1)) return std::nullopt;  // "the year-ago quarter"
  if (u == "year") {
    if (!whole && (prev == "for" || prev == "during" || prev == "throughout" || prev == "over" ||
                   next == "ended" || next == "ending")) {
      Match m;
      m.begin = i;
      m.end = j + 1;
      m.type = TimeType::kDuration;
      m.rule = "duration.the_year";
      m.value = "P1Y";
      return m;
    }
    return anchored(Grain::kYear);
  }
  if (j != i + 1) return std::nullopt;
  if (u == "month") return anchored(Grain::kMonth);
  if (u == "week") return anchored(Grain::kWeek);
  return std::nullopt;
}

// "the weekend": the one of the publication week, or the one before when the sentence looks
// back from a weekday.
Match Scanner::weekend(size_t i, size_t end) const {
  if (!dct_) return unresolved(i, end, "XXXX-WXX-WE", "date.weekend");
  const date::sys_days d{*dct_};
  const int wd = static_cast<int>(date::weekday{d}.iso_encoding());
  year_month_day at = *dct_;
  if (tense(i) != Tense::kFuture && wd < 6) at = year_month_day{d - date::days{7}};
  Match m;
  m.begin = i;
  m.end = end;
  m.rule = "date.weekend";
  m.value = timenorm::weekend_value(at);
  m.point = at;
  m.grain = Grain::kWeekend;
  return m;
}

// Vague references: "now", "currently", "recently", "the past", "the future", "soon".
std::optional<Match> Scanner::vague(size_t i) const {
  size_t best_end = 0;
  std::string_view value;
  for (const lexicon::VagueWord* entry : vague_phrases().at(w(i))) {
    const lexicon::VagueWord& v = *entry;
    const size_t e = phrase(i, v.phrase);
    if (e > best_end) {
      best_end = e;
      value = v.value;
    }
  }
  if (best_end == 0) return std::nullopt;
  const std::string_view t = w(i);
  const std::string_view next = w(best_end);
  const std::string_view prev = i > sentence().first_token ? doc_.lower(i - 1) : std::string_view();
  if (t == "current" && best_end == i + 1) {
    // "current account", "the current" (of a river), "current affairs".
    if (next == "account" || next == "accounts" || next == "affairs" || !is_word(best_end)) return std::nullopt;
  }
  // "as soon as"; and "was soon released", "soon became": soon after a past event, not
  // soon after publication.
  if (t == "soon" && best_end == i + 1 && (prev == "as" || next == "after" || tense(i) == Tense::kPast)) {
    return std::nullopt;
  }
  if (t == "earlier" && best_end == i + 1) {
    if (next == "than" || prev == "an" || prev == "the" || prev == "its" || prev == "their") return std::nullopt;
  }
  // "Now, ..." opening a sentence is a discourse marker more often than a time; "Now the
  // court has ruled" is the present.
  if (t == "now" && best_end == i + 1 && next == "," &&
      (i == sentence().first_token || text::is_open_quote(doc_.text(i - 1)))) {
    return std::nullopt;
  }
  if (t == "the" && phrase(i, "the past") == best_end && (next == "year" || next == "week" || next == "month")) {
    return std::nullopt;
  }
  Match m;
  m.begin = i;
  m.end = best_end;
  m.rule = value == "PRESENT_REF" ? "vague.present" : value == "PAST_REF" ? "vague.past" : "vague.future";
  m.value = std::string(value);
  return m;
}

// Frequencies: "every Monday", "each year", "every two weeks", "daily", "on Tuesdays",
// "$5 billion a year", "twice a week".
std::optional<Match> Scanner::set(size_t i) {
  const std::string_view t = w(i);
  Match m;
  m.begin = i;
  m.type = TimeType::kSet;
  for (const auto& s : lexicon::kSetWords) {
    if (t == s.phrase) {
      m.end = i + 1;
      m.rule = "set.adverb";
      m.value = std::string(s.value);
      return m;
    }
  }
  if (const WordInfo& x = info(i); x.weekday_plural > 0 && upper(i)) {
    m.end = i + 1;
    m.rule = "set.weekdays";
    m.value = "XXXX-WXX-" + std::to_string(x.weekday_plural);
    const std::string_view p = w(i + 1);
    if (p == "mornings" || p == "afternoons" || p == "evenings" || p == "nights") {
      const int part = info_part_plural(p);
      m.value += "T" + std::string(lexicon::kPartsOfDay[part].code);
      m.end = i + 2;
    }
    return m;
  }
  if (t == "every" || t == "each") {
    size_t j = i + 1;
    int every = 1;
    if (w(j) == "other") {
      every = 2;
      ++j;
    }
    m.rule = "set.every";
    const WordInfo& x = info(j);
    if (x.weekday > 0 && !x.weekday_abbr && upper(j)) {
      m.end = j + 1;
      m.value = "XXXX-WXX-" + std::to_string(x.weekday);
      if (info(j + 1).part >= 0) {
        m.value += "T" + std::string(lexicon::kPartsOfDay[info(j + 1).part].code);
        ++m.end;
      }
      return m;
    }
    if (x.month > 0 && !x.month_abbr && upper(j)) {
      m.end = j + 1;
      m.value = "XXXX-" + pad2(x.month);
      return m;
    }
    if (x.season >= 0) {
      m.end = j + 1;
      m.value = "XXXX-" + std::string(lexicon::kSeasons[x.season].code);
      return m;
    }
    if (x.part >= 0) {
      m.end = j + 1;
      m.value = "XXXX-XX-XXT" + std::string(lexicon::kPartsOfDay[x.part].code);
      return m;
    }
    if (auto u = unit(j, false, true)) {
      m.end = u->second;
      m.value = timenorm::duration_value(every, static_cast<UnitKind>(u->first));
      return m;
    }
    if (auto q = quantity(j); q && !q->vague && !q->article) {
      if (auto u = unit(q->end, true, false)) {
        m.end = u->second;
        m.value = timenorm::duration_value(q->value, static_cast<UnitKind>(u->first));
        return m;
      }
    }
    return std::nullopt;
  }
  // "a year" / "per year" after an amount: "$5 billion a year", "twice a week".
  if (t == "a" || t == "an" || t == "per") {
    auto u = unit(i + 1, false, true);
    if (!u || i == sentence().first_token) return std::nullopt;
    const std::string_view prev = doc_.lower(i - 1);
    constexpr std::string_view kAmounts[] = {"%", "percent", "million", "billion", "trillion", "dollars", "cents",
                                             "times", "twice", "once", "thrice", "euros", "pounds", "yen",
                                             "barrels", "tons", "tonnes", "people", "visitors", "units"};
    if (!is_number(i - 1) && !one_of(prev, kAmounts)) return std::nullopt;
    if (w(u->second) == "ago" || w(u->second) == "earlier" || w(u->second) == "later") return std::nullopt;
    m.end = u->second;
    m.rule = "set.per_unit";
    if (prev == "twice" || prev == "once" || prev == "thrice") m.begin = i - 1;
    m.value = timenorm::duration_value(1, static_cast<UnitKind>(u->first));
    return m;
  }
  return std::nullopt;
}

// Fixed-date holidays: "Christmas", "New Year's Day", "Christmas Eve".
std::optional<Match> Scanner::holiday(size_t i) {
  size_t j = i;
  Tense t = Tense::kUnknown;
  if (w(j) == "last" || w(j) == "next" || w(j) == "this") {
    t = w(j) == "last" ? Tense::kPast : w(j) == "next" ? Tense::kFuture : Tense::kPresent;
    ++j;
  }
  if (!upper(j)) return std::nullopt;
  size_t best_end = 0;
  std::string code;
  for (const lexicon::CodeWord* entry : holidays().at(w(j))) {
    const size_t e = phrase(j, entry->word);
    if (e > best_end) {
      best_end = e;
      code = std::string(entry->code);
    }
  }
  if (best_end == 0) return std::nullopt;
  size_t end = best_end;
  std::optional<int> y;
  if (auto yy = year_number(end)) {
    y = yy->first;
    end = yy->second;
  } else if (t == Tense::kPresent) {
    if (dct_) y = static_cast<int>(dct_->year());
  } else if (t != Tense::kUnknown && dct_) {
    // "last Thanksgiving": the latest one before publication; "next": the first after.
    const int base = static_cast<int>(dct_->year());
    const int step = t == Tense::kPast ? -1 : 1;
    for (int yy : {base, base + step}) {
      const std::optional<year_month_day> d = timenorm::holiday_in(code, yy);
      if (d && (t == Tense::kPast ? *d < *dct_ : *d > *dct_)) {
        y = yy;
        break;
      }
    }
  } else {
    y = year_for_day(code, tense(j));
  }
  const std::string unknown = code.size() == 5 ? "XXXX-" + code : "XXXX-XX-XX";
  if (!y) return unresolved(i, end, unknown, "date.holiday");
  const std::optional<year_month_day> d = timenorm::holiday_in(code, *y);
  if (!d) return std::nullopt;
  return explicit_day(i, end, *y, static_cast<int>(static_cast<unsigned>(d->month())),
                      static_cast<int>(static_cast<unsigned>(d->day())), "date.holiday");
}

}  // namespace

std::vector<TimeExpr> find_times(const Document& doc, const Timestamp& published) {
  return Scanner(doc, published).run();
}

}  // namespace claimline
