/**
 * @module
 * Migration 0008: `watchlists` (saved filters with a name and an optional webhook), `alerts`
 * (one per watchlist and incident, revised in place) and `webhook_deliveries` (every attempt).
 * The SQL is embedded here, the same text as `0008-watchlists.sql` next to it (a test checks).
 */
export const sql = `
-- 0008-watchlists: saved filters with a name (watchlists), the alerts they raised (one row per
-- watchlist and incident, revised in place when later reports change the incident) and the log
-- of webhook delivery attempts (one row per attempt).
-- Embedded verbatim in 0008-watchlists.ts (the runtime copy); a test keeps the two identical.

CREATE TABLE watchlists (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
  filter jsonb NOT NULL,
  webhook_url text,
  webhook_secret text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
);

-- incident_id is the incident's id when last evaluated (incident ids change when incidents
-- merge); event_ids are its member reports then, which is how a merged incident finds its alert.
-- state is the incident summary alerted on; revision grows when a later report changes it, and
-- changed names the summary fields that revision changed.
-- merged_into names the alert that absorbed this one when two alerted incidents merged.
CREATE TABLE alerts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  watchlist_id bigint NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
  incident_id text NOT NULL,
  event_ids text[] NOT NULL,
  first_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  revision int NOT NULL DEFAULT 1,
  state jsonb NOT NULL,
  changed text[] NOT NULL DEFAULT '{}',
  merged_into bigint REFERENCES alerts (id) ON DELETE SET NULL,
  UNIQUE (watchlist_id, incident_id)
);

-- One row per attempt. next_attempt_at: when the next retry is due (null once delivered or
-- given up).
CREATE TABLE webhook_deliveries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  alert_id bigint NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  revision int NOT NULL,
  url text NOT NULL,
  attempt int NOT NULL,
  status int,
  error text,
  at timestamptz NOT NULL DEFAULT now(),
  next_attempt_at timestamptz,
  delivered boolean NOT NULL DEFAULT false
);

CREATE INDEX alerts_updated_idx ON alerts (updated_at, id);
CREATE INDEX alerts_events_idx ON alerts USING gin (event_ids);
CREATE INDEX webhook_deliveries_alert_idx ON webhook_deliveries (alert_id, revision, attempt);
`
