/**
 * @module
 * The `watchlists` table: saved filters with a unique name and an optional webhook (URL and
 * HMAC secret). In: a checked `WatchlistInput`. Out: `Watchlist` rows with their alert counts;
 * the secret leaves the store only on creation (shown once) and through `webhookOf` (delivery).
 * A watchlist is named by its numeric id or by its name wherever one is looked up.
 */
import { randomBytes } from 'node:crypto'
import { FaultlineError } from '../errors.js'
import type {
  CreatedWatchlist, Watchlist, WatchlistInput, WatchFilter,
} from '../schema/watchlist.js'
import { WatchlistInputSchema } from '../schema/watchlist.js'
import type { Queryable } from './queryable.js'

export const ISO = (col: string) =>
  `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

const SELECT = `w.id::int AS id, w.name, w.filter::text AS filter, w.webhook_url,
  ${ISO('w.created_at')} AS created_at,
  (SELECT count(*)::int FROM alerts a WHERE a.watchlist_id = w.id AND a.merged_into IS NULL)
    AS alerts`

type Row = Omit<Watchlist, 'filter'> & { filter: string }
const toWatchlist = (r: Row): Watchlist => ({ ...r, filter: JSON.parse(r.filter) as WatchFilter })

/** `WHERE` on a watchlist named by id (digits) or name. */
function byRef(ref: string): { sql: string; param: unknown } {
  return /^\d{1,15}$/.test(ref)
    ? { sql: 'w.id = $1::bigint', param: ref }
    : { sql: 'w.name = $1::text', param: ref.trim() }
}

export async function getWatchlist(db: Queryable, ref: string): Promise<Watchlist | null> {
  const where = byRef(ref)
  const { rows } = await db.query<Row>(`SELECT ${SELECT} FROM watchlists w WHERE ${where.sql}`, [
    where.param,
  ])
  return rows[0] === undefined ? null : toWatchlist(rows[0])
}

/** The watchlist or E_NOT_FOUND. */
export async function requireWatchlist(db: Queryable, ref: string): Promise<Watchlist> {
  const w = await getWatchlist(db, ref)
  if (w !== null) return w
  throw new FaultlineError('E_NOT_FOUND', `no watchlist '${ref}'`, {
    hint: 'list watchlists with `faultline watchlist list` or GET /api/watchlists',
  })
}

export async function listWatchlists(db: Queryable): Promise<Watchlist[]> {
  const { rows } = await db.query<Row>(`SELECT ${SELECT} FROM watchlists w ORDER BY w.name`)
  return rows.map(toWatchlist)
}

/** Creates a watchlist; a webhook without a secret gets a random one (returned this once). */
export async function addWatchlist(
  db: Queryable,
  input: WatchlistInput,
): Promise<CreatedWatchlist> {
  const w = WatchlistInputSchema.parse(input)
  const secret = w.webhook_url === undefined
    ? null
    : (w.webhook_secret ?? randomBytes(24).toString('base64url'))
  return db.transaction(async (tx) => {
    if ((await getWatchlist(tx, w.name)) !== null || /^\d+$/.test(w.name)) {
      throw new FaultlineError('E_BAD_ARGUMENT', `a watchlist named '${w.name}' already exists`, {
        hint: 'pick another name (not only digits), or remove the old one first (watchlist rm)',
      })
    }
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO watchlists (name, filter, webhook_url, webhook_secret)
       VALUES ($1::text, $2::jsonb, $3::text, $4::text) RETURNING id::int AS id`,
      [w.name, JSON.stringify(w.filter), w.webhook_url ?? null, secret],
    )
    const created = await requireWatchlist(tx, String(rows[0]?.id))
    return { ...created, webhook_secret: secret }
  })
}

/** Deletes a watchlist with its alerts and delivery log; false when unknown. */
export async function removeWatchlist(db: Queryable, ref: string): Promise<boolean> {
  const where = byRef(ref)
  const { rows } = await db.query<{ id: number }>(
    `DELETE FROM watchlists w WHERE ${where.sql} RETURNING id::int AS id`,
    [where.param],
  )
  return rows.length > 0
}

/** Every watchlist with its filter, for evaluation. */
export async function watchFilters(
  db: Queryable,
): Promise<{ id: number; name: string; filter: WatchFilter }[]> {
  const { rows } = await db.query<{ id: number; name: string; filter: string }>(
    'SELECT id::int AS id, name, filter::text AS filter FROM watchlists ORDER BY id',
  )
  return rows.map((r) => ({ ...r, filter: JSON.parse(r.filter) as WatchFilter }))
}
