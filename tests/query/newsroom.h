// The story the query tests share: one claim ("the troops are encircled") asserted by
// Granite Wire, denied by Harbor Gazette, discussed and then (in a revision) denied by
// Coastal Times, denied again in an undated article; a phone call dated "on Tuesday" by one
// outlet and "this week" by another; a quote of Steve Witkoff worded differently by two.
#pragma once

#include "query/fixture.h"

namespace claimline::testing {

struct Newsroom {
  int64_t claim = 0;
  int64_t granite_1 = 0, granite_2 = 0;  // revision ids
  int64_t harbor_1 = 0, harbor_2 = 0;
  int64_t coastal_1 = 0, coastal_1_revised = 0, coastal_undated = 0;
  int64_t coastal_article = 0;           // article id of coastal_1 (two revisions)
  int64_t granite_2_article = 0, harbor_2_article = 0;
};

inline TimeSpec day_time(const std::string& words, const std::string& day) { return {words, day, day, day, "day"}; }

inline Newsroom build_newsroom(store::Database& db) {
  Newsroom n;
  n.claim = add_claim(db, "The troops are encircled");
  const std::vector<std::string> leaders = {"Donald Trump", "Vladimir Putin"};
  n.granite_1 = add_article(db, {"Granite Wire", "https://granite.example/1", "Petrov says troops trapped",
                                 "2025-03-14T10:00Z",
                                 {{"Ivan Petrov", "the troops are encircled", true, day_time("on Thursday", "2025-03-13")}},
                                 {{"phone call", "call", EventStatus::kExpected, leaders, day_time("on Tuesday", "2025-03-18")}}});
  n.harbor_1 = add_article(db, {"Harbor Gazette", "https://harbor.example/1", "Kyiv denies encirclement",
                                "2025-03-15T08:00Z",
                                {{"Olena Shevchenko", "our troops hold their positions", true,
                                  TimeSpec{"this week", "2025-W11", "2025-03-10", "2025-03-16", "week"}}},
                                {{"phone call", "call", EventStatus::kExpected, leaders,
                                  TimeSpec{"this week", "2025-W12", "2025-03-17", "2025-03-23", "week"}}}});
  n.coastal_1 = add_article(db, {"Coastal Times", "https://coastal.example/1", "What we know about Sudzha",
                                 "2025-03-16T09:00Z", {{"Anna Berg", "nothing is confirmed", true, std::nullopt}}, {}});
  n.coastal_1_revised =
      add_article(db, {"Coastal Times", "https://coastal.example/1", "What we know about Sudzha", "2025-03-17T12:00Z",
                       {{"Anna Berg", "the encirclement claims are false", true, std::nullopt}}, {}});
  n.coastal_undated = add_article(db, {"Coastal Times", "https://coastal.example/2", "Voices from Kyiv", "",
                                       {{"Anna Berg", "we are not surrounded", true, std::nullopt}}, {}});
  n.granite_2 = add_article(db, {"Granite Wire", "https://granite.example/2", "Call on Tuesday", "2025-03-17T05:30Z",
                                 {{"Steve Witkoff", "positive and constructive conversation,", true, std::nullopt},
                                  {"Marcus Bell", "Talking is not agreeing.", true, std::nullopt}},
                                 {}});
  n.harbor_2 = add_article(db, {"Harbor Gazette", "https://harbor.example/2", "Call this week", "2025-03-17T07:45Z",
                                {{"Steve Witkoff", "positive and constructive discussion", true, std::nullopt},
                                 {"Marcus Bell", "talking is not agreeing", true, std::nullopt}},
                                {}});
  set_mentions(db, n.claim, n.granite_1, {{"article", "supports", std::nullopt}, {"statement", "supports", 0}});
  set_mentions(db, n.claim, n.harbor_1, {{"article", "denies", std::nullopt}, {"statement", "denies", 0}});
  set_mentions(db, n.claim, n.coastal_1, {{"article", "discusses", std::nullopt}});
  set_mentions(db, n.claim, n.coastal_1_revised, {{"article", "denies", std::nullopt}, {"statement", "denies", 0}});
  set_mentions(db, n.claim, n.coastal_undated, {{"statement", "denies", 0}});
  store::TimelineStore store(db);
  const auto refs = store.revisions_by_id({n.coastal_1, n.granite_2, n.harbor_2});
  n.coastal_article = refs.at(0).article_id;
  n.granite_2_article = refs.at(1).article_id;
  n.harbor_2_article = refs.at(2).article_id;
  return n;
}

}  // namespace claimline::testing
