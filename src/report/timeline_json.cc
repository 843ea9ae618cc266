#include "report/timeline_json.h"

#include <algorithm>
#include <chrono>
#include <ostream>

#include <date/date.h>

namespace claimline::report {

using nlohmann::json;

namespace {

template <class T>
json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json empty_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json revision_json(const store::RevisionRef& r) {
  return json{{"article_id", r.article_id}, {"revision", r.number},      {"latest", r.latest},
              {"outlet", opt(r.outlet)},    {"title", opt(r.title)},     {"url", opt(r.url)},
              {"published", opt(r.published)}, {"precision", r.precision}};
}

json word_ops_json(const query::WordDiff& d) {
  json ops = json::array();
  for (const auto& op : d.ops) {
    const char* kind = op.kind == query::WordOp::Kind::kSame ? "same"
                       : op.kind == query::WordOp::Kind::kRemoved ? "removed"
                                                                   : "added";
    ops.push_back(json{{"op", kind}, {"text", op.text}});
  }
  return ops;
}

json quote_json(const query::QuoteRef& q) {
  return json{{"statement_id", q.statement_id}, {"article_id", q.article_id}, {"outlet", opt(q.outlet)},
              {"title", opt(q.title)},           {"published", opt(q.published)}, {"speaker", opt(q.speaker)},
              {"kind", q.kind},                  {"text", q.text}};
}

json side_json(const query::ClaimSide& s) {
  return json{{"articles", s.article_ids},     {"stances", s.article_stances}, {"summary", empty_null(s.summary)},
              {"asserted_by", s.asserted_by},  {"denied_by", s.denied_by},     {"discussed_by", s.discussed_by}};
}

const char* covered_by(bool a, bool b) { return a && b ? "both" : a ? "a" : "b"; }

json dating_json(const query::Dating& d) {
  return json{{"article_id", d.article_id}, {"mention_id", d.mention_id},  {"outlet", opt(d.outlet)},
              {"title", opt(d.title)},       {"published", opt(d.published)}, {"when", valid_time_json(d.when)},
              {"from_text", d.from_text},   {"time_text", opt(d.time_text)}, {"status", d.status},
              {"trigger", d.trigger},       {"sentence", d.sentence},        {"label", dating_text(d)}};
}

json claim_comparison_json(const query::ClaimComparison& c) {
  return json{{"claim_id", c.claim_id},
              {"text", c.text},
              {"a", side_json(c.a)},
              {"b", side_json(c.b)},
              {"covered_by", covered_by(c.a.covered(), c.b.covered())},
              {"stance_differs", c.stance_differs}};
}

json event_comparison_json(const query::EventComparison& e) {
  json a = json::array(), b = json::array();
  for (const auto& d : e.a) a.push_back(dating_json(d));
  for (const auto& d : e.b) b.push_back(dating_json(d));
  return json{{"event_id", e.event_id},
              {"event_ids", e.event_ids},
              {"label", e.label},
              {"class", e.event_class},
              {"a", std::move(a)},
              {"b", std::move(b)},
              {"covered_by", covered_by(!e.a.empty(), !e.b.empty())},
              {"redated", e.redated},
              {"redating", empty_null(e.redating)},
              {"status_differs", e.status_differs}};
}

json misquote_json(const query::Misquote& m) {
  return json{{"speaker", m.speaker},
              {"a", quote_json(m.a)},
              {"b", quote_json(m.b)},
              {"similarity", m.diff.similarity},
              {"diff", word_ops_json(m.diff)},
              {"diff_text", query::word_diff_text(m.diff)}};
}

json summary_json(const query::OutletSummary& s) {
  return json{{"outlet", s.outlet},           {"articles", s.articles},       {"supports", s.supports},
              {"denies", s.denies},           {"discusses", s.discusses},     {"asserted_by", s.asserted_by},
              {"denied_by", s.denied_by},     {"discussed_by", s.discussed_by}, {"first_report", opt(s.first_report)}};
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : sep) + i;
  return out;
}

std::string side_text(const query::ClaimSide& s) {
  if (!s.covered()) return "not covered";
  std::string t = s.summary + " (" + std::to_string(s.article_ids.size()) + " article" +
                  (s.article_ids.size() == 1 ? "" : "s") + ")";
  if (!s.asserted_by.empty()) t += "; asserted by " + join(s.asserted_by, ", ");
  if (!s.denied_by.empty()) t += "; denied by " + join(s.denied_by, ", ");
  if (!s.discussed_by.empty()) t += "; discussed by " + join(s.discussed_by, ", ");
  return t;
}

std::string datings_text(const std::vector<query::Dating>& ds) {
  if (ds.empty()) return "not covered";
  std::vector<std::string> parts;
  for (const auto& d : ds) {
    const std::string t = dating_text(d);
    if (std::find(parts.begin(), parts.end(), t) == parts.end()) parts.push_back(t);
  }
  return join(parts, "; ");
}

std::string coverage_note(bool a, bool b) { return a && b ? "" : a ? "only in a" : "only in b"; }

std::string revision_text(const store::RevisionRef& r) {
  return "article " + std::to_string(r.article_id) + " revision " + std::to_string(r.number) + " (" +
         r.outlet.value_or("no outlet") + ", " + r.published.value_or("undated") + "): " + r.title.value_or("");
}

std::string stance_text(const std::optional<std::string>& s) { return s.value_or("none"); }

std::string time_text(const std::optional<query::ValidTime>& t, const std::optional<std::string>& words) {
  std::string s = t ? query::valid_time_label(*t) : "undated";
  if (words) s += " \u201c" + *words + "\u201d";
  return s;
}

void render_findings(const std::string& heading, Listing& l, Format format, std::ostream& out) {
  if (format == Format::kTable || format == Format::kMd) out << heading << "\n\n";
  RenderOptions opts;
  opts.max_cell_width = 70;
  render(l, format, out, opts);
}

}  // namespace

