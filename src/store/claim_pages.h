// Reads of one claim's mentions whose cost does not grow with the claim: pages in report
// time (publication) order behind a keyset cursor, the complete list streamed in valid-time
// order, totals per outlet and stance from aggregate SQL, and the articles one outlet
// carried about the claim, newest first, bounded. Every SQL string of those reads lives here.
//
// Which mentions count is as ClaimStore::mentions says: each article's latest revision
// (or, with `as_of`, its latest revision published by then), manual rows hiding machine
// rows on the same target (the article, the statement or the span), 'unrelated' dropped.
//
// Page order: oldest first by the revision's publication (Unix seconds), then revision id,
// then article-level mention before the others, then position in the body, then mention
// id; undated revisions after every dated one, by revision id. With `as_of` (undated
// revisions never count then): newest first by publication and revision id, the rows of one
// revision still article first and in body order.
//
// Two plans, the same rows: a claim with few mentions is read through its index
// (claim_mentions_claim) and its page sorted; a claim with many is paged by walking
// revisions in publication order (revisions_published), probing each for the claim's
// mentions, and stopping when the page is full. The switch is at sqrt(limit x revisions)
// mentions, where the two cost about the same, so a page costs O(sqrt(limit x revisions))
// at worst when mentions are spread over time (tests/query/query_plan_test.cc checks both
// plans; see the README, Performance, for the index that would make every page O(limit)).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/claim_store.h"
#include "store/database.h"

namespace claimline::store {

// Where a row sits in the page order; a page's `next` is the key of its last row.
struct MentionKey {
  bool dated = true;
  int64_t published_at = 0;  // Unix seconds; meaningful when dated
  int64_t revision_id = 0;
  int level_rank = 0;        // 0 article level, 1 the others
  int64_t span_start = -1;   // -1 when the mention has no span
  int64_t mention_id = 0;

  friend bool operator==(const MentionKey&, const MentionKey&) = default;
};

// The cursor users pass back (`--after`): "d<published_at>.<revision>.<rank>.<span>.<mention>"
// or "u<revision>.<rank>.<span>.<mention>" for an undated row. parse_cursor returns nullopt
// for text that is not one.
std::string to_cursor(const MentionKey& key);
std::optional<MentionKey> parse_cursor(std::string_view text);

struct ClaimPageQuery {
  int64_t claim_id = 0;
  std::optional<int64_t> as_of;     // Unix seconds, inclusive; also turns the order newest first
  std::optional<MentionKey> after;  // rows strictly after this one in page order
  int limit = 100;                  // rows per page, > 0
};

struct ClaimPage {
  std::vector<MentionRow> rows;     // at most limit, in page order, evidence filled
  std::optional<MentionKey> next;   // set when more rows follow: pass it as `after`
};

// Articles about the claim and how each stance was taken, per outlet (nullopt outlet for
// articles without one): an article's stance is its article-level mention's, else
// "discusses". `mentions` counts every counting row (what the pages hold, in all).
struct ClaimOutletTotals {
  std::optional<std::string> outlet;
  int64_t articles = 0, supports = 0, denies = 0, discusses = 0, mentions = 0;
};

class ClaimPages {
 public:
  // `walk_above` mentions (or more) switch to the walk by date; kAuto picks
  // sqrt(limit x revisions); tests pass 0 (always walk) or kNever.
  static constexpr int64_t kAuto = -1;
  static constexpr int64_t kNever = INT64_MAX;
  explicit ClaimPages(Database& db, int64_t walk_above = kAuto) : db_(db), walk_above_(walk_above) {}

  // One page. Throws Error (kDatabase) when the database fails; usage for limit <= 0.
  ClaimPage page(const ClaimPageQuery& q);

  // Every counting mention of the claim, in the timeline's valid-time order (the said day of
  // a statement, else the publication's first day; undated last; then publication, article,
  // article level first, position), handed to `row` one at a time without evidence held
  // beyond the call. The sort runs in SQLite (spilling to a temporary file when large), so
  // memory does not grow with the claim; time does. `row` returns false to stop.
  void each_by_valid_time(int64_t claim_id, std::optional<int64_t> as_of,
                          const std::function<bool(const MentionRow&)>& row);

  // Totals per outlet (by outlet name, articles without an outlet last), from one
  // aggregate query over the claim's index: no row is materialised, but the time grows
  // with the claim's mentions.
  std::vector<ClaimOutletTotals> totals(int64_t claim_id, std::optional<int64_t> as_of);

  // The counting revisions of one outlet's articles about the claim (a visible mention),
  // newest first by publication, at most `limit`; publication within [from, to) when given.
  // Bounded like a page (same two plans, walking the outlet's articles by date).
  std::vector<int64_t> outlet_revisions(int64_t claim_id, int64_t outlet_id, std::optional<int64_t> from,
                                        std::optional<int64_t> to, std::optional<int64_t> as_of, int limit);

  // The counting mentions of the claim in the given revisions, in page order (oldest first),
  // evidence filled. Bounded by the revisions given.
  std::vector<MentionRow> mentions_in(int64_t claim_id, const std::vector<int64_t>& revision_ids);

 private:
  bool walk(int64_t claim_id, int limit);
  int64_t count_upto(int64_t claim_id, int64_t cap);
  void fill_evidence(std::vector<MentionRow>& rows);

  Database& db_;
  int64_t walk_above_;
};

}  // namespace claimline::store
