// Claims and their mentions. Every SQL string about claims lives here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/span.h"
#include "store/database.h"

namespace SQLite {
class Statement;
}

namespace claimline::store {

struct ClaimRow {
  int64_t id = 0;
  std::string text;
  std::vector<std::string> aliases;
  std::string origin;  // manual | suggested
  std::optional<int64_t> merged_into;
  std::string created_at;
  // Latest revisions only, manual decisions first: articles about the claim and how many
  // of them support, deny or discuss it (article level).
  int64_t articles = 0, supports = 0, denies = 0, discusses = 0;
};

// One mention to write.
struct MentionInput {
  int64_t claim_id = 0;
  int64_t revision_id = 0;
  std::string level;  // article | statement | passage
  std::optional<int64_t> statement_id;
  std::string stance;  // supports | denies | discusses | unrelated
  std::optional<Span> span;
  std::optional<std::string> speaker;
  std::optional<int64_t> speaker_entity_id;
  double confidence = 0;
  std::string method;
  std::optional<std::string> note;
};

// One mention as read, with its article.
struct MentionRow {
  int64_t id = 0;
  int64_t claim_id = 0;
  int64_t article_id = 0;
  int64_t revision_id = 0;
  int revision_number = 0;
  bool latest_revision = false;
  std::string level, stance, method;
  std::optional<int64_t> statement_id;
  std::optional<int64_t> span_start, span_end;
  std::optional<std::string> speaker;
  std::optional<int64_t> speaker_entity_id;
  double confidence = 0;
  std::optional<std::string> outlet, title, url, published;  // published: ISO at its precision
  std::optional<int64_t> published_at;                       // Unix seconds
  std::string precision;
  std::optional<std::string> evidence;                       // the body text of the span
  std::optional<std::string> cue;                            // statement level: its cue phrase
  std::optional<std::string> said_value, said_first_day, said_last_day;
};

// The columns a MentionRow is read from (read_mention_row), in a query that joins m
// (claim_mentions), r (revisions), a (articles), o (outlets) and s (statements). The
// evidence is not among them: it is the body text of the span, read apart.
const std::string& mention_row_columns();
inline constexpr int kMentionRowColumns = 25;
MentionRow read_mention_row(SQLite::Statement& q);

// A statement of a revision, as a scan needs it.
struct RevisionStatement {
  int64_t id = 0;
  Span span;
  std::string kind;
  std::optional<std::string> speaker;
  std::optional<int64_t> speaker_entity_id;
  std::optional<std::string> stance_cue;  // of the cue verb: "deny" flips what the content says
};

// A revision to scan.
struct RevisionText {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string body;
  std::string title;  // empty when the article has none
};

// A statement with what `claims suggest` clusters on.
struct SuggestRow {
  int64_t statement_id = 0;
  std::string text;
  std::string outlet;
  std::vector<int64_t> entities;  // its speaker and the entities mentioned inside it
};

class ClaimStore {
 public:
  explicit ClaimStore(Database& db) : db_(db) {}

  int64_t add(const std::string& text, const std::vector<std::string>& aliases, const std::string& origin,
              const std::string& now);
  void add_alias(int64_t claim_id, const std::string& text);
  std::vector<ClaimRow> list(bool include_merged);
  std::optional<ClaimRow> get(int64_t claim_id);
  // The claim a merged claim now lives in (itself when not merged).
  int64_t resolve(int64_t claim_id);

  // Moves every mention and alias of `from` to `into` (the text of `from` becomes an alias)
  // and marks `from` as merged. REQUIRES: an open write transaction.
  void merge(int64_t from, int64_t into);

  // Replaces the machine-made mentions of (claim, revision) with `mentions`.
  // REQUIRES: an open write transaction.
  void replace_machine_mentions(int64_t claim_id, int64_t revision_id, const std::vector<MentionInput>& mentions);
  // Writes a manual mention; replaces an earlier manual one on the same target.
  int64_t put_manual(const MentionInput& m);

  // Mentions of a claim, ordered by publication. Manual rows hide the machine rows of the
  // same target (article, or statement). With `as_of` (Unix seconds), only revisions
  // published by then, and of each article only its latest revision as of then; without
  // it, only each article's latest revision. Unrelated rows are dropped.
  std::vector<MentionRow> mentions(int64_t claim_id, std::optional<int64_t> as_of = std::nullopt);

  std::vector<RevisionStatement> statements_of(int64_t revision_id);
  std::optional<int64_t> latest_revision(int64_t article_id);
  // Ids of revisions to scan: all of them, or only those of one article.
  std::vector<int64_t> revision_ids();
  std::optional<RevisionText> revision(int64_t revision_id);
  std::optional<RevisionStatement> statement(int64_t statement_id, int64_t* revision_id);
  // Statements of every article's latest revision, for clustering into suggestions.
  std::vector<SuggestRow> suggest_rows();

 private:
  Database& db_;
};

}  // namespace claimline::store
