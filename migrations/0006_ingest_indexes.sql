-- Schema version 6: indexes shaped for the ingest. Each index is updated for every row an
-- article writes, so one that no query reads costs pages on every commit and bytes on disk.
--
-- Merging a mention into an event reads, for its class, every mention whose interval
-- overlaps its own: the index now covers the interval and the event, so that range is read
-- from the index alone instead of one table row per mention.
DROP INDEX event_mentions_class;
CREATE INDEX event_mentions_class ON event_mentions(class, merge_last, merge_first, event_id);
-- Only manual decisions are looked up by key (automatic ones are found by their mention).
DROP INDEX event_decisions_key;
CREATE INDEX event_decisions_key ON event_decisions(mention_key) WHERE manual = 1;
-- A mention of an earlier revision is found through the article's revisions.
DROP INDEX event_mentions_key;
-- No query reads time expressions by day.
DROP INDEX times_first_day;
-- Merging asks of each candidate event whether any of its mentions speaks for it, i.e. was
-- not placed by referring back to an earlier mention of its article: the decisions that
-- refer back (about one in six) get an index of their own, so the answer costs no row.
CREATE INDEX event_decisions_follower ON event_decisions(mention_id) WHERE substr(reason, 1, 15) = 'refers back to ';
