// JSON and listings of timelines, outlet diffs, article diffs and the report. These are
// documented contracts (README, "JSON contracts"): fields may be added, never renamed.
//
// A timeline row (`timeline --format json|jsonl`) has at least:
//   kind         "statement" | "mention" | "event"
//   valid_time   {value, start, end, precision, label, source}: when it was said or happened;
//                start/end are ISO days, inclusive, null when unknown; precision is second,
//                minute, day, week, month, quarter, year, range, unknown or none (undated)
//   report_time  publication of the article (ISO at its precision) or null when undated
//   article_id, outlet, speaker, stance (supports|denies|discusses|null), cue, text
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "query/article_diff.h"
#include "query/diff.h"
#include "query/report.h"
#include "query/timeline.h"
#include "report/format.h"

namespace claimline::report {

nlohmann::json valid_time_json(const query::ValidTime& t);
nlohmann::json timeline_row_json(const query::TimelineRow& r);

// The timeline as a listing: json/jsonl rows are timeline_row_json; table and md show
// when / reported / outlet / speaker / stance / cue / text / kind; csv adds the valid-time
// bounds and ids.
Listing timeline_listing(const std::vector<query::TimelineRow>& rows, Format format);

// A page of a claim's timeline (`timeline --claim ID --limit N [--after CURSOR]`).
// json: one object {subject, claim_id, order ("oldest_first" | "newest_first"), rows (as
// timeline_row_json), next_after (the cursor, null at the end), more (the command for the
// next page, null at the end), totals (with --totals: per outlet {outlet, articles,
// supports, denies, discusses, mentions})}. jsonl and csv: the rows only, the next-page
// command to `notes` (stderr), so piped rows stay rows. table and md: a heading, the rows,
// the totals when asked, then "more: COMMAND" or "end of the timeline".
void render_claim_page(const query::ClaimTimelinePage& page, bool newest_first, bool with_totals,
                       const std::string& more_command, Format format, std::ostream& out, std::ostream& notes);

nlohmann::json outlet_diff_json(const query::OutletDiff& d);
nlohmann::json article_diff_json(const query::ArticleDiff& d);
nlohmann::json report_json(const query::Report& r, const std::string& generated_at);

// Diffs in any format: json/jsonl print the object; table, md and csv print one row per
// finding (section, subject, a, b, note), table and md under a heading naming both sides.
void render_outlet_diff(const query::OutletDiff& d, Format format, std::ostream& out);
void render_article_diff(const query::ArticleDiff& d, Format format, std::ostream& out);

// Writes an outlet diff as it is found, in json or jsonl, byte for byte what
// render_outlet_diff prints for the whole diff: the head's fields are printed at once and
// each claim, event and misquote as it arrives, so a diff of thousands of events holds one.
class OutletDiffJsonWriter : public query::DiffSink {
 public:
  OutletDiffJsonWriter(Format format, std::ostream& out);  // format: kJson or kJsonl
  void start(const query::OutletDiff& head) override;
  void claim(query::ClaimComparison c) override;
  void event(query::EventComparison e) override;
  void misquote(query::Misquote m) override;
  void finish() override;

 private:
  void advance(size_t field);                             // prints the fields before `field`
  void element(size_t field, const nlohmann::json& value);  // one element of a streamed array
  void key(size_t field);
  std::string indented(const nlohmann::json& value, int depth) const;

  bool pretty_;
  std::ostream& out_;
  std::vector<nlohmann::json> head_;  // per field; null for the streamed arrays
  size_t next_ = 0;                   // the first field not yet printed
  size_t open_count_ = 0;             // elements printed in the open array (field next_ - 1)
  bool open_ = false;
};

// "2025-03-18 “on Tuesday” (expected)": how a diff shows one dating.
std::string dating_text(const query::Dating& d);

}  // namespace claimline::report
