-- The tables schema 8 re-encoded (migrations/0008_compact.sql), read back in their schema 7
-- shape, as TEMP views of the same names (which SQLite resolves before the main tables):
-- upgrade_test.cc compares an upgraded fixture's rows through them. Written out here rather
-- than taken from store/codes.h, so that the encodings are checked against a second spelling.
-- Bodies are read through body_text, events.created_at from Unix seconds, a statement's
-- text '' as its span, a placement reason in full (schema 11; v10_shape.sql).
DROP VIEW IF EXISTS temp.events;
CREATE TEMP VIEW events AS SELECT id, class, label,
  date(first_day + 2440587.5) AS first_day, date(last_day + 2440587.5) AS last_day,
  CASE status WHEN 0 THEN 'occurred' WHEN 1 THEN 'expected' WHEN 2 THEN 'proposed' WHEN 3 THEN 'ongoing'
    WHEN 4 THEN 'cancelled' WHEN 5 THEN 'denied' ELSE status END AS status,
  mentions, strftime('%Y-%m-%dT%H:%M:%SZ', created_at, 'unixepoch') AS created_at FROM main.events;

DROP VIEW IF EXISTS temp.event_mentions;
CREATE TEMP VIEW event_mentions AS SELECT m.id, m.event_id, m.revision_id,
  coalesce(m.key, r.article_id || ':' || m.class || ':' ||
    lower(CAST(substr(CAST(body_text(r.body) AS BLOB), m.trigger_start + 1, m.trigger_end - m.trigger_start) AS TEXT)) || ':' ||
    m.occurrence) AS mention_key,
  m.span_start, m.span_end, m.trigger_start, m.trigger_end,
  coalesce(m.trigger, CAST(substr(CAST(body_text(r.body) AS BLOB), m.trigger_start + 1, m.trigger_end - m.trigger_start) AS TEXT))
    AS trigger,
  m.lemma, m.class,
  CASE m.status WHEN 0 THEN 'occurred' WHEN 1 THEN 'expected' WHEN 2 THEN 'proposed' WHEN 3 THEN 'ongoing'
    WHEN 4 THEN 'cancelled' WHEN 5 THEN 'denied' ELSE m.status END AS status,
  CASE m.polarity WHEN 0 THEN 'POS' WHEN 1 THEN 'NEG' WHEN 2 THEN 'UNDERSPECIFIED' ELSE m.polarity END AS polarity,
  CASE m.certainty WHEN 0 THEN 'CERTAIN' WHEN 1 THEN 'PROBABLE' WHEN 2 THEN 'POSSIBLE' WHEN 3 THEN 'UNDERSPECIFIED'
    ELSE m.certainty END AS certainty,
  m.time_value, date(m.first_day + 2440587.5) AS first_day, date(m.last_day + 2440587.5) AS last_day,
  CASE m.precision WHEN 0 THEN 'unknown' WHEN 1 THEN 'day' WHEN 2 THEN 'week' WHEN 3 THEN 'month'
    WHEN 4 THEN 'quarter' WHEN 5 THEN 'year' WHEN 6 THEN 'range' ELSE m.precision END AS precision,
  CASE m.time_source WHEN 0 THEN 'expression' WHEN 1 THEN 'publication' END AS time_source,
  date(m.merge_first + 2440587.5) AS merge_first, date(m.merge_last + 2440587.5) AS merge_last,
  m.confidence, (SELECT name FROM main.methods WHERE id = m.method) AS method
  FROM main.event_mentions m JOIN main.revisions r ON r.id = m.revision_id;

CREATE TEMP VIEW event_mention_participants AS SELECT mention_id, entity_id, class,
  date(merge_first + 2440587.5) AS merge_first, date(merge_last + 2440587.5) AS merge_last
  FROM main.event_mention_participants;

-- Manual decisions as they were; each mention's automatic decision (id and time not kept).
CREATE TEMP VIEW event_decisions AS
  SELECT id, mention_key, event_id, action, reason, 1 AS manual, NULL AS mention_id, created_at
  FROM main.event_decisions
  UNION ALL
  SELECT NULL, m.mention_key, m.event_id,
    CASE x.action WHEN 0 THEN 'new' WHEN 1 THEN 'merge' WHEN 2 THEN 'split' END,
    coalesce(CASE substr(x.reason, 1, 1)
      WHEN char(1) THEN 'refers back to “' || substr(x.reason, 2) || '” earlier in the same article'
      WHEN char(2) THEN 'the same mention in revision ' || substr(x.reason, 2) || ' of this article'
      ELSE x.reason END, 'first mention: no compatible event'), 0, m.id, NULL
  FROM temp.event_mentions m JOIN main.event_mentions x ON x.id = m.id;

CREATE TEMP VIEW times AS SELECT t.id, t.revision_id, t.span_start, t.span_end,
  coalesce(t.text, CAST(substr(CAST(body_text(r.body) AS BLOB), t.span_start + 1, t.span_end - t.span_start) AS TEXT)) AS text,
  CASE t.type WHEN 0 THEN 'DATE' WHEN 1 THEN 'TIME' WHEN 2 THEN 'DURATION' WHEN 3 THEN 'SET' END AS type,
  t.value, t.mod, t.resolved, date(t.first_day + 2440587.5) AS first_day, date(t.last_day + 2440587.5) AS last_day,
  (SELECT name FROM main.methods WHERE id = t.method) AS method, t.confidence
  FROM main.times t JOIN main.revisions r ON r.id = t.revision_id;

CREATE TEMP VIEW entity_mentions AS SELECT id, entity_id, revision_id, span_start, span_end,
  (SELECT name FROM main.methods WHERE id = method) AS method FROM main.entity_mentions;

DROP VIEW IF EXISTS temp.statements;
CREATE TEMP VIEW statements AS SELECT s.id, s.revision_id,
  CASE s.kind WHEN 0 THEN 'direct' WHEN 1 THEN 'indirect' END AS kind,
  s.span_start, s.span_end,
  CASE WHEN s.text = '' THEN CAST(substr(CAST(body_text(r.body) AS BLOB), s.span_start + 1, s.span_end - s.span_start) AS TEXT)
    ELSE s.text END AS text,
  s.speaker, s.speaker_entity_id, s.speaker_start, s.speaker_end, s.cue, s.cue_start, s.cue_end,
  CASE s.stance_cue WHEN 0 THEN 'assert' WHEN 1 THEN 'deny' WHEN 2 THEN 'accuse' WHEN 3 THEN 'urge' WHEN 4 THEN 'hope'
    WHEN 5 THEN 'predict' WHEN 6 THEN 'question' WHEN 7 THEN 'confirm' ELSE s.stance_cue END AS stance_cue,
  s.place, s.said, s.said_value, date(s.said_first_day + 2440587.5) AS said_first_day,
  date(s.said_last_day + 2440587.5) AS said_last_day, s.confidence,
  (SELECT name FROM main.methods WHERE id = s.method) AS method
  FROM main.statements s JOIN main.revisions r ON r.id = s.revision_id;
