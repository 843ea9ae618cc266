#include "eval/meantime.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "eval/xml_lite.h"
#include "util/error.h"

namespace claimline::eval {
namespace {

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& what) {
  throw Error::bad_input(path.string() + ": " + what, "a MEANTIME CAT XML file is expected");
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) refuse(path, "cannot open file for reading");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool valid_value(const std::string& v, std::initializer_list<std::string_view> allowed) {
  if (v.empty()) return true;
  return std::find(allowed.begin(), allowed.end(), v) != allowed.end();
}

void read_tokens(const std::filesystem::path& path, const xml::Node& root, CatDocument* doc,
                 std::unordered_map<std::string, size_t>* index) {
  for (const auto& n : root.children) {
    if (!n.is_element() || n.name != "token") continue;
    CatToken t;
    t.t_id = n.attribute_or("t_id");
    if (t.t_id.empty() || index->count(t.t_id)) refuse(path, "token without t_id or duplicate t_id " + t.t_id);
    try {
      size_t used = 0;
      const std::string s = n.attribute_or("sentence");
      t.sentence = std::stoi(s, &used);
      if (used != s.size()) throw std::invalid_argument(s);
    } catch (const std::exception&) {
      refuse(path, "token " + t.t_id + " has no integer sentence attribute");
    }
    t.text = n.text_content();
    t.source_start = n.source_start;
    t.source_end = n.source_end;
    index->emplace(t.t_id, doc->tokens.size());
    doc->tokens.push_back(std::move(t));
  }
}

struct Markables {
  std::map<std::string, const xml::Node*> by_mid;  // EVENT_MENTION and EVENT, and other m_ids
  std::vector<const xml::Node*> mentions;
};

Markables read_markables(const std::filesystem::path& path, const xml::Node& root,
                         const std::unordered_map<std::string, size_t>& tokens) {
  Markables m;
  const xml::Node* markables = root.find("Markables");
  if (!markables) return m;
  for (const auto& el : markables->children) {
    if (!el.is_element()) continue;
    const std::string mid = el.attribute_or("m_id");
    if (el.name != "EVENT_MENTION" && el.name != "EVENT") {
      if (!mid.empty()) m.by_mid.emplace(mid, &el);
      continue;
    }
    if (mid.empty()) refuse(path, "<" + el.name + "> without m_id");
    if (m.by_mid.count(mid) && (m.by_mid[mid]->name == "EVENT_MENTION" || m.by_mid[mid]->name == "EVENT"))
      refuse(path, "duplicate m_id " + mid);
    m.by_mid[mid] = &el;
    if (el.name == "EVENT") continue;
    const auto anchors = el.find_all("token_anchor");
    if (anchors.empty()) refuse(path, "EVENT_MENTION m_id=" + mid + " has no token_anchor");
    for (const auto* a : anchors) {
      if (!tokens.count(a->attribute_or("t_id"))) refuse(path, "EVENT_MENTION m_id=" + mid + " anchors to an unknown token");
    }
    m.mentions.push_back(&el);
  }
  return m;
}

CatMention make_mention(const std::filesystem::path& path, const xml::Node& el, const CatDocument& doc,
                        const std::unordered_map<std::string, size_t>& tokens) {
  CatMention m;
  m.m_id = el.attribute_or("m_id");
  m.polarity = el.attribute_or("polarity");
  m.time = el.attribute_or("time");
  m.certainty = el.attribute_or("certainty");
  if (!valid_value(m.polarity, {"POS", "NEG", "UNDERSPECIFIED"}) ||
      !valid_value(m.time, {"FUTURE", "NON_FUTURE", "PAST", "UNDERSPECIFIED"}) ||
      !valid_value(m.certainty, {"CERTAIN", "PROBABLE", "POSSIBLE", "UNDERSPECIFIED"})) {
    refuse(path, "EVENT_MENTION m_id=" + m.m_id + " has an attribute value outside the MEANTIME lists");
  }
  // The first token: lowest sentence, then lowest numeric t_id (the scorer's order).
  std::pair<int, long> first{1 << 30, 0};
  for (const auto* a : el.find_all("token_anchor")) {
    const std::string id = a->attribute_or("t_id");
    m.tokens.push_back(id);
    long num = 0;
    const bool numeric = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (numeric) num = std::stol(id);
    first = std::min(first, std::pair<int, long>{doc.tokens[tokens.at(id)].sentence, num});
  }
  m.sentence = first.first;
  return m;
}

// REFERS_TO relations: each mention's instance keys.
void read_instances(const std::filesystem::path& path, const xml::Node& root, const Markables& mk, CatDocument* doc) {
  std::map<std::string, std::set<std::string>> inst;
  if (const xml::Node* rel = root.find("Relations")) {
    for (const auto& r : rel->children) {
      if (!r.is_element() || r.name != "REFERS_TO") continue;
      const auto targets = r.find_all("target");
      if (targets.size() != 1 || targets[0]->attribute_or("m_id").empty())
        refuse(path, "REFERS_TO needs exactly one <target m_id=...>");
      const std::string tid = targets[0]->attribute_or("m_id");
      std::vector<std::string> sources;
      for (const auto* s : r.find_all("source")) sources.push_back(s->attribute_or("m_id"));
      if (!mk.by_mid.count(tid)) refuse(path, "REFERS_TO names an unknown m_id " + tid);
      for (const auto& s : sources) {
        if (!mk.by_mid.count(s)) refuse(path, "REFERS_TO names an unknown m_id " + s);
      }
      const xml::Node* target = mk.by_mid.at(tid);
      const bool all_mentions = std::all_of(sources.begin(), sources.end(),
                                            [&](const std::string& s) { return mk.by_mid.at(s)->name == "EVENT_MENTION"; });
      const bool any_mention = std::any_of(sources.begin(), sources.end(),
                                           [&](const std::string& s) { return mk.by_mid.at(s)->name == "EVENT_MENTION"; });
      if (target->name == "EVENT") {
        if (!all_mentions || sources.empty()) refuse(path, "REFERS_TO to EVENT m_id=" + tid + " must have EVENT_MENTION sources only");
        const std::string iid = target->attribute_or("instance_id");
        const std::string key = iid.empty() ? "L:" + doc->file_name + ":" + tid : "I:" + iid;
        for (const auto& s : sources) inst[s].insert(key);
      } else if (any_mention) {
        refuse(path, "REFERS_TO from an EVENT_MENTION to a <" + target->name + "> (must be EVENT)");
      }
    }
  }
  for (auto& m : doc->mentions) {
    const auto it = inst.find(m.m_id);
    if (it == inst.end()) m.instances = {"S:" + doc->file_name + ":" + m.m_id};
    else m.instances.assign(it->second.begin(), it->second.end());
  }
}

bool no_space_before(std::string_view t) {
  return t == "," || t == "." || t == ";" || t == ":" || t == "!" || t == "?" || t == ")" || t == "]" ||
         t == "}" || t == "%" || t == "'s" || t == "'re" || t == "'ve" || t == "'ll" || t == "'d" || t == "'m" ||
         t == "n't" || t == "\xE2\x80\x99s" || t == "''";
}
bool no_space_after(std::string_view t) { return t == "(" || t == "[" || t == "{" || t == "$" || t == "``"; }

}  // namespace

