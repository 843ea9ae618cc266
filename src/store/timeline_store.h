// Reads behind timelines, outlet diffs, article diffs and the report: which revision of an
// article counts (latest, or latest as of a date), the statements, event mentions and
// claim mentions of a set of revisions, full-text matches. Every SQL string of those
// queries lives here, and each runs on an index (tests/query/query_plan_test.cc checks the
// plans).
//
// "As of" (Unix seconds, inclusive): only revisions published by then count, and of each
// article only the latest of those. Without it, each article's latest revision counts.
// Undated revisions never count as of a date.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/claim_store.h"
#include "store/database.h"
#include "store/statement_store.h"

namespace claimline::store {

// One revision of an article, with what rows read from it are labelled with.
struct RevisionRef {
  int64_t revision_id = 0;
  int64_t article_id = 0;
  int number = 0;
  bool latest = false;  // the article's newest revision overall
  std::optional<int64_t> outlet_id;
  std::optional<std::string> outlet, title, url, published;  // published: ISO at its precision
  std::string precision = "none";
  std::optional<int64_t> published_at;  // Unix seconds
};

// One mention of an event in a revision, with its own dating.
struct EventMentionRead {
  int64_t id = 0, event_id = 0, revision_id = 0;
  std::string key, trigger, lemma, event_class, status, sentence, event_label;
  int64_t span_start = 0, span_end = 0;
  std::optional<std::string> time_value, first_day, last_day, precision, time_source;
  std::optional<std::string> time_text;     // the time expression dating it, as written ("this week")
  std::vector<std::string> participants;    // entity names
  double confidence = 0;
  std::string method;
};

// One claim mention of a revision, after manual precedence (a manual row hides machine
// rows on the same target: the article, or the same statement or span).
struct RevisionClaimMention {
  int64_t id = 0, claim_id = 0, revision_id = 0;
  std::string level, stance, method;
  std::optional<int64_t> statement_id, span_start, span_end;
  std::optional<std::string> speaker;
  std::optional<int64_t> speaker_entity_id;
  double confidence = 0;
};

class TimelineStore {
 public:
  explicit TimelineStore(Database& db) : db_(db) {}

  // The revision of an article that counts (see above); nullopt when none does.
  std::optional<RevisionRef> current_revision(int64_t article_id, std::optional<int64_t> as_of);
  // Revision `number` of an article; nullopt when it does not exist.
  std::optional<RevisionRef> revision(int64_t article_id, int number);

  // The counting revision of every article of an outlet whose publication lies in
  // [from, to) (Unix seconds; either open); undated articles only when both are open.
  // Ordered by publication.
  std::vector<RevisionRef> outlet_revisions(int64_t outlet_id, std::optional<int64_t> from, std::optional<int64_t> to,
                                            std::optional<int64_t> as_of);

  // Counting revisions whose title or body matches the FTS5 query `fts` (article_store.h
  // fts_query), best match first, at most `limit`.
  std::vector<RevisionRef> matching_revisions(const std::string& fts, std::optional<int64_t> as_of, int limit);

  // Statements of counting revisions matching the FTS5 query `fts` (text or speaker), in
  // publication order, at most `limit`.
  std::vector<StatementRow> matching_statements(const std::string& fts, std::optional<int64_t> as_of, int limit);

  // Statements of the given revisions, by revision then position.
  // With direct_only, direct quotes alone (what comparing outlets reads of statements).
  std::vector<StatementRow> statements_of(const std::vector<int64_t>& revision_ids, bool direct_only = false);

  // Event mentions of the given revisions, by revision then position.
  std::vector<EventMentionRead> event_mentions_of(const std::vector<int64_t>& revision_ids);

  // The same mentions one at a time, with only what comparing them needs: ids, class,
  // status, dating and participants (key, trigger, lemma, sentence, label and time text
  // are left empty, and no body is read).
  void each_event_fact(const std::vector<int64_t>& revision_ids,
                       const std::function<void(const EventMentionRead&)>& f);

  // Whole event mentions by id, by revision then position; unknown ids are skipped.
  std::vector<EventMentionRead> event_mentions_by_id(const std::vector<int64_t>& mention_ids);

  // Event mentions of counting revisions naming one of `entity_ids` as a participant, at
  // most `limit`, with the revision each comes from.
  std::vector<std::pair<RevisionRef, EventMentionRead>> event_mentions_with(const std::vector<int64_t>& entity_ids,
                                                                             std::optional<int64_t> as_of, int limit);
  // The same mentions handed over one at a time, none kept.
  void each_event_mention_with(const std::vector<int64_t>& entity_ids, std::optional<int64_t> as_of, int limit,
                               const std::function<void(const RevisionRef&, const EventMentionRead&)>& f);

  // The display name of an outlet; nullopt when there is no such outlet.
  std::optional<std::string> outlet_name(int64_t outlet_id);

  // A claim with its aliases; the article counts are left at zero (the caller counts the
  // mentions it reads, as of its date). nullopt when there is no such claim.
  std::optional<ClaimRow> claim(int64_t claim_id);

  // Ids of the claims not merged away, ascending.
  std::vector<int64_t> claim_ids();

  // Claims (not merged away) with a mention other than 'unrelated' in one of the revisions.
  std::vector<int64_t> claims_in(const std::vector<int64_t>& revision_ids);

  // Claim mentions of one revision, manual precedence applied, 'unrelated' dropped.
  std::vector<RevisionClaimMention> claim_mentions_of(int64_t revision_id);

  // Revision refs by id (any revision, current or not), in the order given; unknown ids
  // are skipped.
  std::vector<RevisionRef> revisions_by_id(const std::vector<int64_t>& revision_ids);

 private:
  Database& db_;
};

}  // namespace claimline::store
