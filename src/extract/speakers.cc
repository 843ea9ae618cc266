#include "extract/speakers.h"

#include <algorithm>
#include <optional>

#include "extract/lexicon/grammar_words.h"
#include "extract/lexicon/organisations.h"
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

bool speech_cue(const std::optional<Cue>& cue) {
  return cue && !cue->negated && (cue->entry->flags & lexicon::kSpeech);
}

// How a quote was attributed: the source phrase (when the text names one) and the cue.
struct Found {
  Cue cue;
  std::optional<Source> source;
  TokenRange region;        // the attribution's tokens, outside the quote
  std::optional<size_t> that_token;  // "said that “...”": the "that" joins the content
  std::optional<TokenRange> lead;    // "As for Trump, she said, “...”": words said before the source
  const char* rule = "";
  double confidence = 0.0;
};

class QuoteAttributor {
 public:
  QuoteAttributor(const Document& doc, const std::vector<Quote>& quotes, const std::vector<Attributed>& indirect)
      : doc_(doc), quotes_(quotes), indirect_(indirect) {}

  std::vector<Attributed> run() {
    for (const auto& q : quotes_) {
      if (q.depth != 0) continue;
      attribute(q);
    }
    return std::move(out_);
  }

 private:
  size_t close_end(const Quote& q) const { return doc_.token_at(q.span.end - 1) + 1; }
  const Paragraph& paragraph_of(size_t token) const {
    return doc_.paragraphs()[doc_.sentences()[doc_.sentence_at(doc_.tokens()[token].start)].paragraph];
  }
  size_t paragraph_index(size_t token) const {
    return doc_.sentences()[doc_.sentence_at(doc_.tokens()[token].start)].paragraph;
  }
  size_t para_first(size_t p) const { return doc_.sentences()[doc_.paragraphs()[p].first_sentence].first_token; }
  size_t para_end(size_t p) const { return doc_.sentences()[doc_.paragraphs()[p].end_sentence - 1].end_token; }
  const Sentence& sentence_of(size_t token) const { return doc_.sentences()[doc_.sentence_at(doc_.tokens()[token].start)]; }

  void attribute(const Quote& q) {
    if (auto f = after(q); f && !cue_takes_clause(*f)) {
      if (auto start = partial_start(q)) return emit_partial(q, *start, *f);
      return emit(q, *f);
    }
    if (merge_into_previous(q)) return;
    if (auto f = before(q)) {
      if (f->lead) return emit_with_lead(q, *f);
      return emit(q, *f);
    }
    if (auto f = colon(q)) return emit(q, *f);
    if (auto f = dash(q)) return emit(q, *f);
    if (auto f = embedded(q)) return emit(q, *f);
    if (continues_previous(q)) join_previous(q);
  }

  // “...,” X said / “...,” said X
  std::optional<Found> after(const Quote& q) const {
    const size_t pend = para_end(paragraph_index(q.close_token));
    size_t p = close_end(q);
    if (p < pend && is_punct(doc_, p, ",")) ++p;
    if (p >= pend) return std::nullopt;
    // “... win.” He said: the quote closed its sentence; what follows is a new one.
    const size_t last_inner = q.close_token - 1;
    if (doc_.text(last_inner) == "." && doc_.tokens()[p].upper_initial) return std::nullopt;
    const size_t limit = std::min(pend, p + 24);
    // NP first: "he said", "the minister told reporters", "Trump's spokesman, Hope Hicks, said"
    if (auto src = attribution::source_after(doc_, p, limit)) {
      if (auto cue = cue_following(src->tokens.end, limit)) {
        return Found{*cue, src, {p, std::max(cue->tokens.end, src->tokens.end)}, {}, {}, "quote.after",
                     src->kind == SourceKind::kPronoun ? 0.9 : 0.95};
      }
      // "Mr. Morgan of the Sierra Club said", "a narrator in the Clinton ad asks": a short
      // prepositional phrase completes the source.
      static const lexicon::WordSet preps{"of", "in", "for", "at", "from", "with"};
      const size_t e = src->tokens.end;
      if ((src->kind != SourceKind::kPronoun && e < limit && attribution::is_word(doc_, e, "of")) ||
          (src->kind == SourceKind::kNoun && e < limit && doc_.tokens()[e].kind == TokenKind::kWord &&
           preps.contains(doc_.lower(e)))) {
        for (size_t k = e + 2; k < limit && k < e + 8; ++k) {
          const Token& t = doc_.tokens()[k - 1];
          if (t.kind == TokenKind::kPunct && doc_.text(k - 1) != "." && doc_.text(k - 1) != "-") break;
          if (auto cue = attribution::cue_at(doc_, k, k); cue && cue->tokens.first == k && speech_cue(cue)) {
            src->tokens.end = k;
            return Found{*cue, src, {p, cue->tokens.end}, {}, {}, "quote.after", 0.9};
          }
          if (attribution::find_cue_verb(doc_.lower(k - 1), {}) || attribution::is_past_verb(doc_, k - 1)) break;
        }
      }
    }
    // Cue first: "said Dino Spencer, who runs the gym"
    auto cue = attribution::cue_at(doc_, p, p);
    if (!speech_cue(cue)) return std::nullopt;
    auto src = attribution::source_after(doc_, cue->tokens.end, pend);
    if (!src) return std::nullopt;
    return Found{*cue, src, {p, src->tokens.end}, {}, {}, "quote.after", 0.95};
  }