CatDocument read_cat(const std::filesystem::path& path) {
  CatDocument doc;
  doc.file_name = path.filename().string();
  doc.source = slurp(path);
  xml::Node root;
  try {
    root = xml::parse(doc.source);
  } catch (const xml::ParseError& e) {
    refuse(path, "line " + std::to_string(e.line()) + ": " + e.what());
  }
  if (root.name != "Document" || root.attribute_or("doc_id").empty()) refuse(path, "root must be <Document doc_id=...>");
  doc.doc_id = root.attribute_or("doc_id");
  std::unordered_map<std::string, size_t> tokens;
  read_tokens(path, root, &doc, &tokens);
  const Markables mk = read_markables(path, root, tokens);
  for (const auto* el : mk.mentions) doc.mentions.push_back(make_mention(path, *el, doc, tokens));
  read_instances(path, root, mk, &doc);
  if (const xml::Node* markables = root.find("Markables")) {
    for (const auto& el : markables->children) {
      if (el.is_element() && el.name == "TIMEX3" && el.attribute_or("functionInDocument") == "CREATION_TIME") {
        doc.creation_time = el.attribute_or("value");
      }
    }
  }
  return doc;
}

JoinedText join_tokens(const CatDocument& doc) {
  JoinedText j;
  j.token_spans.reserve(doc.tokens.size());
  bool open_quote = false;  // straight double quotes alternate opening and closing
  std::string_view prev;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const CatToken& t = doc.tokens[i];
    if (i > 0) {
      if (t.sentence != doc.tokens[i - 1].sentence) {
        j.text += '\n';
        open_quote = false;
      } else {
        const bool closing_quote = t.text == "\"" && open_quote;
        const bool after_open = no_space_after(prev) || (prev == "\"" && open_quote);
        if (!no_space_before(t.text) && !closing_quote && !after_open) j.text += ' ';
      }
    }
    if (t.text == "\"") open_quote = !open_quote;
    const auto start = static_cast<uint32_t>(j.text.size());
    j.text += t.text;
    j.token_spans.emplace_back(start, static_cast<uint32_t>(j.text.size()));
    prev = t.text;
  }
  return j;
}

