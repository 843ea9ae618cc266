-- Schema version 8: compact rows for the tables that hold a row per mention (issue 9: the
-- database was 5.5 times the article text, the bar is 3). Nothing is lost; what is derived
-- is read back in SQL (src/store/codes.h):
-- - days are day numbers (days since 1970-01-01) instead of ISO text;
-- - statuses, precisions, sources, polarities, certainties, time types and placement actions
--   are small integer codes (store/codes.h); where schema 7 had no CHECK a value outside the
--   code book stays text;
-- - a mention's trigger, a time expression's text and a mention's key are read from the
--   body they index (key: "<article id>:<class>:<trigger, lower case>:<occurrence>"); the
--   columns hold only a value that differs from that, else NULL;
-- - rule names (`method`) of event mentions, time expressions, entity mentions and statements
--   are stored once, in `methods`, and named by id; a statement's kind and stance cue are
--   codes, the days it was said day numbers;
-- - the automatic decision that placed a mention (one per mention, three in four of them the
--   same "first mention" reason) is two columns of its mention row, action and reason (NULL
--   for that first-mention reason); event_decisions keeps the manual decisions, which name
--   mentions by key and outlive them. A mention's earlier automatic decisions, superseded and
--   never shown, are not kept.
-- events_days goes: only `events --to` could use it, and listing events reads them all.
-- Tables are rebuilt children first (with foreign keys on, dropping a parent would delete
-- through ON DELETE CASCADE), from copies with the new encodings.

CREATE TABLE methods (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE                 -- rule names, or 'manual'
);
INSERT INTO methods(name) SELECT method FROM event_mentions UNION SELECT method FROM times
  UNION SELECT method FROM entity_mentions UNION SELECT method FROM statements ORDER BY 1;

CREATE TABLE events_v7 AS SELECT id, class, label,
  CAST(julianday(first_day) - 2440587.5 AS INTEGER) AS first_day,
  CAST(julianday(last_day) - 2440587.5 AS INTEGER) AS last_day,
  CASE status WHEN 'occurred' THEN 0 WHEN 'expected' THEN 1 WHEN 'proposed' THEN 2 WHEN 'ongoing' THEN 3
    WHEN 'cancelled' THEN 4 WHEN 'denied' THEN 5 ELSE status END AS status,
  mentions, created_at FROM events;

CREATE TABLE event_mentions_v7 AS SELECT m.id, m.event_id, m.revision_id, m.mention_key, m.span_start, m.span_end,
  m.trigger_start, m.trigger_end, m.trigger, m.lemma, m.class,
  CASE m.status WHEN 'occurred' THEN 0 WHEN 'expected' THEN 1 WHEN 'proposed' THEN 2 WHEN 'ongoing' THEN 3
    WHEN 'cancelled' THEN 4 WHEN 'denied' THEN 5 ELSE m.status END AS status,
  CASE m.polarity WHEN 'POS' THEN 0 WHEN 'NEG' THEN 1 WHEN 'UNDERSPECIFIED' THEN 2 ELSE m.polarity END AS polarity,
  CASE m.certainty WHEN 'CERTAIN' THEN 0 WHEN 'PROBABLE' THEN 1 WHEN 'POSSIBLE' THEN 2 WHEN 'UNDERSPECIFIED' THEN 3
    ELSE m.certainty END AS certainty,
  m.time_value,
  CAST(julianday(m.first_day) - 2440587.5 AS INTEGER) AS first_day,
  CAST(julianday(m.last_day) - 2440587.5 AS INTEGER) AS last_day,
  CASE m.precision WHEN 'unknown' THEN 0 WHEN 'day' THEN 1 WHEN 'week' THEN 2 WHEN 'month' THEN 3 WHEN 'quarter' THEN 4
    WHEN 'year' THEN 5 WHEN 'range' THEN 6 ELSE m.precision END AS precision,
  CASE m.time_source WHEN 'expression' THEN 0 WHEN 'publication' THEN 1 END AS time_source,
  CAST(julianday(m.merge_first) - 2440587.5 AS INTEGER) AS merge_first,
  CAST(julianday(m.merge_last) - 2440587.5 AS INTEGER) AS merge_last,
  m.confidence, (SELECT id FROM methods WHERE name = m.method) AS method,
  CAST(substr(CAST(r.body AS BLOB), m.trigger_start + 1, m.trigger_end - m.trigger_start) AS TEXT) AS body_trigger,
  r.article_id || ':' || m.class || ':' ||
    lower(CAST(substr(CAST(r.body AS BLOB), m.trigger_start + 1, m.trigger_end - m.trigger_start) AS TEXT)) AS key_prefix,
  (SELECT d.id FROM event_decisions d WHERE d.mention_id = m.id ORDER BY d.id DESC LIMIT 1) AS decision_id
  FROM event_mentions m JOIN revisions r ON r.id = m.revision_id;

