-- 0010-fine-cells: map cells at zoom 10 in event_rollup, so a map with a box at zoom 10 or
-- coarser (and a map without one at zooms 7-10) reads pre-counted cells and only the events of
-- the thin strips of cells the box's edges cut. Grain 'fine_cell': per type, country, admin1 and
-- zoom-10 cell, all dates together (event_date is null); cx, cy are floor(longitude /
-- 0.054931640625), floor(latitude / 0.054931640625), null for an event without coordinates, so
-- the cells of zooms 0-10 are unions of them. Kept by triggers of their own beside 0007's, under
-- the same advisory lock; 0007's recount leaves these rows alone. Also an index of the events
-- without coordinates per group (their recount), and covering lat/lon indexes.
-- Embedded verbatim in 0010-fine-cells.ts (the runtime copy); a test keeps the two identical.

ALTER TABLE event_rollup DROP CONSTRAINT event_rollup_grain_check;
ALTER TABLE event_rollup ADD CONSTRAINT event_rollup_grain_check
  CHECK (grain IN ('day', 'cell_day', 'cell_month', 'fine_cell'));
CREATE INDEX event_rollup_fine_idx ON event_rollup (cx, cy)
  INCLUDE (event_type, country, admin1, n, fatalities, slat, slon, south, north, west, east)
  WHERE grain = 'fine_cell';
CREATE INDEX events_unplaced_idx ON events (event_type, country, admin1)
  WHERE latitude IS NULL OR longitude IS NULL;
-- The box's edge strips and near's rings read these ranges by index only (with the columns the
-- map's filters and sums need), not one heap page per event.
DROP INDEX events_lonlat_idx;
CREATE INDEX events_lonlat_idx ON events (longitude, latitude)
  INCLUDE (event_type, country, admin1, fatalities, event_date);
DROP INDEX events_latlon_idx;
CREATE INDEX events_latlon_idx ON events (latitude, longitude)
  INCLUDE (event_type, country, admin1, fatalities, event_date);

-- 0007's recount, minus the fine cells (they have no date: its undated delete would take them).
CREATE OR REPLACE FUNCTION event_rollup_recount(types text[], days date[], countries text[],
  admins text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7007);
  DELETE FROM event_rollup r
  USING (SELECT DISTINCT ty, date_trunc('month', d::timestamp)::date AS m, c, a
    FROM unnest(types, days, countries, admins) AS u(ty, d, c, a)) t
  WHERE r.event_type = t.ty AND r.event_date >= t.m
    AND r.event_date < (t.m + interval '1 month')::date AND r.country = t.c AND r.admin1 = t.a;
  DELETE FROM event_rollup r
  USING (SELECT DISTINCT ty, date_trunc('month', d::timestamp)::date AS m, c, a
    FROM unnest(types, days, countries, admins) AS u(ty, d, c, a)) t
  WHERE r.event_type = t.ty AND r.event_date IS NULL AND t.m IS NULL AND r.country = t.c
    AND r.admin1 = t.a AND r.grain <> 'fine_cell';
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

-- Adds inserted events to their fine cells.
CREATE FUNCTION event_rollup_fine_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7007);
  INSERT INTO event_rollup AS r (grain, event_date, event_type, country, admin1, cx, cy, n,
    fatalities, slat, slon, south, north, west, east)
  SELECT 'fine_cell', NULL::date, k.event_type, k.country, k.admin1, k.cx, k.cy, count(*),
    sum(k.fatalities), sum(k.latitude), sum(k.longitude), min(k.latitude), max(k.latitude),
    min(k.longitude), max(k.longitude)
  FROM (SELECT e.event_type, e.country, e.admin1, e.fatalities, e.latitude, e.longitude,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.longitude / 0.054931640625::float8)::int END AS cx,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.latitude / 0.054931640625::float8)::int END AS cy
    FROM new_rows e) k
  GROUP BY 3, 4, 5, 6, 7
  ORDER BY 3, 4, 5, 6, 7
  ON CONFLICT ON CONSTRAINT event_rollup_key DO UPDATE SET n = r.n + EXCLUDED.n,
    fatalities = r.fatalities + EXCLUDED.fatalities, slat = r.slat + EXCLUDED.slat,
    slon = r.slon + EXCLUDED.slon, south = least(r.south, EXCLUDED.south),
    north = greatest(r.north, EXCLUDED.north), west = least(r.west, EXCLUDED.west),
    east = greatest(r.east, EXCLUDED.east);
  RETURN NULL;
END $$;

