-- Revisions read back in their schema 10 shape, a body as its text (schema 11 packs bodies,
-- migrations/0011_packed_bodies.sql), as a TEMP view of the same name: upgrade_test.cc
-- compares an upgraded fixture's rows through it. Needs the body functions on the connection.
CREATE TEMP VIEW revisions AS SELECT id, article_id, number, title, author, published, published_at,
  published_precision, body_text(body) AS body, content_hash, bytes, source, format, ingested_at
  FROM main.revisions;
