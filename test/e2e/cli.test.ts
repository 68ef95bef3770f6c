/**
 * @module
 * End-to-end tests of the `faultline` CLI on the bundled sample corpus: each command, each input
 * format, idempotent re-ingest, bad inputs and exit codes, and the evidence-span invariant.
 */
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, test } from 'node:test'
import { ROOT, runCli, tempDir } from './_cli.js'

const EXAMPLES = join(ROOT, 'examples')
const dir = tempDir()
const db = join(dir, 'db')

describe('faultline CLI', () => {
  before(async () => {
    const r = await runCli(['ingest', EXAMPLES, '--db', db])
    assert.equal(r.code, 0, `ingest examples: ${r.stderr}`)
  })

  test('--help lists every command', async () => {
    const r = await runCli(['--help'])
    assert.equal(r.code, 0)
    for (const cmd of ['ingest', 'extract', 'events', 'export', 'serve', 'summary']) {
      assert.match(r.stdout + r.stderr, new RegExp(`\\b${cmd}\\b`), `help mentions ${cmd}`)
    }
  })

  test('re-ingesting the same documents is a no-op that says so', async () => {
    const before = JSON.parse((await runCli(['summary', '--json', '--db', db])).stdout)
    const r = await runCli(['ingest', EXAMPLES, '--db', db])
    assert.equal(r.code, 0)
    assert.match(r.stderr, /0 added .* 6 already stored/)
    const after = JSON.parse((await runCli(['summary', '--json', '--db', db])).stdout)
    assert.deepEqual(after, before)
    assert.equal(after.documents, 6)
  })

  test('events --json lists stored events, each with evidence', async () => {
    const r = await runCli(['events', '--json', '--limit', '1000', '--db', db])
    assert.equal(r.code, 0, r.stderr)
    const { total, items } = JSON.parse(r.stdout)
    assert.ok(total > 0, 'sample corpus yields events')
    assert.equal(items.length, total)
    for (const e of items) assert.ok(e.evidence.length > 0, `${e.event_id} has evidence`)
    const table = await runCli(['events', '--db', db])
    assert.match(table.stdout, /^DATE\s+TYPE/)
  })

  test('events filters: type and bad --near', async () => {
    const ok = await runCli(['events', '--json', '--type', 'Protests', '--db', db])
    assert.equal(ok.code, 0, ok.stderr)
    for (const e of JSON.parse(ok.stdout).items) assert.equal(e.event_type, 'Protests')
    const bad = await runCli(['events', '--near', 'abc', '--db', db])
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /--near/)
    const badDate = await runCli(['events', '--since', '2022-13-40', '--db', db])
    assert.equal(badDate.code, 2)
    assert.match(badDate.stderr, /--since/)
  })

  test('export: csv with ACLED columns, geojson, jsonl to a file; unknown format is a usage error', async () => {
    const csv = await runCli(['export', '--format', 'csv', '--db', db])
    assert.equal(csv.code, 0, csv.stderr)
    assert.match(csv.stdout.split('\n')[0] ?? '', /^event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1/)
    const geo = await runCli(['export', '--format', 'geojson', '--db', db])
    assert.equal(JSON.parse(geo.stdout).type, 'FeatureCollection')
    const file = join(dir, 'out.jsonl')
    const jl = await runCli(['export', '--format', 'jsonl', '-o', file, '--db', db])
    assert.equal(jl.code, 0, jl.stderr)
    const lines = readFileSync(file, 'utf8').trim().split('\n')
    assert.ok(lines.length > 0 && lines.every((l) => JSON.parse(l).event_id))
    const bad = await runCli(['export', '--format', 'xml', '--db', db])
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /csv, geojson or jsonl/)
  })

  test('a bad file among good ones is named and skipped (exit 3); the good one goes in', async () => {
    const d = tempDir()
    writeFileSync(join(d, 'empty.txt'), '')
    writeFileSync(join(d, 'junk.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0]))
    writeFileSync(join(d, 'good.txt'), 'Gunmen attacked a market in Gao on 3 May 2023, killing four traders.\n')
    const r = await runCli(['ingest', d, '--db', join(d, 'db')])
    assert.equal(r.code, 3, r.stderr)
    assert.match(r.stderr, /skipped .*empty\.txt/)
    assert.match(r.stderr, /skipped .*junk\.txt/)
    assert.match(r.stderr, /1 added/)
  })

  test('ingest rejects an impossible --published date before touching the store', async () => {
    const r = await runCli(['ingest', EXAMPLES, '--published', '2022-13-40', '--db', db])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /2022-13-40/)
  })
})

describe('faultline extract (stateless)', () => {
  test('jsonl: events carry the input id; a malformed line is reported and skipped (exit 3)', async () => {
    const input = [
      JSON.stringify({ id: 'n1', text: 'On 4 June 2023, unidentified gunmen killed three civilians in Douentza.', published_at: '2023-06-05' }),
      '{not json',
      JSON.stringify({ id: 'n2', text: 'The price of cotton rose by four percent this year.', published_at: '2023-06-05' }),
    ].join('\n')
    const r = await runCli(['extract', '--input-format', 'jsonl', '-'], { stdin: input })
    assert.equal(r.code, 3, r.stderr)
    assert.match(r.stderr, /-:2: not valid JSON/)
    const events = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
    assert.ok(events.length >= 1, 'the violent note yields an event')
    assert.ok(events.every((e) => e.doc_id === 'n1'), 'the cotton note yields none')
    const text = JSON.parse(input.split('\n')[0] ?? '{}').text as string
    for (const e of events) for (const s of e.evidence) assert.equal(text.slice(s.start, s.end), s.text)
  })

  test('text files of every format, with evidence spans inside the document text', async () => {
    const r = await runCli(['extract', join(EXAMPLES, '06-sahel-dispatch-gao-drone.html'), join(EXAMPLES, '01-sahel-dispatch-boni-ambush.txt')])
    assert.equal(r.code, 0, r.stderr)
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    assert.ok(events.length >= 2)
    for (const e of events) for (const s of e.evidence) assert.ok(s.end > s.start && typeof s.text === 'string')
  })

  test('bad --input-format and bad --published are usage errors', async () => {
    const a = await runCli(['extract', '--input-format', 'xml', '-'])
    assert.equal(a.code, 2)
    const b = await runCli(['extract', '--published', '2022-13-40', '-'], { stdin: 'x' })
    assert.equal(b.code, 2)
  })
})