  // Whether the cue of an after-attribution takes a clause of its own ("“Hannity,” Gingrich
  // said if ..."): then the quote was a title or a fragment, not what was said.
  bool cue_takes_clause(const Found& f) const {
    const size_t end = para_end(paragraph_index(f.cue.verb));
    size_t k = attribution::skip_adverbials(doc_, std::max(f.cue.tokens.end, f.region.end), end);
    if (k >= end) return false;
    const std::string_view w = doc_.lower(k);
    return w == "that" || w == "if" || w == "whether";
  }

  // A quote that opens mid-clause ("The plan is “dead on arrival,” she said"): the words
  // before it, from the start of the sentence, are part of what was said.
  std::optional<size_t> partial_start(const Quote& q) const {
    const Sentence& s = sentence_of(q.open_token);
    if (q.open_token <= s.first_token) return std::nullopt;
    const std::string_view prev = doc_.text(q.open_token - 1);
    if (prev == "," || prev == ":" || text::is_quote(prev) || text::is_dash(prev)) return std::nullopt;
    size_t start = s.first_token;
    for (const auto& other : quotes_) {
      const size_t ce = close_end(other);
      if (other.depth == 0 && ce <= q.open_token && ce > start) start = ce;
    }
    while (start < q.open_token && doc_.tokens()[start].kind == TokenKind::kPunct) ++start;
    if (start >= q.open_token) return std::nullopt;
    return start;
  }

  // A speech cue right after a source phrase, allowing auxiliaries and an appositive
  // between them ("Hope Hicks, his spokeswoman, said").
  std::optional<Cue> cue_following(size_t i, size_t limit) const {
    // "Rep. John Mica (R-Fla.) said"
    if (i < limit && is_punct(doc_, i, "(")) {
      size_t c = i + 1;
      while (c < limit && c < i + 8 && !is_punct(doc_, c, ")")) ++c;
      if (c < limit && is_punct(doc_, c, ")")) i = c + 1;
    }
    for (size_t v = i; v < limit && v < i + 4; ++v) {
      auto cue = attribution::cue_at(doc_, v, i);
      if (cue && cue->tokens.first == i) return speech_cue(cue) ? cue : std::nullopt;
      if (doc_.tokens()[v].kind != TokenKind::kWord || doc_.tokens()[v].upper_initial) break;
    }
    if (i < limit && is_punct(doc_, i, ",")) {
      for (size_t c = i + 1; c < limit; ++c) {
        if (!is_punct(doc_, c, ",")) continue;
        auto cue = attribution::cue_at(doc_, c + 1, c + 1);
        if (speech_cue(cue)) return cue;
        break;
      }
    }
    return std::nullopt;
  }

  // X said: “...” / X told reporters, “...” / X said that “...”
  std::optional<Found> before(const Quote& q) const {
    const size_t o = q.open_token;
    const Sentence& s = sentence_of(o);
    const size_t floor = std::max<size_t>(s.first_token, para_first(paragraph_index(o)));
    if (o <= floor) return std::nullopt;
    size_t k = o;  // one past the last attribution token
    std::optional<size_t> that_token;
    if (is_punct(doc_, k - 1, ",") || is_punct(doc_, k - 1, ":")) --k;
    else if (attribution::is_word(doc_, k - 1, "that")) { that_token = k - 1; --k; }
    for (size_t j = k; j > floor && j + 10 > k; --j) {
      auto cue = attribution::cue_at(doc_, j - 1, floor);
      if (!speech_cue(cue) || !reaches(*cue, k)) continue;
      const size_t src_floor = floor_after_quotes(cue->tokens.first, floor);
      auto src = attribution::source_before(doc_, cue->tokens.first, src_floor);
      const bool participle = doc_.lower(cue->verb).ends_with("ing") && cue->tokens.first > floor &&
                              (is_punct(doc_, cue->tokens.first - 1, ",") || is_subordinator(cue->tokens.first - 1));
      if (participle) src = subject_of(s, cue->tokens.first);
      if (!src) return std::nullopt;
      const TokenRange region{std::min(src->tokens.first, cue->tokens.first), k};
      Found f{*cue, src, region, that_token, {}, participle ? "quote.participle" : "quote.before",
              participle ? 0.75 : (src->kind == SourceKind::kPronoun ? 0.85 : 0.9)};
      if (!participle) f.lead = lead_before(src->tokens.first, floor);
      return f;
    }
    return std::nullopt;
  }

