/**
 * @module
 * The map aggregate from the rollup's fine cells (grain `fine_cell`, migration 0010: events
 * pre-counted per type, country, admin1 and zoom-10 cell, all dates together). With a box at zoom
 * FINE_ZOOM or coarser, the fine cells wholly inside come pre-counted and only the events of the
 * cut fine cells along the edges (strips at most one fine cell wide) are read from `events`
 * (`aggregate-rollup-box.ts`); without a box, zooms ROLLUP_ZOOM+1 to FINE_ZOOM are sums of fine
 * cells (zoom ROLLUP_ZOOM and coarser keep the month cells). Only for filters of `type`,
 * `country` and `admin1` (no dates); null means "ask the month cells or the events".
 */
import type { Queryable } from '../store/queryable.js'
import { cellDegrees } from './aggregate-map.js'
import { rollupBoxRows } from './aggregate-rollup-box.js'
import { groupedRows, ROLLUP_ZOOM } from './aggregate-rollup.js'
import type { BboxValue } from './aggregate-schema.js'
import type { EventFilter } from './filters.js'
import { whereClause } from './where-clause.js'

/** The fine cells are the map grid at this zoom; cells of coarser zooms are unions of them. */
export const FINE_ZOOM = 10
/** Filter keys the fine cells can answer (they keep no dates). */
const FINE_KEYS: ReadonlySet<string> = new Set(['type', 'country', 'admin1'])

/** Per-(cell, type) rows plus the totals row (g = 1), as aggregate-map's queries give them. */
export async function fineMapRows<Row>(
  db: Queryable,
  filter: EventFilter,
  zoom: number,
  bbox?: BboxValue,
): Promise<Row[] | null> {
  const used = Object.entries(filter).filter(([, v]) => v !== undefined).map(([k]) => k)
  if (used.some((k) => !FINE_KEYS.has(k)) || zoom > FINE_ZOOM) return null
  if (bbox === undefined && zoom <= ROLLUP_ZOOM) return null
  const where = whereClause(filter)
  const src = {
    sql: `SELECT * FROM event_rollup e WHERE e.grain = 'fine_cell' AND ${where.sql}`,
    params: where.params,
  }
  const k = 2 ** (FINE_ZOOM - zoom)
  if (bbox === undefined) return groupedRows<Row>(db, src, k)
  const grid = { cell: cellDegrees(FINE_ZOOM), zoomCell: cellDegrees(zoom), k }
  return rollupBoxRows<Row>(db, filter, bbox, src, grid)
}
