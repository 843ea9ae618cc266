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
  std::vector<std::string> texts;  // the same, as written
};

namespace {

// The variant (text or alias) that finds the passage most relevant.
stance::PassageStance best_passage(const std::vector<stance::StanceClaim>& variants, const stance::StanceText& text,
                                   Span span, uint32_t context_start) {
  stance::PassageStance best;
  for (const auto& v : variants) {
    const stance::PassageStance p = classify_passage(v, text, span, context_start);
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
// One side only decides. A denial has to restate what it denies, so denial outweighing
// support two to one still denies; support needs four to one, since an article that carries
// a real denial next to the claim reports both sides. Otherwise the article discusses it.
//
// An article whose headline is not about the claim takes a side only when at least two
// statements or passages do: one denial in passing in a story about something else is
// reported, not argued.
ArticleVerdict article_verdict(const std::vector<store::MentionInput>& mentions, bool headline_related) {
  double support = 0, deny = 0, discuss = 0;
  size_t sided = 0;
  for (const auto& m : mentions) {
    const double w = std::max(m.confidence, 0.1) * (m.level == "passage" ? 1.2 : 1.0);
    if (m.stance == "supports") support += w;
    else if (m.stance == "denies") deny += w;
    else discuss += w;
    sided += m.stance == "supports" || m.stance == "denies";
  }
  const double total = support + deny + discuss;
  if (support == 0 && deny == 0) return {Stance::kDiscusses, 0.5, "article.discusses-only"};
  if (!headline_related && sided < 2) return {Stance::kDiscusses, 0.5, "article.in-passing"};
  if (deny == 0 || support >= 4 * deny) return {Stance::kSupports, support / total, "article.supports"};
  if (support == 0 || deny >= 2 * support) return {Stance::kDenies, deny / total, "article.denies"};
  return {Stance::kDiscusses, (support + deny) / total, "article.both-sides"};
}

// Nouns that report a claim without making it: "angered by claims that troops were
// surrounded" carries the claim but does not assert it in the article's own voice.
constexpr std::string_view kReportingNouns[] = {"claim", "claims", "allegation", "allegations", "rumour",
                                                "rumours", "rumor", "rumors", "reports", "assertions"};

bool reports_a_claim(const Document& doc, Span span) {
  for (const Token& t : doc.tokens()) {
    if (t.start < span.start) continue;
    if (t.end > span.end) break;
    const std::string_view w = doc.lower(t);
    for (std::string_view n : kReportingNouns) {
      if (w == n) return true;
    }
  }
  return false;
}

// True when the headline is about the claim (any variant finds it related).
bool headline_related(const std::vector<stance::StanceClaim>& variants, const std::string& title) {
  if (title.empty()) return false;
  const Document doc(title);
  const stance::StanceText text = prepare_article(doc);
  for (const auto& v : variants) {
    if (classify_passage(v, text, Span(0, uint32_t(title.size()))).stance != Stance::kUnrelated) return true;
  }
  return false;
}

// Byte offset where the sentence before the one holding `at` starts (the context a
// statement may refer back to).
uint32_t previous_sentence_start(const Document& doc, uint32_t at) {
  const auto& sentences = doc.sentences();
  const auto it = std::upper_bound(sentences.begin(), sentences.end(), at,
                                   [](uint32_t a, const Sentence& s) { return a < s.start; });
  if (it == sentences.begin()) return at;
  const size_t index = size_t(it - sentences.begin()) - 1;  // the sentence holding `at`
  return index == 0 ? sentences[0].start : sentences[index - 1].start;
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
  p->texts.push_back(row->text);
  for (const auto& a : row->aliases) {
    p->variants.push_back(prepare_claim(a));
    p->texts.push_back(a);
  }
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
    if (!std::any_of(claim.texts.begin(), claim.texts.end(),
                     [&](const std::string& t) { return article_names_claim(t, doc); })) {
      claims_.replace_machine_mentions(claim_id, revision_id, out);
      continue;
    }
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
      const stance::PassageStance p =
          best_passage(claim.variants, text, st.span, previous_sentence_start(doc, st.span.start));
      if (p.stance == Stance::kUnrelated) continue;
      Stance content = p.stance;
      std::string_view rule = p.rule;
      if (content == Stance::kSupports && reports_a_claim(doc, st.span)) {
        content = Stance::kDiscusses;
        rule = "reported-claim";
      }
      const Stance s = speaker_stance(content, st.stance_cue);
      const std::string method = "passage." + std::string(rule) + (s != content ? "+deny-cue" : "");
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
      if (e.stance != Stance::kDiscusses && reports_a_claim(doc, e.span)) {
        out.push_back(mention("passage", Stance::kDiscusses, e.span, 0.5, "passage.reported-claim"));
      } else {
        out.push_back(mention("passage", e.stance, e.span, e.confidence, "passage." + std::string(e.rule)));
      }
      ++counts.passages;
    }
    if (!out.empty()) {
      const ArticleVerdict v = article_verdict(out, headline_related(claim.variants, rev->title));
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
