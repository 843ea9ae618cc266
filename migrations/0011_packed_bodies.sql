-- Schema version 11: article bodies are stored packed (one Zstandard frame each, see
-- src/util/compress.h), and the full-text index of revisions reads them through a view.
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
