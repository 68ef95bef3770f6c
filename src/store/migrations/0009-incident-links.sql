-- 0009-incident-links: an analyst's merges and splits of incidents, as links between two reports
-- ('same': one happening; 'different': not). Corroboration applies them over its own judgement
-- whenever it regroups the reports' neighbourhood, so a merge or split survives new documents.
-- Rows are never updated: the latest link of a pair wins, and the table is also the audit trail.
-- Embedded verbatim in 0009-incident-links.ts (the runtime copy); a test keeps the two identical.

CREATE TABLE incident_links (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_a text NOT NULL,
  event_b text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('same', 'different')),
  reviewer text NOT NULL,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (event_a < event_b)
);

CREATE INDEX incident_links_a_idx ON incident_links (event_a);
CREATE INDEX incident_links_b_idx ON incident_links (event_b);
