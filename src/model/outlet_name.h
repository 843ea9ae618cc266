// Outlet names as keys: "THEHILL", "thehill.com", "The Hill" and "https://www.thehill.com/x"
// all become "thehill". Pure string functions; the store decides what is an alias of what.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimline {

// Lower-case ASCII letters and digits of the name (other letters kept as UTF-8), with a web
// domain reduced to its registrable label ("www.thehill.com" -> "thehill").
std::string outlet_key(std::string_view name);

// The host of a URL without "www." ("https://www.thehill.com/a" -> "thehill.com");
// nullopt when `url` has no host.
std::optional<std::string> url_host(std::string_view url);

// True for an all-capitals code such as "THEHILL" or "SCMP" (no spaces, at least 3 letters).
bool looks_like_code(std::string_view name);

// True for a bare domain such as "thehill.com".
bool looks_like_domain(std::string_view name);

// True when `code` could abbreviate `key`: same first letter and the code's letters appear
// in order in the key ("northledger" in "northernledger"). Both are outlet keys.
bool code_abbreviates(std::string_view code, std::string_view key);

// Canonical URL for identity: scheme and host lower-cased, "www." dropped, fragment and
// tracking parameters (utm_*, fbclid, gclid) removed, trailing slash dropped.
std::string canonical_url(std::string_view url);

}  // namespace claimline

namespace claimline {

// A well-known outlet: display name and the aliases it is known by (codes, domains).
struct KnownOutlet {
  std::string_view name;
  std::string_view aliases;  // separated by '|'
};

// The known outlet whose name or one of whose aliases has the key `key`, if any.
const KnownOutlet* find_known_outlet(std::string_view key);

}  // namespace claimline
