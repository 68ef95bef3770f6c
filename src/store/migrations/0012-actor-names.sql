-- 0012-actor-names: the actor filter reads btree indexes instead of matching every event.
-- actor=JNIM means: some actor column of the event contains 'JNIM' in any case (ILIKE). Checked
-- on every event that is a scan (2.7 s at 1M events for a zoom-8 map). Every event's actor is one
-- of few distinct names, so the filter first matches the user's text against actor_names (the
-- distinct stored names) and then looks the matching names up by equality in each column's index
-- (where-clause.ts): the same events, since an event's name matches exactly when it is equal to
-- a matching name.
-- actor_names only needs to hold every stored name (a superset is still exact: a name no event
-- bears anymore selects nothing). So a statement trigger adds the names of inserted and updated
-- events that are not there yet, and deletes leave names behind. It takes no lock: no unique
-- constraint, so two writers adding the same new name at once both add it (a harmless duplicate)
-- instead of waiting for each other, and can never deadlock.
-- Embedded verbatim in 0012-actor-names.ts (the runtime copy); a test keeps the two identical.

CREATE TABLE actor_names (name text NOT NULL);
CREATE INDEX actor_names_name_idx ON actor_names (name);

INSERT INTO actor_names (name)
SELECT DISTINCT n
FROM events, unnest(ARRAY[actor1, actor2, assoc_actor_1, assoc_actor_2]) AS n
WHERE n <> '';

-- Equality lookups per column (0001 indexes lower(actor1) and lower(actor2); 0007 indexes
-- actor1 and actor2 with the event date, which serve here).
CREATE INDEX events_assoc_actor_1_idx ON events (assoc_actor_1);
CREATE INDEX events_assoc_actor_2_idx ON events (assoc_actor_2);

CREATE FUNCTION actor_names_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO actor_names (name)
  SELECT DISTINCT n
  FROM new_rows, unnest(ARRAY[actor1, actor2, assoc_actor_1, assoc_actor_2]) AS n
  WHERE n <> '' AND NOT EXISTS (SELECT 1 FROM actor_names a WHERE a.name = n);
  RETURN NULL;
END $$;

CREATE TRIGGER events_actor_names_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION actor_names_add();
CREATE TRIGGER events_actor_names_update AFTER UPDATE ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION actor_names_add();
