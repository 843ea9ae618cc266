// Where two outlets part ways, and what changed between two articles (or two revisions of
// one article).
//
// Outlet diff, per claim and per event found in the articles in scope:
// - claims: who asserted (supports), denied or only discussed it in each outlet, each
//   outlet's article stances, whether the stances differ, and claims one covered and the
//   other omitted;
// - events (store/event_store.h groups mentions into events): each outlet's datings, with
//   re-dating when they resolve the event to different days or precisions ("on Tuesday"
//   = 2025-03-18 vs "this week" = 2025-W12), differing status, and events one omitted;
// - misquotes: direct quotes of the same speaker worded differently (word-level diff),
//   ignoring case and punctuation.
// Scope: every article of both outlets, or those mentioning one claim, or those matching a
// text search; publication within [from, to); each article as of `as_of`. With a claim and
// a `limit`, each outlet's latest `limit` articles about the claim (store/claim_pages.h
// finds them through an index, newest first), so the diff reads what the two outlets said
// in them and nothing of the rest of the claim; `more_a`/`more_b` say an outlet had more.
// The article diff is in query/article_diff.h.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/valid_time.h"
#include "query/word_diff.h"
#include "store/claim_store.h"
#include "store/database.h"
#include "store/timeline_store.h"

namespace claimline::query {

struct OutletDiffQuery {
  std::string outlet_a, outlet_b;   // names, aliases or domains
  std::optional<int64_t> claim_id;
  std::optional<std::string> search;
  std::optional<int64_t> from, to;  // publication, Unix seconds, [from, to)
  std::optional<int64_t> as_of;     // Unix seconds, inclusive
  int limit = 0;                    // with claim_id: articles per outlet, latest first; 0 = all
  // Up to this many articles in scope (both outlets), their event mentions are read whole
  // at once (one read); above it, read as compared (two reads, memory bounded by a batch).
  size_t read_whole_up_to = kReadWholeUpTo;
  static constexpr size_t kReadWholeUpTo = 200;
};

// A direct quote or statement as one outlet carried it.
struct QuoteRef {
  int64_t statement_id = 0, article_id = 0;
  std::optional<std::string> outlet, title, published, speaker;
  std::string kind, text;
  int64_t span_start = 0;  // byte offset into its revision's body
};

// One outlet's side of a claim.
struct ClaimSide {
  std::vector<int64_t> article_ids;
  std::vector<std::string> article_stances;  // one per article, in article_ids order
  std::vector<std::string> asserted_by, denied_by, discussed_by;  // speakers, sorted, distinct
  std::string summary;  // "supports", "denies", "discusses", "mixed", or "" when not covered
  bool covered() const { return !article_ids.empty(); }
};

struct ClaimComparison {
  int64_t claim_id = 0;
  std::string text;
  ClaimSide a, b;
  bool stance_differs = false;  // both cover it and their summaries differ
};

// How one outlet dated an event in one article.
struct Dating {
  int64_t article_id = 0, mention_id = 0;
  std::optional<std::string> outlet, title, published;
  ValidTime when;                       // event_time(), or publication when the text gives none
  bool from_text = false;               // the text dates it (not only the publication)
  std::optional<std::string> time_text; // "on Tuesday", "this week"
  std::string status, trigger, sentence;
};

struct EventComparison {
  int64_t event_id = 0;
  // Every stored event compared here as one (see aligned_events); event_id among them.
  std::vector<int64_t> event_ids;
  std::string label, event_class;
  std::vector<Dating> a, b;
  bool redated = false;      // both date it from the text, to different days or precisions
  std::string redating;      // "different days", "different precision" (one range holds the other)
  bool status_differs = false;
};

struct Misquote {
  std::string speaker;
  QuoteRef a, b;
  WordDiff diff;
};

struct OutletDiff {
  std::string outlet_a, outlet_b;   // canonical names
  std::vector<store::RevisionRef> articles_a, articles_b;  // oldest first
  int limit = 0;                       // the query's limit (0: none)
  bool more_a = false, more_b = false; // the outlet had more articles in scope than `limit`
  std::vector<ClaimComparison> claims;
  std::vector<EventComparison> events;
  std::vector<Misquote> misquotes;
};

// Receives an outlet diff as it is found: the head (outlets, articles, limit and more; no
// findings), then every claim, every event and every misquote, in OutletDiff's order.
class DiffSink {
 public:
  virtual ~DiffSink() = default;
  virtual void start(const OutletDiff& head) = 0;
  virtual void claim(ClaimComparison c) = 0;
  virtual void event(EventComparison e) = 0;
  virtual void misquote(Misquote m) = 0;
  virtual void finish() {}
};

// Throws Error: not_found for an unknown outlet or claim; usage for an empty search or the
// same outlet twice.
OutletDiff diff_outlets(store::Database& db, const OutletDiffQuery& q);
// The same diff told to `sink` piece by piece. Above q.read_whole_up_to articles it holds
// both sides' articles and direct quotes and a few facts per event, never the events'
// datings: each event comparison is built from a batch of mentions read for it, told, and
// dropped.
void diff_outlets(store::Database& db, const OutletDiffQuery& q, DiffSink& sink);

// What one outlet carried, read once and compared with several others (the report).
struct OutletSide {
  std::string outlet;
  std::vector<store::RevisionRef> revisions;
  std::vector<store::StatementRow> statements;  // its direct quotes (what comparing reads)
  std::vector<store::EventMentionRead> events;
  std::vector<ClaimComparison> claim_sides;  // side `a` filled, per claim in scope
};

// Reads outlet sides, keeping each claim's mentions between reads.
class SideReader {
 public:
  SideReader(store::Database& db, std::optional<int64_t> as_of);
  ~SideReader();
  // One outlet's side: its statements and event mentions in `revisions`, and its side of
  // each claim in `claim_ids` (every claim found in the revisions when empty), from the
  // claim's whole list of mentions, read once and kept for the next side.
  OutletSide read(const std::string& outlet, std::vector<store::RevisionRef> revisions,
                  const std::vector<int64_t>& claim_ids);
  // The mentions of a claim as of the reader's date (read once).
  const std::vector<store::MentionRow>& mentions(int64_t claim_id);
  const std::string& claim_text(int64_t claim_id);

 private:
  struct Cache;
  store::Database& db_;
  std::optional<int64_t> as_of_;
  std::unique_ptr<Cache> cache_;
};

// Which stored events a comparison treats as one happening: the event store merges
// mentions conservatively, so the same call can sit in two events, one per outlet ("on
// Tuesday" in one, "this week" in the other). Two events are aligned when they have the
// same class, at least kAlignParticipants participants in common (by name, ignoring
// case), and each is dated by its text to days that overlap the other's. Returns groups
// of event ids (each sorted ascending, groups by their first id); an event aligned with
// nothing is a group of one.
std::vector<std::vector<int64_t>> aligned_events(const std::vector<const store::EventMentionRead*>& mentions);
inline constexpr size_t kAlignParticipants = 2;

// Compares two sides already read.
OutletDiff compare_sides(const OutletSide& a, const OutletSide& b);

// True when the diff found anything worth showing (not counting unchanged coverage).
bool has_findings(const OutletDiff& d);

// The quote as a diff shows it.
QuoteRef quote_ref(const store::StatementRow& s);

// Two statements have the same speaker: the same entity when both are resolved, else the
// same name (case-insensitive). An unknown speaker matches nobody.
bool same_speaker(const store::StatementRow& a, const store::StatementRow& b);

// Quotes of the same speaker are the "same quote, reworded" from this word similarity up.
inline constexpr double kRewordSimilarity = 0.5;

}  // namespace claimline::query