  // "As for Trump's chances, she said, “...”": the words from the sentence start to the comma
  // before the source belong to what was said.
  std::optional<TokenRange> lead_before(size_t src_first, size_t floor) const {
    if (src_first <= floor + 1 || !is_punct(doc_, src_first - 1, ",")) return std::nullopt;
    size_t words = 0;
    for (size_t k = floor; k + 1 < src_first; ++k) {
      const std::string_view t = doc_.text(k);
      if (text::is_quote(t)) return std::nullopt;
      words += doc_.tokens()[k].kind != TokenKind::kPunct;
    }
    if (words == 0 || !opens_topic(floor, src_first - 1)) return std::nullopt;
    return TokenRange{floor, src_first - 1};
  }

  // Whether the words from `k` name a topic ("As for", "On the question of") rather than a
  // venue or a time ("In statements on social media", "On Tuesday"): only a topic belongs to
  // what was said. ("Asked whether ..." is the question put, a statement of its own.)
  bool opens_topic(size_t k, size_t end) const {
    auto word = [&](size_t i, std::string_view w) { return i < end && doc_.lower(i) == w; };
    const std::string_view w = doc_.lower(k);
    if (w == "regarding" || w == "concerning" || w == "about" || w == "of") return true;
    if (w == "as") return word(k + 1, "for") || word(k + 1, "to") || word(k + 1, "regards");
    if (w == "when") return word(k + 1, "it") && word(k + 2, "comes") && word(k + 3, "to");
    if (w == "with") return (word(k + 1, "regard") || word(k + 1, "respect")) && word(k + 2, "to");
    if (w == "on") {
      size_t i = k + 1;
      if (word(i, "the")) ++i;
      return (word(i, "question") || word(i, "issue") || word(i, "subject") || word(i, "matter")) &&
             word(i + 1, "of");
    }
    return false;
  }

  // "said before adding: “...”", "upon saying, “...”"
  bool is_subordinator(size_t i) const {
    const std::string_view w = doc_.lower(i);
    return w == "before" || w == "after" || w == "while" || w == "upon" || w == "when" || w == "then";
  }

  // Whether only an object and adverbials lie between the cue and token `k`.
  bool reaches(const Cue& cue, size_t k) const {
    size_t e = attribution::skip_adverbials(doc_, cue.tokens.end, k);
    if (e == k) return true;
    // "says of Clinton, “...”": what the quote is about, between the cue and its comma.
    if ((attribution::is_word(doc_, e, "of") || attribution::is_word(doc_, e, "about")) && k > e + 1 && k <= e + 6) {
      bool words = true;
      for (size_t t = e + 1; t < k && words; ++t) {
        words = doc_.tokens()[t].kind == TokenKind::kWord || doc_.text(t) == "." || doc_.text(t) == "'s";
      }
      if (words) return true;
    }
    if (cue.entry->flags & lexicon::kObject) {
      e = attribution::skip_object(doc_, e, k);
      e = attribution::skip_adverbials(doc_, e, k);
      // "told his radio audience of Monday": a short tail after the object.
      if (e < k && k - e <= 3) {
        bool words = true;
        for (size_t t = e; t < k && words; ++t) {
          words = doc_.tokens()[t].kind == TokenKind::kWord && !attribution::find_cue_verb(doc_.lower(t), {});
        }
        if (words) e = k;
      }
    }
    return e == k;
  }

  size_t floor_after_quotes(size_t i, size_t floor) const {
    for (const auto& q : quotes_) {
      const size_t ce = close_end(q);
      if (ce <= i && ce > floor) floor = ce;
    }
    return floor;
  }

