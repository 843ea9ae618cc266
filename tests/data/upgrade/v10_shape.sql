-- Revisions, statements, events and event mentions read back in their schema 10 shape
-- (migrations/0011_packed_bodies.sql): a body as its text, a statement's text that is its
-- span ('') as the span, an event's created_at as ISO text, a mention's reason in full. TEMP views of the same names:
-- upgrade_test.cc compares an upgraded fixture's rows through them (v7_shape.sql replaces
-- the events, statements and event_mentions views for older fixtures). Needs the body functions on the connection.
CREATE TEMP VIEW revisions AS SELECT id, article_id, number, title, author, published, published_at,
  published_precision, body_text(body) AS body, content_hash, bytes, source, format, ingested_at
  FROM main.revisions;
CREATE TEMP VIEW events AS SELECT id, class, label, first_day, last_day, status, mentions,
  strftime('%Y-%m-%dT%H:%M:%SZ', created_at, 'unixepoch') AS created_at FROM main.events;
CREATE TEMP VIEW statements AS SELECT s.id, s.revision_id, s.kind, s.span_start, s.span_end,
  CASE WHEN s.text = '' THEN CAST(substr(CAST(body_text(r.body) AS BLOB), s.span_start + 1, s.span_end - s.span_start) AS TEXT)
    ELSE s.text END AS text,
  s.speaker, s.speaker_entity_id, s.speaker_start, s.speaker_end, s.cue, s.cue_start, s.cue_end, s.stance_cue,
  s.place, s.said, s.said_value, s.said_first_day, s.said_last_day, s.confidence, s.method
  FROM main.statements s JOIN main.revisions r ON r.id = s.revision_id;
CREATE TEMP VIEW event_mentions AS SELECT id, event_id, revision_id, occurrence, key, span_start, span_end,
  trigger_start, trigger_end, trigger, lemma, class, status, polarity, certainty, time_value, first_day, last_day,
  precision, time_source, merge_first, merge_last, confidence, method, action,
  CASE substr(reason, 1, 1)
    WHEN char(1) THEN 'refers back to “' || substr(reason, 2) || '” earlier in the same article'
    WHEN char(2) THEN 'the same mention in revision ' || substr(reason, 2) || ' of this article'
    ELSE reason END AS reason
  FROM main.event_mentions;
