#include "eval/xml_lite.h"

#include <algorithm>

#include "util/utf8.h"

namespace claimline::xml {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_name_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == ':' || c == '-' || c == '.' || u >= 0x80;
}

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  Node parse_document() {
    skip_misc();
    if (done() || s_[i_] != '<') fail("expected the root element");
    Node root = parse_element();
    skip_misc();
    if (!done()) fail("content after the root element");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw ParseError(what, i_, utf8::line_of(s_, i_));
  }
  bool done() const { return i_ >= s_.size(); }
  bool starts_with(std::string_view p) const { return s_.substr(i_, p.size()) == p; }
  void skip_spaces() {
    while (!done() && is_space(s_[i_])) ++i_;
  }
  // Skips past the next occurrence of `terminator`, or fails naming `what`.
  void skip_past(std::string_view terminator, const char* what) {
    const size_t at = s_.find(terminator, i_);
    if (at == std::string_view::npos) fail(std::string("unterminated ") + what);
    i_ = at + terminator.size();
  }

  // Whitespace, comments, processing instructions and a DOCTYPE outside the root.
  void skip_misc() {
    for (;;) {
      skip_spaces();
      if (starts_with("<?")) {
        skip_past("?>", "processing instruction");
      } else if (starts_with("<!--")) {
        skip_past("-->", "comment");
      } else if (starts_with("<!DOCTYPE")) {
        skip_doctype();
      } else {
        return;
      }
    }
  }

  void skip_doctype() {
    int depth = 0;
    while (!done()) {
      const char c = s_[i_++];
      if (c == '[') ++depth;
      if (c == ']') --depth;
      if (c == '>' && depth <= 0) return;
    }
    fail("unterminated DOCTYPE");
  }

  std::string parse_name() {
    const size_t start = i_;
    while (!done() && is_name_char(s_[i_])) ++i_;
    if (i_ == start) fail("expected a name");
    return std::string(s_.substr(start, i_ - start));
  }

  // Decodes one reference starting at '&' and appends it to `out`.
  void parse_reference(std::string* out) {
    const size_t semi = s_.find(';', i_);
    if (semi == std::string_view::npos || semi - i_ > 12) fail("bad entity reference");
    const std::string_view ref = s_.substr(i_ + 1, semi - i_ - 1);
    if (ref == "amp") out->push_back('&');
    else if (ref == "lt") out->push_back('<');
    else if (ref == "gt") out->push_back('>');
    else if (ref == "quot") out->push_back('"');
    else if (ref == "apos") out->push_back('\'');
    else if (ref.size() >= 2 && ref[0] == '#') append_char_ref(ref, out);
    else fail("unknown entity &" + std::string(ref) + ";");
    i_ = semi + 1;
  }

  void append_char_ref(std::string_view ref, std::string* out) {
    const bool hex = ref[1] == 'x';
    uint32_t cp = 0;
    const std::string_view digits = ref.substr(hex ? 2 : 1);
    if (digits.empty()) fail("bad character reference");
    for (char c : digits) {
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else fail("bad character reference");
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
      if (cp > 0x10FFFF) fail("character reference out of range");
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) fail("character reference out of range");
    utf8::append(out, static_cast<char32_t>(cp));
  }

  // Appends raw character data s_[from, to) to `out`, normalising line ends.
  static void append_normalised(std::string_view raw, std::string* out, bool in_attribute) {
    for (size_t k = 0; k < raw.size(); ++k) {
      char c = raw[k];
      if (c == '\r') {
        if (k + 1 < raw.size() && raw[k + 1] == '\n') ++k;
        c = '\n';
      }
      if (in_attribute && (c == '\n' || c == '\t')) c = ' ';
      out->push_back(c);
    }
  }

  std::string parse_attribute_value() {
    if (done() || (s_[i_] != '"' && s_[i_] != '\'')) fail("expected a quoted attribute value");
    const char quote = s_[i_++];
    std::string value;
    for (;;) {
      if (done()) fail("unterminated attribute value");
      const char c = s_[i_];
      if (c == quote) break;
      if (c == '<') fail("'<' in attribute value");
      if (c == '&') {
        parse_reference(&value);
        continue;
      }
      const size_t start = i_;
      while (!done() && s_[i_] != quote && s_[i_] != '&' && s_[i_] != '<') ++i_;
      append_normalised(s_.substr(start, i_ - start), &value, true);
    }
    ++i_;
    return value;
  }

  // At '<' of a start tag; returns when past its end tag.
  Node parse_element() {
    Node el;
    el.kind = Node::Kind::kElement;
    el.source_start = static_cast<uint32_t>(i_);
    ++i_;
    el.name = parse_name();
    for (;;) {
      const bool had_space = !done() && is_space(s_[i_]);
      skip_spaces();
      if (done()) fail("unterminated start tag <" + el.name + ">");
      if (starts_with("/>")) {
        i_ += 2;
        el.source_end = static_cast<uint32_t>(i_);
        return el;
      }
      if (s_[i_] == '>') {
        ++i_;
        break;
      }
      if (!had_space) fail("expected a space before an attribute");
      Attribute a;
      a.name = parse_name();
      skip_spaces();
      if (done() || s_[i_] != '=') fail("expected '=' after attribute " + a.name);
      ++i_;
      skip_spaces();
      a.value = parse_attribute_value();
      for (const auto& other : el.attributes) {
        if (other.name == a.name) fail("duplicate attribute " + a.name);
      }
      el.attributes.push_back(std::move(a));
    }
    parse_content(&el);
    return el;
  }

  // Children of `el` up to and including its end tag.
  void parse_content(Node* el) {
    Node* text = nullptr;  // the open text node, to merge adjacent character data
    for (;;) {
      if (done()) fail("missing end tag </" + el->name + ">");
      if (starts_with("</")) {
        i_ += 2;
        const std::string name = parse_name();
        if (name != el->name) fail("end tag </" + name + "> does not match <" + el->name + ">");
        skip_spaces();
        if (done() || s_[i_] != '>') fail("bad end tag </" + name + ">");
        ++i_;
        el->source_end = static_cast<uint32_t>(i_);
        return;
      }
      if (starts_with("<!--")) {
        skip_past("-->", "comment");
        continue;
      }
      if (starts_with("<?")) {
        skip_past("?>", "processing instruction");
        continue;
      }
      if (starts_with("<![CDATA[")) {
        text = open_text(el, text);
        const size_t start = i_ + 9;
        skip_past("]]>", "CDATA section");
        append_normalised(s_.substr(start, i_ - 3 - start), &text->text, false);
        text->source_end = static_cast<uint32_t>(i_);
        continue;
      }
      if (s_[i_] == '<') {
        el->children.push_back(parse_element());
        text = nullptr;
        continue;
      }
      text = open_text(el, text);
      if (s_[i_] == '&') {
        parse_reference(&text->text);
      } else {
        const size_t start = i_;
        while (!done() && s_[i_] != '<' && s_[i_] != '&') ++i_;
        append_normalised(s_.substr(start, i_ - start), &text->text, false);
      }
      text->source_end = static_cast<uint32_t>(i_);
    }
  }

  Node* open_text(Node* el, Node* text) {
    if (text != nullptr) return text;
    Node t;
    t.kind = Node::Kind::kText;
    t.source_start = static_cast<uint32_t>(i_);
    t.source_end = static_cast<uint32_t>(i_);
    el->children.push_back(std::move(t));
    return &el->children.back();
  }

  std::string_view s_;
  size_t i_ = 0;
};

