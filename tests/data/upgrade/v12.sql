-- claimline database as released at schema version 12: migrations 0001..0012 verbatim as
-- released, then the rows of v11.sql (migration 0012 adds no table or column). Loading it
-- needs the body functions (store/body_functions.h) on the connection.
-- Frozen: never regenerate from a later migrations/.
-- tests/reliability/upgrade_test.cc loads it, upgrades it and checks the data survives.
PRAGMA foreign_keys = ON;
BEGIN;


-- ==== 0001_init.sql ====
-- Schema version 1: outlets, articles with revisions, full-text search.
--
-- An article is one story at one outlet, identified by its URL when it has one; each
-- distinct body seen for it is a revision. Extracted rows (later migrations) point at the
-- revision whose body their byte spans index.

CREATE TABLE outlets (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,                 -- display name, e.g. "The Hill"
  key         TEXT NOT NULL UNIQUE,          -- normalised name: lower-case letters and digits
  created_at  TEXT NOT NULL
);

CREATE TABLE outlet_aliases (
  key        TEXT PRIMARY KEY,               -- normalised alias ("thehill")
  outlet_id  INTEGER NOT NULL REFERENCES outlets(id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,                  -- as first seen ("THEHILL", "thehill.com")
  method     TEXT NOT NULL                   -- how it was learned: name, domain, code, manual
) WITHOUT ROWID;
CREATE INDEX outlet_aliases_outlet ON outlet_aliases(outlet_id);

CREATE TABLE articles (
  id               INTEGER PRIMARY KEY,
  outlet_id        INTEGER REFERENCES outlets(id),
  url              TEXT,                     -- canonical URL, NULL when the input had none
  latest_revision  INTEGER NOT NULL DEFAULT 0,  -- number of its newest revision
  published_at     INTEGER,                  -- Unix seconds of the newest revision; NULL if undated
  created_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_outlet ON articles(outlet_id, published_at);
CREATE INDEX articles_published ON articles(published_at);

CREATE TABLE revisions (
  id                   INTEGER PRIMARY KEY,
  article_id           INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  number               INTEGER NOT NULL,     -- 1 for the first version seen, then 2, 3, ...
  title                TEXT,
  author               TEXT,
  published            TEXT,                 -- ISO 8601 at its precision; NULL when undated
  published_at         INTEGER,              -- Unix seconds (UTC) of `published`; NULL when undated
  published_precision  TEXT NOT NULL DEFAULT 'none'
                       CHECK (published_precision IN ('none','year','month','day','minute','second')),
  body                 TEXT NOT NULL,
  content_hash         TEXT NOT NULL,        -- SHA-256 of the body, hex
  bytes                INTEGER NOT NULL,
  source               TEXT,                 -- file (and line) it was read from
  format               TEXT,                 -- text, md, json, jsonl, html
  ingested_at          TEXT NOT NULL,
  UNIQUE (article_id, number)
);
CREATE INDEX revisions_hash ON revisions(content_hash);
CREATE INDEX revisions_published ON revisions(published_at);

CREATE VIRTUAL TABLE revisions_fts USING fts5(
  title, body, content='revisions', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER revisions_fts_insert AFTER INSERT ON revisions BEGIN
  INSERT INTO revisions_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER revisions_fts_delete AFTER DELETE ON revisions BEGIN
  INSERT INTO revisions_fts(revisions_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER revisions_fts_update AFTER UPDATE OF title, body ON revisions BEGIN
  INSERT INTO revisions_fts(revisions_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO revisions_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- ==== 0002_times.sql ====
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

-- ==== 0003_statements.sql ====
-- Schema version 3: entities (one row per real-world entity across articles, with its
-- aliases and roles), their mentions, and statements with provenance.

CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,                -- the fullest name seen ("Steve Witkoff")
  kind        TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'place', 'group')),
  created_at  TEXT NOT NULL
);

CREATE TABLE entity_aliases (
  key        TEXT NOT NULL,                 -- entity_key() of the alias
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,                 -- as first seen
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);

CREATE TABLE entity_roles (
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  role       TEXT NOT NULL,
  PRIMARY KEY (entity_id, role)
) WITHOUT ROWID;

CREATE TABLE entity_mentions (
  id           INTEGER PRIMARY KEY,
  entity_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  revision_id  INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL CHECK (span_end > span_start),
  method       TEXT NOT NULL
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, revision_id);
CREATE INDEX entity_mentions_revision ON entity_mentions(revision_id);

CREATE TABLE statements (
  id                 INTEGER PRIMARY KEY,
  revision_id        INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
  kind               TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
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
  stance_cue         TEXT,                  -- assert, deny, accuse, urge, hope, predict, question, confirm
  place              TEXT,                  -- where it was said ("on social media")
  said               TEXT,                  -- when it was said, as written
  said_value         TEXT,                  -- ... as a TimeML value, when resolved
  said_first_day     TEXT,
  said_last_day      TEXT,
  confidence         REAL NOT NULL,
  method             TEXT NOT NULL          -- rule name, or 'manual'
);
CREATE INDEX statements_revision ON statements(revision_id, span_start);
CREATE INDEX statements_speaker ON statements(speaker_entity_id);

CREATE VIRTUAL TABLE statements_fts USING fts5(
  text, speaker, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
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

-- ==== 0004_claims.sql ====
-- Schema version 4: claims tracked across articles, and their mentions with stance.
--
-- A mention links a claim to a revision at one of three levels: the article as a whole
-- (its own stance), one statement in it (the speaker's stance), or a passage in the
-- article's own voice. Rows made by hand (method 'manual') are never replaced by a scan;
-- a manual row of stance 'unrelated' records an unlink, so a scan cannot bring it back.

CREATE TABLE claims (
  id           INTEGER PRIMARY KEY,
  text         TEXT NOT NULL,
  origin       TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggested')),
  merged_into  INTEGER REFERENCES claims(id),   -- set when merged into another claim
  created_at   TEXT NOT NULL
);

CREATE TABLE claim_aliases (
  claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  text      TEXT NOT NULL,
  PRIMARY KEY (claim_id, text)
) WITHOUT ROWID;

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

-- ==== 0005_events.sql ====
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

-- ==== 0006_ingest_indexes.sql ====
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

-- ==== 0007_merge_lookup.sql ====
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

-- ==== 0008_compact.sql ====
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

-- ==== 0009_fts_by_store.sql ====
-- Schema version 9: new rows of revisions and statements reach their full-text indexes
-- through the store (ArticleStore, ExtractionStore), not through AFTER INSERT triggers.
--
-- Why (issue 9): a statement that fires a trigger runs under a statement journal, and SQLite
-- opens a savepoint on every virtual table written in the transaction for each such
-- statement; FTS5 answers every savepoint by writing its pending terms to disk as a new
-- segment. With the triggers, a bulk load of 256 articles wrote one small segment per
-- revision and per statement and spent its time merging them (14% of the load's CPU at
-- 30,000 articles). Written by plain single-row INSERTs, the terms of a whole transaction
-- are flushed once at commit.
--
-- The delete and update triggers stay: deletions and edits are rare and must keep the
-- index exact. Whoever inserts into revisions or statements also inserts the same rowid
-- and columns into revisions_fts or statements_fts ('claimline check' verifies both).

DROP TRIGGER revisions_fts_insert;
DROP TRIGGER statements_fts_insert;

-- ==== 0010_participant_events.sql ====
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

-- ==== 0011_packed_bodies.sql ====
-- Schema version 11: article bodies are stored packed (one Zstandard frame each, see
-- src/util/compress.h), and the full-text index of revisions reads them through a view;
-- a statement whose text is its span of the body stores '' instead of a copy; the two
-- commonest placement reasons are stored as a marker and their argument; and
-- events.created_at is Unix seconds.
--
-- Why (issue 9): the database was 3.8 times the raw text against a bar of 3, and the bodies
-- themselves were 1.1 of that (the text plus page overhead); news prose packs to about a
-- third. Spans are read back through the SQL functions body_text and body_span that every
-- claimline connection registers (src/store/body_functions.h); they read a body stored as
-- text unchanged, so a row written by another tool stays readable.
--
-- The index keeps its terms: only its content table changes, from revisions to the view
-- revisions_content, so it is dropped, created anew and rebuilt from the view. The delete
-- and update triggers hand the index the text, not the packed bytes.

DROP TRIGGER revisions_fts_delete;
DROP TRIGGER revisions_fts_update;
DROP TABLE revisions_fts;

UPDATE revisions SET body = body_pack(body) WHERE typeof(body) = 'text';

CREATE VIEW revisions_content(id, title, body) AS SELECT id, title, body_text(body) FROM revisions;

CREATE VIRTUAL TABLE revisions_fts USING fts5(
  title, body, content='revisions_content', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO revisions_fts(revisions_fts) VALUES ('rebuild');

CREATE TRIGGER revisions_fts_delete AFTER DELETE ON revisions BEGIN
  INSERT INTO revisions_fts(revisions_fts, rowid, title, body) VALUES ('delete', old.id, old.title, body_text(old.body));
END;
CREATE TRIGGER revisions_fts_update AFTER UPDATE OF title, body ON revisions BEGIN
  INSERT INTO revisions_fts(revisions_fts, rowid, title, body) VALUES ('delete', old.id, old.title, body_text(old.body));
  INSERT INTO revisions_fts(rowid, title, body) VALUES (new.id, new.title, body_text(new.body));
END;

-- statements.text: '' when the text is the body's bytes [span_start, span_end), as it is for
-- most statements (not for quotes joined from pieces or tidied); readers take the span then
-- (store/codes.h, statement_text_sql). A statement's text is never empty otherwise. Its
-- full-text index reads the text through the view statements_content, so it is made anew.
-- The delete trigger reads the body of a deleted statement's revision, which must still be
-- there: a revision's statements are deleted just before it, not by ON DELETE CASCADE after.
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update;
DROP TABLE statements_fts;

UPDATE statements SET text = '' WHERE text = (SELECT body_span(r.body, statements.span_start, statements.span_end)
                                               FROM revisions r WHERE r.id = statements.revision_id);

CREATE VIEW statements_content(id, text, speaker) AS
  SELECT s.id, CASE WHEN s.text = '' THEN body_span(r.body, s.span_start, s.span_end) ELSE s.text END, s.speaker
  FROM statements s JOIN revisions r ON r.id = s.revision_id;

CREATE VIRTUAL TABLE statements_fts USING fts5(
  text, speaker, content='statements_content', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');

CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text, speaker) VALUES ('delete', old.id,
    CASE WHEN old.text = '' THEN (SELECT body_span(r.body, old.span_start, old.span_end) FROM revisions r
                                  WHERE r.id = old.revision_id) ELSE old.text END, old.speaker);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text, speaker ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text, speaker) VALUES ('delete', old.id,
    CASE WHEN old.text = '' THEN (SELECT body_span(r.body, old.span_start, old.span_end) FROM revisions r
                                  WHERE r.id = old.revision_id) ELSE old.text END, old.speaker);
  INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id,
    CASE WHEN new.text = '' THEN (SELECT body_span(r.body, new.span_start, new.span_end) FROM revisions r
                                  WHERE r.id = new.revision_id) ELSE new.text END, new.speaker);
END;
CREATE TRIGGER revisions_statements_first BEFORE DELETE ON revisions BEGIN
  DELETE FROM statements WHERE revision_id = old.id;
END;

-- events.created_at was ISO text, 21 bytes of a row of about 45 written once per event and
-- never read back by a query; as Unix seconds it takes 5. (ADD COLUMN cannot say NOT NULL
-- without a default; the store always writes it.)
ALTER TABLE events ADD COLUMN created_unix INTEGER;
UPDATE events SET created_unix = CAST(strftime('%s', created_at) AS INTEGER);
ALTER TABLE events DROP COLUMN created_at;
ALTER TABLE events RENAME COLUMN created_unix TO created_at;

-- event_mentions.reason: "refers back to “X” earlier in the same article" (a fifth of all
-- mentions, 52 bytes on average) is stored as char(1) || X, and "the same mention in
-- revision N of this article" as char(2) || N (store/codes.h, encode_reason and reason_sql).
UPDATE event_mentions SET reason = char(1) || substr(reason, 17, length(reason) - 45)
  WHERE reason GLOB 'refers back to “?*” earlier in the same article';
UPDATE event_mentions SET reason = char(2) || substr(reason, 30, length(reason) - 45)
  WHERE reason GLOB 'the same mention in revision ?* of this article';

-- ==== 0012_checks_in_place.sql ====
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

-- Version 1..7 rows (those of v7.sql), as migration 0008 leaves them.
INSERT INTO outlets VALUES(1,'Granite Wire','granitewire','2025-03-12T08:00:00Z');
INSERT INTO outlets VALUES(2,'Harbor Post','harborpost','2025-03-12T08:00:01Z');
INSERT INTO outlet_aliases VALUES('granitewire',1,'Granite Wire','name');
INSERT INTO outlet_aliases VALUES('granitewireexample',1,'granitewire.example','domain');
INSERT INTO outlet_aliases VALUES('harborpost',2,'Harbor Post','name');
INSERT INTO articles VALUES(1,1,'https://granitewire.example/kyiv-talks',2,1741771800,'2025-03-12T08:00:00Z');
INSERT INTO articles VALUES(2,2,NULL,1,NULL,'2025-03-12T08:00:01Z');
INSERT INTO revisions VALUES(1,1,1,'Talks to resume, Okafor says','Lena Hartmann','2025-03-12T09:30Z',1741771800,'minute','KYIV — Maria Okafor said on Tuesday that the talks would resume on March 12. "We are ready to sign," said Tomas Vidal, a spokesman for the ministry.','0e7a91544927b9faa01553a4e7faa5a4fe2962107bd4ac7893424854b0738b6d',150,'kyiv.txt','text','2025-03-12T08:00:00Z');
INSERT INTO revisions VALUES(2,1,2,'Talks to resume, Okafor says','Lena Hartmann','2025-03-12T09:30Z',1741771800,'minute','KYIV — Maria Okafor said on Tuesday that the talks would resume on March 12. "We are ready to sign," said Tomas Vidal, a spokesman for the ministry. The ministry denied that troops were surrounded near Sudzha.','e4d4d7e74aa0e5646961790a44a5d355005fd96c65af10497107f4a5f4357b01',211,'kyiv-updated.txt','text','2025-03-12T10:00:00Z');
INSERT INTO revisions VALUES(3,2,1,'Leaders spoke last week',NULL,NULL,NULL,'none','GENEVA — A phone call between the two leaders took place last week, officials said.','7653a116ba9024ddc3b36d0b78dc3d2d5087388236d9fcbd10d7b99178d92647',85,'briefs.jsonl:3','jsonl','2025-03-12T08:00:01Z');
INSERT INTO methods VALUES(1,'event-noun');
INSERT INTO methods VALUES(2,'gazetteer');
INSERT INTO methods VALUES(3,'manual');
INSERT INTO methods VALUES(4,'month-day');
INSERT INTO methods VALUES(5,'name');
INSERT INTO methods VALUES(6,'quote-said-name');
INSERT INTO methods VALUES(7,'reported-speech');
INSERT INTO methods VALUES(8,'verb+future');
INSERT INTO methods VALUES(9,'weekday');
INSERT INTO times VALUES(1,2,27,37,NULL,0,'2025-03-11',NULL,1,20158,20158,9,0.9000000000000000222);
INSERT INTO times VALUES(2,2,69,77,NULL,0,'2025-03-12',NULL,1,20159,20159,4,1.0);
INSERT INTO times VALUES(3,3,59,68,NULL,0,'PAST_REF','APPROX',0,NULL,NULL,3,1.0);
INSERT INTO entities VALUES(1,'Maria Okafor','person','2025-03-12T08:00:00Z');
INSERT INTO entities VALUES(2,'Tomas Vidal','person','2025-03-12T08:00:00Z');
INSERT INTO entities VALUES(3,'Sudzha','place','2025-03-12T10:00:00Z');
INSERT INTO entity_aliases VALUES('maria okafor',1,'Maria Okafor');
INSERT INTO entity_aliases VALUES('okafor',1,'Okafor');
INSERT INTO entity_aliases VALUES('sudzha',3,'Sudzha');
INSERT INTO entity_aliases VALUES('tomas vidal',2,'Tomas Vidal');
INSERT INTO entity_roles VALUES(2,'spokesman');
INSERT INTO entity_mentions VALUES(1,1,2,9,21,5);
INSERT INTO entity_mentions VALUES(2,2,2,108,119,5);
INSERT INTO entity_mentions VALUES(3,3,2,204,210,2);
INSERT INTO statements VALUES(1,2,0,80,101,'We are ready to sign,','Tomas Vidal',2,108,119,'said',103,107,0,NULL,NULL,NULL,NULL,NULL,0.94999999999999995559,6);
INSERT INTO statements VALUES(2,2,1,43,77,'the talks would resume on March 12','Maria Okafor',1,9,21,'said',22,26,5,NULL,'on Tuesday','2025-03-11',20158,20158,0.8000000000000000444,7);
INSERT INTO claims VALUES(1,'Troops are surrounded near Sudzha','manual',NULL,'2025-03-13T09:00:00Z');
INSERT INTO claims VALUES(2,'Troops are encircled at Sudzha','suggested',1,'2025-03-13T09:05:00Z');
INSERT INTO claim_aliases VALUES(1,'Sudzha encirclement');
INSERT INTO claim_mentions VALUES(1,1,2,'article',NULL,'discusses',NULL,NULL,NULL,NULL,0.69999999999999995559,'stance-v1',NULL,'2025-03-13T09:00:00Z');
INSERT INTO claim_mentions VALUES(2,1,2,'statement',1,'denies',80,101,'Tomas Vidal',2,0.59999999999999997779,'stance-v1',NULL,'2025-03-13T09:00:00Z');
INSERT INTO claim_mentions VALUES(3,1,2,'passage',NULL,'denies',151,211,NULL,NULL,1.0,'manual','checked by hand','2025-03-13T09:10:00Z');
INSERT INTO events VALUES(1,'call','phone call',20150,20156,0,1,'2025-03-12T08:00:01Z');
INSERT INTO events VALUES(2,'talks','resume',20159,20159,1,1,'2025-03-12T10:00:00Z');
INSERT INTO event_mentions VALUES(1,1,3,1,NULL,0,85,13,23,NULL,'call','call',0,'positive','certain',NULL,NULL,20159,0,NULL,NULL,20159,0.8000000000000000444,1,0,'no earlier call');
INSERT INTO event_mentions VALUES(2,2,2,1,NULL,0,78,59,65,NULL,'resume','talks',1,'positive','probable','2025-03-12',20159,20159,1,0,20159,20159,0.69999999999999995559,8,0,'no earlier talks');
INSERT INTO event_mention_participants(mention_id, entity_id, class, merge_first, merge_last) VALUES(2,1,'talks',20159,20159);
INSERT INTO event_mention_participants(mention_id, entity_id, class, merge_first, merge_last) VALUES(2,2,'talks',20159,20159);
INSERT INTO event_split_sources VALUES(2);
INSERT INTO event_decisions VALUES(3,'1:talks:resume:1',2,'split','kept apart by hand','2025-03-13T11:00:00Z');

-- Version 8 rows: a mention stored by schema 8 (codes, day numbers, key and trigger read from
-- the body, its placement in the row), one whose key and trigger are not the body's (kept as
-- written), a time expression whose text is not its span's, a method of its own, statements
-- with coded kinds and stance cues (one outside the code book) and day numbers.
INSERT INTO methods(id, name) VALUES (100, 'verb+status.past'), (101, 'entities');
INSERT INTO events(id, class, label, first_day, last_day, status, mentions, created_at) VALUES
  (3, 'denial', 'deny', 20159, 20159, 5, 1, '2025-03-12T10:00:00Z'),
  (4, 'talks', 'resume', NULL, 20159, 1, 1, '2025-03-14T09:00:00Z');
INSERT INTO event_mentions(id, event_id, revision_id, occurrence, key, span_start, span_end, trigger_start,
                           trigger_end, trigger, lemma, class, status, polarity, certainty, time_value, first_day,
                           last_day, precision, time_source, merge_first, merge_last, confidence, method, action,
                           reason) VALUES
  (3, 3, 2, 1, NULL, 151, 211, 164, 170, NULL, 'deny', 'denial', 5, 1, 0, NULL, NULL, 20159, 0, 1, 20153,
   20159, 0.75, 100, 0, NULL),
  (4, 4, 1, 1, 'legacy-key-1', 43, 77, 59, 65, 'Resume', 'resume', 'talks', 1, 0, 1, NULL, NULL, 20159, 0, 1,
   20153, 20159, 0.6, (SELECT id FROM methods WHERE name = 'manual'), 2, 'split by hand from event 2');
INSERT INTO event_mention_participants(mention_id, entity_id, class, merge_first, merge_last) VALUES
  (3, 3, 'denial', 20153, 20159);
INSERT INTO times(id, revision_id, span_start, span_end, text, type, value, mod, resolved, first_day, last_day,
                  method, confidence) VALUES
  (4, 1, 69, 77, 'March 12th', 0, '2025-03-12', NULL, 1, 20159, 20159,
   (SELECT id FROM methods WHERE name = 'manual'), 1.0);
INSERT INTO entity_mentions(id, entity_id, revision_id, span_start, span_end, method) VALUES
  (4, 1, 1, 9, 21, 101);
INSERT INTO statements(id, revision_id, kind, span_start, span_end, text, speaker, speaker_entity_id, speaker_start,
                       speaker_end, cue, cue_start, cue_end, stance_cue, place, said, said_value, said_first_day,
                       said_last_day, confidence, method) VALUES
  (3, 1, 1, 43, 77, 'the talks would resume on March 12', 'Maria Okafor', 1, 9, 21, 'said', 22, 26, 5, NULL,
   'on Tuesday', '2025-03-11', 20158, 20158, 0.8, 100),
  (4, 1, 0, 80, 101, 'We are ready to sign,', 'Tomas Vidal', 2, 108, 119, 'said', 103, 107, 'reassure', NULL,
   NULL, NULL, NULL, NULL, 0.95, (SELECT id FROM methods WHERE name = 'manual'));

-- Version 9: the store adds each new revision and statement to its full-text index.
INSERT INTO revisions_fts(rowid, title, body) SELECT id, title, body FROM revisions ORDER BY id;
INSERT INTO statements_fts(rowid, text, speaker) SELECT id, text, speaker FROM statements ORDER BY id;

-- Version 10: participant rows name their mention's event.
UPDATE event_mention_participants SET event_id = (SELECT m.event_id FROM event_mentions m WHERE m.id = mention_id);

-- Version 11: bodies are stored packed (the update trigger re-indexes them from their text),
-- a statement's text that is its span of the body as '', events.created_at as Unix seconds,
-- the two commonest placement reasons as a marker and their argument.
UPDATE revisions SET body = body_pack(body);
UPDATE statements SET text = '' WHERE text = (SELECT body_span(r.body, statements.span_start, statements.span_end)
                                               FROM revisions r WHERE r.id = statements.revision_id);
UPDATE events SET created_at = CAST(strftime('%s', created_at) AS INTEGER);
UPDATE event_mentions SET reason = char(1) || substr(reason, 17, length(reason) - 45)
  WHERE reason GLOB 'refers back to “?*” earlier in the same article';
UPDATE event_mentions SET reason = char(2) || substr(reason, 30, length(reason) - 45)
  WHERE reason GLOB 'the same mention in revision ?* of this article';

PRAGMA user_version = 12;
PRAGMA application_id = 1131179340;
COMMIT;
