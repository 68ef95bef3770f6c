/** @module Tests for resolveActorName (the --actor filter). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveActorName } from './resolve-name.js'

test('resolveActorName: aliases, acronyms, people and canonical names', () => {
  const cases: [string, string | null, string][] = [
    ['JNIM', 'JNIM: Group for Support of Islam and Muslims', 'acronym'],
    ['jnim', 'JNIM: Group for Support of Islam and Muslims', 'lower-case acronym'],
    ['GSIM', 'JNIM: Group for Support of Islam and Muslims', 'French acronym'],
    ['Goita', 'Military Forces of Mali (2021-)', 'person without accent'],
    ['FAMa', 'Military Forces of Mali (2021-)', 'FAMa, latest period'],
    [
      'Military Forces of Mali (2013-2020)',
      'Military Forces of Mali (2013-2020)',
      'canonical, period kept',
    ],
    ['Civilians (Burkina Faso)', 'Civilians (Burkina Faso)', 'canonical generic'],
    [
      'casques bleus',
      'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2021-)',
      'French',
    ],
    ['Africa Corps', 'Wagner Group', 'Africa Corps'],
    ['the bakery down the road', null, 'unknown'],
  ]
  for (const [input, want, label] of cases)
    assert.equal(resolveActorName(input)?.name ?? null, want, label)
})

test('resolveActorName: historical spellings and coalition members are kept as typed', () => {
  const cases: [string, string, string][] = [
    ['Islamic State (Greater Sahara)', 'Islamic State (Greater Sahara)', 'older ISGS name'],
    [
      'VDP: Volunteers for the Defense of the Homeland',
      'VDP: Volunteers for the Defense of the Homeland',
      'VDP spelling',
    ],
    ['Katiba Macina', 'Katiba Macina', 'JNIM member'],
    ['Government of Niger (2021-2023)', 'Government of Niger (2021-2023)', 'period typed'],
    [
      'Fulani Ethnic Militia (Burkina Faso)',
      'Fulani Ethnic Militia (Burkina Faso)',
      'ethnic militia',
    ],
  ]
  for (const [input, want, label] of cases) assert.equal(resolveActorName(input)?.name, want, label)
})
