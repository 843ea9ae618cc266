// Saved HTML pages: metadata from JSON-LD NewsArticle, <meta> and <time>; the body from the
// <article> (or the densest block of paragraphs), without scripts, navigation, cookie
// banners and other clutter.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>

#include "ingest/fields.h"
#include "ingest/html_text.h"
#include "ingest/reader.h"

namespace claimline::ingest {
namespace {

using nlohmann::json;

struct OutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};
using Parsed = std::unique_ptr<GumboOutput, OutputDeleter>;

Parsed parse(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  return Parsed(gumbo_parse_with_options(&options, html.data(), html.size()));
}

const char* attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool is_element(const GumboNode* n, GumboTag tag) { return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag; }

void for_each_element(const GumboNode* n, const std::function<void(const GumboNode*)>& f) {
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
  if (n->type == GUMBO_NODE_ELEMENT) f(n);
  const GumboVector& kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
  for (unsigned i = 0; i < kids.length; ++i) for_each_element(static_cast<const GumboNode*>(kids.data[i]), f);
}

std::string raw_text(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    return n->v.text.text;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return {};
  std::string s;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) s += raw_text(static_cast<const GumboNode*>(kids.data[i]));
  return s;
}

bool is_skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

// Clutter by class or id: cookie banners, share bars, newsletters, related links, ads.
bool is_clutter(const GumboNode* n) {
  static constexpr const char* kWords[] = {"cookie", "consent", "banner", "newsletter", "subscribe",
                                           "share", "social", "related", "advert", "promo",
                                           "comment", "breadcrumb", "sidebar", "paywall", "popup",
                                           "modal", "skip-link", "sponsor"};
  for (const char* a : {"class", "id", "role"}) {
    const char* v = attr(n, a);
    if (!v) continue;
    std::string s(v);
    std::transform(s.begin(), s.end(), s.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    if (std::strcmp(a, "role") == 0 && (s == "navigation" || s == "banner" || s == "complementary" || s == "dialog")) return true;
    for (const char* w : kWords) {
      if (s.find(w) != std::string::npos) return true;
    }
  }
  return false;
}

// Collects text into paragraphs: each block element closes the current paragraph.
class TextCollector {
 public:
  void walk(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      for (const char* p = n->v.text.text; *p; ++p) current_ += *p == kBreak ? ' ' : *p;
      return;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
      current_ += ' ';
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = n->v.element.tag;
    if (is_skipped_tag(tag) || is_clutter(n) || attr(n, "hidden") != nullptr) return;
    if (tag == GUMBO_TAG_BR) {
      current_ += kBreak;
      return;
    }
    const bool block = is_block_tag(tag);
    if (block) flush();
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]));
    if (block) flush();
  }

  std::string text() {
    flush();
    std::string out;
    for (const auto& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }

  const std::vector<std::string>& paragraphs() {
    flush();
    return paragraphs_;
  }

 private:
  void flush() {
    // Collapse spaces within lines but keep <br> line breaks.
    std::string para;
    size_t start = 0;
    while (start <= current_.size()) {
      size_t nl = current_.find(kBreak, start);
      if (nl == std::string::npos) nl = current_.size();
      const std::string line = squash_spaces(std::string_view(current_).substr(start, nl - start));
      if (!line.empty()) {
        if (!para.empty()) para += '\n';
        para += line;
      }
      start = nl + 1;
    }
    if (!para.empty()) paragraphs_.push_back(std::move(para));
    current_.clear();
  }

  static constexpr char kBreak = '\x1e';  // a <br>, kept apart from newlines in text nodes
  std::string current_;
  std::vector<std::string> paragraphs_;
};

size_t paragraph_chars(const GumboNode* n) {
  size_t total = 0;
  for_each_element(n, [&](const GumboNode* e) {
    if (is_element(e, GUMBO_TAG_P)) total += raw_text(e).size();
  });
  return total;
}

