-- Schema version 12: the CHECK constraints of the rows written for every time expression and
-- every event mention no longer list their codes with IN (issue 9). SQLite checks
-- `x IN (0, 1, 2)` by building a temporary b-tree of the list for each row it inserts, about
-- 14,000 instructions a row and a tenth of the writer's work at ingest; `x = 0 OR x = 1 OR
-- x = 2` accepts exactly the same values and compares in place. (Two-item lists, such as
-- event_mentions.time_source's, are compared in place already.)
--
-- SQLite cannot change a CHECK in place, so times, event_mentions and its child
-- event_mention_participants are made anew and their rows copied: children first, since
-- with foreign keys on, dropping a parent deletes through ON DELETE CASCADE. Each new table
-- takes its old name directly, so nothing that names it has to be renamed.

CREATE TEMP TABLE times_v11 AS SELECT * FROM times;
DROP TABLE times;
CREATE TABLE times (
  id           INTEGER PRIMARY KEY,
  revision_id  INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  span_start   INTEGER NOT NULL,            -- byte offsets into the revision's body, [start, end)
  span_end     INTEGER NOT NULL CHECK (span_end > span_start),
  text         TEXT,                        -- NULL: the body's bytes [span_start, span_end)
  type         INTEGER NOT NULL CHECK (type = 0 OR type = 1 OR type = 2 OR type = 3),  -- DATE, TIME, DURATION, SET
  value        TEXT NOT NULL,               -- TimeML TIMEX3 value
  mod          TEXT,                        -- TimeML mod, NULL when none
  resolved     INTEGER NOT NULL,            -- 0: relative expression in an undated article
  first_day    INTEGER,                     -- the days the value names, day numbers, inclusive
  last_day     INTEGER,
  method       INTEGER NOT NULL REFERENCES methods(id),  -- rule name, or 'manual'
  confidence   REAL NOT NULL DEFAULT 1.0
);
INSERT INTO times SELECT * FROM temp.times_v11 ORDER BY id;
DROP TABLE temp.times_v11;
CREATE INDEX times_revision ON times(revision_id, span_start);

CREATE TEMP TABLE event_mention_participants_v11 AS SELECT * FROM event_mention_participants;
DROP TABLE event_mention_participants;
CREATE TEMP TABLE event_mentions_v11 AS SELECT * FROM event_mentions;
DROP TABLE event_mentions;

CREATE TABLE event_mentions (
  id             INTEGER PRIMARY KEY,
  event_id       INTEGER NOT NULL REFERENCES events(id),
  revision_id    INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  -- Its stable key is "<article id>:<class>:<trigger, lower case>:<occurrence>"; `key` holds
  -- a key that is not that (NULL otherwise).
  occurrence     INTEGER NOT NULL,
  key            TEXT,
  span_start     INTEGER NOT NULL,             -- the sentence, byte offsets into the body
  span_end       INTEGER NOT NULL CHECK (span_end > span_start),
  trigger_start  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL CHECK (trigger_end > trigger_start),
  trigger        TEXT,                         -- NULL: the body's bytes [trigger_start, trigger_end)
  lemma          TEXT NOT NULL,
  class          TEXT NOT NULL,
  status         INTEGER NOT NULL CHECK (status BETWEEN 0 AND 5),  -- codes: store/codes.h
  polarity       NOT NULL,                     -- code, or a name outside the code book
  certainty      NOT NULL,                     -- code, or a name outside the code book
  time_value     TEXT,                         -- TimeML value of its own dating; NULL when undated
  first_day      INTEGER,                      -- its valid time, day numbers, inclusive; first_day
  last_day       INTEGER,                      --   NULL when only an upper bound is known
  precision,                                   -- code, or a name outside the code book
  time_source    INTEGER CHECK (time_source IN (0, 1)),  -- expression, publication
  merge_first    INTEGER,                      -- the interval merging compares (event_merge.h)
  merge_last     INTEGER,
  confidence     REAL NOT NULL,
  method         INTEGER NOT NULL REFERENCES methods(id),  -- rule names, or 'manual'
  -- The decision that placed it: new, merge, split (codes 0, 1, 2) and why; reason NULL is
  -- "first mention: no compatible event".
  action         INTEGER NOT NULL DEFAULT 0 CHECK (action = 0 OR action = 1 OR action = 2),
  reason         TEXT
);
INSERT INTO event_mentions SELECT * FROM temp.event_mentions_v11 ORDER BY id;
DROP TABLE temp.event_mentions_v11;
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_revision ON event_mentions(revision_id);

CREATE TABLE event_mention_participants (
  mention_id  INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  class       TEXT,                          -- its mention's class and merge interval, copied
  merge_first INTEGER,
  merge_last  INTEGER,
  event_id    INTEGER,                       -- its mention's event (schema 10)
  PRIMARY KEY (mention_id, entity_id)
) WITHOUT ROWID;
INSERT INTO event_mention_participants(mention_id, entity_id, class, merge_first, merge_last, event_id)
  SELECT mention_id, entity_id, class, merge_first, merge_last, event_id FROM temp.event_mention_participants_v11
  ORDER BY mention_id, entity_id;
DROP TABLE temp.event_mention_participants_v11;
CREATE INDEX event_mention_participants_entity ON event_mention_participants(entity_id, class, merge_last, merge_first,
                                                                            event_id);
