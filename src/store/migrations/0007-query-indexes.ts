/**
 * @module
 * Migration 0007: indexes for the API's reads at a million events (listing order under type and
 * country filters, near, admin1, the actor page) and `event_rollup`: events pre-counted per type,
 * country, admin1 and day (and per zoom-6 map cell, by day and by month), kept by statement
 * triggers on `events` in the transaction of each write. The SQL is embedded here, the same text
 * as `0007-query-indexes.sql` next to it (a test checks).
 */
export const sql = `
-- 0007-query-indexes: what the API's reads need at a million events. Indexes for the listing
-- (ORDER BY event_date DESC NULLS LAST, event_id under a type or country filter), the near
-- filter's longitude band, admin1 and the actor page; and event_rollup, events pre-counted per
-- type, country, admin1 and day (and per map cell at zoom 6 by day and by month), kept by
-- triggers in the transaction of every insert, update and delete of events, so the map and
-- timeline aggregates read thousands of rows instead of a million. The rollup is derived: a
-- backup leaves it out.
-- Embedded verbatim in 0007-query-indexes.ts (the runtime copy); a test keeps the two identical.

-- The listing's order under its most common filters; (event_type) alone is a prefix of it.
CREATE INDEX events_type_list_idx ON events (event_type, event_date DESC NULLS LAST, event_id);
DROP INDEX events_type_idx;
CREATE INDEX events_country_list_idx
  ON events (lower(country), event_date DESC NULLS LAST, event_id);
CREATE INDEX events_admin1_idx ON events (lower(admin1));
-- (lower(country)) alone is a prefix of the listing index.
DROP INDEX events_country_idx;
-- near: the longitude band is often the narrower one (the latitude band has its own index).
CREATE INDEX events_lonlat_idx ON events (longitude, latitude);
-- The actor page: an actor's events, first and last date.
CREATE INDEX events_actor1_date_idx ON events (actor1, event_date);
CREATE INDEX events_actor2_date_idx ON events (actor2, event_date);

-- grain 'day': per type, day, country and admin1 (the timeline); 'cell_day' and 'cell_month':
-- also per map cell, by day and by month (event_date is the month's first day). A cell's cx, cy
-- are floor(longitude / 0.87890625), floor(latitude / 0.87890625): the map grid at zoom 6, so
-- the cells of zoom 0-6 are unions of them (null for an event without coordinates).
CREATE TABLE event_rollup (
  grain text NOT NULL CHECK (grain IN ('day', 'cell_day', 'cell_month')),
  event_date date,
  event_type text NOT NULL,
  country text NOT NULL,
  admin1 text NOT NULL,
  cx integer,
  cy integer,
  n integer NOT NULL CHECK (n > 0),
  fatalities bigint NOT NULL,
  slat double precision,
  slon double precision,
  south double precision,
  north double precision,
  west double precision,
  east double precision,
  CONSTRAINT event_rollup_key UNIQUE NULLS NOT DISTINCT
    (event_type, event_date, country, admin1, grain, cx, cy)
);
-- One covering index per grain: the aggregates read the rollup by index only.
CREATE INDEX event_rollup_day_idx ON event_rollup (event_type, event_date)
  INCLUDE (country, admin1, n, fatalities) WHERE grain = 'day';
CREATE INDEX event_rollup_month_idx ON event_rollup (event_type, event_date)
  INCLUDE (country, admin1, cx, cy, n, fatalities, slat, slon, south, north, west, east)
  WHERE grain = 'cell_month';
CREATE INDEX event_rollup_cell_day_idx ON event_rollup (event_date)
  INCLUDE (event_type, country, admin1, cx, cy, n, fatalities, slat, slon, south, north, west,
    east) WHERE grain = 'cell_day';

-- Adds inserted events to their groups.
CREATE FUNCTION event_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- One writer of the rollup at a time (until commit): a recount never misses a concurrent add.
  PERFORM pg_advisory_xact_lock(7007);
  INSERT INTO event_rollup AS r (grain, event_date, event_type, country, admin1, cx, cy, n,
    fatalities, slat, slon, south, north, west, east)
  SELECT CASE WHEN GROUPING(k.cx) = 1 THEN 'day' WHEN GROUPING(k.event_date) = 0 THEN 'cell_day'
      ELSE 'cell_month' END,
    CASE WHEN GROUPING(k.event_date) = 0 THEN k.event_date ELSE k.month END,
    k.event_type, k.country, k.admin1, k.cx, k.cy, count(*), sum(k.fatalities), sum(k.latitude),
    sum(k.longitude), min(k.latitude), max(k.latitude), min(k.longitude), max(k.longitude)
  FROM (SELECT e.event_type, e.event_date,
      date_trunc('month', e.event_date::timestamp)::date AS month, e.country, e.admin1,
      e.fatalities, e.latitude, e.longitude,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.longitude / 0.87890625::float8)::int END AS cx,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.latitude / 0.87890625::float8)::int END AS cy
    FROM new_rows e) k
  GROUP BY GROUPING SETS ((k.event_type, k.event_date, k.country, k.admin1),
    (k.event_type, k.event_date, k.country, k.admin1, k.cx, k.cy),
    (k.event_type, k.month, k.country, k.admin1, k.cx, k.cy))
  ORDER BY 3, 2, 4, 5, 1, 6, 7
  ON CONFLICT ON CONSTRAINT event_rollup_key DO UPDATE SET n = r.n + EXCLUDED.n,
    fatalities = r.fatalities + EXCLUDED.fatalities, slat = r.slat + EXCLUDED.slat,
    slon = r.slon + EXCLUDED.slon, south = least(r.south, EXCLUDED.south),
    north = greatest(r.north, EXCLUDED.north), west = least(r.west, EXCLUDED.west),
    east = greatest(r.east, EXCLUDED.east);
  RETURN NULL;
END $$;

-- Counts the months of (type, country, admin1) holding the given days again from the events
-- (after a delete or an update: a minimum or maximum cannot be taken back incrementally).
CREATE FUNCTION event_rollup_recount(types text[], days date[], countries text[], admins text[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7007);
  -- Dated and undated apart, so both use the indexes (an OR would not).
  DELETE FROM event_rollup r
  USING (SELECT DISTINCT ty, date_trunc('month', d::timestamp)::date AS m, c, a
    FROM unnest(types, days, countries, admins) AS u(ty, d, c, a)) t
  WHERE r.event_type = t.ty AND r.event_date >= t.m
    AND r.event_date < (t.m + interval '1 month')::date AND r.country = t.c AND r.admin1 = t.a;
  DELETE FROM event_rollup r
  USING (SELECT DISTINCT ty, date_trunc('month', d::timestamp)::date AS m, c, a
    FROM unnest(types, days, countries, admins) AS u(ty, d, c, a)) t
  WHERE r.event_type = t.ty AND r.event_date IS NULL AND t.m IS NULL AND r.country = t.c
    AND r.admin1 = t.a;
  INSERT INTO event_rollup (grain, event_date, event_type, country, admin1, cx, cy, n,
    fatalities, slat, slon, south, north, west, east)
  SELECT CASE WHEN GROUPING(k.cx) = 1 THEN 'day' WHEN GROUPING(k.event_date) = 0 THEN 'cell_day'
      ELSE 'cell_month' END,
    CASE WHEN GROUPING(k.event_date) = 0 THEN k.event_date ELSE k.month END,
    k.event_type, k.country, k.admin1, k.cx, k.cy, count(*), sum(k.fatalities), sum(k.latitude),
    sum(k.longitude), min(k.latitude), max(k.latitude), min(k.longitude), max(k.longitude)
  FROM (SELECT e.event_type, e.event_date,
      date_trunc('month', e.event_date::timestamp)::date AS month, e.country, e.admin1,
      e.fatalities, e.latitude, e.longitude,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.longitude / 0.87890625::float8)::int END AS cx,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.latitude / 0.87890625::float8)::int END AS cy
    FROM (SELECT e.* FROM (SELECT DISTINCT ty, date_trunc('month', d::timestamp)::date AS m, c, a
          FROM unnest(types, days, countries, admins) AS u(ty, d, c, a)) t
        JOIN events e ON e.event_type = t.ty
        AND e.event_date >= t.m AND e.event_date < (t.m + interval '1 month')::date
        AND e.country = t.c AND e.admin1 = t.a
      UNION ALL
      SELECT e.* FROM (SELECT DISTINCT ty, date_trunc('month', d::timestamp)::date AS m, c, a
          FROM unnest(types, days, countries, admins) AS u(ty, d, c, a)) t
        JOIN events e ON e.event_type = t.ty
        AND e.event_date IS NULL AND t.m IS NULL AND e.country = t.c AND e.admin1 = t.a) e) k
  GROUP BY GROUPING SETS ((k.event_type, k.event_date, k.country, k.admin1),
    (k.event_type, k.event_date, k.country, k.admin1, k.cx, k.cy),
    (k.event_type, k.month, k.country, k.admin1, k.cx, k.cy))
  ORDER BY 3, 2, 4, 5, 1, 6, 7;
END $$;

CREATE FUNCTION event_rollup_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM event_rollup_recount(array_agg(event_type), array_agg(event_date),
    array_agg(country), array_agg(admin1))
  FROM (SELECT DISTINCT event_type, event_date, country, admin1 FROM old_rows) k
  HAVING count(*) > 0;
  RETURN NULL;
END $$;

-- An update that changes none of the rollup's columns (a confirmation) recounts nothing.
CREATE FUNCTION event_rollup_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM event_rollup_recount(array_agg(event_type), array_agg(event_date),
    array_agg(country), array_agg(admin1))
  FROM (SELECT o.event_type, o.event_date, o.country, o.admin1
    FROM old_rows o JOIN new_rows n ON n.event_id = o.event_id
    WHERE (o.event_type, o.event_date, o.country, o.admin1, o.fatalities, o.latitude,
      o.longitude) IS DISTINCT FROM (n.event_type, n.event_date, n.country, n.admin1,
      n.fatalities, n.latitude, n.longitude)
    UNION
    SELECT n.event_type, n.event_date, n.country, n.admin1
    FROM old_rows o JOIN new_rows n ON n.event_id = o.event_id
    WHERE (o.event_type, o.event_date, o.country, o.admin1, o.fatalities, o.latitude,
      o.longitude) IS DISTINCT FROM (n.event_type, n.event_date, n.country, n.admin1,
      n.fatalities, n.latitude, n.longitude)) k
  HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER events_rollup_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_insert();
CREATE TRIGGER events_rollup_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_delete();
CREATE TRIGGER events_rollup_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_update();

-- Events stored before this migration.
INSERT INTO event_rollup (grain, event_date, event_type, country, admin1, cx, cy, n,
    fatalities, slat, slon, south, north, west, east)
  SELECT CASE WHEN GROUPING(k.cx) = 1 THEN 'day' WHEN GROUPING(k.event_date) = 0 THEN 'cell_day'
      ELSE 'cell_month' END,
    CASE WHEN GROUPING(k.event_date) = 0 THEN k.event_date ELSE k.month END,
    k.event_type, k.country, k.admin1, k.cx, k.cy, count(*), sum(k.fatalities), sum(k.latitude),
    sum(k.longitude), min(k.latitude), max(k.latitude), min(k.longitude), max(k.longitude)
  FROM (SELECT e.event_type, e.event_date,
      date_trunc('month', e.event_date::timestamp)::date AS month, e.country, e.admin1,
      e.fatalities, e.latitude, e.longitude,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.longitude / 0.87890625::float8)::int END AS cx,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.latitude / 0.87890625::float8)::int END AS cy
    FROM events e) k
  GROUP BY GROUPING SETS ((k.event_type, k.event_date, k.country, k.admin1),
    (k.event_type, k.event_date, k.country, k.admin1, k.cx, k.cy),
    (k.event_type, k.month, k.country, k.admin1, k.cx, k.cy));
`