void collect_text(const Node& n, std::string* out) {
  if (n.is_text()) {
    out->append(n.text);
    return;
  }
  for (const auto& c : n.children) collect_text(c, out);
}

void collect_named(const Node& n, std::string_view name, std::vector<const Node*>* out) {
  for (const auto& c : n.children) {
    if (!c.is_element()) continue;
    if (c.name == name) out->push_back(&c);
    collect_named(c, name, out);
  }
}

}  // namespace

const std::string* Node::attribute(std::string_view attr_name) const {
  for (const auto& a : attributes) {
    if (a.name == attr_name) return &a.value;
  }
  return nullptr;
}

std::string Node::attribute_or(std::string_view attr_name, std::string_view fallback) const {
  const std::string* v = attribute(attr_name);
  return v ? *v : std::string(fallback);
}

std::string Node::text_content() const {
  std::string out;
  collect_text(*this, &out);
  return out;
}

const Node* Node::find(std::string_view element_name) const {
  for (const auto& c : children) {
    if (!c.is_element()) continue;
    if (c.name == element_name) return &c;
    if (const Node* hit = c.find(element_name)) return hit;
  }
  return nullptr;
}

std::vector<const Node*> Node::find_all(std::string_view element_name) const {
  std::vector<const Node*> out;
  collect_named(*this, element_name, &out);
  return out;
}

Node parse(std::string_view source) { return Parser(source).parse_document(); }

std::string escape(std::string_view text, bool in_attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (in_attribute) {
          out += "&quot;";
          break;
        }
        [[fallthrough]];
      default: out.push_back(c);
    }
  }
  return out;
}

}  // namespace claimline::xml