// The element holding the article text: <article>, [itemprop=articleBody], <main>, else the
// element whose direct <p> children hold the most text, else <body>.
const GumboNode* main_node(const GumboNode* root) {
  const GumboNode* best = nullptr;
  size_t best_chars = 0;
  for_each_element(root, [&](const GumboNode* e) {
    const char* itemprop = attr(e, "itemprop");
    if (itemprop && std::strcmp(itemprop, "articleBody") == 0) {
      const size_t c = paragraph_chars(e) + 1000000;
      if (c > best_chars) { best = e; best_chars = c; }
    } else if (is_element(e, GUMBO_TAG_ARTICLE)) {
      const size_t c = paragraph_chars(e) + 500000;
      if (c > best_chars) { best = e; best_chars = c; }
    }
  });
  if (best) return best;
  for_each_element(root, [&](const GumboNode* e) {
    if (is_element(e, GUMBO_TAG_MAIN) && !best) best = e;
  });
  if (best) return best;
  for_each_element(root, [&](const GumboNode* e) {
    size_t direct = 0;
    const GumboVector& kids = e->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (is_element(k, GUMBO_TAG_P)) direct += raw_text(k).size();
    }
    if (direct > best_chars) { best = e; best_chars = direct; }
  });
  if (best) return best;
  const GumboNode* body = nullptr;
  for_each_element(root, [&](const GumboNode* e) {
    if (is_element(e, GUMBO_TAG_BODY) && !body) body = e;
  });
  return body ? body : root;
}

bool has_type(const json& o, std::initializer_list<const char*> types) {
  auto it = o.find("@type");
  if (it == o.end()) return false;
  auto match = [&](const json& t) {
    if (!t.is_string()) return false;
    const std::string s = t.get<std::string>();
    return std::any_of(types.begin(), types.end(), [&](const char* ty) { return s == ty; });
  };
  if (it->is_array()) return std::any_of(it->begin(), it->end(), match);
  return match(*it);
}

std::string jtext(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("name")) return jtext(v["name"]);
  if (v.is_object() && v.contains("@id")) return jtext(v["@id"]);
  if (v.is_array() && !v.empty()) {
    std::string s;
    for (const auto& e : v) {
      const std::string t = jtext(e);
      if (t.empty()) continue;
      if (!s.empty()) s += ", ";
      s += t;
    }
    return s;
  }
  return {};
}

// The NewsArticle object of the page's JSON-LD, or null.
json find_news_article(const GumboNode* root) {
  json found;
  std::function<void(const json&)> visit = [&](const json& v) {
    if (!found.is_null()) return;
    if (v.is_array()) {
      for (const auto& e : v) visit(e);
    } else if (v.is_object()) {
      if (has_type(v, {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                       "BlogPosting", "OpinionNewsArticle", "Report"})) {
        found = v;
        return;
      }
      if (v.contains("@graph")) visit(v["@graph"]);
    }
  };
  for_each_element(root, [&](const GumboNode* e) {
    if (!is_element(e, GUMBO_TAG_SCRIPT)) return;
    const char* type = attr(e, "type");
    if (!type || std::strstr(type, "ld+json") == nullptr) return;
    const json v = json::parse(raw_text(e), nullptr, false);
    if (!v.is_discarded()) visit(v);
  });
  return found;
}

struct Meta {
  std::string title_tag, h1;
  std::string og_title, site_name, og_url, canonical, published, author, time_datetime, app_name;
};

