// The merge rule on reduced forms (forms_compatible) decides as compare_mentions does, and
// each of its checks has a near miss.
#include "extract/event_merge.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace claimline {
namespace {

// The candidate a form stands for: each participant with the one key "id:<n>".
MergeCandidate candidate(const MergeForm& f) {
  MergeCandidate c;
  c.event_class = std::string(f.event_class);
  c.lemma = std::string(f.lemma);
  for (int64_t id : f.participants) c.participants.push_back({"p" + std::to_string(id), {"id:" + std::to_string(id)}});
  if (f.first != MergeForm::kNoDay) {
    c.first = date::year_month_day{date::sys_days{date::days{f.first}}};
    c.last = date::year_month_day{date::sys_days{date::days{f.last}}};
  }
  return c;
}

MergeForm form(std::string_view cls, std::string_view lemma, const std::vector<int64_t>& ids, int64_t first,
               int64_t last) {
  return MergeForm{cls, lemma, first, last, ids};
}

TEST(FormsCompatible, AgreesWithCompareMentionsOnEveryPair) {
  const std::vector<std::string> classes = {"", "statement", "call", "conversation", "talks", "charge"};
  const std::vector<std::string> lemmas = {"", "call", "speak"};
  const std::vector<std::vector<int64_t>> participants = {{}, {1}, {2}, {1, 2}, {1, 2, 3}};
  const std::vector<std::pair<int64_t, int64_t>> days = {
      {MergeForm::kNoDay, MergeForm::kNoDay}, {20000, 20000}, {20000, 20006}, {19990, 20030}, {20040, 20040}, {19900, 20100}};
  std::vector<MergeForm> forms;
  for (const auto& c : classes) {
    for (const auto& l : lemmas) {
      for (const auto& p : participants) {
        for (const auto& [first, last] : days) forms.push_back(form(c, l, p, first, last));
      }
    }
  }
  size_t compatible = 0;
  for (const auto& a : forms) {
    const MergeCandidate ca = candidate(a);
    for (const auto& b : forms) {
      const bool slow = compare_mentions(ca, candidate(b)).compatible;
      ASSERT_EQ(forms_compatible(a, b), slow) << compare_mentions(ca, candidate(b)).reason;
      compatible += slow;
    }
  }
  EXPECT_GT(compatible, 100u);  // the grid holds both verdicts
}

TEST(FormsCompatible, EachCheckHasANearMiss) {
  const std::vector<int64_t> trump_putin = {1, 2}, putin = {2}, trump_macron = {1, 3};
  const MergeForm call = form("call", "call", trump_putin, 20000, 20000);
  EXPECT_TRUE(forms_compatible(call, form("conversation", "speak", trump_putin, 19998, 20004)));
  // Class: a call and talks are not one family; statements never merge.
  EXPECT_FALSE(forms_compatible(call, form("talks", "call", trump_putin, 20000, 20000)));
  EXPECT_FALSE(forms_compatible(form("statement", "say", trump_putin, 20000, 20000),
                                form("statement", "say", trump_putin, 20000, 20000)));
  // Without a class, only the same lemma.
  EXPECT_TRUE(forms_compatible(form("", "visit", putin, 20000, 20000), form("", "visit", putin, 20000, 20000)));
  EXPECT_FALSE(forms_compatible(form("", "visit", putin, 20000, 20000), form("", "tour", putin, 20000, 20000)));
  // Participants: one within the other, not two different pairs; one shared needs the lemma.
  EXPECT_TRUE(forms_compatible(call, form("call", "call", putin, 20000, 20000)));
  EXPECT_FALSE(forms_compatible(call, form("call", "call", trump_macron, 20000, 20000)));
  EXPECT_FALSE(forms_compatible(call, form("call", "speak", putin, 20000, 20000)));
  EXPECT_FALSE(forms_compatible(call, form("call", "call", {}, 20000, 20000)));
  // Time: overlapping, one of them at most a month long.
  EXPECT_FALSE(forms_compatible(call, form("call", "call", trump_putin, 20001, 20001)));
  EXPECT_FALSE(forms_compatible(call, form("call", "call", trump_putin, MergeForm::kNoDay, MergeForm::kNoDay)));
  EXPECT_TRUE(forms_compatible(form("call", "call", trump_putin, 19990, 20021), call));
  EXPECT_FALSE(forms_compatible(form("call", "call", trump_putin, 19990, 20022),
                                form("call", "call", trump_putin, 19980, 20100)));
}

}  // namespace
}  // namespace claimline
