#include "extract/statements.h"

#include <algorithm>

#include "extract/entities.h"
#include "extract/quotes.h"
#include "extract/speakers.h"
#include "extract/speech.h"

namespace claimline {
namespace {

using attribution::Attributed;

// Reported speech that a direct quote already covers (X said that “...”) gives way to it.
std::vector<Attributed> merge(std::vector<Attributed> direct, std::vector<Attributed> indirect) {
  std::vector<Attributed> out = std::move(direct);
  const size_t n_direct = out.size();
  for (auto& a : indirect) {
    bool covered = false;
    for (size_t k = 0; k < n_direct && !covered; ++k) {
      const Statement& d = out[k].statement;
      if (d.rule == "quote.embedded") continue;
      covered = d.span.overlaps(a.statement.span) ||
                (d.cue_span && a.statement.cue_span && d.cue_span->overlaps(*a.statement.cue_span));
    }
    if (!covered) out.push_back(std::move(a));
  }
  std::stable_sort(out.begin(), out.end(), [](const Attributed& x, const Attributed& y) {
    return x.statement.span.start != y.statement.span.start ? x.statement.span.start < y.statement.span.start
                                                            : x.statement.span.end > y.statement.span.end;
  });
  return out;
}

}  // namespace

StatementsResult extract_statements(const Document& doc) {
  EntityResult entities = extract_entities(doc);
  const std::vector<Quote> quotes = find_quotes(doc);
  std::vector<Attributed> indirect = find_reported_speech(doc, quotes);
  std::vector<Attributed> direct = attribute_quotes(doc, quotes, indirect);
  std::vector<Attributed> all = merge(std::move(direct), std::move(indirect));
  resolve_speakers(doc, entities, &all);
  find_settings(doc, &all);
  StatementsResult result;
  result.entities = std::move(entities.entities);
  result.statements.reserve(all.size());
  for (auto& a : all) result.statements.push_back(std::move(a.statement));
  return result;
}

}  // namespace claimline
