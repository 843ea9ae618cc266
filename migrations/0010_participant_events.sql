-- Schema version 10: a participant row names its mention's event (issue 9).
--
-- Merging finds candidate events through event_mention_participants_entity (entity, class,
-- merge interval). Each row found then needed its mention's row for the event id: a random
-- lookup into event_mentions, which at 125,000 articles no longer fits any cache and was a
-- third of the writer's time. With the event id in the row and at the end of the index,
-- the candidates are read from the index alone. The store keeps it equal to the mention's
-- event_id (moving a mention by hand moves its participant rows too).

ALTER TABLE event_mention_participants ADD COLUMN event_id INTEGER;
UPDATE event_mention_participants SET event_id = (SELECT m.event_id FROM event_mentions m WHERE m.id = mention_id);
DROP INDEX event_mention_participants_entity;
CREATE INDEX event_mention_participants_entity ON event_mention_participants(entity_id, class, merge_last, merge_first,
                                                                            event_id);
