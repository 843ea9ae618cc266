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

nlohmann::json outlet_diff_json(const query::OutletDiff& d);
nlohmann::json article_diff_json(const query::ArticleDiff& d);
nlohmann::json report_json(const query::Report& r, const std::string& generated_at);

// Diffs in any format: json/jsonl print the object; table, md and csv print one row per
// finding (section, subject, a, b, note), table and md under a heading naming both sides.
void render_outlet_diff(const query::OutletDiff& d, Format format, std::ostream& out);
void render_article_diff(const query::ArticleDiff& d, Format format, std::ostream& out);

// "2025-03-18 “on Tuesday” (expected)": how a diff shows one dating.
std::string dating_text(const query::Dating& d);

}  // namespace claimline::report
