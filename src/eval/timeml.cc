#include "eval/timeml.h"

#include <algorithm>

#include "eval/xml_lite.h"
#include "util/error.h"

namespace claimline::timeml {
namespace {

// Appends the character data below `el` to doc->text and records every TIMEX3 with its
// extent. TIMEX3s are recorded when they close, so an inner one precedes its outer one.
void walk_text(const xml::Node& el, Document* doc) {
  const auto start = static_cast<uint32_t>(doc->text.size());
  for (const auto& child : el.children) {
    if (child.is_text()) {
      doc->text += child.text;
    } else {
      walk_text(child, doc);
    }
  }
  if (el.name != "TIMEX3") return;
  Timex t;
  t.span = Span(start, static_cast<uint32_t>(doc->text.size()));
  t.type = el.attribute_or("type");
  t.value = el.attribute_or("value");
  t.mod = el.attribute_or("mod");
  t.tid = el.attribute_or("tid");
  doc->timexes.push_back(std::move(t));
}

const xml::Node* find_creation_time(const xml::Node& root) {
  if (const xml::Node* dct = root.find("DCT")) {
    for (const xml::Node* t : dct->find_all("TIMEX3")) {
      if (t->attribute_or("functionInDocument") == "CREATION_TIME") return t;
    }
  }
  for (const xml::Node* t : root.find_all("TIMEX3")) {
    if (t->attribute_or("functionInDocument") == "CREATION_TIME") return t;
  }
  return nullptr;
}

}  // namespace

Document read(std::string_view source, std::string_view origin) {
  xml::Node root;
  try {
    root = xml::parse(source);
  } catch (const xml::ParseError& e) {
    throw Error::bad_input(std::string(origin) + ":" + std::to_string(e.line()) + ": " + e.what(),
                           "the file is not well-formed XML");
  }
  Document doc;
  if (const xml::Node* id = root.find("DOCID")) doc.doc_id = id->text_content();
  if (const xml::Node* dct = find_creation_time(root)) {
    doc.dct_value = dct->attribute_or("value");
    doc.dct_type = dct->attribute_or("type");
    doc.dct_text = dct->text_content();
  }
  std::vector<const xml::Node*> texts = root.find_all("TEXT");
  if (root.name == "TEXT") texts.insert(texts.begin(), &root);
  if (texts.size() != 1) {
    throw Error::bad_input(std::string(origin) + ": expected exactly one <TEXT> element, found " +
                           std::to_string(texts.size()));
  }
  walk_text(*texts[0], &doc);
  std::stable_sort(doc.timexes.begin(), doc.timexes.end(), [](const Timex& a, const Timex& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
  return doc;
}

std::string write(const Document& doc) {
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML>\n";
  if (!doc.doc_id.empty()) out += "<DOCID>" + xml::escape(doc.doc_id) + "</DOCID>\n";
  if (!doc.dct_value.empty()) {
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"" + xml::escape(doc.dct_type.empty() ? "DATE" : doc.dct_type, true) +
           "\" value=\"" + xml::escape(doc.dct_value, true) +
           "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" +
           xml::escape(doc.dct_text) + "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  const std::string_view text = doc.text;
  size_t pos = 0;
  int tid = 0;
  for (const Timex& t : doc.timexes) {
    out += xml::escape(text.substr(pos, t.span.start - pos));
    out += "<TIMEX3 tid=\"t" + std::to_string(++tid) + "\" type=\"" + xml::escape(t.type, true) +
           "\" value=\"" + xml::escape(t.value, true) + "\"";
    if (!t.mod.empty()) out += " mod=\"" + xml::escape(t.mod, true) + "\"";
    out += ">" + xml::escape(text.substr(t.span.start, t.span.size())) + "</TIMEX3>";
    pos = t.span.end;
  }
  out += xml::escape(text.substr(pos));
  out += "</TEXT>\n</TimeML>\n";
  return out;
}

}  // namespace claimline::timeml