  // The subject of the sentence holding a participle cue: the source of an earlier
  // statement in the sentence, else a name or pronoun opening it.
  std::optional<Source> subject_of(const Sentence& s, size_t before) const {
    const size_t start = attribution::clause_start(doc_, s.first_token, before);
    for (const auto& a : out_) {
      if (!a.source) continue;
      if (a.source->tokens.first >= start && a.source->tokens.end <= before) return a.source;
    }
    for (const auto& a : indirect_) {
      if (!a.source || !a.statement.cue_span) continue;
      if (a.source->tokens.first >= start && a.source->tokens.end <= before) return a.source;
    }
    for (size_t k = start; k < before && k < start + 10; ++k) {
      if (is_punct(doc_, k, ",")) {
        auto src = attribution::source_after(doc_, k + 1, before);
        if (src && src->kind != SourceKind::kNoun) return src;
        break;
      }
    }
    auto src = attribution::source_after(doc_, start, before);
    if (src && src->kind != SourceKind::kNoun) return src;
    return std::nullopt;
  }

  // X continued:¶“...”
  std::optional<Found> colon(const Quote& q) const {
    const size_t p = paragraph_index(q.open_token);
    if (p == 0 || q.open_token != para_first(p)) return std::nullopt;
    const size_t prev_end = para_end(p - 1);
    if (!is_punct(doc_, prev_end - 1, ":")) return std::nullopt;
    const Sentence& s = sentence_of(prev_end - 1);
    for (size_t j = prev_end - 1; j > s.first_token; --j) {
      auto cue = attribution::cue_at(doc_, j - 1, s.first_token);
      if (!cue || cue->negated || !(cue->entry->flags & (lexicon::kSpeech | lexicon::kThink))) continue;
      auto src = attribution::source_before(doc_, cue->tokens.first, s.first_token);
      if (!src) continue;
      return Found{*cue, src, {src->tokens.first, prev_end}, {}, {}, "quote.colon", 0.85};
    }
    return std::nullopt;
  }

  // “...” — X
  std::optional<Found> dash(const Quote& q) const {
    size_t p = close_end(q);
    size_t pend = para_end(paragraph_index(q.close_token));
    if (p >= pend) {
      // The dash may open the next paragraph ("- Bernie Sanders.").
      const size_t np = paragraph_index(q.close_token) + 1;
      if (np >= doc_.paragraphs().size()) return std::nullopt;
      p = para_first(np);
      pend = para_end(np);
    }
    if (p >= pend || !text::is_dash(doc_.text(p))) return std::nullopt;
    auto src = attribution::source_after(doc_, p + 1, pend);
    if (!src || src->kind != SourceKind::kName) return std::nullopt;
    size_t e = src->tokens.end;
    if (e < pend && attribution::is_terminal_punct(doc_.text(e))) ++e;
    const bool ends_line = e >= pend || doc_.tokens()[e].newline_before || text::is_quote(doc_.text(e));
    if (!ends_line && !is_punct(doc_, e, ",")) return std::nullopt;
    Cue cue;
    cue.tokens = {p, p + 1};
    cue.verb = p;
    static const lexicon::CueVerb kDash{"\u2014", StanceCue::kAssert, lexicon::kSpeech};
    cue.entry = &kDash;
    return Found{cue, src, {p, src->tokens.end}, {}, {}, "quote.dash", 0.85};
  }

  // A quote inside reported speech: “a positive and constructive discussion”.
  std::optional<Found> embedded(const Quote& q) const {
    if (q.words < 2) return std::nullopt;
    for (const auto& a : indirect_) {
      if (!a.statement.span.contains(q.span) || !a.source || !a.statement.cue_span) continue;
      // The quoted label of a naming ("called the offensive a “special operation”") is a
      // scare quote, not words said.
      if (a.statement.rule == "speech.called") continue;
      Found f;
      f.source = a.source;
      f.cue.tokens = {doc_.token_at(a.statement.cue_span->start), doc_.token_at(a.statement.cue_span->end - 1) + 1};
      f.cue.verb = f.cue.tokens.end - 1;
      f.cue.entry = attribution::find_cue_verb(doc_.lower(f.cue.verb), {});
      static const lexicon::CueVerb kAccording{"according to", StanceCue::kAssert, lexicon::kSpeech};
      if (!f.cue.entry) f.cue.entry = &kAccording;
      f.rule = "quote.embedded";
      f.confidence = a.statement.confidence * 0.95;
      f.region = f.cue.tokens;
      return f;
    }
    return std::nullopt;
  }

