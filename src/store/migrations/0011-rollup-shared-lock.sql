-- 0011-rollup-shared-lock: inserts of events no longer wait for each other on the rollup's lock.
-- 0007 and 0010 made every writer of event_rollup take advisory lock 7007 alone until commit, so
-- a worker's ingest held it from its events' insert to its commit, and a second worker's waited.
-- Adding inserted events to their groups commutes (row upserts, locked in the rollup key's order
-- within each trigger, so two inserts wait for each other's rows but never cross): an insert now
-- takes the lock shared, and only a recount (after a delete or an update: a minimum or maximum
-- cannot be taken back) takes it alone, so it still never misses an add that commits beside it.
-- An insert of 500 rows or more (a large document's first chunk of insertEvents, a restore's
-- batch: more statements may follow in its transaction, whose row locks could cross another
-- writer's) still takes the lock alone.
-- Embedded verbatim in 0011-rollup-shared-lock.ts (the runtime copy); a test keeps the two
-- identical.

-- The rollup lock for an insert of n events: shared for a small one, alone for a large one.
CREATE FUNCTION event_rollup_lock_for_insert(n bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF n < 500 THEN
    PERFORM pg_advisory_xact_lock_shared(7007);
  ELSE
    PERFORM pg_advisory_xact_lock(7007);
  END IF;
END $$;

-- 0007's insert trigger, the lock aside.
CREATE OR REPLACE FUNCTION event_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM event_rollup_lock_for_insert((SELECT count(*) FROM new_rows));
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

-- 0010's insert trigger, the lock aside.
CREATE OR REPLACE FUNCTION event_rollup_fine_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM event_rollup_lock_for_insert((SELECT count(*) FROM new_rows));
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
