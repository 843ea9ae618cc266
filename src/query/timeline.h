// The timeline of a claim, an entity or a text search: one row per statement, claim
// mention or event mention, ordered by valid time (when it was said or happened) with its
// report time (the publication of the article carrying it) beside it.
//
// Subjects:
// - claim: every mention of the claim (store/claim_store.h): article-level rows ("mention",
//   the article's own stance), passages in the article's voice ("mention") and statements
//   ("statement", the speaker's stance). Manual decisions win over machine ones.
// - entity: statements whose speaker is the entity, and mentions of events it takes part in.
// - search: statements whose text or speaker match, and event mentions in matching articles
//   whose sentence holds every searched word.
//
// Valid time: a statement's said-time when the text gives one, an event's own dating, else
// the publication of the article (query/valid_time.h); never a made-up day.
// `from`/`to` keep rows whose valid time meets [from, to] (ISO days, inclusive; undated rows
// only without either). `as_of` keeps what had been published by then, each article in
// its latest revision as of then.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <functional>

#include "query/valid_time.h"
#include "store/claim_pages.h"
#include "store/claim_store.h"
#include "store/database.h"

namespace claimline::query {

struct TimelineRow {
  std::string kind;  // statement | mention | event
  ValidTime valid_time;
  std::optional<std::string> report_time;  // publication, ISO at its precision; none when undated
  std::string report_precision = "none";
  std::optional<int64_t> report_at;        // Unix seconds of the publication
  int64_t article_id = 0, revision_id = 0;
  int revision = 0;                        // revision number within its article
  std::optional<std::string> outlet, title, url;
  std::optional<std::string> speaker;
  std::optional<int64_t> speaker_id;
  std::optional<std::string> stance;       // toward the claim: supports | denies | discusses
  std::optional<std::string> stance_cue;   // of a statement's cue verb: assert, deny, ...
  std::optional<std::string> cue;          // the cue phrase ("denied"), or an event's trigger
  std::string text;                        // the evidence: statement, passage or event sentence
                                           // (article-level rows: the title)
  std::optional<std::string> level;        // claim mentions: article | statement | passage
  std::optional<std::string> statement_kind;  // direct | indirect
  std::optional<std::string> status;       // events: occurred, expected, ...
  std::optional<std::string> time_text;    // the words that date it ("this week"), when known
  std::vector<std::string> participants;   // events: entity names
  std::optional<int64_t> claim_id, mention_id, statement_id, event_id;
  std::optional<int64_t> span_start, span_end;  // byte offsets into the revision's body
  double confidence = 0;
  std::string method;
};

struct TimelineQuery {
  std::optional<int64_t> claim_id;
  std::optional<std::string> entity;
  std::optional<std::string> search;
  std::string from, to;            // ISO days on valid time, inclusive; empty = open
  std::optional<int64_t> as_of;    // Unix seconds, inclusive
  int limit = 5000;                // statements / events read per source, > 0
};

struct Timeline {
  std::string subject;                    // "claim 1: ...", "entity Volodymyr Zelenskyy", "search ..."
  std::optional<store::ClaimRow> claim;   // when the subject is a claim
  std::vector<TimelineRow> rows;
};

// Builds the timeline. Throws Error: usage when not exactly one subject is given or the
// search text has nothing to search for; not_found for an unknown claim or entity.
Timeline build_timeline(store::Database& db, const TimelineQuery& q);

// One page of a claim's timeline, read through an index in page order (store/claim_pages.h):
// oldest first by publication, or, with `as_of`, newest first among what had been published
// by then. The cost of a page does not grow with the claim, nor with how far the cursor is.
struct ClaimPageRequest {
  int64_t claim_id = 0;
  std::optional<int64_t> as_of;      // Unix seconds, inclusive
  std::optional<std::string> after;  // a cursor from an earlier page's `next`
  int limit = 100;                   // rows per page, > 0
  bool totals = false;               // also count articles per outlet and stance (aggregate SQL;
                                     // its time grows with the claim, its memory does not)
};

struct ClaimTimelinePage {
  std::string subject;                           // "claim 1: ..."
  store::ClaimRow claim;                         // counts left at zero unless totals were asked
  std::vector<TimelineRow> rows;                 // in page order
  std::optional<std::string> next;               // the cursor of the next page; none at the end
  std::vector<store::ClaimOutletTotals> totals;  // when asked
};

// Throws Error: usage for a cursor that is not one or a limit <= 0; not_found for an
// unknown claim.
ClaimTimelinePage claim_timeline_page(store::Database& db, const ClaimPageRequest& q);

// Every row of a claim's timeline, in build_timeline's order, handed over one at a time
// (memory does not grow with the claim). A merged claim reads the claim it lives in.
// Throws Error::not_found for an unknown claim. `row` returns false to stop.
void each_claim_row(store::Database& db, int64_t claim_id, std::optional<int64_t> as_of,
                    const std::function<bool(const TimelineRow&)>& row);

// Sums per-outlet totals into the claim's counts (articles, supports, denies, discusses).
void add_totals(const std::vector<store::ClaimOutletTotals>& totals, store::ClaimRow& claim);

// Rows of a claim's mentions (already read, e.g. for the report), filtered and ordered
// as build_timeline does.
std::vector<TimelineRow> claim_rows(const std::vector<store::MentionRow>& mentions);

// Sets claim.articles/supports/denies/discusses from mentions (one stance per article:
// its article-level mention, else discusses), as the mentions were read (as of their date).
void count_articles(const std::vector<store::MentionRow>& mentions, store::ClaimRow& claim);

// Orders rows by valid time (undated last), then report time, article, level and position.
void sort_rows(std::vector<TimelineRow>& rows);

}  // namespace claimline::query
