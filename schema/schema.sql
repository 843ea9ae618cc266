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

-- The body is stored packed (migration 0011); body_text() and body_span() read it.
CREATE VIEW revisions_content(id, title, body) AS SELECT id, title, body_text(body) FROM revisions;

CREATE VIRTUAL TABLE revisions_fts USING fts5(
  title, body, content='revisions_content', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER revisions_fts_delete AFTER DELETE ON revisions BEGIN
  INSERT INTO revisions_fts(revisions_fts, rowid, title, body) VALUES ('delete', old.id, old.title, body_text(old.body));
END;
CREATE TRIGGER revisions_fts_update AFTER UPDATE OF title, body ON revisions BEGIN
  INSERT INTO revisions_fts(revisions_fts, rowid, title, body) VALUES ('delete', old.id, old.title, body_text(old.body));
  INSERT INTO revisions_fts(rowid, title, body) VALUES (new.id, new.title, body_text(new.body));
END;

CREATE TABLE methods (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE                 -- rule names, or 'manual'
);

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
CREATE INDEX times_revision ON times(revision_id, span_start);
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
  method       INTEGER NOT NULL REFERENCES methods(id)
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, revision_id);
CREATE INDEX entity_mentions_revision ON entity_mentions(revision_id);

-- (schema 8: kind and stance cue codes, day numbers, method ids)
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

-- A statement's text is '' when it is its span of the body (migration 0011).
CREATE VIEW statements_content(id, text, speaker) AS
  SELECT s.id, CASE WHEN s.text = '' THEN body_span(r.body, s.span_start, s.span_end) ELSE s.text END, s.speaker
  FROM statements s JOIN revisions r ON r.id = s.revision_id;

CREATE VIRTUAL TABLE statements_fts USING fts5(
  text, speaker, content='statements_content', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
-- (schema 9: a new statement is added to statements_fts by the store, as revisions are.)
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
-- Schema version 5: events (one row per real-world event across articles), their mentions
-- in each revision with each mention's own dating and status, and the decisions that put
-- each mention in its event: automatic merges with their reason, and manual merges and
-- splits, which outlive re-extraction because they name mentions by a stable key.

-- Schema 8 (migrations/0008_compact.sql) stores days as day numbers, statuses and the like as
-- codes (store/codes.h), rule names in methods, derives a mention's key and trigger from the
-- body, and keeps the decision that placed each mention in its row; event_decisions holds the
-- manual ones. (events_days went in schema 8.)
CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  class       TEXT NOT NULL,                 -- "call", "ceasefire", "attack", ...
  label       TEXT NOT NULL,                 -- the lemma of its first mention ("call")
  first_day   INTEGER,                       -- earliest day its dated mentions allow (day number)
  last_day    INTEGER,                       -- latest day
  status      INTEGER CHECK (status BETWEEN 0 AND 5),  -- code of its most recently published mention's
  mentions    INTEGER NOT NULL DEFAULT 0,    -- number of mention rows
  created_at INTEGER);
-- events.created_at: Unix seconds (migration 0011).

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
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_revision ON event_mentions(revision_id);

-- (schema 10: event_id, its mention's event, copied as class and interval are)
CREATE TABLE event_mention_participants (
  mention_id  INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  class       TEXT,                          -- its mention's class and merge interval, copied
  merge_first INTEGER,
  merge_last  INTEGER,
  event_id    INTEGER,                       -- its mention's event (schema 10)
  PRIMARY KEY (mention_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX event_mention_participants_entity ON event_mention_participants(entity_id, class, merge_last, merge_first,
                                                                            event_id);

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

-- Events a mention was split from by hand (schema 7): the only events that can be left with
-- no mention speaking for them (all referring back), which merging checks apart.
CREATE TABLE event_split_sources (
  event_id  INTEGER PRIMARY KEY
);
