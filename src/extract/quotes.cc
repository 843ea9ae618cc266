#include "extract/quotes.h"

#include <algorithm>
#include <optional>

namespace claimline {
namespace {

enum class Role : uint8_t { kOpen, kClose, kEither, kNone };

// One quotation mark: one token, or two for a doubled apostrophe.
struct Mark {
  size_t token = 0;
  size_t count = 1;
  QuoteMark type = QuoteMark::kDouble;
  Role role = Role::kNone;
  bool straight = false;
};

bool attached_before(const Document& doc, size_t i, size_t para_first) {
  return i > para_first && !doc.tokens()[i].space_before;
}

bool attached_after(const Document& doc, size_t i, size_t para_end) {
  return i + 1 < para_end && !doc.tokens()[i + 1].space_before;
}

// Role of a straight mark from its neighbours: opening when it leans on the next token,
// closing when it leans on the previous one, either when it cannot tell.
Role straight_role(const Document& doc, size_t first, size_t last, size_t para_first, size_t para_end) {
  const bool before = attached_before(doc, first, para_first);
  const bool after = attached_after(doc, last, para_end);
  if (!before && after) return Role::kOpen;
  if (before && !after) return Role::kClose;
  if (before && after) {
    // "(\"" or "—\"": punctuation before the mark that opens a phrase.
    const std::string_view prev = doc.text(first - 1);
    if (prev == "(" || prev == "[" || text::is_dash(prev) || prev == ":") return Role::kOpen;
    const std::string_view next = doc.text(last + 1);
    if (next == "." || next == "," || next == ";" || next == ":" || next == "?" || next == "!" || next == ")") {
      return Role::kClose;
    }
  }
  return Role::kEither;
}

std::optional<Mark> single_apostrophe_mark(const Document& doc, size_t i, size_t para_first, size_t para_end) {
  Mark m{i, 1, QuoteMark::kSingle, Role::kNone, true};
  if (i + 1 < para_end && doc.text(i + 1) == "'" && !doc.tokens()[i + 1].space_before) {
    m.count = 2;
    m.type = QuoteMark::kDoubledApostrophe;
    m.role = straight_role(doc, i, i + 1, para_first, para_end);
    return m;
  }
  m.role = straight_role(doc, i, i, para_first, para_end);
  if (m.role == Role::kClose) {
    // "the voters' choice": a plural possessive, not a closing mark.
    const std::string_view prev = doc.lower(i - 1);
    const bool next_is_word = i + 1 < para_end && doc.tokens()[i + 1].kind == TokenKind::kWord;
    if (prev.ends_with("s") && next_is_word) return std::nullopt;
  }
  if (m.role == Role::kEither) return std::nullopt;  // a lone ' is too often an apostrophe
  if (m.role == Role::kOpen && (i + 1 >= para_end || doc.tokens()[i + 1].kind == TokenKind::kPunct)) {
    return std::nullopt;
  }
  return m;
}

std::optional<Mark> classify(const Document& doc, size_t i, size_t para_first, size_t para_end) {
  const Token& t = doc.tokens()[i];
  if (t.kind != TokenKind::kPunct) return std::nullopt;
  const std::string_view s = doc.text(i);
  if (s == "\u201C" || s == "\u201E" || s == "\u201F") return Mark{i, 1, QuoteMark::kDouble, Role::kOpen, false};
  if (s == "\u201D") return Mark{i, 1, QuoteMark::kDouble, Role::kClose, false};
  if (s == "\u00AB") return Mark{i, 1, QuoteMark::kGuillemet, Role::kOpen, false};
  if (s == "\u00BB") return Mark{i, 1, QuoteMark::kGuillemet, Role::kClose, false};
  if (s == "\u2018" || s == "\u201B") return Mark{i, 1, QuoteMark::kSingle, Role::kOpen, false};
  if (s == "\u2019") {
    const bool closes = attached_before(doc, i, para_first) && !attached_after(doc, i, para_end);
    if (!closes) return std::nullopt;
    const std::string_view prev = doc.lower(i - 1);
    const bool next_is_word = i + 1 < para_end && doc.tokens()[i + 1].kind == TokenKind::kWord;
    if (prev.ends_with("s") && next_is_word) return std::nullopt;
    return Mark{i, 1, QuoteMark::kSingle, Role::kClose, false};
  }
  if (s == "\"") return Mark{i, 1, QuoteMark::kDouble, straight_role(doc, i, i, para_first, para_end), true};
  if (s == "'") return single_apostrophe_mark(doc, i, para_first, para_end);
  return std::nullopt;
}

bool is_primary(QuoteMark m) { return m != QuoteMark::kSingle; }

// A quote being built: its opening mark and, when it continues over paragraphs, the
// parts of the paragraphs already closed.
struct Open {
  Mark mark;
  std::vector<Span> parts;
};

class QuoteFinder {
 public:
  explicit QuoteFinder(const Document& doc) : doc_(doc) {}

  std::vector<Quote> run() {
    const auto& paras = doc_.paragraphs();
    for (size_t p = 0; p < paras.size(); ++p) scan_paragraph(p);
    std::sort(out_.begin(), out_.end(), [](const Quote& a, const Quote& b) {
      return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
    });
    return std::move(out_);
  }

 private:
  size_t para_first_token(size_t p) const { return doc_.sentences()[doc_.paragraphs()[p].first_sentence].first_token; }
  size_t para_end_token(size_t p) const { return doc_.sentences()[doc_.paragraphs()[p].end_sentence - 1].end_token; }

