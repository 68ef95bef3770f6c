/**
 * @module
 * The `outlets` table: one row per outlet name (keyed by SQL `outlet_key(name)`: trimmed,
 * spaces collapsed, lower case), with a home URL, a country and a description the user edits.
 * `upsertOutlet` runs at ingest, in the document's transaction: it creates the outlet on first
 * sight and fills a missing home URL from a fetched document's address, never overwriting what
 * the user set. Listing counts each outlet's documents and events through the same key.
 */
import type { Outlet, OutletPatch } from '../schema/outlet.js'
import type { Queryable } from './queryable.js'

/** `https://host/` of an http(s) address, lower-cased host; null for files, stdin, junk. */
export function homeUrlOf(source: string): string | null {
  if (!/^https?:\/\//i.test(source)) return null
  try {
    const url = new URL(source)
    return `${url.protocol}//${url.host}/`
  } catch {
    return null
  }
}

/** Creates the document's outlet if new; fills its home URL when it has none. */
export async function upsertOutlet(
  db: Queryable,
  outlet: string | null,
  source: string,
): Promise<void> {
  const name = outlet?.replace(/\s+/g, ' ').trim() ?? ''
  if (name === '') return
  const home = homeUrlOf(source)
  // Two statements, not ON CONFLICT DO UPDATE: that locks the existing row until commit even
  // when its WHERE is false, so every document of one outlet (a burst from one feed) would wait
  // for the one before it. DO NOTHING and an UPDATE that matches no row lock nothing.
  await db.query(
    `INSERT INTO outlets (key, name, home_url) VALUES (outlet_key($1::text), $1::text, $2::text)
     ON CONFLICT (key) DO NOTHING`,
    [name, home],
  )
  if (home === null) return
  await db.query(
    `UPDATE outlets SET home_url = $2::text WHERE key = outlet_key($1::text) AND home_url IS NULL`,
    [name, home],
  )
}

interface OutletRow {
  name: string
  home_url: string | null
  country: string | null
  description: string
  documents: number
  events: number
  first_published: string | null
  last_published: string | null
  updated_at: string | Date | null
}

const SELECT = `SELECT o.name, o.home_url, o.country, o.description, o.updated_at,
    (SELECT count(*)::int FROM documents d WHERE outlet_key(d.outlet) = o.key) AS documents,
    (SELECT count(*)::int FROM events e JOIN documents d ON d.id = e.doc_id
     WHERE outlet_key(d.outlet) = o.key) AS events,
    (SELECT to_char(min(d.published_at), 'YYYY-MM-DD') FROM documents d
     WHERE outlet_key(d.outlet) = o.key) AS first_published,
    (SELECT to_char(max(d.published_at), 'YYYY-MM-DD') FROM documents d
     WHERE outlet_key(d.outlet) = o.key) AS last_published
  FROM outlets o`

function toOutlet(r: OutletRow): Outlet {
  const at = r.updated_at
  return {
    ...r,
    updated_at: at === null ? null : (at instanceof Date ? at : new Date(at)).toISOString(),
  }
}

/** Every outlet, most documents first, then by name. */
export async function listOutlets(db: Queryable): Promise<Outlet[]> {
  const { rows } = await db.query<OutletRow>(`${SELECT} ORDER BY documents DESC, o.key`)
  return rows.map(toOutlet)
}

/** The outlet with this name (any case and spacing); null when unknown. */
export async function getOutlet(db: Queryable, name: string): Promise<Outlet | null> {
  const { rows } = await db.query<OutletRow>(`${SELECT} WHERE o.key = outlet_key($1::text)`, [
    name,
  ])
  const r = rows[0]
  return r === undefined ? null : toOutlet(r)
}

/**
 * Applies the user's edits (absent fields unchanged, null clears); with `create`, an unknown
 * name becomes a new outlet first. Returns the outlet, or null when unknown and not created.
 */
export async function updateOutlet(
  db: Queryable,
  name: string,
  patch: OutletPatch,
  opts: { create?: boolean } = {},
): Promise<Outlet | null> {
  return db.transaction(async (tx) => {
    if (opts.create) {
      await tx.query(
        `INSERT INTO outlets (key, name) VALUES (outlet_key($1::text), $1::text)
         ON CONFLICT (key) DO NOTHING`,
        [name.replace(/\s+/g, ' ').trim()],
      )
    }
    const has = (k: keyof OutletPatch) => patch[k] !== undefined
    const { rows } = await tx.query<{ key: string }>(
      `UPDATE outlets SET
         home_url = CASE WHEN $2::bool THEN $3::text ELSE home_url END,
         country = CASE WHEN $4::bool THEN $5::text ELSE country END,
         description = CASE WHEN $6::bool THEN $7::text ELSE description END,
         updated_at = now()
       WHERE key = outlet_key($1::text) RETURNING key`,
      [name, has('home_url'), patch.home_url ?? null, has('country'), patch.country ?? null,
        has('description'), patch.description ?? ''],
    )
    if (rows.length === 0) return null
    return getOutlet(tx, name)
  })
}
