-- Schema version 7: merging finds its candidate events through their participants. A new
-- mention merges only into an event whose every mention that speaks for it shares a
-- participant with it, overlaps its interval and has a mergeable class, so the events worth
-- reading are those with one mention that shares an entity, in a class, in the interval:
-- the participants carry their mention's class and merge interval (never changed after the
-- mention is stored), indexed by entity, so that lookup reads the few mentions of the
-- mention's own entities around its days instead of every mention of the class in them.
CREATE TABLE event_mention_participants_v6 AS SELECT mention_id, entity_id FROM event_mention_participants;
DROP INDEX event_mention_participants_entity;
DROP TABLE event_mention_participants;
CREATE TABLE event_mention_participants (
  mention_id  INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  class       TEXT,                          -- its mention's class and merge interval, copied
  merge_first TEXT,
  merge_last  TEXT,
  PRIMARY KEY (mention_id, entity_id)
) WITHOUT ROWID;
INSERT INTO event_mention_participants(mention_id, entity_id, class, merge_first, merge_last)
  SELECT p.mention_id, p.entity_id, m.class, m.merge_first, m.merge_last
  FROM event_mention_participants_v6 p JOIN event_mentions m ON m.id = p.mention_id;
DROP TABLE event_mention_participants_v6;
CREATE INDEX event_mention_participants_entity ON event_mention_participants(entity_id, class, merge_last, merge_first);
-- Nothing reads mentions by class and interval any more.
DROP INDEX event_mentions_class;
-- The one other kind of event merging can join: one none of whose mentions speaks for it
-- (all were placed by referring back to an earlier mention of their article). Only a split
-- by hand makes one, by taking the mention they referred back to out of it; the events
-- mentions were split from are listed here (merging checks each again), starting with the
-- events that have no mention speaking for them now.
CREATE TABLE event_split_sources (
  event_id  INTEGER PRIMARY KEY
);
INSERT INTO event_split_sources(event_id)
  SELECT e.id FROM events e WHERE EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)
  AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND NOT EXISTS (
    SELECT 1 FROM event_decisions f WHERE f.mention_id = m.id AND substr(f.reason, 1, 15) = 'refers back to '
    AND f.id = (SELECT max(d.id) FROM event_decisions d WHERE d.mention_id = m.id)));
