/**
 * @module
 * Migration 0003: `framing_docs`, `actor_labels` and `actor_relations` (framing lens and actor
 * graph). The SQL is embedded here, the same text as `0003-framing.sql` next to it (a test checks).
 */
export const sql = `
-- 0003-framing: the framing lens per document (loaded language, scare quotes, rates), the labels
-- each outlet gives each actor, and relations between actors (stated in text or implied by events).
-- Embedded verbatim in 0003-framing.ts (the runtime copy); a test keeps the two identical.
-- All rows are derived from documents and events: re-running the analysis replaces them.

CREATE TABLE framing_docs (
  doc_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  outlet text NOT NULL,
  words integer NOT NULL CHECK (words >= 0),
  -- Loaded-language and name-calling spans in the outlet's own voice (quoted speech excluded).
  loaded_count integer NOT NULL CHECK (loaded_count >= 0),
  loaded_rate double precision NOT NULL,
  loaded_rate_all double precision NOT NULL,
  loaded jsonb NOT NULL DEFAULT '[]',
  scare_quotes jsonb NOT NULL DEFAULT '[]'
);

CREATE TABLE actor_labels (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  outlet text NOT NULL,
  actor text NOT NULL,
  label text NOT NULL,
  span_start integer NOT NULL CHECK (span_start >= 0),
  span_end integer NOT NULL CHECK (span_end >= span_start),
  loaded boolean NOT NULL,
  quoted boolean NOT NULL,
  via text NOT NULL,
  -- The organisation a person stands for, when actor is a person.
  org text
);

CREATE TABLE actor_relations (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  outlet text NOT NULL,
  a text NOT NULL,
  relation text NOT NULL CHECK (relation IN (
    'part_of', 'aligned_with', 'hostile_to', 'fights', 'commands')),
  b text NOT NULL,
  span_start integer NOT NULL CHECK (span_start >= 0),
  span_end integer NOT NULL CHECK (span_end >= span_start),
  text text NOT NULL,
  -- 'text': stated by a cue phrase; 'event': implied by an event (actor1 attacks actor2).
  origin text NOT NULL CHECK (origin IN ('text', 'event')),
  event_id text REFERENCES events (event_id) ON DELETE CASCADE,
  -- When the relation held: the event date, else the document's publication date.
  observed_on date
);

CREATE INDEX actor_labels_doc_idx ON actor_labels (doc_id);
CREATE INDEX actor_labels_actor_idx ON actor_labels (actor);
CREATE INDEX actor_labels_outlet_idx ON actor_labels (lower(outlet));
CREATE INDEX actor_relations_doc_idx ON actor_relations (doc_id);
CREATE INDEX actor_relations_a_idx ON actor_relations (a);
CREATE INDEX actor_relations_b_idx ON actor_relations (b);
`
