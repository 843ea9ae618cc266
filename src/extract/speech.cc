#include "extract/speech.h"

#include <algorithm>
#include <optional>

#include "extract/lexicon/grammar_words.h"
#include "extract/lexicon/word_set.h"

namespace claimline {
namespace {

using attribution::Attributed;
using attribution::Cue;
using attribution::Source;
using attribution::SourceKind;
using attribution::TokenRange;

bool is_punct(const Document& doc, size_t i, std::string_view p) {
  return i < doc.tokens().size() && doc.tokens()[i].kind == TokenKind::kPunct && doc.text(i) == p;
}

class SpeechFinder {
 public:
  SpeechFinder(const Document& doc, const std::vector<Quote>& quotes) : doc_(doc), quoted_(doc.tokens().size(), false) {
    for (const auto& q : quotes) {
      if (q.depth != 0) continue;
      const size_t close_end = doc.token_at(q.span.end - 1) + 1;
      for (size_t k = q.open_token; k < close_end && k < quoted_.size(); ++k) quoted_[k] = true;
    }
    after_quote_.assign(quoted_.size() + 1, 0);
    for (size_t k = 1; k <= quoted_.size(); ++k) after_quote_[k] = quoted_[k - 1] ? k : after_quote_[k - 1];
  }

  std::vector<Attributed> run() {
    transcript_turns();
    headline();
    for (const auto& s : doc_.sentences()) scan_sentence(s);
    return drop_nested(std::move(out_));
  }

 private:
  // Tokens [first, end) taken whole as a named source: a transcript's speaker label or a
  // headline's subject.
  static Source label_source(size_t first, size_t end) {
    Source src;
    src.kind = SourceKind::kName;
    src.tokens = {first, end};
    src.name = src.tokens;
    src.head = end - 1;
    return src;
  }

  // A cue of the one token `k`.
  static Cue one_token_cue(size_t k, const lexicon::CueVerb* entry) {
    Cue cue;
    cue.tokens = {k, k + 1};
    cue.verb = k;
    cue.entry = entry;
    return cue;
  }

  // "WALLACE: Let's start with ..." -- a transcript: paragraphs opening with a speaker label
  // in capitals and a colon. At least two such paragraphs are needed (one "BREAKING:" line is
  // no transcript); each turn is a statement of the rest of its paragraph.
  void transcript_turns() {
    std::vector<std::pair<size_t, size_t>> turns;  // (paragraph, colon token)
    for (size_t p = 0; p < doc_.paragraphs().size(); ++p) {
      if (auto colon = label_colon(p)) turns.emplace_back(p, *colon);
    }
    if (turns.size() < 2) return;
    static const lexicon::CueVerb kTurn{":", StanceCue::kAssert, lexicon::kSpeech};
    for (const auto& [p, colon] : turns) {
      const Paragraph& para = doc_.paragraphs()[p];
      sentence_ = &doc_.sentences()[para.first_sentence];
      const size_t end = doc_.sentences()[para.end_sentence - 1].end_token;
      auto content = trimmed(colon + 1, end);
      if (!content) continue;
      size_t first = sentence_->first_token;
      while (first < colon && doc_.tokens()[first].kind == TokenKind::kPunct) ++first;
      emit(*content, one_token_cue(colon, &kTurn), label_source(first, colon), "speech.transcript", 0.8);
    }
  }

  // A headline opening the body (a first paragraph of one short sentence, more text after
  // it): "Graham: Trump's rhetoric is destroying the party", "Bellwether County Says Trump
  // Should Win". Headlines capitalise their verbs, so the sentence scan misses the cue.
  void headline() {
    if (doc_.paragraphs().size() < 2) return;
    const Paragraph& para = doc_.paragraphs()[0];
    if (para.end_sentence != para.first_sentence + 1) return;
    sentence_ = &doc_.sentences()[para.first_sentence];
    const size_t first = sentence_->first_token, end = sentence_->end_token;
    if (end - first > 30 || doc_.tokens()[first].kind != TokenKind::kWord || !doc_.tokens()[first].upper_initial) return;
    for (size_t k = first + 1; k < end && k < first + 8; ++k) {
      const std::string_view t = doc_.text(k);
      if (t == ":") return headline_colon(first, k, end);
      if (doc_.tokens()[k].kind != TokenKind::kWord) continue;
      if (!doc_.tokens()[k].upper_initial) continue;
      const lexicon::CueVerb* entry = attribution::find_cue_verb(doc_.lower(k), k + 1 < end ? doc_.lower(k + 1) : "");
      if (!entry || !(entry->flags & lexicon::kSpeech) || !entry->particle.empty()) continue;
      if (!doc_.lower(k).ends_with('s')) continue;  // "Says", "Tells", "Warns": the headline present
      auto content = trimmed(k + 1, end, 2);
      if (!content) return;
      emit(*content, one_token_cue(k, entry), label_source(first, k), "speech.headline", 0.7);
      return;
    }
  }

  // "Graham: ..." -- a source of capitalised words (a lower-case word may follow the first:
  // "Clinton camp"), not a label such as "Update:" or "Analysis:", before the colon.
  void headline_colon(size_t first, size_t colon, size_t end) {
    static const lexicon::WordSet labels{"update", "updated", "correction", "breaking", "exclusive", "watch", "video",
                                         "photos", "analysis", "opinion", "editorial", "related", "live", "explainer",
                                         "review", "interview", "note", "read", "listen", "transcript", "full"};
    bool all_caps = true;
    for (size_t k = first; k < colon; ++k) {
      const Token& t = doc_.tokens()[k];
      if (t.kind == TokenKind::kPunct && doc_.text(k) != "." && doc_.text(k) != "'s" && doc_.text(k) != "\u2019s") return;
      if (t.kind != TokenKind::kWord) continue;
      if (!t.upper_initial && k != first + 1) return;
      if (attribution::find_cue_verb(doc_.lower(k), {})) return;
      for (char c : doc_.text(k)) all_caps = all_caps && !(c >= 'a' && c <= 'z');
    }
    if (all_caps || labels.contains(doc_.lower(first))) return;  // "WASHINGTON:" is a dateline
    auto content = trimmed(colon + 1, end, 3);
    if (!content) return;
    static const lexicon::CueVerb kColon{":", StanceCue::kAssert, lexicon::kSpeech};
    emit(*content, one_token_cue(colon, &kColon), label_source(first, colon), "speech.headline", 0.7);
  }

  // The colon after a speaker label opening paragraph `p`: one to three words in capitals
  // ("WALLACE", "MIKE PENCE"), maybe after an opening quotation mark.
  std::optional<size_t> label_colon(size_t p) const {
    const Paragraph& para = doc_.paragraphs()[p];
    if (para.first_sentence >= para.end_sentence) return std::nullopt;
    const Sentence& s = doc_.sentences()[para.first_sentence];
    size_t k = s.first_token;
    while (k < s.end_token && doc_.tokens()[k].kind == TokenKind::kPunct && text::is_quote(doc_.text(k))) ++k;
    size_t words = 0;
    for (; k < s.end_token && words <= 3; ++k) {
      const std::string_view t = doc_.text(k);
      if (doc_.tokens()[k].kind == TokenKind::kPunct) {
        if (t == ":" && words > 0 && k + 3 < s.end_token) return k;
        if (t != ".") return std::nullopt;
        continue;
      }
      if (doc_.tokens()[k].kind != TokenKind::kWord || t.size() < 2) return std::nullopt;
      for (char c : t) {
        if (!(c >= 'A' && c <= 'Z') && c != '\'' && c != '-') return std::nullopt;
      }
      ++words;
    }
    return std::nullopt;
  }

