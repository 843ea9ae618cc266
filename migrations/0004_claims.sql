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
