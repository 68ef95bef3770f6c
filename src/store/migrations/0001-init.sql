-- 0001-init: documents and their events. Plain SQL for PGlite and PostgreSQL 15+.
-- Embedded verbatim in 0001-init.ts (the runtime copy); a test keeps the two identical.

CREATE TABLE IF NOT EXISTS schema_migrations (
  version text PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE documents (
  id text PRIMARY KEY,
  source text NOT NULL,
  title text,
  outlet text,
  author text,
  published_at date,
  language text,
  format text NOT NULL CHECK (format IN ('txt', 'md', 'html', 'pdf')),
  content_hash text NOT NULL UNIQUE,
  text text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
  event_id text PRIMARY KEY,
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq integer NOT NULL CHECK (seq >= 0),
  event_date date,
  time_precision smallint NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
  event_type text NOT NULL CHECK (event_type IN (
    'Battles', 'Violence against civilians', 'Explosions/Remote violence',
    'Riots', 'Protests', 'Strategic developments')),
  sub_event_type text NOT NULL,
  actor1 text NOT NULL,
  assoc_actor_1 text NOT NULL DEFAULT '',
  actor2 text NOT NULL DEFAULT '',
  assoc_actor_2 text NOT NULL DEFAULT '',
  inter1 smallint NOT NULL CHECK (inter1 BETWEEN 0 AND 8),
  inter2 smallint NOT NULL CHECK (inter2 BETWEEN 0 AND 8),
  country text NOT NULL,
  admin1 text NOT NULL DEFAULT '',
  admin2 text NOT NULL DEFAULT '',
  location text NOT NULL,
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  geo_precision smallint NOT NULL CHECK (geo_precision BETWEEN 1 AND 3),
  fatalities integer NOT NULL CHECK (fatalities >= 0),
  fatalities_min integer CHECK (fatalities_min >= 0),
  fatalities_max integer CHECK (fatalities_max >= 0),
  certainty text NOT NULL CHECK (certainty IN ('reported', 'hedged')),
  tier text NOT NULL CHECK (tier IN ('news', 'context')),
  evidence jsonb NOT NULL DEFAULT '[]',
  extractor jsonb NOT NULL,
  UNIQUE (doc_id, seq)
);

-- Export order (keyset pagination): undated events sort last.
CREATE INDEX events_sort_idx ON events ((COALESCE(event_date, 'infinity'::date)), event_id);
-- Listing order and date ranges.
CREATE INDEX events_date_idx ON events (event_date DESC NULLS LAST, event_id);
CREATE INDEX events_type_idx ON events (event_type);
CREATE INDEX events_country_idx ON events (lower(country));
CREATE INDEX events_actor1_idx ON events (lower(actor1));
CREATE INDEX events_actor2_idx ON events (lower(actor2));
CREATE INDEX events_latlon_idx ON events (latitude, longitude);
