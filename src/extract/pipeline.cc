#include "extract/pipeline.h"

#include "extract/events.h"
#include "extract/statements.h"
#include "extract/times.h"

namespace claimline {
namespace {

// The time expression inside (or overlapping) the statement's "when it was said" phrase.
std::optional<size_t> time_within(const std::vector<TimeExpr>& times, Span said) {
  for (size_t i = 0; i < times.size(); ++i) {
    if (times[i].span.overlaps(said)) return i;
  }
  return std::nullopt;
}

}  // namespace

Extraction extract_article(const Document& doc, const Timestamp& published) {
  Extraction x;
  x.times = find_times(doc, published);
  StatementsResult s = extract_statements(doc);
  x.entities = std::move(s.entities);
  x.statements = std::move(s.statements);
  x.said_time.reserve(x.statements.size());
  for (const auto& st : x.statements) {
    x.said_time.push_back(st.said_span ? time_within(x.times, *st.said_span) : std::nullopt);
  }
  x.events = find_events(doc, x.times, x.entities, published);
  return x;
}

}  // namespace claimline
