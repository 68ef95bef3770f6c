/**
 * @module
 * Migration 0005: `events.coded_by`, `event_overrides` (analyst corrections that survive
 * re-extraction) and `event_reviews` (audit trail). The SQL is embedded here, the same text as
 * `0005-reviews.sql` next to it (a test checks).
 */
export const sql = `
-- 0005-reviews: the analyst's review of extracted events. Corrections are kept as overrides keyed
-- by a stable event key (document id + offset of the event's type cue), so they are re-applied
-- when the document is re-extracted and its events are re-created; every review is an audit row.
-- Embedded verbatim in 0005-reviews.ts (the runtime copy); a test keeps the two identical.

-- Who coded the event's current values: the extractor, or an analyst who confirmed or corrected it.
ALTER TABLE events ADD COLUMN coded_by text NOT NULL DEFAULT 'machine'
  CHECK (coded_by IN ('machine', 'analyst'));

-- One analyst value per event key and field ('status' holds a rejection or confirmation).
-- No foreign key to events: the override outlives the event rows it was made on.
CREATE TABLE event_overrides (
  event_key text NOT NULL,
  field text NOT NULL,
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_key, field)
);

-- The audit trail: who did what to which event, with the value before and after. Rows are never
-- updated; a rejected event's row keeps the whole event in 'before'.
CREATE TABLE event_reviews (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id text NOT NULL,
  event_key text NOT NULL,
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  field text NOT NULL,
  before jsonb,
  after jsonb,
  action text NOT NULL CHECK (action IN ('confirm', 'correct', 'reject')),
  reviewer text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  note text NOT NULL DEFAULT ''
);

CREATE INDEX event_overrides_doc_idx ON event_overrides (doc_id);
CREATE INDEX event_reviews_key_idx ON event_reviews (event_key, id);
CREATE INDEX event_reviews_event_idx ON event_reviews (event_id, id);
`