  void scan_sentence(const Sentence& s) {
    sentence_ = &s;
    first_in_sentence_ = out_.size();
    asked_opening();
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      if (quoted_[i]) continue;
      if (attribution::according_to_at(doc_, i, s.end_token)) {
        according(i);
        continue;
      }
      if (noun_cue(i)) continue;
      auto cue = attribution::cue_at(doc_, i, floor_before(i));
      if (!cue) {
        called(i);
        raising(i);
        in_poll(i);
        continue;
      }
      if (cue->negated) continue;
      try_cue(*cue);
    }
  }

  // The earliest token a source before token `i` may start at: the sentence start, or just
  // after the last quoted token before `i`.
  size_t floor_before(size_t i) const { return std::max<size_t>(sentence_->first_token, after_quote_[i]); }

  void try_cue(const Cue& cue) {
    const size_t floor = floor_before(cue.tokens.first);
    static const lexicon::WordSet ambiguous(lexicon::kAmbiguousCueForms);
    if (ambiguous.contains(doc_.lower(cue.verb)) && cue.tokens.first == cue.verb) {
      auto src = attribution::source_before(doc_, cue.tokens.first, floor);
      // "FEC records show ...": a record may show, whatever its determiner.
      if (auto record = phrase_before(cue.tokens.first, floor); (!src || src->kind == SourceKind::kNoun) && record &&
                                                                is_evidence(*record)) {
        subject_cue(cue, *record, 0.7);
        return;
      }
      if (!src || src->kind == SourceKind::kNoun) return;
      if (src->kind == SourceKind::kName && src->tokens.first != src->name.first) return;
    }
    const bool participle = doc_.lower(cue.verb).ends_with("ing");
    // ", saying ...", "began by saying ...", "aside from saying ...", "ducked, pointing to his
    // record and saying ...": the subject of the sentence speaks.
    static const lexicon::WordSet participle_openers{"by", "from", "after", "before", "while", "upon", "when", "and"};
    // "with 30 percent of voters saying ...": the phrase after "with" speaks.
    if (participle && !(cue.entry->flags & lexicon::kThink)) {
      for (size_t w = cue.tokens.first; w > floor && w + 10 > cue.tokens.first; --w) {
        if (!attribution::is_word(doc_, w - 1, "with")) continue;
        if (auto src = attribution::phrase_source(doc_, w, cue.tokens.first)) {
          if (auto content = content_after(cue)) return emit(*content, cue, *src, "speech.with", 0.65);
        }
        break;
      }
    }
    if (participle && cue.tokens.first > floor &&
        (is_punct(doc_, cue.tokens.first - 1, ",") ||
         (doc_.tokens()[cue.tokens.first - 1].kind == TokenKind::kWord &&
          participle_openers.contains(doc_.lower(cue.tokens.first - 1))))) {
      participle_clause(cue);
      return;
    }
    if (auto src = attribution::source_before(doc_, cue.tokens.first, floor)) {
      if (subject_cue(cue, *src) || content_first(cue, *src)) return;
      // A noun phrase cut short ("A poll released" before "Sunday showed") may be part of a
      // longer source phrase; a name or a pronoun is not.
      if (src->kind != SourceKind::kNoun) return;
    }
    if (auto src = phrase_before(cue.tokens.first, floor)) {
      if (subject_cue(cue, *src, 0.7)) return;
      content_first(cue, *src);
      return;
    }
    if (coordinated(cue)) return;
    inverted(cue);
  }

  // A source phrase the grammar of names and roles does not know, taken whole from the last
  // clause boundary before `end`: "current and former officials in the FBI and at the
  // Justice Department have said", "..., a source close to him said".
  std::optional<Source> phrase_before(size_t end, size_t floor) const {
    // Boundaries going back: a subordinating word ("The point is that 78 percent of voters
    // said", "less credit than aides say he deserves") inside, punctuation or the floor at
    // the far end. The longest phrase wins.
    static const lexicon::WordSet subordinators{"that", "because", "when", "while", "if", "since", "although",
                                                "though", "after", "before", "whether", "where", "as", "than",
                                                "what", "which"};
    size_t starts[8];
    size_t n = 0;
    size_t start = end;
    while (start > floor) {
      const size_t p = start - 1;
      const std::string_view t = doc_.text(p);
      if (doc_.tokens()[p].kind == TokenKind::kPunct &&
          (t == "," || t == ";" || t == ":" || text::is_quote(t) || attribution::is_terminal_punct(t) ||
           (text::is_dash(t) && doc_.tokens()[p].space_before))) {
        break;
      }
      if (end - p > 20) break;
      if (doc_.tokens()[p].kind == TokenKind::kWord && !doc_.tokens()[p].upper_initial &&
          subordinators.contains(doc_.lower(p)) && n < 7) {
        starts[n++] = start;
      }
      start = p;
    }
    if (end - start <= 20) starts[n++] = attribution::after_dateline(doc_, start, end);
    static const lexicon::WordSet openers{"but", "and", "so", "yet", "still", "now", "meanwhile", "however"};
    for (size_t k = n; k > 0; --k) {
      size_t s = starts[k - 1];
      while (s < end && doc_.tokens()[s].kind == TokenKind::kWord && openers.contains(doc_.lower(s))) ++s;
      if (auto src = attribution::phrase_source(doc_, s, end)) return src;
    }
    return std::nullopt;
  }

  // "Clinton called half of Trump's supporters “deplorables”": naming with a quoted label
  // is a statement of the object and the label. Without the quotation marks ("a town called
  // Sudzha", "called the police") it is not, unless the object is a pronoun and a label
  // follows it ("called him a master at deals", "called it a mistake").
  void called(size_t i) {
    const std::string_view w = doc_.lower(i);
    if ((w != "called" && w != "calls" && w != "calling") || doc_.tokens()[i].kind != TokenKind::kWord ||
        doc_.tokens()[i].upper_initial) {
      return;
    }
    const size_t end_of_sentence = sentence_->end_token;
    size_t end = 0;
    if (auto labelled = pronoun_label(i)) {
      end = *labelled;
    } else {
      size_t q = i + 1;
      while (q < end_of_sentence && q < i + 16 && !quoted_[q]) {
        const Token& t = doc_.tokens()[q];
        const std::string_view x = doc_.text(q);
        const bool joined = (x == "-" || x == "." || x == ",") && !t.space_before && q + 1 < end_of_sentence &&
                            !doc_.tokens()[q + 1].space_before;  // "front-runner", "$1.6"
        if (t.kind == TokenKind::kPunct && x != "'s" && x != "\u2019s" && x != "$" && !joined) return;
        ++q;
      }
      if (q == i + 1 || q >= end_of_sentence || !quoted_[q]) return;
      end = q;
      while (end < end_of_sentence && quoted_[end]) ++end;
    }
    static const lexicon::CueVerb kCalled{"called", StanceCue::kAssert, lexicon::kSpeech | lexicon::kNoun};
    const Cue cue = one_token_cue(i, &kCalled);
    std::optional<Source> src;
    const size_t floor = floor_before(i);
    if (w == "calling" && i > floor && is_punct(doc_, i - 1, ",")) {
      src = earlier_source_in_clause(i);
      if (!src) src = sentence_subject(i);
    } else if (i > floor && (attribution::is_word(doc_, i - 1, "and") || attribution::is_word(doc_, i - 1, "but"))) {
      // "Carson took the stage and called the system “rotten”": the clause's subject names.
      src = earlier_source_in_clause(i - 1);
      if (!src) src = sentence_subject(i - 1);
    } else {
      src = attribution::source_before(doc_, i, floor);
      if (src && src->kind == SourceKind::kNoun) src.reset();  // "a town called ..."
    }
    if (!src) return;
    emit(TokenRange{i + 1, end}, cue, *src, "speech.called", 0.7);
  }

