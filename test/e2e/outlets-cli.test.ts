/**
 * @module
 * End-to-end: two invented outlets report the same attack with different death tolls; then
 * `faultline outlets` (list, set, --json, errors), `faultline export --level incident` (claims
 * side by side in CSV, full claims in JSONL) and `faultline db backup/restore` keeping the
 * user's outlet edits, run as a user would over one PGlite directory.
 */
import assert from 'node:assert/strict'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { parseCsv } from '../../src/query/export/_csv-parse.js'
import { runCli, tempDir } from './_cli.js'

const dir = tempDir('faultline-outlets-')
const db = join(dir, 'db')
const cli = (...args: string[]) => runCli([...args, '--db', db])

const REPORTS = [
  {
    outlet: 'Gourma Herald',
    text: 'Gunmen killed six herders near Tessit on Friday, local officials said.',
  },
  {
    outlet: 'Radio Ansongo',
    text: 'Armed men killed eight herders near Tessit on Friday, a local official told us.',
  },
]

before(async () => {
  for (const [i, r] of REPORTS.entries()) {
    const file = join(dir, `report-${i}.txt`)
    await writeFile(file, r.text)
    const res = await cli('ingest', file, '--outlet', r.outlet, '--published', '2024-03-03')
    assert.equal(res.code, 0, res.stderr)
  }
})
after(() => rm(dir, { recursive: true, force: true }))

describe('faultline outlets', () => {
  test('lists both outlets with their counts', async () => {
    const r = await cli('outlets')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^OUTLET\s+COUNTRY\s+DOCS\s+EVENTS/)
    assert.match(r.stdout, /Gourma Herald\s+1\s+1\s+2024-03-03/)
    assert.match(r.stdout, /Radio Ansongo\s+1\s+1\s+2024-03-03/)
  })

  test('set edits an outlet named in any case; --json shows it', async () => {
    const set = await cli('outlets', 'set', 'gourma HERALD', '--country', 'Mali',
      '--url', 'https://gourma-herald.example/', '--description', 'Invented weekly.')
    assert.equal(set.code, 0, set.stderr)
    const r = await cli('outlets', '--json')
    const { items } = JSON.parse(r.stdout) as { items: Record<string, unknown>[] }
    const herald = items.find((o) => o.name === 'Gourma Herald')
    assert.deepEqual(
      [herald?.country, herald?.home_url, herald?.description],
      ['Mali', 'https://gourma-herald.example/', 'Invented weekly.'],
    )
  })

  test('errors: unknown outlet (1), bad URL and no edit (2), each with a hint', async () => {
    const cases: [string, string[], number, RegExp][] = [
      ['unknown', ['outlets', 'set', 'Nowhere Post', '--country', 'Chad'], 1, /--create/],
      ['bad url', ['outlets', 'set', 'Radio Ansongo', '--url', 'ansongo'], 2, /http/],
      ['no edit', ['outlets', 'set', 'Radio Ansongo'], 2, /at least one/],
    ]
    for (const [label, args, code, hint] of cases) {
      const r = await cli(...args)
      assert.equal(r.code, code, `${label}: ${r.stderr}`)
      assert.match(r.stderr, /hint:/, label)
      assert.match(r.stderr, hint, label)
    }
  })
})

describe('faultline export --level incident', () => {
  test('CSV: one row for the attack, both tolls side by side with their outlets', async () => {
    const r = await cli('export', '--format', 'csv', '--level', 'incident')
    assert.equal(r.code, 0, r.stderr)
    const [header, ...rows] = parseCsv(r.stdout)
    assert.equal(rows.length, 1, r.stdout)
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]))
    assert.equal(row.independent_sources, '2')
    assert.equal(row.fatalities, '6', 'lowest count, as the rule says')
    assert.match(row.fatalities_rule ?? '', /lowest/)
    assert.equal(row.fatalities_claims, '6 (Gourma Herald); 8 (Radio Ansongo)')
    assert.match(r.stderr, /exported 1 incident\(s\)/)
  })

  test('JSONL to a file: the full claims', async () => {
    const file = join(dir, 'incidents.jsonl')
    const r = await cli('export', '--format', 'jsonl', '--level', 'incident', '-o', file)
    assert.equal(r.code, 0, r.stderr)
    const lines = (await readFile(file, 'utf8')).trim().split('\n')
    const inc = JSON.parse(lines[0]!) as { claims: { outlet: string; fatalities: number }[] }
    const claims = inc.claims.map((c) => [c.outlet, c.fatalities]).sort()
    assert.deepEqual(claims, [['Gourma Herald', 6], ['Radio Ansongo', 8]])
  })
})

test('db backup → restore keeps the outlets and their edits', async () => {
  const file = join(dir, 'store.jsonl')
  assert.equal((await cli('db', 'backup', file)).code, 0)
  const fresh = join(dir, 'restored')
  const r = await runCli(['db', 'restore', file, '--db', fresh])
  assert.equal(r.code, 0, r.stderr)
  const list = await runCli(['outlets', '--json', '--db', fresh])
  const { items } = JSON.parse(list.stdout) as { items: { name: string; country: string }[] }
  assert.deepEqual(items.map((o) => [o.name, o.country]).sort(),
    [['Gourma Herald', 'Mali'], ['Radio Ansongo', null]])
})
