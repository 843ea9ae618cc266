#include "ingest/claim_scanner.h"

#include <algorithm>

#include "extract/document.h"
#include "extract/stance.h"
#include "model/stance.h"
#include "util/error.h"

namespace claimline::ingest {

// A claim analysed once: its text and each alias, as the stance classifier reads them.
struct ClaimScanner::Prepared {
  std::vector<stance::StanceClaim> variants;
};

namespace {

// The variant (text or alias) that finds the passage most relevant.
stance::PassageStance best_passage(const std::vector<stance::StanceClaim>& variants, const stance::StanceText& text,
                                   Span span) {
  stance::PassageStance best;
  for (const auto& v : variants) {
    const stance::PassageStance p = classify_passage(v, text, span);
    if (p.stance != Stance::kUnrelated && (best.stance == Stance::kUnrelated || p.relevance > best.relevance)) best = p;
  }
  return best;
}

StanceResult best_article(const std::vector<stance::StanceClaim>& variants, const stance::StanceText& text) {
  StanceResult best;
  for (const auto& v : variants) {
    StanceResult r = classify_stance(v, text);
    if (best.stance == Stance::kUnrelated || (r.stance != Stance::kUnrelated && r.confidence > best.confidence)) {
      best = std::move(r);
    }
  }
  return best;
}

// The speaker's stance: what the content says, turned around when the speaker denies it
// ("Zelenskyy denied that any units had been encircled").
Stance speaker_stance(Stance content, const std::optional<std::string>& stance_cue) {
  if (stance_cue && *stance_cue == "deny") {
    if (content == Stance::kSupports) return Stance::kDenies;
    if (content == Stance::kDenies) return Stance::kSupports;
  }
  return content;
}

struct ArticleVerdict {
  Stance stance = Stance::kDiscusses;
  double confidence = 0;
  const char* rule = "";
};

// The article's own stance from what it carries: support and denial weighed by confidence.
// One side only, or one side outweighing the other two to one, decides; otherwise the
// article reports both sides and so discusses the claim.
ArticleVerdict article_verdict(const std::vector<store::MentionInput>& mentions) {
  double support = 0, deny = 0, discuss = 0;
  for (const auto& m : mentions) {
    const double w = std::max(m.confidence, 0.1) * (m.level == "passage" ? 1.2 : 1.0);
    if (m.stance == "supports") support += w;
    else if (m.stance == "denies") deny += w;
    else discuss += w;
  }
  const double total = support + deny + discuss;
  if (support == 0 && deny == 0) return {Stance::kDiscusses, 0.5, "article.discusses-only"};
  if (deny == 0 || support >= 2 * deny) return {Stance::kSupports, support / total, "article.supports"};
  if (support == 0 || deny >= 2 * support) return {Stance::kDenies, deny / total, "article.denies"};
  return {Stance::kDiscusses, (support + deny) / total, "article.both-sides"};
}

bool inside_any(Span s, const std::vector<store::RevisionStatement>& statements) {
  return std::any_of(statements.begin(), statements.end(), [&](const auto& st) { return st.span.overlaps(s); });
}

}  // namespace

ClaimScanner::ClaimScanner(store::Database& db) : db_(db), claims_(db) {}
ClaimScanner::~ClaimScanner() = default;

std::vector<int64_t> ClaimScanner::active_claims() {
  std::vector<int64_t> ids;
  for (const auto& c : claims_.list(false)) ids.push_back(c.id);
  return ids;
}

const ClaimScanner::Prepared& ClaimScanner::prepared(int64_t claim_id) {
  for (const auto& [id, p] : cache_) {
    if (id == claim_id) return *p;
  }
  auto row = claims_.get(claim_id);
  if (!row) throw Error::not_found("no claim " + std::to_string(claim_id), "'claimline claims list' shows them");
  auto p = std::make_unique<Prepared>();
  p->variants.push_back(prepare_claim(row->text));
  for (const auto& a : row->aliases) p->variants.push_back(prepare_claim(a));
  cache_.emplace_back(claim_id, std::move(p));
  return *cache_.back().second;
}

ScanCounts ClaimScanner::scan(int64_t revision_id, const std::vector<int64_t>& claim_ids) {
  ScanCounts counts;
  if (claim_ids.empty()) return counts;
  auto rev = claims_.revision(revision_id);
  if (!rev) return counts;
  const Document doc(rev->body);
  const stance::StanceText text = prepare_article(doc);
  const auto statements = claims_.statements_of(revision_id);
  ++counts.revisions;
  for (int64_t claim_id : claim_ids) {
    const Prepared& claim = prepared(claim_id);
    std::vector<store::MentionInput> out;
    auto mention = [&](const std::string& level, Stance s, std::optional<Span> span, double confidence,
                       std::string_view method) {
      store::MentionInput m;
      m.claim_id = claim_id;
      m.revision_id = revision_id;
      m.level = level;
      m.stance = std::string(stance_name(s));
      m.span = span;
      m.confidence = confidence;
      m.method = std::string(method);
      return m;
    };
    for (const auto& st : statements) {
      const stance::PassageStance p = best_passage(claim.variants, text, st.span);
      if (p.stance == Stance::kUnrelated) continue;
      const Stance s = speaker_stance(p.stance, st.stance_cue);
      const std::string method = "passage." + std::string(p.rule) + (s != p.stance ? "+deny-cue" : "");
      store::MentionInput m = mention("statement", s, st.span, p.confidence, method);
      m.statement_id = st.id;
      m.speaker = st.speaker;
      m.speaker_entity_id = st.speaker_entity_id;
      out.push_back(std::move(m));
      ++counts.statements;
    }
    const StanceResult article = best_article(claim.variants, text);
    for (const auto& e : article.evidence) {
      if (inside_any(e.span, statements)) continue;
      out.push_back(mention("passage", e.stance, e.span, e.confidence, "passage." + std::string(e.rule)));
      ++counts.passages;
    }
    if (!out.empty()) {
      const ArticleVerdict v = article_verdict(out);
      out.insert(out.begin(), mention("article", v.stance, std::nullopt, v.confidence, v.rule));
      ++counts.articles;
    }
    claims_.replace_machine_mentions(claim_id, revision_id, out);
  }
  return counts;
}

ScanCounts ClaimScanner::scan_revision(int64_t revision_id) { return scan(revision_id, active_claims()); }

ScanCounts ClaimScanner::scan_all(std::optional<int64_t> claim_id, const std::function<void(size_t, size_t)>& progress) {
  const std::vector<int64_t> claim_ids = claim_id ? std::vector<int64_t>{claims_.resolve(*claim_id)} : active_claims();
  for (int64_t id : claim_ids) prepared(id);  // fail early on an unknown id
  const std::vector<int64_t> revisions = claims_.revision_ids();
  ScanCounts total;
  for (size_t i = 0; i < revisions.size(); ++i) {
    store::Transaction tx(db_);
    const ScanCounts c = scan(revisions[i], claim_ids);
    tx.commit();
    total.revisions += c.revisions;
    total.articles += c.articles;
    total.statements += c.statements;
    total.passages += c.passages;
    if (progress) progress(i + 1, revisions.size());
  }
  return total;
}

}  // namespace claimline::ingest