json valid_time_json(const query::ValidTime& t) {
  return json{{"value", empty_null(t.value)},     {"start", empty_null(t.start)},
              {"end", empty_null(t.end)},         {"precision", t.precision},
              {"label", query::valid_time_label(t)}, {"source", t.source}};
}

json timeline_row_json(const query::TimelineRow& r) {
  json span = r.span_start && r.span_end ? json::array({*r.span_start, *r.span_end}) : json(nullptr);
  return json{{"kind", r.kind},
              {"valid_time", valid_time_json(r.valid_time)},
              {"report_time", opt(r.report_time)},
              {"report_precision", r.report_precision},
              {"article_id", r.article_id},
              {"revision", r.revision},
              {"outlet", opt(r.outlet)},
              {"title", opt(r.title)},
              {"url", opt(r.url)},
              {"speaker", opt(r.speaker)},
              {"speaker_id", opt(r.speaker_id)},
              {"stance", opt(r.stance)},
              {"stance_cue", opt(r.stance_cue)},
              {"cue", opt(r.cue)},
              {"text", r.text},
              {"level", opt(r.level)},
              {"statement_kind", opt(r.statement_kind)},
              {"status", opt(r.status)},
              {"time_text", opt(r.time_text)},
              {"participants", r.participants},
              {"claim_id", opt(r.claim_id)},
              {"mention_id", opt(r.mention_id)},
              {"statement_id", opt(r.statement_id)},
              {"event_id", opt(r.event_id)},
              {"span", std::move(span)},
              {"confidence", r.confidence},
              {"method", r.method}};
}

