/**
 * @module
 * `faultline framing --actor A | --outlet O [--json]`: how outlets label an actor, side by side
 * (one row per label, one column per outlet, use counts in the cells; `*` marks loaded language),
 * or every label one outlet gives each actor; then each outlet's loaded-language rate.
 */
import { defineCommand } from 'citty'
import { FaultlineError } from '../../errors.js'
import type { FramingReport } from '../../schema/framing.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { formatTable, info, out } from '../_output.js'

/** Labels × outlets: counts per outlet, `*` after a loaded label, the actor when not fixed. */
export function framingPivot(report: FramingReport): string {
  const outlets = [...new Set(report.rows.map((r) => r.outlet))].sort()
  const showActor = report.actor === null
  const lines = new Map<string, { actor: string; label: string; cells: Map<string, number> }>()
  for (const r of report.rows) {
    const key = `${r.actor}\u0000${r.label}${r.loaded ? ' *' : ''}`
    const line = lines.get(key) ?? {
      actor: r.actor,
      label: `${r.label}${r.loaded ? ' *' : ''}`,
      cells: new Map<string, number>(),
    }
    line.cells.set(r.outlet, (line.cells.get(r.outlet) ?? 0) + r.count)
    lines.set(key, line)
  }
  const total = (l: { cells: Map<string, number> }) =>
    [...l.cells.values()].reduce((a, b) => a + b, 0)
  const sorted = [...lines.values()].sort(
    (a, b) =>
      a.actor.localeCompare(b.actor) || total(b) - total(a) || a.label.localeCompare(b.label),
  )
  const header = [...(showActor ? ['ACTOR'] : []), 'LABEL', ...outlets]
  const rows = sorted.map((l) => [
    ...(showActor ? [l.actor] : []),
    l.label,
    ...outlets.map((o) => String(l.cells.get(o) ?? '·')),
  ])
  return formatTable(header, rows, 36)
}

/** Each outlet's documents, words, loaded spans and rate per 1,000 words. */
export function ratesTable(report: FramingReport): string {
  return formatTable(
    ['OUTLET', 'DOCS', 'WORDS', 'LOADED', 'PER 1000 WORDS'],
    report.outlets.map((o) => [o.outlet, String(o.docs), String(o.words), String(o.loaded),
      o.rate.toFixed(2)]),
  )
}

export default defineCommand({
  meta: {
    name: 'framing',
    description: 'How outlets label an actor, side by side; loaded-language rates',
  },
  args: {
    actor: { type: 'string', description: 'Actor name or alias (e.g. JNIM)', valueHint: 'NAME' },
    outlet: { type: 'string', description: 'Outlet name (case-insensitive)', valueHint: 'NAME' },
    json: { type: 'boolean', description: 'Print {actor, outlet, rows, outlets} as JSON' },
    update: { type: 'boolean', description: 'First frame documents stored without framing' },
    ...dbArg,
  },
  async run({ args }) {
    const actor = args.actor?.trim() || undefined
    const outlet = args.outlet?.trim() || undefined
    if (actor === undefined && outlet === undefined) {
      throw new FaultlineError('E_BAD_ARGUMENT', 'give --actor, --outlet or both', {
        hint: "e.g. faultline framing --actor JNIM (list actors with 'faultline actors')",
      })
    }
    const store = await openStoreFromArgs(args)
    try {
      if (args.update) info(`framed ${await store.framingPending()} document(s)`)
      const report = await store.framingFor({ actor, outlet })
      if (args.json) {
        out(JSON.stringify(report))
        return
      }
      if (report.rows.length === 0) {
        info('no labels found (ingest documents first, or try --update)')
        return
      }
      const shown = report.outlet === null ? null : (report.outlets[0]?.outlet ?? report.outlet)
      const scope = [report.actor, shown].filter(Boolean).join(' in ')
      out(`Labels for ${scope} (counts per outlet; * = loaded language)`)
      out(framingPivot(report))
      out('')
      out(ratesTable(report))
    } finally {
      await store.close()
    }
  },
})