std::string prediction_xml(const CatDocument& doc, const std::vector<PredictedMention>& mentions) {
  std::string out;
  // The declaration and the root's start tag, as in the gold file.
  const size_t root = doc.source.find("<Document");
  size_t gt = root;
  char quote = 0;
  for (; gt < doc.source.size(); ++gt) {
    const char c = doc.source[gt];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
  }
  out.append(doc.source, 0, gt + 1);
  out += '\n';
  for (const auto& t : doc.tokens) {
    out.append(doc.source, t.source_start, t.source_end - t.source_start);
    out += '\n';
  }
  out += "<Markables>\n";
  std::map<std::string, std::vector<size_t>> by_instance;
  size_t mid = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const auto& m = mentions[i];
    out += "<EVENT_MENTION m_id=\"" + std::to_string(++mid) + "\"";
    auto attr = [&](const char* name, const std::string& v) {
      if (!v.empty()) out += std::string(" ") + name + "=\"" + xml::escape(v, true) + "\"";
    };
    attr("polarity", m.polarity);
    attr("time", m.time);
    attr("certainty", m.certainty);
    attr("status", m.status);
    attr("pred", m.pred);
    out += ">";
    for (size_t t : m.tokens) out += "<token_anchor t_id=\"" + xml::escape(doc.tokens[t].t_id, true) + "\"/>";
    out += "</EVENT_MENTION>\n";
    if (!m.instance.empty()) by_instance[m.instance].push_back(i + 1);
  }
  std::vector<std::pair<size_t, std::vector<size_t>>> events;
  for (const auto& [key, ms] : by_instance) {
    events.emplace_back(++mid, ms);
    out += "<EVENT m_id=\"" + std::to_string(mid) + "\" instance_id=\"" + xml::escape(key, true) + "\"/>\n";
  }
  out += "</Markables>\n<Relations>\n";
  size_t rid = 0;
  for (const auto& [event, ms] : events) {
    out += "<REFERS_TO r_id=\"" + std::to_string(++rid) + "\">";
    for (size_t m : ms) out += "<source m_id=\"" + std::to_string(m) + "\"/>";
    out += "<target m_id=\"" + std::to_string(event) + "\"/></REFERS_TO>\n";
  }
  out += "</Relations>\n</Document>\n";
  return out;
}

}  // namespace claimline::eval