Listing timeline_listing(const std::vector<query::TimelineRow>& rows, Format format) {
  Listing l;
  if (format == Format::kJson || format == Format::kJsonl) {
    for (const auto& r : rows) l.rows.push_back(timeline_row_json(r));
    return l;
  }
  l.columns = format == Format::kCsv
                  ? std::vector<std::string>{"kind", "when", "valid_value", "valid_start", "valid_end", "precision",
                                             "reported", "article_id", "outlet", "speaker", "stance", "cue", "text"}
                  : std::vector<std::string>{"when", "reported", "outlet", "speaker", "stance", "cue", "text", "kind"};
  for (const auto& r : rows) {
    std::string stance = r.stance.value_or(r.stance_cue.value_or(r.status.value_or("")));
    l.rows.push_back(json{{"kind", r.kind},
                          {"when", query::valid_time_label(r.valid_time)},
                          {"valid_value", r.valid_time.value},
                          {"valid_start", r.valid_time.start},
                          {"valid_end", r.valid_time.end},
                          {"precision", r.valid_time.precision},
                          {"reported", r.report_time.value_or("undated")},
                          {"article_id", r.article_id},
                          {"outlet", r.outlet.value_or("")},
                          {"speaker", r.speaker.value_or(r.kind == "mention" ? "(the article)" : "")},
                          {"stance", stance},
                          {"cue", r.cue.value_or("")},
                          {"text", r.text}});
  }
  return l;
}

namespace {

json totals_json(const std::vector<store::ClaimOutletTotals>& totals) {
  json out = json::array();
  for (const auto& t : totals) {
    out.push_back(json{{"outlet", t.outlet ? json(*t.outlet) : json(nullptr)}, {"articles", t.articles},
                       {"supports", t.supports}, {"denies", t.denies}, {"discusses", t.discusses},
                       {"mentions", t.mentions}});
  }
  return out;
}

}  // namespace

void render_claim_page(const query::ClaimTimelinePage& page, bool newest_first, bool with_totals,
                       const std::string& more_command, Format format, std::ostream& out, std::ostream& notes) {
  const std::string more = page.next ? more_command + " --after " + *page.next : "";
  if (format == Format::kJson) {
    json rows = json::array();
    for (const auto& r : page.rows) rows.push_back(timeline_row_json(r));
    json o{{"subject", page.subject},
           {"claim_id", page.claim.id},
           {"order", newest_first ? "newest_first" : "oldest_first"},
           {"rows", std::move(rows)},
           {"next_after", page.next ? json(*page.next) : json(nullptr)},
           {"more", page.next ? json(more) : json(nullptr)}};
    if (with_totals) o["totals"] = totals_json(page.totals);
    render_object(o, format, out);
    return;
  }
  const bool text = format == Format::kTable || format == Format::kMd;
  if (text) {
    out << page.subject << ": " << page.rows.size() << " rows, "
        << (newest_first ? "newest first" : "oldest first") << " by publication\n\n";
  }
  render(timeline_listing(page.rows, format), format, out);
  if (!text) {
    if (page.next) notes << "more: " << more << '\n';
    return;
  }
  if (with_totals) {
    Listing l{{"outlet", "articles", "supports", "denies", "discusses", "mentions"}, {}};
    for (auto row : totals_json(page.totals)) {
      if (row["outlet"].is_null()) row["outlet"] = "(no outlet)";
      l.rows.push_back(std::move(row));
    }
    out << "\ntotals: " << page.claim.articles << " articles (" << page.claim.supports << " support, "
        << page.claim.denies << " deny, " << page.claim.discusses << " discuss)\n\n";
    render(l, format, out);
  }
  out << '\n' << (page.next ? "more: " + more : std::string("end of the timeline")) << '\n';
}

std::string dating_text(const query::Dating& d) {
  std::string s;
  if (d.from_text) {
    s = query::valid_time_label(d.when);
    if (d.time_text) s += " \u201c" + *d.time_text + "\u201d";
  } else {
    s = "no date in text";
  }
  if (!d.status.empty()) s += " (" + d.status + ")";
  return s;
}

