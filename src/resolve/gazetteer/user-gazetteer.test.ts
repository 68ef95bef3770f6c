/**
 * @module
 * Tests for `faultline gazetteer import` below the CLI: a hand-written GeoNames-format dump of
 * invented Senegalese villages (test/fixtures/geonames/SN.txt) is imported into a temporary
 * directory, then found by lookups and by `locateEvent`; bad files are refused, re-importing
 * replaces, and an import of a bundled country adds places without overriding any.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { isFaultlineError } from '../../errors.js'
import { importGeoNames } from './import-geonames.js'
import { locateEvent } from './locate-event.js'
import { reloadGazetteer, sahelIndex } from './sahel-gazetteer.js'
import { importedFiles, userGazetteerDir } from './user-gazetteer.js'

const SN = fileURLToPath(new URL('../../../test/fixtures/geonames/SN.txt', import.meta.url))
const tmp = () => mkdtempSync(join(tmpdir(), 'faultline-gaz-'))

/** Point the loader at `dir` and forget what it loaded. */
function useDir(dir: string): void {
  process.env.FAULTLINE_GAZETTEER_DIR = dir
  reloadGazetteer()
}

/** A dump line (19 columns) for an invented place. */
function line(id: string, name: string, lat: number, lon: number, code: string, cc: string) {
  const fclass = code.startsWith('PPL') ? 'P' : 'A'
  const cols = [id, name, name, '', lat, lon, fclass, code, cc, '', '01', '', '', '', 0]
  return [...cols, '', '', 'Africa/Dakar', '2024-01-01'].join('\t')
}

const rejects = (code: string) => (e: unknown) => isFaultlineError(e) && e.code === code

