// A small newsroom for the query tests, written through the store APIs (articles, their
// extraction, claim mentions) so that no test depends on what the extractors find.
//
// Each article body is one line per quote ("<speaker> said “<text>” <said words>.") and one
// per event ("<participants> will hold a <trigger> <time words>."); spans are computed while
// the body is written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "model/extraction.h"
#include "model/timestamp.h"
#include "store/article_store.h"
#include "store/claim_store.h"
#include "store/database.h"
#include "store/extraction_store.h"
#include "store/timeline_store.h"

namespace claimline::testing {

struct TimeSpec {
  std::string words;  // as written: "on Tuesday", "this week"
  std::string value;  // TimeML: "2025-03-18", "2025-W12"
  std::string first, last;
  std::string precision = "day";  // day, week, month ...
};

struct QuoteSpec {
  std::string speaker;
  std::string text;
  bool direct = true;
  std::optional<TimeSpec> said;
};

struct EventSpec {
  std::string trigger = "phone call";
  std::string event_class = "call";
  EventStatus status = EventStatus::kExpected;
  std::vector<std::string> participants;
  std::optional<TimeSpec> when;
};

struct ArticleSpec {
  std::string outlet, url, title;
  std::string published;  // ISO; empty = undated
  std::vector<QuoteSpec> quotes;
  std::vector<EventSpec> events;
};

inline date::year_month_day ymd(const std::string& iso) {
  return date::year{std::stoi(iso.substr(0, 4))} / std::stoi(iso.substr(5, 2)) / std::stoi(iso.substr(8, 2));
}

inline TimePrecision precision_named(const std::string& name) {
  return parse_time_precision(name).value_or(TimePrecision::kDay);
}

// Writes the article (or a new revision of it, same url) and its extraction; returns the
// revision id.
inline int64_t add_article(store::Database& db, const ArticleSpec& spec) {
  ArticleInput in;
  in.title = spec.title;
  in.outlet = spec.outlet;
  in.url = spec.url;
  if (!spec.published.empty()) in.published = *parse_timestamp(spec.published);
  in.format = "text";
  in.origin = "fixture";
  Extraction x;
  std::string body;
  auto entity = [&](const std::string& name, size_t at) {
    size_t i = 0;
    while (i < x.entities.size() && x.entities[i].name != name) ++i;
    if (i == x.entities.size()) x.entities.push_back(Entity{name, EntityKind::kPerson, {}, {}, {}});
    x.entities[i].mentions.push_back(Span(static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())));
    return i;
  };
  auto time = [&](const TimeSpec& t) {
    body += " ";
    TimeExpr e;
    e.span = Span(static_cast<uint32_t>(body.size()), static_cast<uint32_t>(body.size() + t.words.size()));
    e.value = t.value;
    e.start = ymd(t.first);
    e.end = ymd(t.last);
    e.rule = "fixture";
    body += t.words;
    x.times.push_back(e);
    return x.times.size() - 1;
  };
  for (const auto& q : spec.quotes) {
    Statement s;
    s.speaker_entity = entity(q.speaker, body.size());
    s.speaker = q.speaker;
    body += q.speaker + " said ";
    s.cue = "said";
    const size_t open = body.size();
    body += q.direct ? "\u201c" + q.text + "\u201d" : "that " + q.text;
    s.span = Span(static_cast<uint32_t>(open), static_cast<uint32_t>(body.size()));
    s.text = q.text;
    s.kind = q.direct ? StatementKind::kDirect : StatementKind::kIndirect;
    s.stance_cue = StanceCue::kAssert;
    s.confidence = 0.9;
    s.rule = "fixture";
    std::optional<size_t> said;
    if (q.said) {
      said = time(*q.said);
      s.said = q.said->words;
    }
    body += ".\n";
    x.statements.push_back(s);
    x.said_time.push_back(said);
  }
  for (const auto& e : spec.events) {
    const size_t line = body.size();
    Event ev;
    for (size_t i = 0; i < e.participants.size(); ++i) {
      if (i) body += " and ";
      ev.participants.push_back(entity(e.participants[i], body.size()));
      body += e.participants[i];
    }
    body += " will hold a ";
    ev.trigger = Span(static_cast<uint32_t>(body.size()), static_cast<uint32_t>(body.size() + e.trigger.size()));
    body += e.trigger;
    if (e.when) {
      const size_t t = time(*e.when);
      ev.when = EventTime{e.when->value, ymd(e.when->first), ymd(e.when->last), precision_named(e.when->precision),
                          TimeSource::kExpression, t};
    }
    body += ".";
    ev.span = Span(static_cast<uint32_t>(line), static_cast<uint32_t>(body.size()));
    body += "\n";
    ev.lemma = e.trigger;
    ev.event_class = e.event_class;
    ev.status = e.status;
    ev.rule = "fixture";
    ev.confidence = 0.9;
    x.events.push_back(ev);
  }
  in.body = body;
  store::Transaction tx(db);
  const auto put = store::ArticleStore(db).put(in, "2025-04-01T00:00:00Z");
  store::ExtractionStore(db).put(put.revision_id, x, in.body, "2025-04-01T00:00:00Z");
  tx.commit();
  return put.revision_id;
}

struct MentionSpec {
  std::string level;  // article | statement | passage
  std::string stance;
  std::optional<size_t> statement;  // index among the revision's statements (statement level)
};

// Replaces the machine mentions of (claim, revision) with `mentions` (method "fixture"), or
// writes them as manual decisions.
inline void set_mentions(store::Database& db, int64_t claim_id, int64_t revision_id,
                         const std::vector<MentionSpec>& mentions, bool manual = false) {
  const auto statements = store::TimelineStore(db).statements_of({revision_id});
  std::vector<store::MentionInput> rows;
  for (const auto& m : mentions) {
    store::MentionInput in;
    in.claim_id = claim_id;
    in.revision_id = revision_id;
    in.level = m.level;
    in.stance = m.stance;
    in.confidence = 0.8;
    in.method = "fixture";
    if (m.statement) {
      const auto& s = statements.at(*m.statement);
      in.statement_id = s.id;
      in.span = Span(static_cast<uint32_t>(s.span_start), static_cast<uint32_t>(s.span_end));
      in.speaker = s.speaker;
      in.speaker_entity_id = s.speaker_entity_id;
    }
    rows.push_back(in);
  }
  store::Transaction tx(db);
  store::ClaimStore claims(db);
  if (manual) {
    for (const auto& r : rows) claims.put_manual(r);
  } else {
    claims.replace_machine_mentions(claim_id, revision_id, rows);
  }
  tx.commit();
}

inline int64_t add_claim(store::Database& db, const std::string& text) {
  store::Transaction tx(db);
  const int64_t id = store::ClaimStore(db).add(text, {}, "manual", "2025-04-01T00:00:00Z");
  tx.commit();
  return id;
}

}  // namespace claimline::testing
