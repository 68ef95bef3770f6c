/** @module Tests for locateEvent: the event place, disambiguation, precision, spans. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { distanceKm } from './geo.js'
import { locateEvent } from './locate-event.js'
import type { LocateContext } from './types.js'

const whole = (text: string, countryHint?: string): LocateContext => ({
  text,
  focus: { start: 0, end: text.length },
  ...(countryHint ? { countryHint } : {}),
})

interface Case {
  readonly label: string
  readonly text: string
  readonly location: string
  readonly admin1: string
  readonly country: string
  readonly precision: 1 | 2 | 3
  /** A point the result must be within 15 km of. */
  readonly near?: readonly [number, number]
}

const CASES: readonly Case[] = [
  {
    label: 'accent folding',
    text: 'Gunmen killed two traders in Menaka on Monday.',
    location: 'Menaka',
    admin1: 'Menaka',
    country: 'Mali',
    precision: 1,
    near: [15.92, 2.4],
  },
  {
    label: 'accented spelling',
    text: 'Gunmen killed two traders in Ménaka on Monday.',
    location: 'Menaka',
    admin1: 'Menaka',
    country: 'Mali',
    precision: 1,
  },
  {
    label: 'transliteration Aguelhoc',
    text: 'A mine exploded in Aguelhoc, wounding a soldier.',
    location: 'Aguelhok',
    admin1: 'Kidal',
    country: 'Mali',
    precision: 1,
    near: [19.46, 0.86],
  },
  {
    label: "transliteration Aguel'hoc",
    text: "Peacekeepers came under fire at Aguel'hoc.",
    location: 'Aguelhok',
    admin1: 'Kidal',
    country: 'Mali',
    precision: 1,
  },
  {
    label: 'Timbuktu exonym',
    text: 'Rockets hit the airport camp in Timbuktu.',
    location: 'Timbuktu',
    admin1: 'Tombouctou',
    country: 'Mali',
    precision: 1,
    near: [16.77, -3.0],
  },
  {
    label: 'Tombouctou French',
    text: 'Des obus sont tombés à Tombouctou hier soir.',
    location: 'Timbuktu',
    admin1: 'Tombouctou',
    country: 'Mali',
    precision: 1,
  },
  {
    label: 'km north of',
    text: 'An ambush 30 km north of Gao left three soldiers dead.',
    location: 'Gao',
    admin1: 'Gao',
    country: 'Mali',
    precision: 2,
    near: [16.27, -0.04],
  },
  {
    label: 'French km de',
    text: 'Une embuscade à 20 km de Douentza a fait deux morts.',
    location: 'Douentza',
    admin1: 'Mopti',
    country: 'Mali',
    precision: 2,
  },
  {
    label: 'between A and B',
    text: 'A convoy hit a mine between Boni and Hombori.',
    location: 'Boni',
    admin1: 'Mopti',
    country: 'Mali',
    precision: 2,
  },
  {
    label: 'French near + region',
    text: 'Des hommes armés ont tué trois bergers près de Douentza, dans la région de Mopti.',
    location: 'Douentza',
    admin1: 'Mopti',
    country: 'Mali',
    precision: 2,
    near: [15.0, -2.95],
  },
  {
    label: 'region only',
    text: 'Several attacks were reported in the Mopti region this week.',
    location: 'Mopti',
    admin1: 'Mopti',
    country: 'Mali',
    precision: 3,
  },
  {
    label: 'BF region only',
    text: 'Troops were deployed across the Sahel region.',
    location: 'Dori',
    admin1: 'Sahel',
    country: 'Burkina Faso',
    precision: 3,
  },
  {
    label: 'ambiguous name resolved by region',
    text: 'Militants attacked Douna, in the Segou region.',
    location: 'Douna',
    admin1: 'Segou',
    country: 'Mali',
    precision: 1,
  },
  {
    label: 'ambiguous name resolved by nearby town',
    text: 'Gunmen killed a herder in Douna near Mondoro.',
    location: 'Douna',
    admin1: 'Mopti',
    country: 'Mali',
    precision: 1,
  },
  {
    label: 'country hint',
    text: 'Soldiers were killed in Kobadie on Tuesday.',
    location: 'Kobadie',
    admin1: 'Tillaberi',
    country: 'Niger',
    precision: 1,
  },
  {
    label: 'world city',
    text: 'Protesters gathered in Paris to denounce the operation.',
    location: 'Paris',
    admin1: 'Île-de-France',
    country: 'France',
    precision: 1,
    near: [48.85, 2.35],
  },
  {
    label: 'country only',
    text: 'The government of Niger declared a state of emergency.',
    location: 'Niamey',
    admin1: 'Niamey',
    country: 'Niger',
    precision: 3,
  },
]

test('locateEvent: rule families', () => {
  for (const c of CASES) {
    const got = locateEvent(whole(c.text, c.label === 'country hint' ? 'Niger' : undefined))
    assert.ok(got, `${c.label}: located`)
    assert.equal(got.location, c.location, `${c.label}: location`)
    assert.equal(got.admin1, c.admin1, `${c.label}: admin1`)
    assert.equal(got.country, c.country, `${c.label}: country`)
    assert.equal(got.geo_precision, c.precision, `${c.label}: precision`)
    assert.ok(got.latitude !== null && got.longitude !== null, `${c.label}: coordinates`)
    if (c.near) {
      const km = distanceKm(got.latitude, got.longitude, c.near[0], c.near[1])
      assert.ok(km < 15, `${c.label}: ${km.toFixed(0)} km from the expected point`)
    }
  }
})

test('locateEvent: evidence spans point into the text', () => {
  const text = 'On Friday, gunmen attacked the village of Sévaré. Two died.'
  const got = locateEvent(whole(text))
  const span = got?.evidence[0]
  assert.ok(span, 'one evidence span')
  assert.equal(text.slice(span.start, span.end), span.text, 'exact span')
  assert.equal(span.text, 'Sévaré', 'span text as written')
  assert.equal(span.field, 'location', 'field')
})

test('locateEvent: focus sentence wins over the rest of the document', () => {
  const text = 'The army is based in Sévaré. Yesterday militants attacked Boni. Nobody died.'
  const focus = { start: text.indexOf('Yesterday'), end: text.indexOf(' Nobody') }
  assert.equal(locateEvent({ text, focus })?.location, 'Boni', 'focus place')
})

test('locateEvent: unresolvable and absent places', () => {
  const unknown = locateEvent(whole('Gunmen raided the village of Zorkatanga at dawn.'))
  assert.equal(unknown?.location, 'Zorkatanga', 'unknown name kept')
  assert.equal(unknown?.latitude, null, 'no invented latitude')
  assert.equal(unknown?.longitude, null, 'no invented longitude')
  assert.equal(locateEvent(whole('Two soldiers were wounded by a mine.')), null, 'no place named')
})
