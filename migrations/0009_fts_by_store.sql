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
