// libFuzzer target: the whole extraction pipeline (times, entities, quotes and reported
// speech, events) on one body, as ingest runs it. The first byte picks a publication date
// (or none); the rest, when it is text a reader would accept, is the body.
// Invariants: every span lies inside the body, is not empty and sits on UTF-8 boundaries;
// every index points into its list; confidences are in [0, 1]; time values are set and
// their days ordered; the extraction JSON is valid and parses back.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "extract/document.h"
#include "extract/pipeline.h"
#include "fuzz/invariants.h"
#include "ingest/reader.h"
#include "report/extraction_json.h"

using namespace claimline;
using namespace claimline::fuzz;

namespace {

void check_extraction(std::string_view body, const Extraction& x) {
  for (size_t i = 0; i < x.entities.size(); ++i) {
    const Entity& e = x.entities[i];
    require_text(e.name, "entity name");
    require(!e.name.empty(), "entity without a name");
    for (const Span& m : e.mentions) require_span(body, m, "entity mention");
    for (size_t k = 1; k < e.mentions.size(); ++k) {
      require(e.mentions[k - 1].end <= e.mentions[k].start, "entity mentions overlap or are unsorted");
    }
  }
  for (const TimeExpr& t : x.times) {
    require_span(body, t.span, "time " + t.value);
    require(!t.value.empty(), "time without a value");
    require_text(t.value, "time value");
    require(t.start.has_value() == t.end.has_value(), "time with one of start/end");
    if (t.start) require(*t.start <= *t.end, "time " + t.value + " ends before it starts");
  }
  require(x.said_time.size() == x.statements.size(), "said_time not parallel to statements");
  for (size_t i = 0; i < x.statements.size(); ++i) {
    const Statement& s = x.statements[i];
    require_span(body, s.span, "statement");
    for (const Span& p : s.parts) require_span(body, p, "statement part");
    for (const auto& span : {s.speaker_span, s.cue_span, s.where_span, s.said_span}) {
      if (span) require_span(body, *span, "statement source/cue/place/time");
    }
    require_text(s.text, "statement text");
    if (s.speaker_entity) require(*s.speaker_entity < x.entities.size(), "speaker entity out of range");
    if (x.said_time[i]) require(*x.said_time[i] < x.times.size(), "said time out of range");
    require_unit(s.confidence, "statement confidence");
  }
  for (size_t i = 0; i < x.events.size(); ++i) {
    const Event& e = x.events[i];
    require_span(body, e.trigger, "event trigger");
    require_span(body, e.span, "event sentence");
    require(e.span.contains(e.trigger), "event trigger outside its sentence");
    for (size_t p : e.participants) require(p < x.entities.size(), "event participant out of range");
    if (e.coref) require(*e.coref < i, "event coref does not point at an earlier event");
    if (e.when && e.when->time_index) require(*e.when->time_index < x.times.size(), "event time out of range");
    if (e.when && e.when->start) require(*e.when->start <= e.when->end, "event dating ends before it starts");
    require_unit(e.confidence, "event confidence");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > (1 << 16)) return 0;
  const std::string_view raw(reinterpret_cast<const char*>(data + 1), size - 1);
  if (ingest::check_text(raw, "fuzz.in")) return 0;  // ingest refuses it before extraction
  ArticleInput a;
  a.body = ingest::normalize_body(raw);
  if (a.body.empty()) return 0;
  static const char* const kDates[] = {"2025-03-16", "2025-03-18T14:30:00Z", "2024-12-31", "2025-03"};
  if (data[0] % 5 < 4) a.published = *parse_timestamp(kDates[data[0] % 5]);
  const Document doc(a.body);
  require(doc.body() == a.body, "Document changed the body");
  const Extraction x = extract_article(doc, a.published);
  check_extraction(a.body, x);
  std::string dumped;
  try {
    dumped = report::extraction_json(a, x, true).dump();
  } catch (const std::exception& e) {
    fail(std::string("extraction JSON cannot be written: ") + e.what());
  }
  require(nlohmann::json::accept(dumped), "extraction JSON does not parse back");
  return 0;
}