Meta read_meta(const GumboNode* root, const GumboNode* main) {
  Meta m;
  for_each_element(root, [&](const GumboNode* e) {
    if (is_element(e, GUMBO_TAG_TITLE) && m.title_tag.empty()) m.title_tag = squash_spaces(raw_text(e));
    if (is_element(e, GUMBO_TAG_H1) && m.h1.empty()) m.h1 = squash_spaces(raw_text(e));
    if (is_element(e, GUMBO_TAG_LINK)) {
      const char* rel = attr(e, "rel");
      const char* href = attr(e, "href");
      if (rel && href && std::strcmp(rel, "canonical") == 0) m.canonical = href;
    }
    if (!is_element(e, GUMBO_TAG_META)) return;
    const char* key = attr(e, "property");
    if (!key) key = attr(e, "name");
    if (!key) key = attr(e, "itemprop");
    const char* content = attr(e, "content");
    if (!key || !content) return;
    std::string k(key);
    std::transform(k.begin(), k.end(), k.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    auto set = [&](std::string& slot) { if (slot.empty()) slot = content; };
    if (k == "og:title" || k == "twitter:title") set(m.og_title);
    else if (k == "og:site_name") set(m.site_name);
    else if (k == "application-name") set(m.app_name);
    else if (k == "og:url") set(m.og_url);
    else if (k == "article:published_time" || k == "datepublished" || k == "pubdate" ||
             k == "publishdate" || k == "date" || k == "dc.date" || k == "dcterms.date" ||
             k == "dc.date.issued" || k == "sailthru.date" || k == "parsely-pub-date") set(m.published);
    else if (k == "author" || k == "article:author" || k == "byl" || k == "dc.creator") set(m.author);
  });
  for_each_element(main, [&](const GumboNode* e) {
    if (is_element(e, GUMBO_TAG_TIME) && m.time_datetime.empty()) {
      if (const char* dt = attr(e, "datetime")) m.time_datetime = dt;
    }
  });
  if (m.time_datetime.empty()) {
    for_each_element(root, [&](const GumboNode* e) {
      if (is_element(e, GUMBO_TAG_TIME) && m.time_datetime.empty()) {
        if (const char* dt = attr(e, "datetime")) m.time_datetime = dt;
      }
    });
  }
  return m;
}

const std::string& first_nonempty(std::initializer_list<const std::string*> values) {
  static const std::string kEmpty;
  for (const auto* v : values) {
    if (!v->empty()) return *v;
  }
  return kEmpty;
}

bool ieq_prefix(std::string_view s, size_t at, std::string_view prefix) {
  if (at + prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[at + i])) != prefix[i]) return false;
  }
  return true;
}

// Elements that never hold children, or that a start tag of their own kind closes: they
// do not deepen the tree.
bool is_flat_tag(std::string_view t) {
  static constexpr std::string_view kFlat[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead",
      "tfoot", "colgroup", "rt", "rp", "caption"};
  for (std::string_view f : kFlat) {
    if (t == f) return true;
  }
  return false;
}

// The deepest nesting of `html`'s elements; *line (1-based) where it first passes `limit`.
size_t html_depth(std::string_view html, size_t limit, size_t* line) {
  size_t depth = 0, deepest = 0, lines = 1;
  size_t i = 0;
  auto skip_to = [&](std::string_view end) {
    size_t j = i;
    while (j < html.size() && !ieq_prefix(html, j, end)) ++j;
    for (size_t k = i; k < j && k < html.size(); ++k) lines += html[k] == '\n';
    i = std::min(html.size(), j + end.size());
  };
  while (i < html.size()) {
    const char c = html[i];
    if (c == '\n') ++lines;
    if (c != '<') {
      ++i;
      continue;
    }
    if (ieq_prefix(html, i, "<!--")) {
      skip_to("-->");
      continue;
    }
    const bool end = i + 1 < html.size() && html[i + 1] == '/';
    size_t j = i + 1 + (end ? 1 : 0);
    std::string name;
    while (j < html.size() && name.size() < 16 && std::isalnum(static_cast<unsigned char>(html[j]))) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j])));
      ++j;
    }
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) {
      ++i;
      continue;
    }
    i = j;
    skip_to(">");
    const bool self_closing = i >= 2 && html[i - 2] == '/';
    if (!end && (name == "script" || name == "style" || name == "textarea" || name == "title" ||
                 name == "xmp" || name == "plaintext")) {
      skip_to("</" + name);
      continue;
    }
    if (is_flat_tag(name) || self_closing) continue;
    if (end) {
      if (depth > 0) --depth;
      continue;
    }
    if (++depth > deepest) {
      deepest = depth;
      if (deepest == limit + 1) *line = lines;
    }
  }
  return deepest;
}

