/**
 * @module
 * `faultline incidents`: the table cells (dead with the range of claims, disagreement marks) and
 * the command run as a user would, over a PGlite directory holding two outlets' reports of one
 * ambush: `--update` linking them, the table, `--json` with both claims, a filter, a usage error.
 */
import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { buildIncident } from '../../corroborate/claims.js'
import type { IncidentReport } from '../../corroborate/claims.js'
import { IncidentPageSchema } from '../../corroborate/incident.js'
import { makeDoc, makeEvent } from '../../store/_fixtures.js'
import { openStore } from '../../store/open-store.js'
import { runCli, tempDir } from '../../../test/e2e/_cli.js'
import { deadCell, incidentsTable } from './incidents.js'

const report = (doc: string, outlet: string, fatalities: number, actor1: string) =>
  ({ ...makeEvent(doc, 1, { fatalities, actor1 }), outlet, fingerprint: null }) as IncidentReport

describe('incidents table', () => {
  it('cells', () => {
    const f = (value: number, min: number, max: number) =>
      ({ value, min, max, conflict: min !== max, rule: '' })
    const cases: [string, string, string][] = [
      ['range of claims', deadCell(f(6, 6, 8), false), '6 (6–8)'],
      ['agreement', deadCell(f(3, 3, 3), false), '3'],
      ['hedged only', deadCell(f(4, 4, 4), true), '4?'],
    ]
    for (const [label, got, want] of cases) assert.equal(got, want, label)
    const inc = buildIncident('inc_1', [
      report('d1', 'Sahel Courier', 6, 'Free Hills Brigade'),
      report('d2', 'River Post', 8, 'Unidentified Armed Group (Vandoria)'),
    ])
    const table = incidentsTable([inc])
    for (const cell of ['2024-03-01', 'Kessel Ford, Vandoria', '6 (6–8)', 'inc_1']) {
      assert.ok(table.includes(cell), `table shows ${cell}`)
    }
    assert.ok(table.includes('Free Hills Brigade*'), 'perpetrator conflict marked')
  })
})

describe('faultline incidents (CLI)', () => {
  const dir = tempDir()
  const db = `${dir}/db`
  before(async () => {
    const store = await openStore({ db })
    try {
      for (const [id, outlet, dead, actor] of [
        ['doc_x1', 'Sahel Courier', 6, 'Free Hills Brigade'],
        ['doc_x2', 'River Post', 8, 'Unidentified Armed Group (Vandoria)'],
      ] as const) {
        const raw = makeDoc(`Invented ambush report by ${outlet}.`, { outlet })
        await store.ingest(raw, id, [makeEvent(id, 1, { fatalities: dead, actor1: actor })])
      }
    } finally {
      await store.close()
    }
  })
  after(() => rm(dir, { recursive: true, force: true }))

  it('--update links stored documents; table, --json, filters and usage errors', async () => {
    const before = await runCli(['incidents', '--db', db])
    assert.match(before.stderr, /no incidents match/, 'stored with store.ingest: not linked yet')
    const update = await runCli(['incidents', '--update', '--db', db])
    assert.match(update.stderr, /corroborated 2 document/)
    const table = await runCli(['incidents', '--db', db])
    assert.equal(table.code, 0, table.stderr)
    assert.match(table.stdout, /6 \(6–8\)/, 'summary with range')
    assert.match(table.stderr, /1 of 1 incident/)
    const json = await runCli(['incidents', '--json', '--db', db])
    const body = IncidentPageSchema.omit({ next: true }).parse(JSON.parse(json.stdout))
    assert.deepEqual(body.items[0]?.claims.map((c) => c.fatalities).sort(), [6, 8], 'both claims')
    assert.equal(body.items[0]?.independent_sources, 2)
    const none = await runCli(['incidents', '--type', 'Protests', '--db', db])
    assert.deepEqual([none.code, none.stdout], [0, ''], 'no match: empty stdout')
    const bad = await runCli(['incidents', '--since', '2024-13-40', '--db', db])
    assert.equal(bad.code, 2, 'usage error')
  })
})