CREATE TABLE event_mention_participants_v7 AS SELECT mention_id, entity_id, class,
  CAST(julianday(merge_first) - 2440587.5 AS INTEGER) AS merge_first,
  CAST(julianday(merge_last) - 2440587.5 AS INTEGER) AS merge_last
  FROM event_mention_participants;

CREATE TABLE event_decisions_v7 AS SELECT * FROM event_decisions;

CREATE TABLE times_v7 AS SELECT t.id, t.revision_id, t.span_start, t.span_end,
  CASE WHEN t.text = CAST(substr(CAST(r.body AS BLOB), t.span_start + 1, t.span_end - t.span_start) AS TEXT)
    THEN NULL ELSE t.text END AS text,
  CASE t.type WHEN 'DATE' THEN 0 WHEN 'TIME' THEN 1 WHEN 'DURATION' THEN 2 WHEN 'SET' THEN 3 END AS type,
  t.value, t.mod, t.resolved,
  CAST(julianday(t.first_day) - 2440587.5 AS INTEGER) AS first_day,
  CAST(julianday(t.last_day) - 2440587.5 AS INTEGER) AS last_day,
  (SELECT id FROM methods WHERE name = t.method) AS method, t.confidence
  FROM times t JOIN revisions r ON r.id = t.revision_id;

CREATE TABLE entity_mentions_v7 AS SELECT id, entity_id, revision_id, span_start, span_end,
  (SELECT id FROM methods WHERE name = method) AS method FROM entity_mentions;

CREATE TABLE statements_v7 AS SELECT id, revision_id,
  CASE kind WHEN 'direct' THEN 0 WHEN 'indirect' THEN 1 END AS kind,
  span_start, span_end, text, speaker, speaker_entity_id, speaker_start, speaker_end, cue, cue_start, cue_end,
  CASE stance_cue WHEN 'assert' THEN 0 WHEN 'deny' THEN 1 WHEN 'accuse' THEN 2 WHEN 'urge' THEN 3 WHEN 'hope' THEN 4
    WHEN 'predict' THEN 5 WHEN 'question' THEN 6 WHEN 'confirm' THEN 7 ELSE stance_cue END AS stance_cue,
  place, said, said_value,
  CAST(julianday(said_first_day) - 2440587.5 AS INTEGER) AS said_first_day,
  CAST(julianday(said_last_day) - 2440587.5 AS INTEGER) AS said_last_day,
  confidence, (SELECT id FROM methods WHERE name = method) AS method
  FROM statements;

-- claim_mentions is rebuilt as it was: it refers to statements (dropping those would set its
-- statement_id to NULL).
CREATE TABLE claim_mentions_v7 AS SELECT * FROM claim_mentions;

DROP TABLE claim_mentions;
DROP TABLE statements;
DROP TABLE event_mention_participants;
DROP TABLE event_decisions;
DROP TABLE event_mentions;
DROP TABLE events;
DROP TABLE times;
DROP TABLE entity_mentions;

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  class       TEXT NOT NULL,                 -- "call", "ceasefire", "attack", ...
  label       TEXT NOT NULL,                 -- the lemma of its first mention ("call")
  first_day   INTEGER,                       -- earliest day its dated mentions allow (day number)
  last_day    INTEGER,                       -- latest day
  status      INTEGER CHECK (status BETWEEN 0 AND 5),  -- code of its most recently published mention's
  mentions    INTEGER NOT NULL DEFAULT 0,    -- number of mention rows
  created_at  TEXT NOT NULL
);

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
  action         INTEGER NOT NULL DEFAULT 0 CHECK (action IN (0, 1, 2)),
  reason         TEXT
);
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_revision ON event_mentions(revision_id);