// The depth of the parsed tree, without recursion.
size_t tree_depth(const GumboNode* root) {
  size_t deepest = 0;
  std::vector<std::pair<const GumboNode*, size_t>> todo = {{root, 1}};
  while (!todo.empty()) {
    const auto [n, depth] = todo.back();
    todo.pop_back();
    deepest = std::max(deepest, depth);
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector& kids = n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    for (unsigned k = 0; k < kids.length; ++k) todo.push_back({static_cast<const GumboNode*>(kids.data[k]), depth + 1});
  }
  return deepest;
}

// The parser can add elements the tags do not name (implied <tbody>, reopened formatting
// elements); beyond this the recursive walks below are refused the tree.
constexpr size_t kMaxTreeDepth = 8 * kMaxHtmlDepth;

}  // namespace

std::optional<HtmlDepthProblem> html_too_deep(std::string_view html) {
  size_t line = 0;
  if (html_depth(html, kMaxHtmlDepth, &line) <= kMaxHtmlDepth) return std::nullopt;
  return HtmlDepthProblem{line, "HTML nested deeper than " + std::to_string(kMaxHtmlDepth) + " levels"};
}

std::string html_fragment_text(std::string_view html) {
  Parsed out = parse(html);
  if (tree_depth(out->root) > kMaxTreeDepth) return {};
  TextCollector c;
  c.walk(out->root);
  return c.text();
}

void read_html(std::string_view content, std::string_view name, ReadResult* out) {
  if (auto deep = html_too_deep(content)) {
    out->problems.push_back({std::string(name) + ":" + std::to_string(deep->line), deep->message});
    return;
  }
  Parsed parsed = parse(content);
  const GumboNode* root = parsed->root;
  if (tree_depth(root) > kMaxTreeDepth) {
    out->problems.push_back({std::string(name) + ":1", "HTML nested deeper than " + std::to_string(kMaxTreeDepth) +
                                                            " levels once parsed"});
    return;
  }
  const GumboNode* main = main_node(root);
  const Meta m = read_meta(root, main);
  const json ld = find_news_article(root);
  auto ld_text = [&](const char* key) { return ld.is_object() && ld.contains(key) ? jtext(ld[key]) : std::string(); };
  const std::string ld_headline = ld_text("headline"), ld_date = ld_text("datePublished"),
                    ld_author = ld_text("author"), ld_publisher = ld_text("publisher"),
                    ld_url = ld_text("url"), ld_body = ld_text("articleBody");

  ArticleInput a;
  a.origin = std::string(name);
  a.format = "html";
  const std::string& title = first_nonempty({&ld_headline, &m.og_title, &m.h1, &m.title_tag});
  const std::string& outlet = first_nonempty({&ld_publisher, &m.site_name, &m.app_name});
  const std::string& url = first_nonempty({&m.canonical, &m.og_url, &ld_url});
  const std::string& author = first_nonempty({&ld_author, &m.author});
  const std::string& published = first_nonempty({&ld_date, &m.published, &m.time_datetime});
  for (auto [field, value] : {std::pair{Field::kTitle, &title}, {Field::kOutlet, &outlet},
                              {Field::kUrl, &url}, {Field::kAuthor, &author}}) {
    set_field(&a, field, *value);
  }
  if (auto err = set_field(&a, Field::kPublished, published)) {
    out->problems.push_back({std::string(name) + ":1", *err});
    return;
  }
  if (!a.outlet && a.url) a.outlet = *a.url;  // the store reduces a URL to its outlet

  TextCollector collector;
  collector.walk(main);
  std::vector<std::string> paragraphs = collector.paragraphs();
  // The headline repeated at the top of the article is title, not body.
  if (!paragraphs.empty() && a.title && squash_spaces(paragraphs.front()) == *a.title) paragraphs.erase(paragraphs.begin());
  std::string body;
  for (const auto& p : paragraphs) {
    if (!body.empty()) body += "\n\n";
    body += p;
  }
  if (body.size() < ld_body.size() / 2) body = ld_body;
  a.body = normalize_body(body);
  out->articles.push_back(std::move(a));
}

}  // namespace claimline::ingest
