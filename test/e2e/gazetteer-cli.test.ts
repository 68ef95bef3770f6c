/**
 * @module
 * End-to-end tests of `faultline gazetteer import | list | lookup` as a user runs them, with
 * FAULTLINE_GAZETTEER_DIR pointing at a temporary directory: the invented Senegalese villages
 * of test/fixtures/geonames/SN.txt become places the extractor locates events at.
 */
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { ROOT, runCli, tempDir } from './_cli.js'

const SN = join(ROOT, 'test/fixtures/geonames/SN.txt')
const dir = tempDir('faultline-gazetteer-')
const env = { FAULTLINE_GAZETTEER_DIR: dir }

describe('faultline gazetteer', () => {
  test('lookup before the import: not found, exit 1, with a hint', async () => {
    const r = await runCli(['gazetteer', 'lookup', 'Thiambokh'], { env })
    assert.equal(r.code, 1, r.stderr)
    assert.match(r.stderr, /no place named 'Thiambokh'[\s\S]*hint: .*gazetteer import/)
  })

  test('import, then list, lookup and extract see the places', async () => {
    const imp = await runCli(['gazetteer', 'import', SN], { env })
    assert.equal(imp.code, 0, imp.stderr)
    assert.match(imp.stderr, /imported 5 place\(s\) for Senegal \(SN\)/)
    const again = await runCli(['gazetteer', 'import', SN, '--json'], { env })
    assert.equal(again.code, 0, again.stderr)
    assert.equal(JSON.parse(again.stdout).countries[0].rows, 5, 're-import: same rows')

    const list = await runCli(['gazetteer', 'list', '--json'], { env })
    const { files } = JSON.parse(list.stdout)
    assert.deepEqual(
      files.map((f: { source: string; rows: number }) => f.source),
      ['bundled', 'imported'],
    )
    assert.ok(files[0].rows > 40000, 'bundled Sahel rows')
    assert.equal(files[1].rows, 5, 'imported rows')

    const lookup = await runCli(['gazetteer', 'lookup', 'Ndiarka Toube', '--json'], { env })
    assert.equal(lookup.code, 0, lookup.stderr)
    const [place] = JSON.parse(lookup.stdout)
    assert.equal(place.country, 'Senegal')
    assert.equal(place.admin1, 'Saloumba')
    assert.deepEqual([place.latitude, place.longitude, place.kind], [14.02, -15.75, 'populated'])
    const table = await runCli(['gazetteer', 'lookup', 'Thiambokh'], { env })
    assert.match(table.stdout, /^NAME\s+COUNTRY\s+ADMIN1[\s\S]*Thiambokh\s+Senegal\s+Saloumba/)

    const text = 'Gunmen attacked the village of Thiambokh in Senegal on 3 March 2024, killing two.'
    const ex = await runCli(['extract', '-', '--published', '2024-03-04'], { env, stdin: text })
    assert.equal(ex.code, 0, ex.stderr)
    const events = ex.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
    assert.ok(events.length > 0, 'an event')
    assert.equal(events[0].location, 'Thiambokh', 'located at the imported village')
    assert.equal(events[0].latitude, 13.99)
  })

  test('bad input: malformed lines exit 3, a non-dump exits 1 with a hint', async () => {
    const src = tempDir('faultline-gazetteer-src-')
    const zip = join(src, 'SN.zip')
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))
    const r = await runCli(['gazetteer', 'import', zip], { env })
    assert.equal(r.code, 1)
    assert.match(r.stderr, /is a zip archive[\s\S]*hint: .*unzip it first/)
    const csv = join(src, 'places.csv')
    writeFileSync(csv, 'name,lat,lon\nThiambokh,13.9,-15.8\n')
    const bad = await runCli(['gazetteer', 'import', csv], { env })
    assert.equal(bad.code, 1)
    assert.match(bad.stderr, /no GeoNames places .*\(2 malformed line\(s\)\)/)
    assert.match(bad.stderr, /hint: .*19 tab-separated columns/)
    const mixed = join(src, 'SN.txt')
    writeFileSync(mixed, `${readFileSync(SN, 'utf8')}a broken line\n`)
    const partial = await runCli(['gazetteer', 'import', mixed], { env })
    assert.equal(partial.code, 3, 'some lines skipped')
    assert.match(partial.stderr, /imported 5 place\(s\) for Senegal/)
    assert.match(partial.stderr, /skipped 1 malformed line\(s\) of 7 \(line 7\)/)
    const missing = await runCli(['gazetteer', 'import'], { env })
    assert.equal(missing.code, 2, 'FILE is required')
  })
})
