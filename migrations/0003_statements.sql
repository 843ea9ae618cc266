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