json outlet_diff_json(const query::OutletDiff& d) {
  json articles_a = json::array(), articles_b = json::array(), claims = json::array(), events = json::array(),
       misquotes = json::array();
  for (const auto& r : d.articles_a) articles_a.push_back(revision_json(r));
  for (const auto& r : d.articles_b) articles_b.push_back(revision_json(r));
  for (const auto& c : d.claims) claims.push_back(claim_comparison_json(c));
  for (const auto& e : d.events) events.push_back(event_comparison_json(e));
  for (const auto& m : d.misquotes) misquotes.push_back(misquote_json(m));
  return json{{"outlet_a", d.outlet_a}, {"outlet_b", d.outlet_b},   {"articles_a", std::move(articles_a)},
              {"articles_b", std::move(articles_b)}, {"claims", std::move(claims)}, {"events", std::move(events)},
              {"misquotes", std::move(misquotes)}, {"limit", d.limit > 0 ? json(d.limit) : json(nullptr)},
              {"more_a", d.more_a}, {"more_b", d.more_b}};
}

namespace {

// The fields of an outlet diff object in the order printed (nlohmann::json orders keys by
// name); claims, events and misquotes are the arrays streamed.
const std::vector<std::string> kDiffFields = {"articles_a", "articles_b", "claims",   "events",   "limit",
                                              "misquotes",  "more_a",     "more_b",   "outlet_a", "outlet_b"};
constexpr size_t kClaims = 2, kEvents = 3, kMisquotes = 5;

}  // namespace

OutletDiffJsonWriter::OutletDiffJsonWriter(Format format, std::ostream& out)
    : pretty_(format == Format::kJson), out_(out) {
  start(query::OutletDiff{});  // an empty head until the diff's own arrives
}

void OutletDiffJsonWriter::start(const query::OutletDiff& head) {
  json articles_a = json::array(), articles_b = json::array();
  for (const auto& r : head.articles_a) articles_a.push_back(revision_json(r));
  for (const auto& r : head.articles_b) articles_b.push_back(revision_json(r));
  head_ = {std::move(articles_a), std::move(articles_b), nullptr, nullptr,
           head.limit > 0 ? json(head.limit) : json(nullptr), nullptr, head.more_a, head.more_b,
           head.outlet_a, head.outlet_b};
  next_ = 0;
  open_ = false;
}

void OutletDiffJsonWriter::claim(query::ClaimComparison c) { element(kClaims, claim_comparison_json(c)); }
void OutletDiffJsonWriter::event(query::EventComparison e) { element(kEvents, event_comparison_json(e)); }
void OutletDiffJsonWriter::misquote(query::Misquote m) { element(kMisquotes, misquote_json(m)); }

void OutletDiffJsonWriter::finish() {
  advance(kDiffFields.size());
  out_ << (pretty_ ? "\n}\n" : "}\n");
  out_.flush();
}

std::string OutletDiffJsonWriter::indented(const json& value, int depth) const {
  if (!pretty_) return json_text(value);
  std::string text = json_text(value, 2), out;
  const std::string margin(static_cast<size_t>(2 * depth), ' ');
  for (char c : text) {  // strings escape their newlines, so every newline is layout
    out += c;
    if (c == '\n') out += margin;
  }
  return out;
}

void OutletDiffJsonWriter::key(size_t field) {
  out_ << (field == 0 ? "{" : ",") << (pretty_ ? "\n  \"" : "\"") << kDiffFields[field] << (pretty_ ? "\": " : "\":");
}

void OutletDiffJsonWriter::advance(size_t field) {
  if (open_) {
    out_ << (pretty_ ? "\n  ]" : "]");
    open_ = false;
  }
  for (; next_ < field; ++next_) {
    key(next_);
    out_ << (head_[next_].is_null() && (next_ == kClaims || next_ == kEvents || next_ == kMisquotes)
                 ? "[]"
                 : indented(head_[next_], 1));
  }
}

void OutletDiffJsonWriter::element(size_t field, const json& value) {
  if (!open_ || next_ != field + 1) {
    advance(field);
    key(field);
    out_ << '[';
    open_ = true;
    open_count_ = 0;
    next_ = field + 1;
  }
  if (open_count_++ > 0) out_ << ',';
  if (pretty_) out_ << "\n    ";
  out_ << indented(value, 2);
}