  // "called him a master at ...", "called it a common ailment", "called him divisive": an
  // object pronoun and a label after it. Returns the end of the content.
  std::optional<size_t> pronoun_label(size_t i) const {
    const size_t end = sentence_->end_token;
    static const lexicon::WordSet objects{"him", "her", "it", "them", "himself", "herself", "itself", "themselves"};
    static const lexicon::WordSet not_labels{"on", "for", "back", "out", "up", "off", "to", "in", "at", "from",
                                             "with", "and", "but", "or", "that", "when", "after", "before",
                                             "last", "this", "by", "into", "over", "about", "as", "again"};
    if (i + 2 >= end || !objects.contains(doc_.lower(i + 1)) || doc_.tokens()[i + 1].upper_initial) return std::nullopt;
    const size_t l = i + 2;
    if (doc_.tokens()[l].kind != TokenKind::kWord || doc_.tokens()[l].upper_initial || quoted_[l] ||
        not_labels.contains(doc_.lower(l)) || attribution::is_past_verb(doc_, l)) {
      return std::nullopt;
    }
    auto content = trimmed(i + 1, clause_stop(i + 1, end), 2);
    if (!content) return std::nullopt;
    return content->end;
  }

  // "Trump's claim that the election was rigged", "her promise to raise wages", "the idea
  // that taxes will fall": a noun of saying or thinking with its clause. The owner, if any,
  // is the source; a "that" followed by a verb opens a relative clause, not a content.
  bool noun_cue(size_t i) {
    // Not "argument", "charge", "accusations", "decision", "refusal", "proposal", "attempt":
    // precision at overlap 0.8 on PolNeAR train 0.0-0.25.
    static const lexicon::WordSet that_nouns{
        "claim", "claims", "assertion", "assertions", "warning", "warnings", "suggestion", "allegation",
        "allegations", "insistence", "belief", "contention", "accusation", "idea", "notion", "concern",
        "concerns", "fear", "fears", "hope", "hopes", "promise", "view", "statement", "acknowledgment",
        "admission", "prediction", "conclusion", "complaint", "insinuation"};
    static const lexicon::WordSet to_nouns{"plans", "promise", "promises", "pledge", "pledges", "vow", "vows",
                                           "calls", "threat", "threats", "hopes"};
    const size_t end = sentence_->end_token;
    if (doc_.tokens()[i].kind != TokenKind::kWord || doc_.tokens()[i].upper_initial || i + 2 >= end || quoted_[i + 1]) {
      return false;
    }
    const std::string_view w = doc_.lower(i);
    const bool that = attribution::is_word(doc_, i + 1, "that") && that_nouns.contains(w);
    static const lexicon::WordSet determiners(lexicon::kDeterminers);
    const bool to = attribution::is_word(doc_, i + 1, "to") && to_nouns.contains(w) &&
                    doc_.tokens()[i + 2].kind == TokenKind::kWord && !doc_.tokens()[i + 2].upper_initial &&
                    !determiners.contains(doc_.lower(i + 2));
    if (!that && !to) return false;
    if (that) {
      // "the claim that was made": a verb right after "that" makes it a relative clause.
      static const lexicon::WordSet verbs{"is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
                                          "could", "may", "might", "should", "did", "does", "do"};
      const std::string_view next = doc_.lower(i + 2);
      if (verbs.contains(next) || attribution::is_past_verb(doc_, i + 2) || attribution::find_cue_verb(next, {}) ||
          doc_.tokens()[i + 2].kind != TokenKind::kWord) {
        return false;
      }
    }
    // The owner: "Trump's", "the senator's", "his", "her", "their", with at most one
    // modifier between ("Trump's repeated claim", "his earlier promise").
    std::optional<Source> src;
    static const lexicon::WordSet possessives{"his", "her", "their"};
    for (size_t k = i; k > sentence_->first_token && k + 2 >= i; --k) {
      const size_t p = k - 1;
      if (possessives.contains(doc_.lower(p)) && doc_.tokens()[p].kind == TokenKind::kWord) {
        Source s;
        s.kind = SourceKind::kPronoun;
        s.tokens = {p, p + 1};
        s.head = p;
        src = s;
        break;
      }
      if (doc_.text(p) == "'s" || doc_.text(p) == "\u2019s") {
        src = owner_before(p);
        break;
      }
      if (doc_.tokens()[p].kind != TokenKind::kWord || doc_.tokens()[p].upper_initial) break;
    }
    if (to && !src) return false;  // "a plan to ..." without an owner is nobody's statement
    // A form that is also a verb ("claim", "promise") is a noun after its owner or an article.
    if (attribution::find_cue_verb(w, {}) && !src && !(i > 0 && determiners.contains(doc_.lower(i - 1)))) return false;
    auto content = trimmed(i + 1, clause_stop(i + 1, end), 3);
    if (!content) return false;
    static const lexicon::CueVerb kNounCue{"claim", StanceCue::kAssert, lexicon::kNoun};
    const Cue cue = one_token_cue(i, &kNounCue);
    if (src) {
      emit(*content, cue, *src, "speech.noun", 0.55);
      return true;
    }
    emit_unsourced(*content, std::nullopt, cue.tokens, StanceCue::kAssert, 0.45, "speech.noun");
    return true;
  }

  // The owner before a possessive "'s" at token `p`: a name ("Donald J. Trump's") or a
  // determined noun ("the senator's").
  std::optional<Source> owner_before(size_t p) const {
    const size_t floor = floor_before(p);
    size_t k = p;
    while (k > floor && (attribution::is_name_word(doc_, k - 1) ||
                         (doc_.text(k - 1) == "." && k - 1 > floor && doc_.tokens()[k - 2].upper_initial))) {
      --k;
    }
    Source src;
    src.tokens = {k, p};
    src.head = p - 1;
    if (k < p && attribution::is_name_word(doc_, p - 1)) {
      src.kind = SourceKind::kName;
      src.name = src.tokens;
      return src;
    }
    static const lexicon::WordSet determiners(lexicon::kDeterminers);
    if (p >= floor + 2 && attribution::is_speaker_noun(doc_, p - 1) && determiners.contains(doc_.lower(p - 2))) {
      src.kind = SourceKind::kNoun;
      src.tokens = {p - 2, p};
      return src;
    }
    return std::nullopt;
  }

  // "In a CNN national poll, Clinton held a 24-point lead": what a poll or survey shows, with
  // the poll as its source.
  void in_poll(size_t i) {
    if (!attribution::is_word(doc_, i, "in")) return;
    static const lexicon::WordSet polls{"poll", "polls", "survey", "surveys", "average", "averages", "rankings",
                                        "tally", "tallies"};
    const size_t end = sentence_->end_token;
    // The poll phrase: up to a comma (opening the sentence) or the sentence end (closing it).
    size_t k = i + 1;
    bool poll = false;
    while (k < end && k < i + 18 && !quoted_[k]) {
      const Token& t = doc_.tokens()[k];
      const std::string_view x = doc_.text(k);
      const bool joined = (x == "-" || x == "/" || x == ".") && !t.space_before && k + 1 < end;
      if (t.kind == TokenKind::kPunct && !joined && x != "'s" && x != "\u2019s") break;
      if (t.kind == TokenKind::kWord && !t.upper_initial && (attribution::find_cue_verb(doc_.lower(k), {}) ||
                                                            attribution::is_word(doc_, k, "that"))) {
        return;
      }
      poll |= polls.contains(doc_.lower(k));
      ++k;
    }
    if (!poll || k == i + 1) return;
    static const lexicon::CueVerb kIn{"in", StanceCue::kAssert, lexicon::kNoun};
    const Cue cue = one_token_cue(i, &kIn);
    Source src;
    src.kind = SourceKind::kNoun;
    src.tokens = {i + 1, k};
    src.head = k - 1;
    // Only opening the sentence: "..., Clinton continues to lead in the polls" is too often
    // a standing rather than a finding (precision 0.2 on PolNeAR train).
    const size_t start = attribution::after_dateline(doc_, sentence_->first_token, i);
    if (i == start && k < end && is_punct(doc_, k, ",")) {
      if (auto content = clause_from(k + 1)) emit(*content, cue, src, "speech.poll", 0.6);
    }
  }