-- Counts the given fine cells (type, country, admin1, cx, cy; null cx: no coordinates) again
-- from the events (after a delete or an update). A cell's events are a range of the
-- (longitude, latitude) index; the events without coordinates, of events_unplaced_idx.
CREATE FUNCTION event_rollup_fine_recount(types text[], countries text[], admins text[],
  xs int[], ys int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7007);
  -- Placed and unplaced apart, so both use the key index (an OR would not).
  DELETE FROM event_rollup r
  USING (SELECT DISTINCT * FROM unnest(types, countries, admins, xs, ys) AS u(ty, c, a, x, y)) t
  WHERE r.grain = 'fine_cell' AND r.event_date IS NULL AND r.event_type = t.ty
    AND r.country = t.c AND r.admin1 = t.a AND r.cx = t.x AND r.cy = t.y;
  DELETE FROM event_rollup r
  USING (SELECT DISTINCT * FROM unnest(types, countries, admins, xs, ys) AS u(ty, c, a, x, y)) t
  WHERE r.grain = 'fine_cell' AND r.event_date IS NULL AND r.event_type = t.ty
    AND r.country = t.c AND r.admin1 = t.a AND r.cx IS NULL AND t.x IS NULL;
  INSERT INTO event_rollup (grain, event_date, event_type, country, admin1, cx, cy, n,
    fatalities, slat, slon, south, north, west, east)
  SELECT 'fine_cell', NULL::date, k.event_type, k.country, k.admin1, k.cx, k.cy, count(*),
    sum(k.fatalities), sum(k.latitude), sum(k.longitude), min(k.latitude), max(k.latitude),
    min(k.longitude), max(k.longitude)
  FROM (SELECT e.event_type, e.country, e.admin1, e.fatalities, e.latitude, e.longitude,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.longitude / 0.054931640625::float8)::int END AS cx,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.latitude / 0.054931640625::float8)::int END AS cy
    FROM (SELECT e.* FROM (SELECT DISTINCT * FROM unnest(types, countries, admins, xs, ys)
          AS u(ty, c, a, x, y)) t
        JOIN events e ON e.event_type = t.ty AND e.country = t.c AND e.admin1 = t.a
        AND e.longitude BETWEEN t.x * 0.054931640625::float8 - 1e-9
          AND (t.x + 1) * 0.054931640625::float8 + 1e-9
        AND e.latitude BETWEEN t.y * 0.054931640625::float8 - 1e-9
          AND (t.y + 1) * 0.054931640625::float8 + 1e-9
        AND floor(e.longitude / 0.054931640625::float8)::int = t.x
        AND floor(e.latitude / 0.054931640625::float8)::int = t.y
      UNION ALL
      SELECT e.* FROM (SELECT DISTINCT * FROM unnest(types, countries, admins, xs, ys)
          AS u(ty, c, a, x, y)) t
        JOIN events e ON t.x IS NULL AND e.event_type = t.ty AND e.country = t.c
        AND e.admin1 = t.a AND (e.latitude IS NULL OR e.longitude IS NULL)) e) k
  GROUP BY 3, 4, 5, 6, 7
  ORDER BY 3, 4, 5, 6, 7;
END $$;

-- The fine cell of an event row (null, null without coordinates).
CREATE FUNCTION event_rollup_fine_cell(lat float8, lon float8, OUT x int, OUT y int)
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN lat IS NOT NULL AND lon IS NOT NULL
      THEN floor(lon / 0.054931640625::float8)::int END,
    CASE WHEN lat IS NOT NULL AND lon IS NOT NULL
      THEN floor(lat / 0.054931640625::float8)::int END
$$;

CREATE FUNCTION event_rollup_fine_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM event_rollup_fine_recount(array_agg(event_type), array_agg(country),
    array_agg(admin1), array_agg(x), array_agg(y))
  FROM (SELECT DISTINCT o.event_type, o.country, o.admin1, c.x, c.y
    FROM old_rows o, event_rollup_fine_cell(o.latitude, o.longitude) c) k
  HAVING count(*) > 0;
  RETURN NULL;
END $$;

-- An update that changes none of the fine cells' columns (a confirmation) recounts nothing.
CREATE FUNCTION event_rollup_fine_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM event_rollup_fine_recount(array_agg(event_type), array_agg(country),
    array_agg(admin1), array_agg(x), array_agg(y))
  FROM (SELECT e.event_type, e.country, e.admin1, c.x, c.y
    FROM old_rows o JOIN new_rows n ON n.event_id = o.event_id,
      LATERAL (VALUES (o.event_type, o.country, o.admin1, o.latitude, o.longitude),
        (n.event_type, n.country, n.admin1, n.latitude, n.longitude))
        AS e(event_type, country, admin1, latitude, longitude),
      event_rollup_fine_cell(e.latitude, e.longitude) c
    WHERE (o.event_type, o.country, o.admin1, o.fatalities, o.latitude, o.longitude)
      IS DISTINCT FROM (n.event_type, n.country, n.admin1, n.fatalities, n.latitude,
        n.longitude)
    GROUP BY 1, 2, 3, 4, 5) k
  HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER events_rollup_fine_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION event_rollup_fine_insert();
CREATE TRIGGER events_rollup_fine_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION event_rollup_fine_delete();
CREATE TRIGGER events_rollup_fine_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION event_rollup_fine_update();

-- Events stored before this migration.
INSERT INTO event_rollup (grain, event_date, event_type, country, admin1, cx, cy, n,
    fatalities, slat, slon, south, north, west, east)
  SELECT 'fine_cell', NULL::date, k.event_type, k.country, k.admin1, k.cx, k.cy, count(*),
    sum(k.fatalities), sum(k.latitude), sum(k.longitude), min(k.latitude), max(k.latitude),
    min(k.longitude), max(k.longitude)
  FROM (SELECT e.event_type, e.country, e.admin1, e.fatalities, e.latitude, e.longitude,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.longitude / 0.054931640625::float8)::int END AS cx,
      CASE WHEN e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        THEN floor(e.latitude / 0.054931640625::float8)::int END AS cy
    FROM events e) k
  GROUP BY 3, 4, 5, 6, 7;