  // A paragraph that is only this quote, right after a paragraph ending in an attributed
  // quote: the same speaker goes on, and the quote joins that statement.
  bool continues_previous(const Quote& q) const {
    const size_t p = paragraph_index(q.open_token);
    if (p == 0 || q.open_token != para_first(p) || out_.empty()) return false;
    const size_t pe = para_end(paragraph_index(q.close_token));
    size_t e = close_end(q);
    while (e < pe && doc_.tokens()[e].kind == TokenKind::kPunct && !text::is_quote(doc_.text(e))) ++e;
    if (e != pe) return false;
    const Attributed& last = out_.back();
    if (!joinable(last.statement) || !last.source) return false;
    // "'Legend in the Coal Fields.'" after a double-quoted paragraph is a section heading:
    // a speaker who goes on keeps the marks.
    if (q.mark != last_mark_) return false;
    const size_t last_para = doc_.sentences()[doc_.sentence_at(last.statement.span.end - 1)].paragraph;
    return last_para + 1 == p && last_end_para_ == p - 1;
  }

  static bool joinable(const Statement& st) {
    return (st.kind == StatementKind::kDirect && st.rule != "quote.embedded") || st.rule == "quote.lead";
  }

  // “A,” she said. “B.” -- in one paragraph, a quote with no attribution of its own joins
  // the attributed quote before it, unless another statement comes between them.
  bool merge_into_previous(const Quote& q) {
    if (out_.empty() || last_region_end_ == 0) return false;
    Attributed& last = out_.back();
    if (!joinable(last.statement)) return false;
    if (paragraph_index(q.open_token) != paragraph_index(last_close_token_)) return false;
    // The quote must open its sentence or follow a lead-in, on the same line, and only the
    // rest of the attribution's sentence may lie between the two.
    const Sentence& qs = sentence_of(q.open_token);
    const bool opens = q.open_token == qs.first_token || is_punct(doc_, q.open_token - 1, ",") ||
                       is_punct(doc_, q.open_token - 1, ":");
    if (!opens) return false;
    for (size_t k = close_end(q); k < qs.end_token; ++k) {
      if (doc_.tokens()[k].kind != TokenKind::kPunct || text::is_quote(doc_.text(k))) return false;
    }
    const size_t attr_last = std::max(last_region_end_, last_close_end_) - 1;
    if (q.open_token > 0 && doc_.sentence_at(doc_.tokens()[q.open_token - 1].start) !=
                                doc_.sentence_at(doc_.tokens()[attr_last].start)) {
      return false;
    }
    for (size_t k = last_close_end_; k <= q.open_token; ++k) {
      if (doc_.tokens()[k].newline_before) return false;
    }
    const uint32_t gap_start = doc_.tokens()[last_close_end_ - 1].end, gap_end = q.span.start;
    for (const auto& a : indirect_) {
      if (a.statement.cue_span && a.statement.cue_span->start >= gap_start && a.statement.cue_span->end <= gap_end &&
          a.statement.cue_span->end != doc_.tokens()[last_cue_.tokens.end - 1].end) {
        return false;
      }
    }
    if (has_own_cue(q)) return false;
    join_previous(q);
    return true;
  }

  void join_previous(const Quote& q) {
    Attributed& last = out_.back();
    Statement& st = last.statement;
    if (st.parts.empty()) st.parts.push_back(st.span);
    for (const auto& piece : q.pieces()) st.parts.push_back(piece);
    st.span = Span(st.span.start, q.span.end);
    st.text += ' ';
    st.text += quote_text(doc_, q);
    last_close_token_ = q.close_token;
    last_mark_ = q.mark;
    last_close_end_ = close_end(q);
    last_end_para_ = paragraph_index(q.close_token);
  }

  // Whether a speech cue with a source stands right before the quote (its own lead-in).
  bool has_own_cue(const Quote& q) const {
    auto f = before(q);
    return f && f->cue.tokens.first != last_cue_.tokens.first;
  }

  // A partial quote with its clause: an indirect statement from `start` to the end of the
  // quote, and the quote itself as a direct statement embedded in it.
  void emit_partial(const Quote& q, size_t start, const Found& f) {
    emit(q, f);
    Attributed outer = out_.back();
    Statement& st = outer.statement;
    st.kind = StatementKind::kIndirect;
    st.span = Span(doc_.tokens()[start].start, q.span.end);
    st.parts.clear();
    st.text = std::string(doc_.text(st.span));
    st.rule = "quote.partial";
    st.confidence *= 0.9;
    Attributed& inner = out_.back();
    inner.statement.rule = "quote.embedded";
    if (q.words < 2) out_.pop_back();
    out_.push_back(std::move(outer));
    last_region_end_ = 0;
  }

