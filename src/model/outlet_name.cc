#include "model/outlet_name.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace claimline {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string lower_copy(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

// Second-level suffixes after which the label before is the name ("bbc.co.uk" -> "bbc").
bool is_compound_suffix(std::string_view label) {
  static constexpr std::array<std::string_view, 6> kSecond = {"co", "com", "org", "net", "gov", "ac"};
  return std::find(kSecond.begin(), kSecond.end(), label) != kSecond.end();
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t p = s.find(sep, start);
    parts.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return parts;
}

std::string_view host_part(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  const size_t end = url.find_first_of("/?#");
  if (end != std::string_view::npos) url = url.substr(0, end);
  const size_t at = url.rfind('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  const size_t colon = url.find(':');
  if (colon != std::string_view::npos) url = url.substr(0, colon);
  return url;
}

}  // namespace

bool looks_like_domain(std::string_view name) {
  if (name.find(' ') != std::string_view::npos || name.size() < 4) return false;
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > name.size()) return false;
  for (char c : name.substr(dot + 1)) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::optional<std::string> url_host(std::string_view url) {
  if (url.find("://") == std::string_view::npos && !looks_like_domain(host_part(url))) return std::nullopt;
  std::string host = lower_copy(host_part(url));
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  if (host.empty() || host.find('.') == std::string::npos) return std::nullopt;
  return host;
}

std::string outlet_key(std::string_view name) {
  std::string source(name);
  if (name.find("://") != std::string_view::npos || looks_like_domain(name)) {
    if (auto host = url_host(name)) {
      auto labels = split(*host, '.');
      if (labels.size() >= 2) labels.pop_back();  // top-level domain
      if (labels.size() >= 2 && is_compound_suffix(labels.back())) labels.pop_back();
      source = std::string(labels.back());
    }
  }
  std::string key;
  for (char c : source) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) key.push_back(lower(c));
    else if (u >= 0x80) key.push_back(c);
  }
  return key;
}

bool looks_like_code(std::string_view name) {
  int letters = 0;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isupper(u)) ++letters;
    else if (!std::isdigit(u) && c != '-' && c != '_' && c != '&') return false;
  }
  return letters >= 3;
}

bool code_abbreviates(std::string_view code, std::string_view key) {
  if (code.empty() || key.empty() || code[0] != key[0] || code.size() > key.size()) return false;
  size_t k = 0;
  for (char c : code) {
    while (k < key.size() && key[k] != c) ++k;
    if (k == key.size()) return false;
    ++k;
  }
  return code.size() * 2 >= key.size() || code.size() <= 5;
}

std::string canonical_url(std::string_view url) {
  std::string u(url);
  while (!u.empty() && std::isspace(static_cast<unsigned char>(u.back()))) u.pop_back();
  while (!u.empty() && std::isspace(static_cast<unsigned char>(u.front()))) u.erase(u.begin());
  const size_t hash = u.find('#');
  if (hash != std::string::npos) u.erase(hash);
  const size_t scheme_end = u.find("://");
  if (scheme_end != std::string::npos) {
    const size_t host_end = u.find_first_of("/?", scheme_end + 3);
    const size_t stop = host_end == std::string::npos ? u.size() : host_end;
    std::transform(u.begin(), u.begin() + static_cast<long>(stop), u.begin(), lower);
    const size_t host_start = scheme_end + 3;
    if (u.compare(host_start, 4, "www.") == 0) u.erase(host_start, 4);
    if (u.rfind("http://", 0) == 0) u.replace(0, 4, "https");
  }
  const size_t q = u.find('?');
  std::string path = q == std::string::npos ? u : u.substr(0, q);
  std::string query;
  if (q != std::string::npos) {
    for (std::string_view param : split(std::string_view(u).substr(q + 1), '&')) {
      if (param.empty() || param.rfind("utm_", 0) == 0 || param.rfind("fbclid=", 0) == 0 ||
          param.rfind("gclid=", 0) == 0) {
        continue;
      }
      query += query.empty() ? "?" : "&";
      query += param;
    }
  }
  // Drop trailing slashes of the path, but keep the root "/".
  const size_t path_start = scheme_end == std::string::npos ? 0 : path.find('/', scheme_end + 3);
  while (path_start != std::string::npos && path.size() > path_start + 1 && path.back() == '/') {
    path.pop_back();
  }
  u = path + query;
  return u;
}

}  // namespace claimline

namespace claimline {
namespace {

// A short list of widely syndicated outlets, so that codes and domains seen in news exports
// map to one readable name. Data, not logic: extend freely.
constexpr KnownOutlet kKnownOutlets[] = {
    {"The Hill", "THEHILL|thehill.com"},
    {"South China Morning Post", "SCMP|scmp.com"},
    {"Reuters", "REUTERS|reuters.com|Thomson Reuters"},
    {"Associated Press", "AP|apnews.com|The Associated Press"},
    {"Agence France-Presse", "AFP|afp.com"},
    {"BBC News", "BBC|bbc.co.uk|bbc.com"},
    {"CNN", "cnn.com"},
    {"The New York Times", "NYT|nytimes.com|New York Times"},
    {"The Washington Post", "WAPO|washingtonpost.com|Washington Post"},
    {"The Wall Street Journal", "WSJ|wsj.com|Wall Street Journal"},
    {"The Guardian", "theguardian.com|guardian.co.uk|Guardian"},
    {"Politico", "politico.com|politico.eu"},
    {"Fox News", "foxnews.com"},
    {"USA Today", "usatoday.com"},
    {"HuffPost", "huffpost.com|huffingtonpost.com|Huffington Post"},
    {"Breitbart", "breitbart.com"},
    {"Al Jazeera", "aljazeera.com"},
    {"The Kyiv Independent", "kyivindependent.com|Kyiv Independent"},
    {"TASS", "tass.com|tass.ru"},
    {"Bloomberg", "bloomberg.com"},
    {"NPR", "npr.org"},
};

}  // namespace

const KnownOutlet* find_known_outlet(std::string_view key) {
  if (key.empty()) return nullptr;
  for (const auto& o : kKnownOutlets) {
    if (outlet_key(o.name) == key) return &o;
    std::string_view rest = o.aliases;
    while (!rest.empty()) {
      const size_t bar = rest.find('|');
      const std::string_view alias = rest.substr(0, bar);
      if (outlet_key(alias) == key) return &o;
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
  }
  return nullptr;
}

}  // namespace claimline
