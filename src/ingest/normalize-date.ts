/**
 * @module
 * Publication dates from metadata. In: whatever a page or front matter says (`2024-03-05`,
 * `2024-03-05T22:10:00+01:00`, `5 March 2024`, `5 mars 2024`). Out: `YYYY-MM-DD` or null.
 * An ISO timestamp keeps the calendar date written in it (the publisher's own day).
 */
import * as chrono from 'chrono-node'
import { IsoDate } from '../schema/document.js'

/** Parses a metadata date to `YYYY-MM-DD`; null when it is missing, partial or impossible. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim()
  if (!s) return null
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(s)
  if (iso) return IsoDate.safeParse(iso[1]).success ? (iso[1] ?? null) : null
  const parsed = chrono.en.parse(s)[0] ?? chrono.fr.parse(s)[0]
  // Metadata must name its year; relative phrases ("yesterday") depend on when we read them.
  if (!parsed || !/\d{4}/.test(parsed.text)) return null
  const { start } = parsed
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null
  const y = start.get('year')
  const m = start.get('month')
  const d = start.get('day')
  if (y === null || m === null || d === null) return null
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  const out = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
  return IsoDate.safeParse(out).success ? out : null
}