  // "The sale is expected to expand the company's reach", "Mr. Rubio appeared to be on the
  // upswing", "New Hampshire seems stable": an appearance or expectation with no named holder.
  // Its content is the subject and what follows the verb, in two parts; no speaker.
  void raising(size_t i) {
    // Not "appeared": more often "showed up" or a past look than a present judgement.
    static const lexicon::WordSet seeming{"seem", "seems", "seemed", "appear", "appears"};
    static const lexicon::WordSet be{"is", "are", "was", "were"};
    const std::string_view w = doc_.lower(i);
    const size_t end = sentence_->end_token;
    if (doc_.tokens()[i].kind != TokenKind::kWord || doc_.tokens()[i].upper_initial || i + 2 >= end) return;
    const bool expected = w == "expected" && i > sentence_->first_token && be.contains(doc_.lower(i - 1));
    if (!expected && !seeming.contains(w)) return;
    // After the verb: "to" and a verb ("to be", "to have"), or for "seem" an adjective.
    const size_t next = i + 1;
    static const lexicon::WordSet determiners(lexicon::kDeterminers);
    const bool infinitive = attribution::is_word(doc_, next, "to") && doc_.tokens()[next + 1].kind == TokenKind::kWord &&
                            !doc_.tokens()[next + 1].upper_initial && !determiners.contains(doc_.lower(next + 1));
    static const lexicon::WordSet prepositions(lexicon::kPrepositions);
    const bool adjective = w.starts_with("seem") && doc_.tokens()[next].kind == TokenKind::kWord &&
                           !doc_.tokens()[next].upper_initial && !prepositions.contains(doc_.lower(next)) &&
                           !attribution::is_word(doc_, next, "that");
    if (!infinitive && !adjective) return;
    const size_t verb_first = expected ? i - 1 : i;
    bool subordinate = false;
    auto subject = raised_subject(verb_first, &subordinate);
    if (!subject) return;
    size_t stop = clause_stop(next, end);
    // "While no candidate seems willing to ..., few are calling for ...": a subordinate
    // clause ends at its comma.
    for (size_t k = next; subordinate && k < stop; ++k) {
      if (!quoted_[k] && is_punct(doc_, k, ",")) stop = k;
    }
    auto rest = trimmed(next, stop, 2);
    if (!rest) return;
    const StanceCue stance = expected ? StanceCue::kPredict : StanceCue::kAssert;
    // "It seems unfair to ...": an empty subject is no part of the content.
    if (subject->end == subject->first + 1 && doc_.lower(subject->first) == "it") {
      return emit_unsourced(*rest, std::nullopt, {verb_first, i + 1}, stance, 0.5, "speech.seems");
    }
    emit_unsourced(*subject, rest, {verb_first, i + 1}, stance, 0.5, "speech.seems");
  }

  // The subject of "seems"/"is expected" whose first token is `verb_first`: back to the
  // clause boundary over adverbs ("also seemed"), without a verb or "that" in it, after an
  // opening connective or subordinator (*subordinate then set).
  std::optional<TokenRange> raised_subject(size_t verb_first, bool* subordinate) const {
    size_t subject_end = verb_first;
    while (subject_end > sentence_->first_token && doc_.tokens()[subject_end - 1].kind == TokenKind::kWord &&
           !doc_.tokens()[subject_end - 1].upper_initial &&
           (doc_.lower(subject_end - 1).ends_with("ly") || doc_.lower(subject_end - 1) == "also" ||
            doc_.lower(subject_end - 1) == "still" || doc_.lower(subject_end - 1) == "now")) {
      --subject_end;
    }
    size_t start = subject_end;
    while (start > floor_before(verb_first)) {
      const size_t p = start - 1;
      const std::string_view t = doc_.text(p);
      if (doc_.tokens()[p].kind == TokenKind::kPunct && t != "-" && t != "." && t != "'s" && t != "\u2019s") break;
      if (doc_.tokens()[p].kind == TokenKind::kWord && (attribution::find_cue_verb(doc_.lower(p), {}) ||
                                                        attribution::is_past_verb(doc_, p) || doc_.lower(p) == "that")) {
        return std::nullopt;
      }
      if (subject_end - p > 12) return std::nullopt;
      start = p;
    }
    static const lexicon::WordSet openers{"but", "and", "so", "yet", "still", "now", "meanwhile", "however", "also"};
    static const lexicon::WordSet subordinators{"if", "when", "after", "while", "as", "because", "though", "although",
                                               "since", "before", "unless", "whether", "once", "until"};
    while (start < subject_end && doc_.tokens()[start].kind == TokenKind::kWord &&
           (openers.contains(doc_.lower(start)) || subordinators.contains(doc_.lower(start)))) {
      *subordinate |= subordinators.contains(doc_.lower(start));
      ++start;
    }
    if (start >= subject_end) return std::nullopt;
    return trimmed(start, subject_end, 1);
  }

  // A statement whose source the text does not name (the question put to someone, an
  // appearance, an unowned claim; emit() adds a source): its content is `content`, with
  // `second` as a later part.
  void emit_unsourced(TokenRange content, std::optional<TokenRange> second, TokenRange cue, StanceCue stance,
                      double confidence, const char* rule) {
    Attributed a;
    Statement& st = a.statement;
    st.span = attribution::span_of(doc_, content);
    st.text = std::string(doc_.text(st.span));
    if (second) {
      const Span tail = attribution::span_of(doc_, *second);
      st.parts = {st.span, tail};
      st.span = Span(st.span.start, tail.end);
      st.text += ' ';
      st.text += doc_.text(tail);
    }
    st.kind = StatementKind::kIndirect;
    st.cue_span = attribution::span_of(doc_, cue);
    st.cue = std::string(doc_.text(*st.cue_span));
    st.stance_cue = stance;
    st.confidence = confidence;
    st.rule = rule;
    out_.push_back(std::move(a));
  }