  // "As for X, she said, “...”": an indirect statement of the lead words and the quote, and
  // the quote itself as a direct statement embedded in it.
  void emit_with_lead(const Quote& q, const Found& f) {
    emit(q, f);
    Attributed outer = out_.back();
    Statement& st = outer.statement;
    const Span lead = attribution::span_of(doc_, *f.lead);
    st.kind = StatementKind::kIndirect;
    st.parts = {lead};
    for (const auto& piece : q.pieces()) st.parts.push_back(piece);
    st.span = Span(lead.start, q.span.end);
    st.text = std::string(doc_.text(lead)) + " " + quote_text(doc_, q);
    st.rule = "quote.lead";
    out_.back().statement.rule = "quote.embedded";
    out_.push_back(std::move(outer));
  }

  void emit(const Quote& q, const Found& f) {
    Attributed a;
    Statement& st = a.statement;
    st.kind = StatementKind::kDirect;
    st.span = q.span;
    if (f.that_token) st.span = Span(doc_.tokens()[*f.that_token].start, q.span.end);
    if (!q.parts.empty()) st.parts = q.parts;
    st.text = quote_text(doc_, q);
    if (f.source) st.speaker_span = attribution::span_of(doc_, f.source->tokens);
    st.cue_span = attribution::span_of(doc_, f.cue.tokens);
    st.cue = std::string(doc_.text(*st.cue_span));
    st.stance_cue = f.cue.entry ? f.cue.entry->stance : StanceCue::kNone;
    st.confidence = f.confidence;
    st.rule = f.rule;
    a.source = f.source;
    out_.push_back(std::move(a));
    last_region_end_ = f.region.end;
    last_close_token_ = q.close_token;
    last_mark_ = q.mark;
    last_close_end_ = close_end(q);
    last_end_para_ = paragraph_index(q.close_token);
    last_cue_ = f.cue;
  }

  const Document& doc_;
  const std::vector<Quote>& quotes_;
  const std::vector<Attributed>& indirect_;
  std::vector<Attributed> out_;
  size_t last_region_end_ = 0;
  size_t last_close_token_ = 0;
  QuoteMark last_mark_ = QuoteMark::kDouble;  // the marks of the last attributed quote
  size_t last_close_end_ = 0;
  size_t last_end_para_ = 0;
  Cue last_cue_;
};

}  // namespace

std::vector<Attributed> attribute_quotes(const Document& doc, const std::vector<Quote>& quotes,
                                         const std::vector<Attributed>& indirect) {
  return QuoteAttributor(doc, quotes, indirect).run();
}

namespace {

bool compatible(Gender want, Gender have) { return want == Gender::kUnknown || have == Gender::kUnknown || want == have; }

class Resolver {
 public:
  Resolver(const Document& doc, const EntityResult& ents) : doc_(doc), ents_(ents), genders_(ents.genders) {}

  void run(std::vector<Attributed>* statements) {
    std::vector<Attributed*> order;
    for (auto& a : *statements) order.push_back(&a);
    std::stable_sort(order.begin(), order.end(), [](const Attributed* x, const Attributed* y) {
      return anchor(*x) < anchor(*y);
    });
    for (Attributed* a : order) {
      resolve(a);
      if (a->statement.speaker_entity) history_.push_back({anchor(*a), *a->statement.speaker_entity});
      if (!a->statement.speaker.empty()) last_spoken_ = a;
    }
  }

 private:
  static uint32_t anchor(const Attributed& a) {
    return a.statement.speaker_span ? a.statement.speaker_span->start : a.statement.span.start;
  }

  void set(Attributed* a, size_t e, double factor) {
    a->statement.speaker_entity = e;
    a->statement.speaker = ents_.entities[e].name;
    a->statement.confidence *= factor;
  }

  void resolve(Attributed* a) {
    if (!a->source) return;
    const Source& src = *a->source;
    switch (src.kind) {
      case SourceKind::kName: return resolve_name(a, src);
      case SourceKind::kPronoun: return resolve_pronoun(a, src);
      case SourceKind::kNoun: return resolve_noun(a, src);
    }
  }

  void resolve_name(Attributed* a, const Source& src) {
    const TokenRange r = src.name.empty() ? src.tokens : src.name;
    if (auto e = ents_.entity_in(attribution::span_of(doc_, r))) return set(a, *e, 1.0);
    if (auto e = by_role(src)) return set(a, *e, 0.9);
    a->statement.speaker = std::string(doc_.text(attribution::span_of(doc_, r)));
  }

  void resolve_noun(Attributed* a, const Source& src) {
    // Only a name at the head is the speaker: in "a spokeswoman for Hillary Clinton" or "the
    // Gawker employee" the name is an owner, and the speaker is the phrase.
    if (auto e = ents_.entity_in(attribution::span_of(doc_, {src.head, src.head + 1}))) return set(a, *e, 0.95);
    if (auto e = by_role(src)) return set(a, *e, 0.85);
    std::string_view text = doc_.text(attribution::span_of(doc_, src.tokens));
    if (text.starts_with("the ") || text.starts_with("The ")) text.remove_prefix(4);
    a->statement.speaker = std::string(text);
  }

