/** @module Tests for the gazetteer build: kept features, alternates, admin names, new regions. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldName } from '../fold.js'
import { type AdminFixes, NO_FIXES } from './admin-fixes.js'
import { cleanAdminName, deriveRows } from './derive-rows.js'
import {
  type GeoNamesRow,
  isKeptFeature,
  latinAlternates,
  parseGeoNamesLine,
} from './geonames-row.js'

/** A GeoNames dump line (19 columns) for a made-up place. */
function line(
  id: string,
  name: string,
  alts: string,
  lat: number,
  lon: number,
  code: string,
  cc: string,
  a1: string,
  a2 = '',
  pop = 0,
): string {
  const fclass = code.startsWith('PPL') ? 'P' : code.startsWith('ADM') ? 'A' : 'H'
  return [
    id,
    name,
    name.normalize('NFD').replace(/\p{M}/gu, ''),
    alts,
    lat,
    lon,
    fclass,
    code,
    cc,
    '',
    a1,
    a2,
    '',
    '',
    pop,
    '',
    '',
    'Africa/Bamako',
    '2014-01-01',
  ].join('\t')
}

const parse = (l: string) => parseGeoNamesLine(l) as GeoNamesRow

const ADMIN1 = new Map([
  ['ML.04', 'Mopti'],
  ['ML.08', 'Tombouctou'],
  ['ML.09', 'Gao'],
])

const ROWS = [
  line('1', 'Mopti', '', 14.49, -4.19, 'PPLA', 'ML', '04', '', 100000),
  line('2', 'Douentza', '', 15.0, -2.95, 'PPLA2', 'ML', '04', '', 8000),
  line('3', 'Kanda', 'Kanda Peul,kanda-ru,KND', 15.1, -2.9, 'PPL', 'ML', '00'),
  line('4', 'Ménaka', '', 15.92, 2.4, 'PPLA2', 'ML', '09', '', 9000),
  line('5', 'Inékar', '', 15.96, 3.14, 'PPL', 'ML', '09'),
  line('6', 'Gao', '', 16.27, -0.04, 'PPLA', 'ML', '09', '', 87000),
  line('7', 'Timbuktu', 'Tombouctou', 16.77, -3.0, 'PPLA', 'ML', '08', '', 30000),
  line('8', 'Araouane', '', 18.9, -3.53, 'PPL', 'ML', '08'),
  line('9', 'Cercle de Ménaka', 'Ménaka', 16.0, 2.8, 'ADM2', 'ML', '09', '9001'),
  line('10', 'School Alpha', '', 15.5, -2.0, 'SCH', 'ML', '04'),
  line('11', 'Puits Beta', '', 15.6, -2.1, 'WLL', 'ML', '04'),
].map(parse)

test('build: which features are kept', () => {
  const cases: [string, boolean, string][] = [
    ['2', true, 'cercle seat'],
    ['9', true, 'ADM2 area'],
    ['10', false, 'a school is no gazetteer place'],
    ['11', true, 'wells are'],
  ]
  for (const [id, want, label] of cases) {
    assert.equal(isKeptFeature(ROWS.find((r) => r.id === id) as GeoNamesRow), want, label)
  }
})

test('build: alternates keep Latin-script press spellings only', () => {
  const kanda = ROWS.find((r) => r.id === '3') as GeoNamesRow
  assert.deepEqual(latinAlternates(kanda, foldName), ['Kanda Peul'], 'no romanised codes')
})

const REGION = { cc: 'ML', name: 'Taoudénit', geonamesId: '1', alternates: [], cercles: [] }
/** The regions part of data/gazetteer/admin-fixes.json, and one invented misfiled place. */
const FIXES: AdminFixes = {
  regions: [
    { ...REGION, admin1: 'Menaka', name: 'Ménaka', from: 'Gao', oldCercle: 'Menaka', coded: true },
    { ...REGION, admin1: 'Taoudeni', from: 'Tombouctou', minLat: 18.5, coded: false },
  ],
  places: [
    {
      cc: 'ML',
      name: 'Puits Beta',
      near: [15.6, -2.1],
      km: 10,
      admin1: 'Tombouctou',
      admin2: 'Gourma-Rharous',
      why: 'a test',
    },
  ],
}

test('build: admin names and the 2016 regions', () => {
  const rows = deriveRows(ROWS, ADMIN1, FIXES)
  const byName = (name: string) => rows.find((r) => r.name === name)
  const cases: [string, string, string, string][] = [
    ['Douentza', 'Mopti', 'Douentza', 'seat of its own cercle'],
    ['Kanda', 'Mopti', 'Douentza', 'unknown admin1 from the nearest seat'],
    ['Inékar', 'Menaka', 'Menaka', 'former Ménaka cercle → Ménaka region'],
    ['Gao', 'Gao', 'Gao', 'region capital'],
    ['Araouane', 'Tombouctou', 'Tombouctou', 'Taoudénit, still coded Tombouctou by ACLED'],
    ['Puits Beta', 'Tombouctou', 'Gourma-Rharous', 'a misfiled place corrected by name'],
  ]
  for (const [name, admin1, admin2, label] of cases) {
    assert.equal(byName(name)?.admin1, admin1, `${label}: admin1`)
    assert.equal(byName(name)?.admin2, admin2, `${label}: admin2`)
  }
  assert.ok(byName('Ménaka')?.fcode === 'PPLA2', 'town kept')
  assert.ok(
    rows.some((r) => r.fcode === 'ADM1' && r.ascii === 'Menaka'),
    'synthetic Ménaka region',
  )
  const taoudenit = rows.find((r) => r.fcode === 'ADM1' && r.ascii === 'Taoudeni')
  assert.equal(taoudenit?.admin1, 'Tombouctou', 'the Taoudénit region row, coded as ACLED does')
  assert.equal(deriveRows(ROWS, ADMIN1, NO_FIXES).find((r) => r.name === 'Inékar')?.admin1, 'Gao')
})

test('build: cleanAdminName', () => {
  const cases: [string, string][] = [
    ['Province du Soum', 'Soum'],
    ["Province de l'Oudalan", 'Oudalan'],
    ['Douentza Cercle', 'Douentza'],
    ['Departement de Tillaberi', 'Tillaberi'],
    ['Cercle de Ménaka', 'Ménaka'],
  ]
  for (const [input, want] of cases) assert.equal(cleanAdminName(input), want, input)
})