  // "Asked whether the comments had rattled them, Ryan said ...", "..., Christie said when
  // asked whether he would ...": the question put to the subject is a statement of its own,
  // whose asker the sentence does not name (no speaker). The question runs to its comma.
  void asked_opening() {
    const size_t first = sentence_->first_token, end = sentence_->end_token;
    static const lexicon::WordSet questions{"if", "whether", "what", "who", "whom", "why", "how", "when", "where",
                                            "which", "about"};
    static const lexicon::WordSet openers{"and", "but", "so"};
    for (size_t i = first; i + 3 < end; ++i) {
      if (doc_.lower(i) != "asked" || quoted_[i]) continue;
      size_t lead = i;
      if (lead > first && attribution::is_word(doc_, lead - 1, "when")) --lead;
      size_t opening = lead;
      while (opening > first && doc_.tokens()[opening - 1].kind == TokenKind::kWord &&
             openers.contains(doc_.lower(opening - 1))) {
        --opening;
      }
      // At the sentence start ("And when asked ..."), or "when asked" after a clause.
      if (opening != first && lead == i) continue;
      // "Asked on Fox News who ...", "Asked specifically what ...", "asked by a reporter
      // whether": a few words without punctuation or a verb before the question word.
      size_t q = i + 1;
      while (q < end && q < i + 8 && !(questions.contains(doc_.lower(q)) && !doc_.tokens()[q].upper_initial)) {
        if (doc_.tokens()[q].kind == TokenKind::kPunct || attribution::is_past_verb(doc_, q) ||
            attribution::find_cue_verb(doc_.lower(q), {})) {
          break;
        }
        ++q;
      }
      if (q >= end || !questions.contains(doc_.lower(q)) || doc_.tokens()[q].upper_initial) continue;
      size_t stop = q + 1;
      while (stop < end && stop < q + 40 && !quoted_[stop] && !is_punct(doc_, stop, ",")) ++stop;
      if (stop < end && !is_punct(doc_, stop, ",") && !quoted_[stop]) continue;
      auto content = trimmed(q, stop, 2);
      if (!content) continue;
      emit_unsourced(*content, std::nullopt, {i, i + 1}, StanceCue::kQuestion, 0.6, "speech.asked");
    }
  }

  // Whether a source is a record rather than a speaker: a poll, a study, records, a video.
  bool is_evidence(const Source& src) const {
    static const lexicon::WordSet evidence{
        "poll", "polls", "survey", "surveys", "study", "studies", "data", "analysis", "research", "figures",
        "numbers", "results", "tally", "audit", "records", "documents", "filings", "reports", "report",
        "statistics", "emails", "email", "video", "footage", "polling", "review", "files", "returns", "estimates",
        "projections", "averages", "average", "transcript", "photos", "images", "tallies", "memo", "letter"};
    return evidence.contains(doc_.lower(src.head));
  }

  // X said (that) ...
  bool subject_cue(const Cue& cue, const Source& src, double named_confidence = 0.8) {
    const bool thinking = (cue.entry->flags & lexicon::kThink) != 0;
    // "A new poll shows Sanders leading": a poll or a study may show without "that", and
    // needs no determiner ("FEC records show", "Exit polling found").
    const bool shown = is_evidence(src);
    if (thinking && src.kind == SourceKind::kNoun && !has_determiner(src) && !shown) return false;
    auto content = content_after(cue, shown);
    if (!content) return false;
    // "Mr. Hurt, who declined to comment, returned the rights": a relative clause set off by
    // commas ends at the next one.
    const std::string_view head = doc_.lower(src.head);
    if ((head == "who" || head == "which") && src.head > 0 && is_punct(doc_, src.head - 1, ",")) {
      for (size_t k = content->first + 1; k < content->end; ++k) {
        if (!quoted_[k] && is_punct(doc_, k, ",")) {
          content = trimmed(content->first, k, 1);
          break;
        }
      }
      if (!content) return false;
    }
    // Attitudes and refusals ("praised X", "declined to comment") are weaker than speech.
    const bool speech = (cue.entry->flags & lexicon::kSpeech) != 0;
    const double confidence = thinking ? 0.6 : speech ? confidence_of(src, named_confidence) : 0.55;
    emit(*content, cue, src, thinking ? "speech.think" : speech ? "speech.svc" : "speech.attitude", confidence);
    return true;
  }

  // "Comey called it careless, but said ...", "She rejected the idea and said that ...": the
  // subject of the sentence is the source.
  bool coordinated(const Cue& cue) {
    if (cue.tokens.first == 0 || (cue.entry->flags & lexicon::kThink)) return false;
    const size_t before = cue.tokens.first - 1;
    if (!attribution::is_word(doc_, before, "and") && !attribution::is_word(doc_, before, "but")) return false;
    if (doc_.lower(cue.verb).ends_with("ing")) return false;
    auto content = content_after(cue);
    if (!content) return false;
    std::optional<Source> src = earlier_source_in_clause(before);
    if (!src) src = sentence_subject(before);
    if (!src) return false;
    emit(*content, cue, *src, "speech.coordinated", 0.65);
    return true;
  }

  // The source of the latest statement found in this sentence, if it lies in the clause of
  // token `before` ("Trump said A; the military denied that, saying B": not Trump).
  std::optional<Source> earlier_source_in_clause(size_t before) const {
    const size_t clause = attribution::clause_start(doc_, sentence_->first_token, before);
    for (size_t k = out_.size(); k > first_in_sentence_; --k) {
      const auto& src = out_[k - 1].source;
      if (src) return src->tokens.first >= clause ? src : std::nullopt;
    }
    return std::nullopt;
  }

  // ..., saying (that) ...: the source is the subject of the sentence.
  void participle_clause(const Cue& cue) {
    if (cue.entry->flags & lexicon::kThink) return;
    auto content = content_after(cue);
    if (!content) return;
    std::optional<Source> src = earlier_source_in_clause(cue.tokens.first);
    if (!src) src = sentence_subject(cue.tokens.first);
    if (!src) return;
    emit(*content, cue, *src, "speech.participle", 0.6);
  }

  // The subject at the start of the sentence: "Witkoff, following his meetings, expressed".
  std::optional<Source> sentence_subject(size_t before) const {
    const size_t start = attribution::clause_start(doc_, sentence_->first_token, before);
    // "..., and when Rubio thanked Miami and said ...": the nearest clause's own subject.
    for (size_t j = before; j > start + 1 && j + 12 > before; --j) {
      const size_t p = j - 1;
      static const lexicon::WordSet subordinators{"when", "after", "as", "while", "because", "since", "before", "if"};
      const bool opens = is_punct(doc_, p, ",") ||
                         (doc_.tokens()[p].kind == TokenKind::kWord && subordinators.contains(doc_.lower(p)));
      if (!opens) continue;
      if (auto s = subject_before_verb(j, before)) return s;
      break;
    }
    // Skip a leading adverbial phrase closed by a comma ("In statements on social media, he").
    for (size_t k = start; k < before && k < start + 8; ++k) {
      if (is_punct(doc_, k, ",")) {
        if (auto s = attribution::source_after(doc_, k + 1, before); s && s->kind != SourceKind::kNoun) return s;
        break;
      }
    }
    auto s = attribution::source_after(doc_, start, before);
    if (s && s->kind != SourceKind::kNoun) return s;
    if (auto v = subject_before_verb(start, before)) return v;
    return phrase_subject(start, before);
  }

  // The subject phrase from `start` to the first verb before `before` ("Both parents
  // stiffened ...", "A spokeswoman for Janney also declined ..."), taken whole.
  std::optional<Source> phrase_subject(size_t start, size_t before) const {
    static const lexicon::WordSet openers{"but", "and", "so", "yet", "still", "now", "meanwhile", "however"};
    while (start < before && doc_.tokens()[start].kind == TokenKind::kWord && openers.contains(doc_.lower(start))) ++start;
    static const lexicon::WordSet verbs{"is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
                                        "could", "did", "does", "do", "also", "then", "later"};
    for (size_t k = start + 1; k < before && k < start + 15; ++k) {
      const Token& t = doc_.tokens()[k];
      if (t.kind == TokenKind::kPunct && (doc_.text(k) == "," || doc_.text(k) == ";")) return std::nullopt;
      if (t.kind != TokenKind::kWord || t.upper_initial) continue;
      const std::string_view w = doc_.lower(k);
      if (verbs.contains(w) || attribution::is_past_verb(doc_, k) || attribution::find_cue_verb(w, {})) {
        return attribution::phrase_source(doc_, start, k);
      }
    }
    return std::nullopt;
  }