  // "the envoy", "the president", "the ministry": the one entity, mentioned before, whose
  // role or name holds the head word.
  std::optional<size_t> by_role(const Source& src) const {
    const std::string head = lower(doc_.text(src.head));
    const uint32_t before = doc_.tokens()[src.tokens.first].start;
    std::optional<size_t> found;
    for (size_t e = 0; e < ents_.entities.size(); ++e) {
      const Entity& ent = ents_.entities[e];
      if (ent.mentions.empty() || ent.mentions.front().start >= before) continue;
      bool match = false;
      for (const auto& r : ent.roles) match = match || has_word(lower(r), head);
      if (ent.kind != EntityKind::kPerson) match = match || has_word(lower(ent.name), head);
      if (!match) continue;
      if (found && *found != e) return std::nullopt;  // two candidates: unknown
      found = e;
    }
    return found;
  }

  void resolve_pronoun(Attributed* a, const Source& src) {
    const std::string w = lower(doc_.text(src.head));
    if (w == "who" || w == "which") return resolve_relative(a, src);
    if (w == "it") return resolve_it(a, src);
    if (w == "they") return resolve_they(a, src);
    // "his claim that ...", "her promise to ...": a possessive owner resolves as its pronoun.
    if (w != "he" && w != "she" && w != "his" && w != "her") return;  // I, we, you, they: unknown
    const Gender g = (w == "he" || w == "his") ? Gender::kMale : Gender::kFemale;
    if (auto e = antecedent(src.head, g)) {
      if (genders_[*e] == Gender::kUnknown) genders_[*e] = g;
      set(a, *e, 0.95);
    }
  }

  // "The ministry said A. It said B." / "..., and it accused Moscow": "it" opening a sentence
  // (or a clause after "and"/"but") is the organisation that spoke last, in this sentence or
  // the one before. Anything else ("footage it said had been filmed") stays unknown.
  void resolve_it(Attributed* a, const Source& src) {
    if (!last_spoken_) return;
    const size_t here = doc_.sentence_at(doc_.tokens()[src.head].start);
    const size_t there = doc_.sentence_at(anchor(*last_spoken_));
    const bool opens = src.head == doc_.sentences()[here].first_token;
    const bool joins = src.head > 0 && (attribution::is_word(doc_, src.head - 1, "and") ||
                                        attribution::is_word(doc_, src.head - 1, "but"));
    if (!((opens && there + 1 == here) || (joins && there == here))) return;
    if (doc_.sentences()[there].paragraph != doc_.sentences()[here].paragraph) return;
    const Statement& prev = last_spoken_->statement;
    if (prev.speaker_entity) {
      if (ents_.entities[*prev.speaker_entity].kind == EntityKind::kPerson) return;
      return set(a, *prev.speaker_entity, 0.85);
    }
    if (!names_organisation(prev.speaker)) return;
    a->statement.speaker = prev.speaker;
    a->statement.confidence *= 0.85;
  }

  // "Analysts said A, although they agreed B": "they" is the plural noun phrase that spoke
  // earlier in the same sentence; otherwise unknown.
  void resolve_they(Attributed* a, const Source& src) {
    if (!last_spoken_ || !last_spoken_->source || last_spoken_->source->kind != SourceKind::kNoun) return;
    const size_t here = doc_.sentence_at(doc_.tokens()[src.head].start);
    if (doc_.sentence_at(anchor(*last_spoken_)) != here) return;
    const std::string_view head = doc_.lower(last_spoken_->source->head);
    if (head.size() < 3 || !head.ends_with('s') || head.ends_with("ss")) return;
    a->statement.speaker = last_spoken_->statement.speaker;
    a->statement.speaker_entity = last_spoken_->statement.speaker_entity;
    a->statement.confidence *= 0.8;
  }

  // Whether a speaker phrase without an entity ("Russia's defence ministry") ends in an
  // organisation word.
  static bool names_organisation(const std::string& speaker) {
    static const lexicon::WordSet orgs(lexicon::kOrgWords);
    static const lexicon::WordSet names(lexicon::kOrgNames);
    const size_t sp = speaker.rfind(' ');
    const std::string head = lower(sp == std::string::npos ? speaker : speaker.substr(sp + 1));
    return orgs.contains(head) || names.contains(head);
  }

