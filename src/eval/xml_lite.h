// A small, strict XML reader for annotated corpora (TimeML, MEANTIME CAT): elements,
// attributes, character data, and where each node lies in the source. Not a validating
// parser: no DTDs, no namespaces beyond keeping a prefix in the name, no external entities.
//
// What the reader does, as the XML specification asks of every parser:
// - line ends "\r\n" and lone "\r" become "\n" in text and attribute values;
// - the five predefined entities and character references (&#38; &#x26;) are decoded;
//   any other entity reference is an error;
// - CDATA sections are text; comments, processing instructions, the XML declaration and a
//   DOCTYPE are skipped;
// - adjacent character data (text, CDATA, references) forms one text node;
// - attribute values have tab and line ends replaced by spaces (attribute normalisation).
// Input must be UTF-8 (or ASCII); the reader does not transcode.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace claimline::xml {

struct Attribute {
  std::string name;
  std::string value;  // decoded
};

struct Node {
  enum class Kind { kElement, kText };

  Kind kind = Kind::kElement;
  std::string name;                   // element name as written ("TIMEX3", "xsi:schema"); empty for text
  std::vector<Attribute> attributes;  // in source order; elements only
  std::vector<Node> children;         // elements only
  std::string text;                   // decoded character data; text nodes only
  // Byte offsets into the source, half-open: an element runs from its '<' to just past the
  // '>' of its end tag (or of its empty-element tag); a text node covers its raw characters.
  uint32_t source_start = 0;
  uint32_t source_end = 0;

  bool is_element() const { return kind == Kind::kElement; }
  bool is_text() const { return kind == Kind::kText; }
  // The attribute's decoded value, or nullptr when absent.
  const std::string* attribute(std::string_view attr_name) const;
  // The attribute's value, or `fallback` when absent.
  std::string attribute_or(std::string_view attr_name, std::string_view fallback = {}) const;
  // All character data below this node, in document order (tags removed).
  std::string text_content() const;
  // The first element named `element_name` in a depth-first, document-order walk of the
  // descendants (this node excluded), or nullptr.
  const Node* find(std::string_view element_name) const;
  // Every descendant element named `element_name`, in document order.
  std::vector<const Node*> find_all(std::string_view element_name) const;
};

class ParseError : public std::runtime_error {
 public:
  ParseError(const std::string& message, size_t offset, size_t line)
      : std::runtime_error(message), offset_(offset), line_(line) {}
  size_t offset() const { return offset_; }  // byte offset of the problem in the source
  size_t line() const { return line_; }      // 1-based line of that offset

 private:
  size_t offset_;
  size_t line_;
};

// Parses a whole document and returns its root element. Throws ParseError on malformed
// input: unclosed or mismatched tags, a bad attribute, an unknown entity, text or a second
// element after the root.
Node parse(std::string_view source);

// Escapes character data for output: & < > (and " when `in_attribute`).
std::string escape(std::string_view text, bool in_attribute = false);

}  // namespace claimline::xml
