-- 0004-outlets: the outlets that publish the stored documents, one row per normalised name, with
-- a home URL, a country and a description the user can edit. Documents keep their outlet text;
-- they join this table on outlet_key(documents.outlet) = outlets.key.
-- Embedded verbatim in 0004-outlets.ts (the runtime copy); a test keeps the two identical.

-- The key of an outlet name: trimmed, inner whitespace collapsed, lower case.
CREATE FUNCTION outlet_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT lower(regexp_replace(btrim(name), '\s+', ' ', 'g')) $$;

CREATE TABLE outlets (
  key text PRIMARY KEY CHECK (key <> ''),
  -- The name as first seen (display form).
  name text NOT NULL CHECK (btrim(name) <> ''),
  -- Scheme and host of the first fetched document ('https://example.org/'), or set by the user.
  home_url text,
  country text,
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  -- When the user last edited it (null: never).
  updated_at timestamptz
);

CREATE INDEX documents_outlet_key_idx ON documents (outlet_key(outlet));

-- Back-fill from the documents already stored: the earliest-ingested spelling names the outlet,
-- and a fetched document (http/https source) gives its home URL.
INSERT INTO outlets (key, name, home_url)
SELECT DISTINCT ON (outlet_key(d.outlet)) outlet_key(d.outlet),
  regexp_replace(btrim(d.outlet), '\s+', ' ', 'g'),
  (SELECT lower(substring(h.source FROM '^https?://[^/?#@]+')) || '/' FROM documents h
   WHERE outlet_key(h.outlet) = outlet_key(d.outlet) AND h.source ~* '^https?://[^/?#@]+'
   ORDER BY h.ingested_at, h.id LIMIT 1)
FROM documents d
WHERE d.outlet IS NOT NULL AND btrim(d.outlet) <> ''
ORDER BY outlet_key(d.outlet), d.ingested_at, d.id;