  void scan_paragraph(size_t p) {
    const size_t first = para_first_token(p), end = para_end_token(p);
    size_t i = first;
    if (carried_) {
      // The opening mark that continues the quote of the previous paragraph.
      auto m = classify(doc_, first, first, end);
      i = first + m->count;
      stack_.push_back(std::move(*carried_));
      carried_.reset();
      const uint32_t at = doc_.tokens()[first].start;
      stack_.back().parts.push_back(Span(at, at));  // its end is set when it closes
    }
    while (i < end) {
      auto m = classify(doc_, i, first, end);
      if (!m) { ++i; continue; }
      take(*m);
      i += m->count;
    }
    close_paragraph(p, end);
  }

  void take(const Mark& m) {
    if (is_primary(m.type)) take_primary(m);
    else take_single(m);
  }

  // The innermost open quote that `m` can close or restart: same type and style first
  // (a straight " inside “ ” is nested), else same type when `m` can only close.
  std::optional<size_t> partner(const Mark& m) const {
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].mark.type == m.type && stack_[k].mark.straight == m.straight) return k;
    }
    if (m.role != Role::kClose) return std::nullopt;
    for (size_t k = stack_.size(); k-- > 0;) {
      if (stack_[k].mark.type == m.type) return k;  // “sloppy" pairs
    }
    return std::nullopt;
  }

  void take_primary(const Mark& m) {
    // The innermost open quote of the same kind closes; an unclosed single quote inside it
    // is dropped first.
    if (auto found = partner(m)) {
      const size_t k = *found;
      if (m.role == Role::kClose || m.role == Role::kEither) {
        stack_.resize(k + 1);
        emit(m);
        return;
      }
      // A second opening mark of the same kind: the first was never closed.
      stack_.resize(k);
      stack_.push_back(Open{m, {}});
      return;
    }
    if (!stack_.empty() && m.role == Role::kEither) {
      stack_.push_back(Open{m, {}});  // a straight mark inside curly ones opens a nested quote
      return;
    }
    if (m.role == Role::kOpen || m.role == Role::kEither) {
      // A single mark left open at the top level was an apostrophe ("CBS‘ show"), not a quote.
      if (stack_.size() == 1 && stack_.front().mark.type == QuoteMark::kSingle) stack_.clear();
      stack_.push_back(Open{m, {}});
    }
    // A closing mark with nothing open is stray: ignored.
  }

  void take_single(const Mark& m) {
    if (!stack_.empty() && stack_.back().mark.type == QuoteMark::kSingle &&
        (m.role == Role::kClose || m.role == Role::kEither)) {
      emit(m);
      return;
    }
    if (m.role == Role::kOpen) stack_.push_back(Open{m, {}});
  }

  void emit(const Mark& close) {
    Open open = std::move(stack_.back());
    stack_.pop_back();
    Quote q;
    const size_t close_end_token = close.token + close.count - 1;
    q.span = Span(doc_.tokens()[open.mark.token].start, doc_.tokens()[close_end_token].end);
    q.open_token = open.mark.token;
    q.close_token = close.token;
    q.mark = open.mark.type;
    q.straight = open.mark.straight;
    q.depth = static_cast<int>(stack_.size());
    if (!open.parts.empty()) {
      open.parts.back() = Span(open.parts.back().start, q.span.end);
      q.parts = std::move(open.parts);
    }
    for (size_t k = open.mark.token + open.mark.count; k < close.token; ++k) {
      if (doc_.tokens()[k].kind != TokenKind::kPunct) ++q.words;
    }
    if (q.words > 0) out_.push_back(std::move(q));
  }

  void close_paragraph(size_t p, size_t end) {
    if (stack_.empty()) return;
    Open bottom = std::move(stack_.front());
    stack_.clear();
    if (!is_primary(bottom.mark.type) || p + 1 >= doc_.paragraphs().size()) return;
    const size_t next_first = para_first_token(p + 1), next_end = para_end_token(p + 1);
    auto next = classify(doc_, next_first, next_first, next_end);
    if (!next || next->type != bottom.mark.type || !(next->role == Role::kOpen || next->role == Role::kEither)) {
      return;  // never closed: no quote
    }
    const uint32_t para_end = doc_.tokens()[end - 1].end;
    if (bottom.parts.empty()) bottom.parts.push_back(Span(doc_.tokens()[bottom.mark.token].start, para_end));
    else bottom.parts.back() = Span(bottom.parts.back().start, para_end);
    carried_ = std::move(bottom);
  }

  const Document& doc_;
  std::vector<Open> stack_;
  std::optional<Open> carried_;
  std::vector<Quote> out_;
};

}  // namespace

std::vector<Quote> find_quotes(const Document& doc) {
  if (doc.tokens().empty()) return {};
  return QuoteFinder(doc).run();
}

std::string quote_text(const Document& doc, const Quote& q) {
  std::string out;
  const auto pieces = q.pieces();
  for (size_t k = 0; k < pieces.size(); ++k) {
    std::string_view piece = doc.text(pieces[k]);
    // Drop the opening mark of each piece and the closing mark of the last.
    const size_t open_len = k == 0 ? doc.tokens()[q.open_token].end - doc.tokens()[q.open_token].start
                                   : doc.tokens()[doc.token_at(pieces[k].start)].end - pieces[k].start;
    piece.remove_prefix(std::min(piece.size(), static_cast<size_t>(open_len)));
    if (k + 1 == pieces.size()) {
      const Token& c = doc.tokens()[q.close_token];
      const size_t close_len = q.span.end - c.start;
      piece.remove_suffix(std::min(piece.size(), close_len));
    }
    while (!piece.empty() && (piece.front() == ' ' || piece.front() == '\'')) piece.remove_prefix(1);
    while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\n')) piece.remove_suffix(1);
    if (k + 1 == pieces.size() && !piece.empty() && piece.back() == ',') piece.remove_suffix(1);
    if (!out.empty() && !piece.empty()) out += ' ';
    out += piece;
  }
  return out;
}

}  // namespace claimline
