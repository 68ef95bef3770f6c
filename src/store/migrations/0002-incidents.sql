-- 0002-incidents: incidents (one happening, many reports) and document fingerprints.
-- Embedded verbatim in 0002-incidents.ts (the runtime copy); a test keeps the two identical.

-- MinHash signature of the document text (hex), for near-duplicate detection.
ALTER TABLE documents ADD COLUMN fingerprint text;

CREATE TABLE incidents (
  id text PRIMARY KEY,
  -- Listing order: the earliest member date (undated last), then id.
  first_date date,
  reports integer NOT NULL CHECK (reports > 0)
);

CREATE TABLE incident_members (
  event_id text PRIMARY KEY REFERENCES events (event_id) ON DELETE CASCADE,
  incident_id text NOT NULL REFERENCES incidents (id) ON DELETE CASCADE
);

CREATE INDEX incident_members_incident_idx ON incident_members (incident_id);
CREATE INDEX incidents_sort_idx ON incidents (first_date DESC NULLS LAST, id);
-- Candidate neighbours of a new report: same type, date window.
CREATE INDEX events_type_date_idx ON events (event_type, event_date);
