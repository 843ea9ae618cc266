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
