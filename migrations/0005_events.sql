-- Schema version 5: events (one row per real-world event across articles), their mentions
-- in each revision with each mention's own dating and status, and the decisions that put
-- each mention in its event: automatic merges with their reason, and manual merges and
-- splits, which outlive re-extraction because they name mentions by a stable key.

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  class       TEXT NOT NULL,                 -- "call", "ceasefire", "attack", ...
  label       TEXT NOT NULL,                 -- the trigger of its first mention ("phone call")
  first_day   TEXT,                          -- earliest day its dated mentions allow (ISO)
  last_day    TEXT,                          -- latest day
  status      TEXT,                          -- status of its most recently published mention
  mentions    INTEGER NOT NULL DEFAULT 0,    -- number of mention rows
  created_at  TEXT NOT NULL
);
CREATE INDEX events_days ON events(first_day, last_day);

CREATE TABLE event_mentions (
  id             INTEGER PRIMARY KEY,
  event_id       INTEGER NOT NULL REFERENCES events(id),
  revision_id    INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  -- Stable across re-extraction and revisions of the article:
  -- "<article id>:<class>:<trigger, lower case>:<occurrence>".
  mention_key    TEXT NOT NULL,
  span_start     INTEGER NOT NULL,             -- the sentence, byte offsets into the body
  span_end       INTEGER NOT NULL CHECK (span_end > span_start),
  trigger_start  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL CHECK (trigger_end > trigger_start),
  trigger        TEXT NOT NULL,
  lemma          TEXT NOT NULL,
  class          TEXT NOT NULL,
  status         TEXT NOT NULL
                 CHECK (status IN ('occurred', 'expected', 'proposed', 'ongoing', 'cancelled', 'denied')),
  polarity       TEXT NOT NULL,
  certainty      TEXT NOT NULL,
  time_value     TEXT,                         -- TimeML value of its own dating; NULL when undated
  first_day      TEXT,                         -- its valid time, ISO days, inclusive; first_day
  last_day       TEXT,                         --   NULL when only an upper bound is known
  precision      TEXT,                         -- day, week, month, quarter, year, range, unknown
  time_source    TEXT CHECK (time_source IN ('expression', 'publication')),
  merge_first    TEXT,                         -- the interval merging compares (event_merge.h)
  merge_last     TEXT,
  confidence     REAL NOT NULL,
  method         TEXT NOT NULL                 -- rule names, or 'manual'
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_revision ON event_mentions(revision_id);
CREATE INDEX event_mentions_key ON event_mentions(mention_key);
CREATE INDEX event_mentions_class ON event_mentions(class, merge_last);

CREATE TABLE event_mention_participants (
  mention_id  INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (mention_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_mention_participants_entity ON event_mention_participants(entity_id);

-- Why each mention is in its event. Automatic decisions belong to their mention row and go
-- with it; manual ones (merge, split) name the mention by key and are applied again
-- whenever a mention with that key is stored.
CREATE TABLE event_decisions (
  id           INTEGER PRIMARY KEY,
  mention_key  TEXT NOT NULL,
  event_id     INTEGER NOT NULL REFERENCES events(id),
  action       TEXT NOT NULL CHECK (action IN ('new', 'merge', 'split')),
  reason       TEXT NOT NULL,
  manual       INTEGER NOT NULL CHECK (manual IN (0, 1)),
  mention_id   INTEGER REFERENCES event_mentions(id) ON DELETE CASCADE,
  created_at   TEXT NOT NULL,
  CHECK (manual = 1 OR mention_id IS NOT NULL)
);
CREATE INDEX event_decisions_key ON event_decisions(mention_key, manual);
CREATE INDEX event_decisions_mention ON event_decisions(mention_id);
CREATE INDEX event_decisions_event ON event_decisions(event_id);