describe('gazetteer import', () => {
  test('import: one <CC>.tsv with derived rows, streams dropped', async () => {
    const dir = tmp()
    const r = await importGeoNames(SN, { dir })
    assert.equal(r.lines, 6, 'lines read')
    assert.equal(r.malformed, 0, 'no malformed lines')
    assert.deepEqual(
      r.countries.map((c) => [c.cc, c.country, c.rows]),
      [['SN', 'Senegal', 5]],
      'the stream is no event location',
    )
    assert.deepEqual(readdirSync(dir), ['SN.tsv'], 'no temporary file left')
    const [file] = importedFiles(dir)
    assert.equal(file?.rows, 5, 'row count in the header')
    const data = readFileSync(join(dir, 'SN.tsv'), 'utf8').split('\n').slice(2, -1)
    assert.equal(data.length, 5, 'data lines')
    for (const l of data) assert.equal(l.split('\t').length, 13, `13 columns: ${l}`)
  })

  test('lookup and locateEvent find the imported villages', async () => {
    const dir = tmp()
    useDir(dir)
    assert.equal(sahelIndex().lookup('Thiambokh').length, 0, 'unknown before the import')
    await importGeoNames(SN, { dir })
    useDir(dir)
    const cases: [string, string, string][] = [
      ['Thiambokh', 'Thiambokh', 'exact name'],
      ['Tiambokh', 'Thiambokh', 'alternate name'],
      ['Ndiarka Toube', 'Ndiarka Toube', 'without diacritics'],
      ['keur sadio wourlé', 'Keur Sadio Wourle', 'any case'],
    ]
    for (const [query, name, label] of cases) {
      const found = sahelIndex().lookup(query)
      assert.equal(found.length, 1, `${label}: one candidate`)
      assert.equal(found[0]?.name, name, `${label}: name`)
      assert.equal(found[0]?.country, 'Senegal', `${label}: country`)
      assert.equal(found[0]?.admin1, 'Saloumba', `${label}: admin1 from the ADM1 row`)
      assert.equal(found[0]?.source, 'user', `${label}: source`)
    }
    const text = 'Gunmen attacked the village of Thiambokh in Senegal on Monday, killing two.'
    const loc = locateEvent({ text, focus: { start: 0, end: text.length } })
    assert.equal(loc?.location, 'Thiambokh', 'locateEvent: location')
    assert.equal(loc?.country, 'Senegal', 'locateEvent: country')
    assert.equal(loc?.admin1, 'Saloumba', 'locateEvent: admin1')
    assert.equal(loc?.latitude, 13.99, 'locateEvent: latitude')
    assert.equal(loc?.geo_precision, 1, 'locateEvent: a village is precision 1')
  })

  test('re-import replaces the file: same rows, no duplicate candidates', async () => {
    const dir = tmp()
    await importGeoNames(SN, { dir })
    const first = readFileSync(join(dir, 'SN.tsv'), 'utf8').split('\n').slice(1)
    await importGeoNames(SN, { dir })
    const second = readFileSync(join(dir, 'SN.tsv'), 'utf8').split('\n').slice(1)
    assert.deepEqual(second, first, 'same rows')
    assert.deepEqual(readdirSync(dir), ['SN.tsv'], 'still one file')
    useDir(dir)
    assert.equal(sahelIndex().lookup('Thiambokh').length, 1, 'one candidate')
  })

  test('malformed lines are counted; a file without places is refused', async () => {
    const dir = tmp()
    const src = tmp()
    const mixed = join(src, 'mixed.txt')
    const good = readFileSync(SN, 'utf8')
    writeFileSync(mixed, `not a geonames line\n${good}a,b,c\n1\tNo coords\tx\t\tN\tS\n`)
    const r = await importGeoNames(mixed, { dir })
    assert.equal(r.malformed, 3, 'three malformed lines')
    assert.deepEqual(r.malformedAt, [1, 8, 9], 'their line numbers')
    assert.equal(r.countries[0]?.rows, 5, 'the good rows imported')
    const cases: [string, string | Buffer, string][] = [
      ['garbage.txt', 'name,lat,lon\nThiambokh,13.9,-15.8\n', 'E_INPUT_FORMAT'],
      ['SN.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), 'E_INPUT_FORMAT'],
      ['SN.txt.gz', Buffer.from([0x1f, 0x8b, 8, 0]), 'E_INPUT_FORMAT'],
      ['empty.txt', '', 'E_INPUT_EMPTY'],
      ['streams.txt', good.split('\n').slice(5).join('\n'), 'E_INPUT_FORMAT'],
    ]
    for (const [name, content, code] of cases) {
      const file = join(src, name)
      writeFileSync(file, content)
      await assert.rejects(importGeoNames(file, { dir: tmp() }), rejects(code), name)
    }
    await assert.rejects(importGeoNames(join(src, 'missing.txt')), rejects('E_INPUT_UNREADABLE'))
  })

  test('a bundled country: new places added, bundled ones not overridden', async () => {
    const dir = tmp()
    const src = tmp()
    const file = join(src, 'ML.txt')
    // 2458334 is the bundled Douentza; here it is moved, and a made-up village is added
    const lines = [
      line('2458334', 'Douentza', 0, 0, 'PPLA2', 'ML'),
      line('99100001', 'Wagadounkoro', 15.05, -2.9, 'PPL', 'ML'),
    ]
    writeFileSync(file, `${lines.join('\n')}\n`)
    await importGeoNames(file, { dir })
    useDir(dir)
    const douentza = sahelIndex().lookup('Douentza').filter((p) => p.kind === 'populated')
    assert.deepEqual(
      douentza.map((p) => [p.latitude, p.source]),
      [[15.0015, 'sahel']],
      'Douentza: the bundled row only',
    )
    const added = sahelIndex().lookup('Wagadounkoro')
    assert.deepEqual(added.map((p) => [p.country, p.source]), [['Mali', 'user']], 'new village')
  })

  test('--country-name names a code Faultline does not know; one country only', async () => {
    const dir = tmp()
    const src = tmp()
    const ke = join(src, 'KE.txt')
    writeFileSync(ke, `${line('99200001', 'Olmanyatta', -1.2, 36.5, 'PPL', 'KE')}\n`)
    const r = await importGeoNames(ke, { dir, countryName: 'Kenya' })
    assert.equal(r.countries[0]?.country, 'Kenya', 'name from the flag')
    useDir(dir)
    assert.equal(sahelIndex().lookup('Olmanyatta')[0]?.country, 'Kenya', 'places carry it')
    const two = join(src, 'two.txt')
    writeFileSync(two, `${readFileSync(ke, 'utf8')}${readFileSync(SN, 'utf8')}`)
    const named = importGeoNames(two, { dir, countryName: 'Kenya' })
    await assert.rejects(named, rejects('E_BAD_ARGUMENT'), 'two countries, one name')
    const both = await importGeoNames(two, { dir })
    assert.deepEqual(both.countries.map((c) => c.cc), ['KE', 'SN'], 'one file per country')
  })

  test('userGazetteerDir: env override, XDG, home', () => {
    const cases: [NodeJS.ProcessEnv, RegExp, string][] = [
      [{ FAULTLINE_GAZETTEER_DIR: '/x/g' }, /^\/x\/g$/, 'explicit directory'],
      [{ XDG_DATA_HOME: '/x/data' }, /^\/x\/data\/faultline\/gazetteer$/, 'XDG data home'],
      [{}, /\.local\/share\/faultline\/gazetteer$/, 'home default'],
    ]
    for (const [env, want, label] of cases) assert.match(userGazetteerDir(env), want, label)
  })
})