json article_diff_json(const query::ArticleDiff& d) {
  json statements = json::array(), stances = json::array(), dates = json::array();
  for (const auto& c : d.statements) {
    statements.push_back(json{{"change", c.change},
                              {"a", c.a ? quote_json(*c.a) : json(nullptr)},
                              {"b", c.b ? quote_json(*c.b) : json(nullptr)},
                              {"diff", c.diff ? word_ops_json(*c.diff) : json(nullptr)},
                              {"diff_text", c.diff ? json(query::word_diff_text(*c.diff)) : json(nullptr)}});
  }
  for (const auto& s : d.stances) {
    stances.push_back(json{{"claim_id", s.claim_id}, {"claim", s.claim_text}, {"level", s.level},
                           {"speaker", opt(s.speaker)}, {"a", opt(s.stance_a)}, {"b", opt(s.stance_b)}});
  }
  for (const auto& c : d.dates) {
    dates.push_back(json{{"what", c.what},
                         {"text", c.text},
                         {"a", c.a ? valid_time_json(*c.a) : json(nullptr)},
                         {"b", c.b ? valid_time_json(*c.b) : json(nullptr)},
                         {"time_text_a", opt(c.time_text_a)},
                         {"time_text_b", opt(c.time_text_b)},
                         {"status_a", opt(c.status_a)},
                         {"status_b", opt(c.status_b)}});
  }
  return json{{"a", revision_json(d.a)},
              {"b", revision_json(d.b)},
              {"counts", json{{"added", d.added}, {"removed", d.removed}, {"reworded", d.reworded},
                              {"unchanged", d.unchanged}}},
              {"statements", std::move(statements)},
              {"stances", std::move(stances)},
              {"dates", std::move(dates)}};
}

json report_json(const query::Report& r, const std::string& generated_at) {
  json claims = json::array();
  for (const auto& c : r.claims) {
    json rows = json::array(), outlets = json::array(), diffs = json::array();
    for (const auto& row : c.rows) rows.push_back(timeline_row_json(row));
    for (const auto& o : c.outlets) outlets.push_back(summary_json(o));
    for (const auto& d : c.diffs) diffs.push_back(outlet_diff_json(d));
    claims.push_back(json{{"claim", json{{"id", c.claim.id},
                                         {"text", c.claim.text},
                                         {"aliases", c.claim.aliases},
                                         {"articles", c.claim.articles},
                                         {"supports", c.claim.supports},
                                         {"denies", c.claim.denies},
                                         {"discusses", c.claim.discusses}}},
                          {"rows", std::move(rows)},
                          {"outlets", std::move(outlets)},
                          {"diffs", std::move(diffs)},
                          {"pairs_compared", c.pairs_compared},
                          {"pairs_skipped", c.pairs_skipped}});
  }
  json as_of = nullptr;
  if (r.as_of) as_of = date::format("%FT%TZ", date::sys_seconds{std::chrono::seconds{*r.as_of}});
  return json{{"format", "claimline-report"}, {"version", 1},      {"generated_at", generated_at},
              {"as_of", as_of},               {"claims", std::move(claims)}};
}

