-- claimline database as released at schema version 3: migrations 0001..0003 verbatim as
-- released, then rows in every table. Frozen: never regenerate from a later migrations/.
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

-- Version 1 rows: two outlets with aliases, two articles (one revised, one undated).
INSERT INTO outlets(id, name, key, created_at) VALUES
  (1, 'Granite Wire', 'granitewire', '2025-03-12T08:00:00Z'),
  (2, 'Harbor Post', 'harborpost', '2025-03-12T08:00:01Z');
INSERT INTO outlet_aliases(key, outlet_id, alias, method) VALUES
  ('granitewire', 1, 'Granite Wire', 'name'),
  ('granitewireexample', 1, 'granitewire.example', 'domain'),
  ('harborpost', 2, 'Harbor Post', 'name');
INSERT INTO articles(id, outlet_id, url, latest_revision, published_at, created_at) VALUES
  (1, 1, 'https://granitewire.example/kyiv-talks', 2, 1741771800, '2025-03-12T08:00:00Z'),
  (2, 2, NULL, 1, NULL, '2025-03-12T08:00:01Z');
INSERT INTO revisions(id, article_id, number, title, author, published, published_at, published_precision,
                      body, content_hash, bytes, source, format, ingested_at) VALUES
  (1, 1, 1, 'Talks to resume, Okafor says', 'Lena Hartmann', '2025-03-12T09:30Z', 1741771800, 'minute',
   'KYIV — Maria Okafor said on Tuesday that the talks would resume on March 12. "We are ready to sign," said Tomas Vidal, a spokesman for the ministry.', '0e7a91544927b9faa01553a4e7faa5a4fe2962107bd4ac7893424854b0738b6d', 150, 'kyiv.txt', 'text', '2025-03-12T08:00:00Z'),
  (2, 1, 2, 'Talks to resume, Okafor says', 'Lena Hartmann', '2025-03-12T09:30Z', 1741771800, 'minute',
   'KYIV — Maria Okafor said on Tuesday that the talks would resume on March 12. "We are ready to sign," said Tomas Vidal, a spokesman for the ministry. The ministry denied that troops were surrounded near Sudzha.', 'e4d4d7e74aa0e5646961790a44a5d355005fd96c65af10497107f4a5f4357b01', 211, 'kyiv-updated.txt', 'text', '2025-03-12T10:00:00Z'),
  (3, 2, 1, 'Leaders spoke last week', NULL, NULL, NULL, 'none',
   'GENEVA — A phone call between the two leaders took place last week, officials said.', '7653a116ba9024ddc3b36d0b78dc3d2d5087388236d9fcbd10d7b99178d92647', 85, 'briefs.jsonl:3', 'jsonl', '2025-03-12T08:00:01Z');

-- Version 2 rows: time expressions.
INSERT INTO times(id, revision_id, span_start, span_end, text, type, value, mod, resolved, first_day, last_day,
                  method, confidence) VALUES
  (1, 2, 27, 37, 'on Tuesday', 'DATE', '2025-03-11', NULL, 1, '2025-03-11', '2025-03-11', 'weekday', 0.9),
  (2, 2, 69, 77, 'March 12', 'DATE', '2025-03-12', NULL, 1, '2025-03-12', '2025-03-12', 'month-day', 1.0),
  (3, 3, 59, 68, 'last week', 'DATE', 'PAST_REF', 'APPROX', 0, NULL, NULL, 'manual', 1.0);

-- Version 3 rows: entities with aliases and roles, their mentions, statements.
INSERT INTO entities(id, name, kind, created_at) VALUES
  (1, 'Maria Okafor', 'person', '2025-03-12T08:00:00Z'),
  (2, 'Tomas Vidal', 'person', '2025-03-12T08:00:00Z'),
  (3, 'Sudzha', 'place', '2025-03-12T10:00:00Z');
INSERT INTO entity_aliases(key, entity_id, alias) VALUES
  ('maria okafor', 1, 'Maria Okafor'), ('okafor', 1, 'Okafor'), ('tomas vidal', 2, 'Tomas Vidal'),
  ('sudzha', 3, 'Sudzha');
INSERT INTO entity_roles(entity_id, role) VALUES (2, 'spokesman');
INSERT INTO entity_mentions(id, entity_id, revision_id, span_start, span_end, method) VALUES
  (1, 1, 2, 9, 21, 'name'), (2, 2, 2, 108, 119, 'name'), (3, 3, 2, 204, 210, 'gazetteer');
INSERT INTO statements(id, revision_id, kind, span_start, span_end, text, speaker, speaker_entity_id,
                       speaker_start, speaker_end, cue, cue_start, cue_end, stance_cue, place, said, said_value,
                       said_first_day, said_last_day, confidence, method) VALUES
  (1, 2, 'direct', 80, 101, 'We are ready to sign,', 'Tomas Vidal', 2, 108, 119, 'said',
   103, 107, 'assert', NULL, NULL, NULL, NULL, NULL, 0.95, 'quote-said-name'),
  (2, 2, 'indirect', 43, 77, 'the talks would resume on March 12', 'Maria Okafor', 1, 9, 21,
   'said', 22, 26, 'predict', NULL, 'on Tuesday', '2025-03-11', '2025-03-11', '2025-03-11', 0.8,
   'reported-speech');

PRAGMA user_version = 3;
PRAGMA application_id = 1131179340;
COMMIT;
