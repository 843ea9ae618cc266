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
