-- Schema version 2: time expressions found in each revision's body.

CREATE TABLE times (
  id           INTEGER PRIMARY KEY,
  revision_id  INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  span_start   INTEGER NOT NULL,            -- byte offsets into the revision's body, [start, end)
  span_end     INTEGER NOT NULL CHECK (span_end > span_start),
  text         TEXT NOT NULL,
  type         TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
  value        TEXT NOT NULL,               -- TimeML TIMEX3 value
  mod          TEXT,                        -- TimeML mod, NULL when none
  resolved     INTEGER NOT NULL,            -- 0: relative expression in an undated article
  first_day    TEXT,                        -- the days the value names, ISO dates, inclusive
  last_day     TEXT,
  method       TEXT NOT NULL,               -- rule name, or 'manual'
  confidence   REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX times_revision ON times(revision_id, span_start);
CREATE INDEX times_first_day ON times(first_day);
