/** @module Tests for locateEvent rule families: place, disambiguation, precision, admin names. */
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

/** label, text, location, admin1, country, precision, [lat, lon] within 15 km, country hint */
type Case = [string, string, string, string, string, 1 | 2 | 3, [number, number]?, string?]

const CASES: readonly Case[] = [
  [
    'accent folding',
    'Gunmen killed two traders in Menaka on Monday.',
    'Menaka',
    'Menaka',
    'Mali',
    1,
    [15.92, 2.4],
  ],
  [
    'accented spelling',
    'Gunmen killed two traders in Ménaka on Monday.',
    'Menaka',
    'Menaka',
    'Mali',
    1,
  ],
  [
    'Aguelhoc',
    'A mine exploded in Aguelhoc, wounding a soldier.',
    'Aguelhok',
    'Kidal',
    'Mali',
    1,
    [19.46, 0.86],
  ],
  ["Aguel'hoc", "Peacekeepers came under fire at Aguel'hoc.", 'Aguelhok', 'Kidal', 'Mali', 1],
  [
    'Timbuktu',
    'Rockets hit the airport camp in Timbuktu.',
    'Timbuktu',
    'Tombouctou',
    'Mali',
    1,
    [16.77, -3.0],
  ],
  [
    'Tombouctou',
    'Des obus sont tombés à Tombouctou hier soir.',
    'Timbuktu',
    'Tombouctou',
    'Mali',
    1,
  ],
  [
    'km north of',
    'An ambush 30 km north of Gao left three soldiers dead.',
    'Gao',
    'Gao',
    'Mali',
    2,
    [16.27, -0.04],
  ],
  [
    'French km de',
    'Une embuscade à 20 km de Douentza a fait deux morts.',
    'Douentza',
    'Mopti',
    'Mali',
    2,
  ],
  ['between A and B', 'A convoy hit a mine between Boni and Hombori.', 'Boni', 'Mopti', 'Mali', 2],
  [
    'French near + region',
    'Des hommes armés ont tué trois bergers près de Douentza, dans la région de Mopti.',
    'Douentza',
    'Mopti',
    'Mali',
    2,
    [15.0, -2.95],
  ],
  [
    'region only',
    'Several attacks were reported in the Mopti region this week.',
    'Mopti',
    'Mopti',
    'Mali',
    3,
  ],
  [
    'BF region only',
    'Troops were deployed across the Sahel region.',
    'Dori',
    'Sahel',
    'Burkina Faso',
    3,
  ],
  ['cercle', 'Gunmen stole cattle in the Cercle of Koro.', 'Koro', 'Mopti', 'Mali', 2],
  [
    'named region decides',
    'Militants attacked Douna, in the Segou region.',
    'Douna',
    'Segou',
    'Mali',
    1,
  ],
  [
    'nearby town decides',
    'Gunmen killed a herder in Douna near Mondoro.',
    'Douna',
    'Mopti',
    'Mali',
    1,
  ],
  [
    'country hint decides',
    'Soldiers were killed in Kobadie on Tuesday.',
    'Kobadie',
    'Tillaberi',
    'Niger',
    1,
    undefined,
    'Niger',
  ],
  [
    'homonym far from its anchor',
    'A patrol was ambushed at Boulikessi, near Mondoro.',
    'Mondoro',
    'Mopti',
    'Mali',
    2,
  ],
  [
    'qualifiers pick the town, not the well',
    'Rockets hit the camp in Aguelhok (Tessalit, Kidal) at dawn.',
    'Aguelhok',
    'Kidal',
    'Mali',
    1,
    [19.46, 0.86],
  ],
  [
    'stated precision',
    'Herders clashed at a waterhole (coded as Douentza at geoprecision 2).',
    'Douentza',
    'Mopti',
    'Mali',
    2,
  ],
  [
    'places after between describe the first',
    'A mine hit a truck in the area of Indelimane between Menaka and Ansongo.',
    'I-n-Delimane',
    'Gao',
    'Mali',
    2,
  ],
  [
    'world city',
    'Protesters gathered in Paris to denounce the operation.',
    'Paris',
    'Île-de-France',
    'France',
    1,
    [48.85, 2.35],
  ],
  [
    'country only',
    'The government of Niger declared a state of emergency.',
    'Niamey',
    'Niamey',
    'Niger',
    3,
  ],
]

test('locateEvent: rule families', () => {
  for (const [label, text, location, admin1, country, precision, near, hint] of CASES) {
    const got = locateEvent(whole(text, hint))
    assert.ok(got, `${label}: located`)
    assert.equal(got.location, location, `${label}: location`)
    assert.equal(got.admin1, admin1, `${label}: admin1`)
    assert.equal(got.country, country, `${label}: country`)
    assert.equal(got.geo_precision, precision, `${label}: precision`)
    assert.ok(got.latitude !== null && got.longitude !== null, `${label}: coordinates`)
    if (near) {
      const km = distanceKm(got.latitude, got.longitude, near[0], near[1])
      assert.ok(km < 15, `${label}: ${km.toFixed(0)} km from the expected point`)
    }
  }
})