  // "Trump, who said ...": the phrase before the comma.
  void resolve_relative(Attributed* a, const Source& src) {
    if (src.head < 2) return;
    size_t end = src.head - 1;  // the comma
    const Sentence& s = doc_.sentences()[doc_.sentence_at(doc_.tokens()[src.head].start)];
    auto np = attribution::source_before(doc_, end, s.first_token);
    if (!np && end > s.first_token && attribution::is_name_word(doc_, end - 1)) {
      // "contradicts President Donald Trump, who wrote": the name run before the comma,
      // even where it is an object rather than a subject.
      size_t first = end - 1;
      while (first > s.first_token && attribution::is_name_word(doc_, first - 1)) --first;
      if (auto e = ents_.entity_in(attribution::span_of(doc_, {first, end}))) return set(a, *e, 0.95);
      return;
    }
    if (!np || np->kind == SourceKind::kPronoun) return;
    Attributed tmp;
    tmp.source = np;
    resolve(&tmp);
    if (tmp.statement.speaker_entity) set(a, *tmp.statement.speaker_entity, 1.0);
    else a->statement.speaker = tmp.statement.speaker;
  }

  // The person a pronoun at token `at` refers to: looking back sentence by sentence (at most
  // three, within two paragraphs), the first sentence naming exactly one compatible person
  // gives it; a sentence naming several gives the one that spoke there or opens it, else
  // nothing.
  std::optional<size_t> antecedent(size_t at, Gender g) const {
    const uint32_t pos = doc_.tokens()[at].start;
    size_t si = doc_.sentence_at(pos);
    const size_t para = doc_.sentences()[si].paragraph;
    for (int looked = 0; looked < 4; ++looked, --si) {
      const Sentence& s = doc_.sentences()[si];
      if (s.paragraph + 2 < para) break;
      const uint32_t end = looked == 0 ? pos : s.end;
      std::vector<size_t> found;
      std::optional<size_t> opener;
      for (const auto& m : ents_.mentions) {
        if (m.span.start < s.start) continue;
        if (m.span.start >= end) break;
        const size_t e = m.entity;
        if (ents_.entities[e].kind != EntityKind::kPerson || !compatible(g, genders_[e])) continue;
        if (std::find(found.begin(), found.end(), e) == found.end()) found.push_back(e);
        if (m.first_token <= s.first_token + 3 && !opener) opener = e;
      }
      if (found.size() == 1) return found.front();
      if (found.size() > 1) {
        for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
          if (it->first >= s.start && it->first < end &&
              std::find(found.begin(), found.end(), it->second) != found.end()) {
            return it->second;
          }
        }
        return opener;
      }
      if (si == 0) break;
    }
    return std::nullopt;
  }

  static std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }

  static bool has_word(const std::string& phrase, const std::string& word) {
    size_t p = 0;
    while ((p = phrase.find(word, p)) != std::string::npos) {
      const bool starts = p == 0 || phrase[p - 1] == ' ';
      const bool ends = p + word.size() == phrase.size() || phrase[p + word.size()] == ' ';
      if (starts && ends) return true;
      ++p;
    }
    return false;
  }

  const Document& doc_;
  const EntityResult& ents_;
  std::vector<Gender> genders_;
  std::vector<std::pair<uint32_t, size_t>> history_;  // (position, speaker entity) so far
  const Attributed* last_spoken_ = nullptr;           // the latest statement with a speaker
};

}  // namespace

void resolve_speakers(const Document& doc, const EntityResult& entities, std::vector<Attributed>* statements) {
  Resolver(doc, entities).run(statements);
}

void find_settings(const Document& doc, std::vector<Attributed>* statements) {
  for (auto& a : *statements) {
    Statement& st = a.statement;
    if (!st.cue_span) continue;
    const size_t cue_first = doc.token_at(st.cue_span->start);
    const Sentence& s = doc.sentences()[doc.sentence_at(st.cue_span->start)];
    size_t first = s.first_token, end = s.end_token;
    // The attribution lies outside the content: look on the cue's side of it.
    for (const Span& part : st.parts.empty() ? std::vector<Span>{st.span} : st.parts) {
      const size_t part_first = doc.token_at(part.start);
      const size_t part_end = doc.token_at(part.end - 1) + 1;
      if (part_first > cue_first) end = std::min(end, part_first);
      else first = std::max(first, part_end);
    }
    attribution::Setting setting;
    attribution::find_setting(doc, {first, end}, &setting);
    if (setting.where) {
      st.where_span = attribution::span_of(doc, *setting.where);
      st.where = std::string(doc.text(*st.where_span));
    }
    if (setting.when) {
      st.said_span = attribution::span_of(doc, *setting.when);
      st.said = std::string(doc.text(*st.said_span));
    }
  }
}

}  // namespace claimline