CREATE TABLE event_mention_participants (
  mention_id  INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  class       TEXT,                          -- its mention's class and merge interval, copied
  merge_first INTEGER,
  merge_last  INTEGER,
  PRIMARY KEY (mention_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_mention_participants_entity ON event_mention_participants(entity_id, class, merge_last, merge_first);

-- Manual decisions (merge, split by hand): they name the mention by key and are applied
-- again whenever a mention with that key is stored.
CREATE TABLE event_decisions (
  id           INTEGER PRIMARY KEY,
  mention_key  TEXT NOT NULL,
  event_id     INTEGER NOT NULL REFERENCES events(id),
  action       TEXT NOT NULL CHECK (action IN ('new', 'merge', 'split')),
  reason       TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX event_decisions_key ON event_decisions(mention_key);
CREATE INDEX event_decisions_event ON event_decisions(event_id);

CREATE TABLE times (
  id           INTEGER PRIMARY KEY,
  revision_id  INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  span_start   INTEGER NOT NULL,            -- byte offsets into the revision's body, [start, end)
  span_end     INTEGER NOT NULL CHECK (span_end > span_start),
  text         TEXT,                        -- NULL: the body's bytes [span_start, span_end)
  type         INTEGER NOT NULL CHECK (type IN (0, 1, 2, 3)),  -- DATE, TIME, DURATION, SET
  value        TEXT NOT NULL,               -- TimeML TIMEX3 value
  mod          TEXT,                        -- TimeML mod, NULL when none
  resolved     INTEGER NOT NULL,            -- 0: relative expression in an undated article
  first_day    INTEGER,                     -- the days the value names, day numbers, inclusive
  last_day     INTEGER,
  method       INTEGER NOT NULL REFERENCES methods(id),  -- rule name, or 'manual'
  confidence   REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX times_revision ON times(revision_id, span_start);

CREATE TABLE entity_mentions (
  id           INTEGER PRIMARY KEY,
  entity_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  revision_id  INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL CHECK (span_end > span_start),
  method       INTEGER NOT NULL REFERENCES methods(id)
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, revision_id);
CREATE INDEX entity_mentions_revision ON entity_mentions(revision_id);

-- Dropping statements dropped its full-text triggers: they are made again after the rows are
-- back (the index already holds them).
CREATE TABLE statements (
  id                 INTEGER PRIMARY KEY,
  revision_id        INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  kind               INTEGER NOT NULL CHECK (kind IN (0, 1)),  -- direct, indirect
  span_start         INTEGER NOT NULL,      -- the content, byte offsets into the body
  span_end           INTEGER NOT NULL CHECK (span_end > span_start),
  text               TEXT NOT NULL,
  speaker            TEXT,                  -- resolved name; NULL = unknown
  speaker_entity_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  speaker_start      INTEGER,
  speaker_end        INTEGER,
  cue                TEXT,
  cue_start          INTEGER,
  cue_end            INTEGER,
  stance_cue,                               -- code (assert, deny, accuse, urge, hope, predict,
                                            -- question, confirm), or a name outside them; NULL none
  place              TEXT,                  -- where it was said ("on social media")
  said               TEXT,                  -- when it was said, as written
  said_value         TEXT,                  -- ... as a TimeML value, when resolved
  said_first_day     INTEGER,               -- ... as day numbers
  said_last_day      INTEGER,
  confidence         REAL NOT NULL,
  method             INTEGER NOT NULL REFERENCES methods(id)  -- rule name, or 'manual'
);
CREATE INDEX statements_revision ON statements(revision_id, span_start);
CREATE INDEX statements_speaker ON statements(speaker_entity_id);

CREATE TABLE claim_mentions (
  id                 INTEGER PRIMARY KEY,
  claim_id           INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  revision_id        INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  level              TEXT NOT NULL CHECK (level IN ('article', 'statement', 'passage')),
  statement_id       INTEGER REFERENCES statements(id) ON DELETE SET NULL,
  stance             TEXT NOT NULL CHECK (stance IN ('supports', 'denies', 'discusses', 'unrelated')),
  span_start         INTEGER,                  -- the evidence, byte offsets into the body
  span_end           INTEGER,
  speaker            TEXT,                     -- statement level: who took the stance
  speaker_entity_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  confidence         REAL NOT NULL,
  method             TEXT NOT NULL,            -- rule or model name, or 'manual'
  note               TEXT,
  created_at         TEXT NOT NULL,
  CHECK ((span_start IS NULL) = (span_end IS NULL))
);
CREATE INDEX claim_mentions_claim ON claim_mentions(claim_id, revision_id);
CREATE INDEX claim_mentions_revision ON claim_mentions(revision_id);
CREATE INDEX claim_mentions_statement ON claim_mentions(statement_id);

INSERT INTO statements(id, revision_id, kind, span_start, span_end, text, speaker, speaker_entity_id, speaker_start,
                       speaker_end, cue, cue_start, cue_end, stance_cue, place, said, said_value, said_first_day,
                       said_last_day, confidence, method)
  SELECT id, revision_id, kind, span_start, span_end, text, speaker, speaker_entity_id, speaker_start, speaker_end,
         cue, cue_start, cue_end, stance_cue, place, said, said_value, said_first_day, said_last_day, confidence,
         method FROM statements_v7;
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, speaker ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
  INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

INSERT INTO claim_mentions(id, claim_id, revision_id, level, statement_id, stance, span_start, span_end, speaker,
                           speaker_entity_id, confidence, method, note, created_at)
  SELECT id, claim_id, revision_id, level, statement_id, stance, span_start, span_end, speaker, speaker_entity_id,
         confidence, method, note, created_at FROM claim_mentions_v7;

INSERT INTO events(id, class, label, first_day, last_day, status, mentions, created_at)
  SELECT id, class, label, first_day, last_day, status, mentions, created_at FROM events_v7;

INSERT INTO event_mentions(id, event_id, revision_id, occurrence, key, span_start, span_end, trigger_start,
                           trigger_end, trigger, lemma, class, status, polarity, certainty, time_value, first_day,
                           last_day, precision, time_source, merge_first, merge_last, confidence, method, action,
                           reason)
  SELECT m.id, m.event_id, m.revision_id, m.occurrence,
    CASE WHEN m.mention_key = m.key_prefix || ':' || m.occurrence THEN NULL ELSE m.mention_key END,
    m.span_start, m.span_end, m.trigger_start, m.trigger_end,
    CASE WHEN m.trigger = m.body_trigger THEN NULL ELSE m.trigger END,
    m.lemma, m.class, m.status, m.polarity, m.certainty, m.time_value, m.first_day, m.last_day, m.precision,
    m.time_source, m.merge_first, m.merge_last, m.confidence, m.method,
    coalesce(CASE d.action WHEN 'new' THEN 0 WHEN 'merge' THEN 1 WHEN 'split' THEN 2 END, 0),
    CASE WHEN d.id IS NULL THEN ''
      WHEN d.action = 'new' AND d.reason = 'first mention: no compatible event' THEN NULL ELSE d.reason END
  FROM (SELECT *, CASE WHEN substr(mention_key, 1, length(key_prefix) + 1) = key_prefix || ':'
                  THEN CAST(substr(mention_key, length(key_prefix) + 2) AS INTEGER) ELSE 0 END AS occurrence
        FROM event_mentions_v7) m
  LEFT JOIN event_decisions_v7 d ON d.id = m.decision_id;

INSERT INTO event_mention_participants(mention_id, entity_id, class, merge_first, merge_last)
  SELECT mention_id, entity_id, class, merge_first, merge_last FROM event_mention_participants_v7;

INSERT INTO event_decisions(id, mention_key, event_id, action, reason, created_at)
  SELECT id, mention_key, event_id, action, reason, created_at FROM event_decisions_v7 WHERE manual = 1;

INSERT INTO times(id, revision_id, span_start, span_end, text, type, value, mod, resolved, first_day, last_day,
                  method, confidence)
  SELECT id, revision_id, span_start, span_end, text, type, value, mod, resolved, first_day, last_day, method,
         confidence FROM times_v7;

INSERT INTO entity_mentions(id, entity_id, revision_id, span_start, span_end, method)
  SELECT id, entity_id, revision_id, span_start, span_end, method FROM entity_mentions_v7;

DROP TABLE events_v7;
DROP TABLE event_mentions_v7;
DROP TABLE event_mention_participants_v7;
DROP TABLE event_decisions_v7;
DROP TABLE times_v7;
DROP TABLE entity_mentions_v7;
DROP TABLE statements_v7;
DROP TABLE claim_mentions_v7;
