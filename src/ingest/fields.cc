#include "ingest/fields.h"

#include <array>
#include <cctype>

namespace claimline::ingest {
namespace {

std::string compact_key(std::string_view key) {
  std::string k;
  for (char c : key) {
    if (c == ' ' || c == '_' || c == '-' || c == ':' || c == '.') continue;
    k.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return k;
}

}  // namespace

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string squash_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

Field field_for_key(std::string_view key) {
  struct Entry { std::string_view key; Field field; };
  static constexpr std::array<Entry, 30> kKeys = {{
      {"title", Field::kTitle}, {"headline", Field::kTitle},
      {"outlet", Field::kOutlet}, {"source", Field::kOutlet}, {"creditedfrom", Field::kOutlet},
      {"credit", Field::kOutlet}, {"publisher", Field::kOutlet}, {"publication", Field::kOutlet},
      {"sitename", Field::kOutlet}, {"site", Field::kOutlet}, {"sourcename", Field::kOutlet},
      {"published", Field::kPublished}, {"date", Field::kPublished},
      {"publishedat", Field::kPublished}, {"datepublished", Field::kPublished},
      {"pubdate", Field::kPublished}, {"publishdate", Field::kPublished},
      {"publicationdate", Field::kPublished}, {"dateline", Field::kNone},
      {"url", Field::kUrl}, {"link", Field::kUrl}, {"canonical", Field::kUrl},
      {"permalink", Field::kUrl}, {"uri", Field::kUrl},
      {"author", Field::kAuthor}, {"byline", Field::kAuthor}, {"authors", Field::kAuthor},
      {"by", Field::kAuthor}, {"writer", Field::kAuthor}, {"creator", Field::kAuthor},
  }};
  const std::string k = compact_key(key);
  for (const auto& e : kKeys) {
    if (e.key == k) return e.field;
  }
  return Field::kNone;
}

std::optional<std::string> set_field(ArticleInput* a, Field field, std::string_view raw) {
  std::string value = squash_spaces(raw);
  if (value.empty()) return std::nullopt;
  switch (field) {
    case Field::kTitle: a->title = value; break;
    case Field::kOutlet: a->outlet = value; break;
    case Field::kUrl: a->url = value; break;
    case Field::kAuthor: a->author = value; break;
    case Field::kPublished: {
      auto t = parse_timestamp(value);
      if (!t) {
        return "unrecognised publication date '" + value +
               "' (use YYYY-MM-DD or ISO 8601, or give --published)";
      }
      a->published = *t;
      break;
    }
    case Field::kNone: break;
  }
  return std::nullopt;
}

}  // namespace claimline::ingest
