// A deterministic generator of realistic news articles for the benchmark.
//
// The stream has `articles` inputs. Input i is a pure function of (seed, i), so the stream
// can be produced lazily in constant memory and reproduced exactly. Most inputs are
// original articles; some re-send an earlier article with a changed body under the same
// URL (a revision) or unchanged (a duplicate, which ingest must recognise as a no-op).
//
// Each original article belongs to a story: a subject ("the Millbrook bridge project"), a
// claim about it ("is running two years behind schedule") and a cast of speakers who assert
// or deny it. Bodies are 300-1,200 words: a dateline lead, direct quotes (curly and straight
// marks) and reported speech with many cue verbs, background with time expressions of every
// TimeML type (DATE, TIME, DURATION, SET, vague references), figures and plain prose.
// Outlets, people, places and stories are fictional.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace claimline::bench {

struct GeneratorOptions {
  uint64_t seed = 1;
  size_t articles = 10000;        // inputs in the stream
  int revision_per_mille = 40;    // share of inputs that revise an earlier article
  int duplicate_per_mille = 20;   // share of inputs that repeat an earlier article unchanged
  int undated_per_mille = 15;     // share of originals without a publication date
  int first_year = 2022;          // publication dates run from January 1 of this year ...
  int days = 3 * 365;             // ... over this many days, in stream order with jitter
};

enum class InputKind { kOriginal, kRevision, kDuplicate };

// One generated input, as a file `claimline ingest` reads: a plain-text "Key: value" header
// (Title, Outlet, Published, URL, Author), a blank line, then the body.
struct GeneratedInput {
  InputKind kind = InputKind::kOriginal;
  std::string name;     // a file name for messages: "gen/0000123.txt"
  std::string content;  // the whole file
  std::string title;    // the same title and body as in `content`, for the floor
  std::string body;
};

// A person who may speak in generated articles, for picking query parameters.
struct GeneratedPerson {
  std::string name;  // "Maria Okafor"
  double weight;     // relative frequency with which stories cast this person
};

class Generator {
 public:
  explicit Generator(GeneratorOptions opts);

  size_t size() const { return opts_.articles; }
  const GeneratorOptions& options() const { return opts_; }

  // The i-th input of the stream. REQUIRES: i < size(). Deterministic; thread-safe.
  GeneratedInput input(size_t i) const;

  // Every person that may speak, most frequent first.
  std::vector<GeneratedPerson> people() const;
  // Every outlet name used.
  std::vector<std::string> outlets() const;
  // The claims of up to `count` stories of the stream, as a user would add them (`claimline
  // claims add "the harbour tunnel has gone far over budget"`): the long-running stories
  // first, then stories spread evenly over the stream; distinct texts.
  std::vector<std::string> claims(size_t count) const;
  // Unix seconds of the first and last publication dates of the stream.
  int64_t first_time() const;
  int64_t last_time() const;

 private:
  InputKind kind_of(size_t i) const;
  size_t original_before(size_t i) const;  // an earlier original article, for revisions and duplicates

  GeneratorOptions opts_;
};

// A small deterministic random number generator (SplitMix64), used by the generator and to
// choose query parameters. Same seed, same sequence, on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next();
  size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }
  bool chance(int per_mille) { return below(1000) < static_cast<size_t>(per_mille); }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  uint64_t state_;
};

// A well-mixed 64-bit hash of two values (for seeding per-article generators).
uint64_t mix(uint64_t a, uint64_t b);

}  // namespace claimline::bench