void render_outlet_diff(const query::OutletDiff& d, Format format, std::ostream& out) {
  if (format == Format::kJson || format == Format::kJsonl) {
    render_object(outlet_diff_json(d), format, out);
    return;
  }
  Listing l{{"section", "subject", "a", "b", "note"}, {}};
  for (const auto& c : d.claims) {
    std::string note = c.stance_differs ? "stance differs" : coverage_note(c.a.covered(), c.b.covered());
    l.rows.push_back(json{{"section", "claim"}, {"subject", c.text}, {"a", side_text(c.a)}, {"b", side_text(c.b)},
                          {"note", note}});
  }
  // Events only one side carries and no text dates are many and say little one by one:
  // one row per side lists them (json keeps every event).
  std::vector<std::string> undated_a, undated_b;  // distinct labels
  size_t undated_count[2] = {0, 0};
  for (const auto& e : d.events) {
    const bool one_sided = e.a.empty() != e.b.empty();
    const auto& side = e.a.empty() ? e.b : e.a;
    if (one_sided && std::none_of(side.begin(), side.end(), [](const query::Dating& x) { return x.from_text; })) {
      auto& labels = e.a.empty() ? undated_b : undated_a;
      ++undated_count[e.a.empty() ? 1 : 0];
      if (std::find(labels.begin(), labels.end(), e.label) == labels.end()) labels.push_back(e.label);
      continue;
    }
    std::string note = coverage_note(!e.a.empty(), !e.b.empty());
    if (e.redated) note = "re-dated: " + e.redating;
    if (e.status_differs) note += std::string(note.empty() ? "" : "; ") + "status differs";
    l.rows.push_back(json{{"section", "event"}, {"subject", e.label}, {"a", datings_text(e.a)},
                          {"b", datings_text(e.b)}, {"note", note}});
  }
  for (const bool first : {true, false}) {
    const auto& labels = first ? undated_a : undated_b;
    if (labels.empty()) continue;
    l.rows.push_back(json{{"section", "event"},
                          {"subject", std::to_string(undated_count[first ? 0 : 1]) + " other events"},
                          {"a", first ? join(labels, ", ") : "not covered"},
                          {"b", first ? "not covered" : join(labels, ", ")},
                          {"note", std::string(first ? "only in a" : "only in b") + ", not dated by the text"}});
  }
  for (const auto& m : d.misquotes) {
    l.rows.push_back(json{{"section", "misquote"}, {"subject", m.speaker}, {"a", m.a.text}, {"b", m.b.text},
                          {"note", query::word_diff_text(m.diff)}});
  }
  const auto articles = [](size_t n) { return std::to_string(n) + (n == 1 ? " article" : " articles"); };
  // A bounded claim diff names the window it compared.
  const auto window = [&](size_t n, bool more) { return articles(n) + (more ? ", the latest; more before" : ""); };
  std::string heading = "a = " + d.outlet_a + " (" + window(d.articles_a.size(), d.more_a) + "), b = " + d.outlet_b +
                        " (" + window(d.articles_b.size(), d.more_b) + ")";
  if (d.more_a || d.more_b) heading += "; --limit N or --from/--to for others";
  render_findings(heading, l, format, out);
}

void render_article_diff(const query::ArticleDiff& d, Format format, std::ostream& out) {
  if (format == Format::kJson || format == Format::kJsonl) {
    render_object(article_diff_json(d), format, out);
    return;
  }
  Listing l{{"section", "subject", "a", "b", "note"}, {}};
  for (const auto& c : d.statements) {
    if (c.change == "unchanged") continue;
    const auto& q = c.b ? *c.b : *c.a;
    l.rows.push_back(json{{"section", "statement"},
                          {"subject", q.speaker.value_or("unknown speaker")},
                          {"a", c.a ? c.a->text : ""},
                          {"b", c.b ? c.b->text : ""},
                          {"note", c.diff ? c.change + ": " + query::word_diff_text(*c.diff) : c.change}});
  }
  for (const auto& s : d.stances) {
    l.rows.push_back(json{{"section", "stance"},
                          {"subject", s.claim_text},
                          {"a", stance_text(s.stance_a)},
                          {"b", stance_text(s.stance_b)},
                          {"note", s.level + (s.speaker ? ": " + *s.speaker : "")}});
  }
  for (const auto& c : d.dates) {
    std::string note;
    if (c.status_a != c.status_b) note = "status " + c.status_a.value_or("?") + " -> " + c.status_b.value_or("?");
    l.rows.push_back(json{{"section", "date"},
                          {"subject", c.what},
                          {"a", time_text(c.a, c.time_text_a)},
                          {"b", time_text(c.b, c.time_text_b)},
                          {"note", note}});
  }
  const std::string heading = "a = " + revision_text(d.a) + "\nb = " + revision_text(d.b) + "\nstatements: " +
                              std::to_string(d.added) + " added, " + std::to_string(d.removed) + " removed, " +
                              std::to_string(d.reworded) + " reworded, " + std::to_string(d.unchanged) + " unchanged";
  render_findings(heading, l, format, out);
}

}  // namespace claimline::report
