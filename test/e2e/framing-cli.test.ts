/**
 * @module
 * End-to-end: three invented outlets' reports of the same fighting ingested with `--outlet`, then
 * `faultline framing`, `actors` and `graph` run as a user would, over one PGlite directory: the
 * side-by-side table, JSON bodies, Graphviz DOT and usage errors (exit 2 with a hint).
 */
import assert from 'node:assert/strict'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { FRAMING_TEXTS, JNIM } from '../../src/store/_framing-fixtures.js'
import { runCli, tempDir } from './_cli.js'

const dir = tempDir('faultline-framing-')
const db = join(dir, 'db')
const cli = (...args: string[]) => runCli([...args, '--db', db])

before(async () => {
  for (const [i, d] of FRAMING_TEXTS.entries()) {
    const file = join(dir, `report-${i}.txt`)
    await writeFile(file, d.text)
    const r = await cli('ingest', file, '--outlet', d.outlet, '--published', d.published)
    assert.equal(r.code, 0, r.stderr)
  }
})
after(() => rm(dir, { recursive: true, force: true }))

describe('faultline framing / actors / graph', () => {
  test('framing --actor: labels × outlets side by side, then the rates', async () => {
    const r = await cli('framing', '--actor', 'JNIM')
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /LABEL\s+Desert Wire\s+Niger Valley Post\s+Sahel Courier/)
    assert.match(r.stdout, /jnim terrorists \*\s+1\s+·\s+·/)
    assert.match(r.stdout, /armed resistance\s+·\s+·\s+1/)
    assert.match(r.stdout, /OUTLET\s+DOCS\s+WORDS\s+LOADED\s+PER 1000 WORDS/)
  })

  test('framing --outlet --json', async () => {
    const r = await cli('framing', '--outlet', 'Sahel Courier', '--json')
    assert.equal(r.code, 0, r.stderr)
    const body = JSON.parse(r.stdout) as { rows: { outlet: string; label: string }[] }
    assert.ok(body.rows.some((x) => x.label === 'colonial troops'))
    assert.ok(body.rows.every((x) => x.outlet === 'Sahel Courier'))
  })

  test('actors --json: store actors with registry aliases', async () => {
    const r = await cli('actors', '--json')
    assert.equal(r.code, 0, r.stderr)
    const { items } = JSON.parse(r.stdout) as { items: { name: string; aliases: string[] }[] }
    assert.ok(items.find((a) => a.name === JNIM)?.aliases.includes('JNIM'))
  })

  test('graph --format dot and json', async () => {
    const dot = await cli('graph', '--actor', 'JNIM', '--format', 'dot')
    assert.equal(dot.code, 0, dot.stderr)
    assert.match(dot.stdout, /^digraph faultline \{/)
    assert.ok(dot.stdout.includes(`"${JNIM}" [style=bold];`))
    assert.ok(dot.stdout.includes(`"${JNIM}" -> "al-Qaeda" [label="part_of (1)"`))
    const json = await cli('graph', '--actor', 'JNIM', '--format', 'json')
    const body = JSON.parse(json.stdout) as { actor: string; edges: { sources: unknown[] }[] }
    assert.equal(body.actor, JNIM)
    assert.ok(body.edges.length >= 2 && body.edges.every((e) => e.sources.length > 0))
  })

  test('usage errors exit 2 with a hint', async () => {
    const none = await cli('framing')
    assert.equal(none.code, 2)
    assert.match(none.stderr, /give --actor, --outlet or both\n\s+hint:/)
    const bad = await cli('graph', '--format', 'svg')
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /unknown --format 'svg'/)
  })
})