  // "Ukraine's General Staff published a map ... and insisted", "The spokesman refused ...
  // but said": the phrase from `start` to the first past-tense verb before `before`, when
  // it is a name, or a noun phrase with a determiner and a speaking head.
  std::optional<Source> subject_before_verb(size_t start, size_t before) const {
    for (size_t k = start + 1; k < before && k < start + 10; ++k) {
      if (!attribution::is_past_verb(doc_, k)) continue;
      auto s = attribution::source_after(doc_, start, k);
      if (!s || s->tokens.end != k) return std::nullopt;
      if (s->kind != SourceKind::kNoun) return s;
      const bool determined = doc_.tokens()[s->tokens.first].kind == TokenKind::kWord &&
                              (doc_.lower(s->tokens.first) == "the" || doc_.lower(s->tokens.first) == "a");
      if (determined && attribution::is_speaker_noun(doc_, s->head)) return s;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // ..., X said. -- the content is the sentence before the comma; "A, X said, B." gives A
  // and B as the two parts of one content.
  bool content_first(const Cue& cue, const Source& src) {
    if ((cue.entry->flags & lexicon::kThink) && src.kind == SourceKind::kNoun) return false;
    const size_t comma = src.tokens.first;
    if (comma == 0 || !is_punct(doc_, comma - 1, ",")) return false;
    // "Instead, Trump told CNN, his policy would ...": a named addressee after the cue.
    size_t after = cue.tokens.end;
    if ((cue.entry->flags & lexicon::kObject) && after < sentence_->end_token && attribution::is_name_word(doc_, after)) {
      after = attribution::skip_object(doc_, after, sentence_->end_token);
    }
    if (!ends_attribution(after)) return false;
    return emit_around(comma - 1, attribution_end(after), cue, src, confidence_of(src, 0.75));
  }

  // ..., said X.
  void inverted(const Cue& cue) {
    if (!(cue.entry->flags & lexicon::kSpeech) || cue.tokens.first != cue.verb) return;
    const size_t comma = cue.tokens.first;
    if (comma == 0 || !is_punct(doc_, comma - 1, ",")) return;
    auto src = attribution::source_after(doc_, cue.tokens.end, sentence_->end_token);
    if (!src || src->kind == SourceKind::kPronoun) return;
    if (!ends_attribution(src->tokens.end)) return;
    emit_around(comma - 1, attribution_end(src->tokens.end), cue, *src, 0.75);
  }

  // The content before an attribution ending at token `before_end` (its comma), plus the
  // rest of the sentence when the attribution ends in a comma that does not open another
  // attribution.
  bool emit_around(size_t before_end, size_t after, const Cue& cue, const Source& src, double confidence) {
    auto first = content_before(before_end, /*allow_short=*/true);
    if (!first) return false;
    const size_t end = sentence_->end_token;
    std::optional<TokenRange> second;
    if (after < end && is_punct(doc_, after, ",") && after + 1 < end) {
      static const lexicon::WordSet after_comma(lexicon::kContentStopsAfterComma);
      const std::string_view next = doc_.lower(after + 1);
      if (!after_comma.contains(next) && !attribution::according_to_at(doc_, after + 1, end) && !quoted_[after + 1] &&
          !appositive_at(after + 1)) {
        second = trimmed(after + 1, clause_stop(after + 1, end), 1);
      }
    }
    if (!second && words_in(*first) < 3) return false;
    // "Instead, Trump told CNN, his policy would ...": a lone connecting adverb is the
    // writer's, not part of what was said.
    static const lexicon::WordSet connectors{"instead", "however", "still", "but", "and", "so", "yet", "meanwhile",
                                             "moreover", "indeed", "separately", "then", "now", "also", "again"};
    if (second && words_in(*first) == 1 && connectors.contains(doc_.lower(first->first))) {
      emit(*second, cue, src, "speech.csv", confidence);
      return true;
    }
    emit(*first, cue, src, "speech.csv", confidence, second);
    return true;
  }

  // Whether the words from `k` to the next comma or the sentence end describe the phrase
  // before them rather than go on with the content: ", director of the Civic Engagement
  // Project", ", a Republican pollster": a noun phrase with no verb in it.
  bool appositive_at(size_t k) const {
    const size_t end = sentence_->end_token;
    if (k >= end || doc_.tokens()[k].kind == TokenKind::kPunct) return false;
    static const lexicon::WordSet verbs{"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                                        "would", "can", "could", "may", "might", "should", "must", "do", "does",
                                        "did", "he", "she", "they", "it", "we", "i", "you", "that", "who", "which"};
    for (size_t t = k; t < end && t < k + 30; ++t) {
      if (quoted_[t]) return false;
      if (is_punct(doc_, t, ",") || is_punct(doc_, t, ";")) break;
      if (doc_.tokens()[t].kind != TokenKind::kWord || doc_.tokens()[t].upper_initial) continue;
      const std::string_view w = doc_.lower(t);
      if (verbs.contains(w) || attribution::is_past_verb(doc_, t) || attribution::find_cue_verb(w, {})) return false;
    }
    return doc_.tokens()[k].kind == TokenKind::kNumber || doc_.tokens()[k].upper_initial ||
           attribution::is_word(doc_, k, "a") || attribution::is_word(doc_, k, "an") ||
           attribution::is_word(doc_, k, "the") || attribution::is_speaker_noun(doc_, k) ||
           (doc_.tokens()[k].kind == TokenKind::kWord && k + 1 < end && attribution::is_word(doc_, k + 1, "of"));
  }

  // The end of an attribution's own words: adverbials and an object after the cue or source.
  size_t attribution_end(size_t i) const {
    const size_t end = sentence_->end_token;
    i = attribution::skip_adverbials(doc_, i, end);
    if (i < end && !doc_.tokens()[i].upper_initial && doc_.tokens()[i].kind == TokenKind::kWord) {
      const size_t j = attribution::skip_object(doc_, i, end);
      if (j > i && j - i <= 4) i = attribution::skip_adverbials(doc_, j, end);
    }
    return i;
  }

  // "according to" takes whatever noun phrase follows, up to a comma or the sentence end.
  std::optional<Source> according_source(size_t first, size_t end) const {
    size_t k = first;
    while (k < end && k < first + 26) {
      const std::string_view t = doc_.text(k);
      if (doc_.tokens()[k].kind == TokenKind::kPunct &&
          (t == "," || t == ";" || t == ":" || t == "(" || t == ")" || attribution::is_terminal_punct(t) || text::is_quote(t) ||
           (text::is_dash(t) && doc_.tokens()[k].space_before))) {
        break;
      }
      ++k;
    }
    if (k == first || k >= first + 26) return std::nullopt;
    Source src;
    src.tokens = {first, k};
    src.head = k - 1;
    src.kind = SourceKind::kNoun;
    for (size_t n = first; n < k; ++n) {
      if (attribution::is_name_word(doc_, n)) {
        src.kind = SourceKind::kName;
        size_t e = n;
        while (e < k && (attribution::is_name_word(doc_, e) || doc_.text(e) == ".")) ++e;
        src.name = {n, e};
        break;
      }
    }
    return src;
  }

  void according(size_t i) {
    const size_t end = sentence_->end_token;
    auto src = according_source(i + 2, end);
    if (!src) return;
    Cue cue;
    cue.tokens = {i, i + 2};
    cue.verb = i;
    static const lexicon::CueVerb kAccording{"according to", StanceCue::kAssert, lexicon::kSpeech};
    cue.entry = &kAccording;
    const size_t after = src->tokens.end;
    if (is_punct(doc_, after, ",") && (i == sentence_->first_token || is_punct(doc_, i - 1, ","))) {
      // According to X, ...
      auto content = clause_from(after + 1);
      if (!content) return;
      if (i > sentence_->first_token) {
        // "..., according to the SITE Intelligence Group, which monitors ...": what follows
        // the source describes it.
        static const lexicon::WordSet after_comma(lexicon::kContentStopsAfterComma);
        if (after_comma.contains(doc_.lower(after + 1)) || appositive_at(after + 1)) {
          if (auto first = content_before(i - 1)) emit(*first, cue, *src, "speech.according", 0.8);
          return;
        }
        // "For Trump, according to Bennett, the speech is a test": both sides are content.
        auto first = content_before(i - 1, /*allow_short=*/true);
        if (first) return emit(*first, cue, *src, "speech.according", 0.8, content);
      }
      return emit(*content, cue, *src, "speech.according", 0.8);
    }
    if (i > sentence_->first_token && (after >= end || !is_punct(doc_, after, ",") || ends_attribution(after))) {
      const size_t stop = is_punct(doc_, i - 1, ",") ? i - 1 : i;
      auto content = content_before(stop);
      if (content) emit(*content, cue, *src, "speech.according", 0.8);
    }
  }

  // Whether the attribution that ends at `i` closes the sentence: only adverbials, an
  // object, or a participle clause may follow.
  bool ends_attribution(size_t i) const {
    const size_t end = sentence_->end_token;
    i = attribution::skip_adverbials(doc_, i, end);
    if (i < end && !doc_.tokens()[i].upper_initial && doc_.tokens()[i].kind == TokenKind::kWord) {
      const size_t j = attribution::skip_object(doc_, i, end);
      if (j > i && j - i <= 4) i = attribution::skip_adverbials(doc_, j, end);
    }
    if (i >= end) return true;
    const std::string_view t = doc_.text(i);
    if (attribution::is_terminal_punct(t)) return i + 1 >= end || doc_.tokens()[i + 1].kind == TokenKind::kPunct;
    return t == "," || t == ";";
  }

  std::optional<TokenRange> content_after(const Cue& cue, bool evidence_source = false) const {
    const size_t end = sentence_->end_token;
    const uint16_t flags = cue.entry->flags;
    size_t k = attribution::skip_adverbials(doc_, cue.tokens.end, end);
    size_t start = k;
    if (flags & lexicon::kObject) {
      const size_t obj_end = attribution::skip_object(doc_, k, end);
      const std::string_view next = obj_end < end ? doc_.lower(obj_end) : std::string_view();
      const bool keeps_object = obj_end > k && ((flags & lexicon::kOf && next == "of") ||
                                                (flags & lexicon::kInfin && next == "to") || next == "for");
      if (keeps_object) {
        start = k;  // "accused Moscow of ...", "urged allies to ...": the object is content
        return clause_range(start, end, /*object_first=*/true);
      }
      k = attribution::skip_adverbials(doc_, obj_end, end);
      start = k;
    }
    // "said on CNN, where he is a contributor, that ...", "said in Arizona that ...": an
    // adverbial the grammar does not know, closed by "that".
    if (k < end && !attribution::is_word(doc_, k, "that")) {
      for (size_t t = k + 1; t < end && t < k + 14; ++t) {
        if (quoted_[t]) break;
        if (attribution::is_word(doc_, t, "that") && (is_punct(doc_, t - 1, ",") || t - k <= 4 || verbless(k, t))) {
          static const lexicon::WordSet preps{"on", "in", "at", "during", "to", "before", "after", "from", "with", "by"};
          // ... or the rest of a long object ("told the Gazette-Mail and Courier newspaper of
          // Charleston on Saturday that").
          if (preps.contains(doc_.lower(k)) || ((flags & lexicon::kObject) && verbless(k, t))) { k = t; start = t; }
          break;
        }
      }
    }
    if (k < end && (is_punct(doc_, k, ":") || is_punct(doc_, k, ","))) {
      // "said, among other things, that ...": a parenthesis before "that".
      if (is_punct(doc_, k, ",") && !attribution::is_word(doc_, k + 1, "that")) {
        size_t close = k + 1;
        while (close < end && close < k + 7 && !quoted_[close] && doc_.tokens()[close].kind != TokenKind::kPunct) ++close;
        if (close >= end || !is_punct(doc_, close, ",") || !attribution::is_word(doc_, close + 1, "that")) return std::nullopt;
        k = close;
      }
      start = ++k;
    }
    if (start >= end) return std::nullopt;
    if ((flags & lexicon::kThatOnly) && !evidence_source && !attribution::is_word(doc_, start, "that")) return std::nullopt;
    // "says too much is made of ...": "too" was skipped as an adverb of the cue.
    if (start > 0 && attribution::is_word(doc_, start, "much") && attribution::is_word(doc_, start - 1, "too")) --start;
    const std::string_view first = doc_.lower(start);
    if (quoted_[start]) return std::nullopt;  // a quote: the quote extractor attributes it
    static const lexicon::WordSet not_openers(lexicon::kNotClauseOpeners);
    static const lexicon::WordSet prepositions(lexicon::kPrepositions);
    const bool is_word = doc_.tokens()[start].kind != TokenKind::kPunct;
    const bool infinitive = first == "to" && (flags & lexicon::kInfin);
    // "said more than 1 million donors gave": a comparison opens the clause.
    // "... says too much is made of his tweets", "said much of the money was gone", "reported
    // at least six planes filled the skies".
    const bool comparison = ((first == "more" || first == "less") && attribution::is_word(doc_, start + 1, "than")) ||
                            (first == "too" && (attribution::is_word(doc_, start + 1, "much") ||
                                                attribution::is_word(doc_, start + 1, "many"))) ||
                            (first == "much" && attribution::is_word(doc_, start + 1, "of")) ||
                            (first == "at" && attribution::is_word(doc_, start + 1, "least"));
    if (!is_word || (not_openers.contains(first) && !comparison)) return std::nullopt;
    if (prepositions.contains(first) && !infinitive && !comparison) return std::nullopt;
    if (first == "to" && !infinitive) return std::nullopt;
    const bool clause = (flags & lexicon::kClause) != 0;
    const bool noun = (flags & lexicon::kNoun) != 0;
    if (!clause && !infinitive && !noun) return std::nullopt;
    if (noun && !clause && !infinitive) return noun_content(start, end);
    return clause_range(start, end, false);
  }

  // "endorsed Cruz last week", "criticized the deal at a rally in Ohio", "who backed Sanders
  // in 2015, is ...": a noun phrase content ends before a trailing time or setting phrase.
  std::optional<TokenRange> noun_content(size_t start, size_t end) const {
    auto r = clause_range(start, end, false);
    if (!r) return r;
    for (size_t k = r->first + 1; k < r->end; ++k) {
      if (quoted_[k]) continue;
      if (attribution::adverbial_end(doc_, k, r->end) > k) return trimmed(r->first, k, 1);
      // "welcomed several hundred guests, he was also launching ...": a comma before a
      // subject pronoun opens another clause.
      if (is_punct(doc_, k, ",") && k + 1 < r->end && !quoted_[k + 1] &&
          attribution::is_pronoun_source(doc_.lower(k + 1))) {
        return trimmed(r->first, k, 1);
      }
    }
    return trimmed(r->first, r->end, 1);
  }

  // Whether tokens [from, to) hold no verb ("in an interview with The Associated Press last
  // week"): no cue, past-tense form or auxiliary, and no punctuation but full stops.
  bool verbless(size_t from, size_t to) const {
    static const lexicon::WordSet auxiliaries{"is", "was", "were", "are", "be", "been", "has", "have", "had",
                                              "will", "would", "can", "could", "do", "did", "does"};
    for (size_t i = from; i < to; ++i) {
      const Token& t = doc_.tokens()[i];
      if (t.kind == TokenKind::kPunct) {
        if (doc_.text(i) != ".") return false;
        continue;
      }
      if (t.kind != TokenKind::kWord || t.upper_initial) continue;
      const std::string_view w = doc_.lower(i);
      if (auxiliaries.contains(w) || attribution::is_past_verb(doc_, i) || attribution::find_cue_verb(w, {})) return false;
    }
    return true;
  }

  // The clause from `start` to the end of the sentence, cut before a following attribution
  // or a clause of the writer's (", but ...", " because ...", " and said ...").
  std::optional<TokenRange> clause_range(size_t start, size_t end, bool object_first) const {
    (void)object_first;
    return trimmed(start, clause_stop(start, end));
  }

  size_t clause_stop(size_t start, size_t end) const {
    static const lexicon::WordSet after_comma(lexicon::kContentStopsAfterComma);
    static const lexicon::WordSet bare(lexicon::kContentStopsBare);
    // A reported clause longer than this is cut there: no news sentence needs more, and
    // the cap keeps a run-on "sentence" of a million characters linear.
    constexpr size_t kMaxClauseTokens = 240;
    end = std::min(end, start + kMaxClauseTokens);
    for (size_t stop = start; stop < end; ++stop) {
      if (quoted_[stop]) continue;
      if (is_punct(doc_, stop, ";")) return stop;
      const bool comma = is_punct(doc_, stop, ",");
      if (comma && stop + 1 < end) {
        const std::string_view next = doc_.lower(stop + 1);
        const bool but_that = next == "but" && attribution::is_word(doc_, stop + 2, "that");
        static const lexicon::WordSet not_participles(lexicon::kNotParticiples);
        const bool participle = next.size() > 4 && next.ends_with("ing") && !doc_.tokens()[stop + 1].upper_initial &&
                                !not_participles.contains(next);
        if ((after_comma.contains(next) && !but_that) || participle || attribution::according_to_at(doc_, stop + 1, end)) {
          return stop;
        }
        if (closes_with_attribution(stop + 1, end)) return stop;
      }
      if (stop > start && doc_.tokens()[stop].kind == TokenKind::kWord && bare.contains(doc_.lower(stop))) return stop;
      // "... when asked whether ...": the question put is a statement of its own.
      if (stop > start && attribution::is_word(doc_, stop, "when") && attribution::is_word(doc_, stop + 1, "asked")) return stop;
      // "... and said ...": the subject goes on with a cue of its own.
      if ((attribution::is_word(doc_, stop, "and") || attribution::is_word(doc_, stop, "but")) && stop + 1 < end) {
        auto cue = attribution::cue_at(doc_, stop + 1, stop + 1);
        if (cue && !doc_.lower(cue->verb).ends_with("ing") && doc_.lower(cue->verb).ends_with("ed")) return stop;
        if (cue && doc_.lower(cue->verb) == "said") return stop;
      }
      if (text::is_dash(doc_.text(stop)) && doc_.tokens()[stop].space_before && closes_with_attribution(stop + 1, end)) return stop;
    }
    return end;
  }

  // Whether tokens from `i` are "X said." up to the sentence end.
  bool closes_with_attribution(size_t i, size_t end) const {
    for (size_t v = i; v < end && v < i + 8; ++v) {
      auto cue = attribution::cue_at(doc_, v, i);
      if (!cue || !(cue->entry->flags & lexicon::kSpeech)) continue;
      auto src = attribution::source_before(doc_, cue->tokens.first, i);
      if (src && src->tokens.first == i) return ends_attribution(cue->tokens.end);
      return false;
    }
    return false;
  }

  std::optional<TokenRange> clause_from(size_t start) const {
    const size_t end = sentence_->end_token;
    if (start >= end || quoted_[start]) return std::nullopt;
    return clause_range(start, end, false);
  }

  // The content before an attribution: from the sentence start to `stop`. A content that
  // is one quotation belongs to the quote extractor.
  std::optional<TokenRange> content_before(size_t stop, bool allow_short = false) const {
    const size_t start = attribution::after_dateline(doc_, sentence_->first_token, stop);
    if (stop <= start) return std::nullopt;
    if (quoted_[start] && quoted_[stop - 1]) return std::nullopt;
    return trimmed(start, stop, allow_short ? 1 : 3);
  }

  size_t words_in(TokenRange r) const {
    size_t words = 0;
    for (size_t k = r.first; k < r.end; ++k) words += doc_.tokens()[k].kind != TokenKind::kPunct;
    return words;
  }

  // Drops trailing punctuation (full stop, comma, dash) and requires `min_words` words.
  std::optional<TokenRange> trimmed(size_t start, size_t stop, size_t min_words = 3) const {
    while (stop > start) {
      const Token& t = doc_.tokens()[stop - 1];
      const std::string_view s = doc_.text(stop - 1);
      if (t.kind == TokenKind::kPunct && (attribution::is_terminal_punct(s) || s == "," || s == ":" || s == ";" ||
                                          (text::is_dash(s) && t.space_before))) {
        --stop;
        continue;
      }
      break;
    }
    if (stop <= start || words_in({start, stop}) < min_words) return std::nullopt;
    return TokenRange{start, stop};
  }

  bool has_determiner(const Source& src) const {
    static const lexicon::WordSet dets(lexicon::kDeterminers);
    return dets.contains(doc_.lower(src.tokens.first));
  }

  static double confidence_of(const Source& src, double base) {
    switch (src.kind) {
      case SourceKind::kName: return base;
      case SourceKind::kPronoun: return base - 0.05;
      case SourceKind::kNoun: return base - 0.1;
    }
    return base;
  }

  void emit(TokenRange content, const Cue& cue, const Source& src, const char* rule, double confidence,
            std::optional<TokenRange> second = std::nullopt) {
    emit_unsourced(content, second, cue.tokens, cue.entry->stance, confidence, rule);
    Attributed& a = out_.back();
    a.statement.speaker_span = attribution::span_of(doc_, src.tokens);
    a.source = src;
  }

  // One statement per stretch of text: a statement whose cue lies inside the content of
  // another is a nested report and is dropped, unless the outer one is the weaker ("refused
  // to pay an architect who said ..."), as are later overlapping contents.
  static std::vector<Attributed> drop_nested(std::vector<Attributed> in) {
    std::vector<Attributed> out;
    const auto nests = [](const Attributed& inner, const Attributed& outer) {
      return inner.statement.cue_span && outer.statement.span.overlaps(*inner.statement.cue_span);
    };
    for (auto& a : in) {
      bool keep = true;
      for (const auto& b : in) {
        if (&a == &b) continue;
        const bool a_inside = nests(a, b) && b.statement.confidence >= a.statement.confidence;
        const bool b_inside = nests(b, a) && b.statement.confidence > a.statement.confidence;
        if (a_inside || b_inside) { keep = false; break; }
      }
      for (const auto& o : out) {
        if (o.statement.span.overlaps(a.statement.span)) { keep = false; break; }
      }
      if (keep) out.push_back(std::move(a));
    }
    return out;
  }

  const Document& doc_;
  std::vector<bool> quoted_;
  std::vector<size_t> after_quote_;  // [k]: one past the last quoted token before k (0: none)
  const Sentence* sentence_ = nullptr;
  size_t first_in_sentence_ = 0;
  std::vector<Attributed> out_;
};

}  // namespace

std::vector<attribution::Attributed> find_reported_speech(const Document& doc, const std::vector<Quote>& quotes) {
  return SpeechFinder(doc, quotes).run();
}

}  // namespace claimline
