/** @module Tests for names by country and date (periods, coalitions, foreign forces). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { instantiate } from './instantiate.js'
import type { ActorContext } from './types.js'

test('instantiate: period and country placeholders', () => {
  const cases: [string, ActorContext, string, number, string][] = [
    [
      'military-{country}',
      { country: 'Mali', date: '2018-01-05' },
      'Military Forces of Mali (2013-2020)',
      1,
      'Keïta era',
    ],
    [
      'military-{country}',
      { country: 'Mali', date: '2020-08-18' },
      'Military Forces of Mali (2013-2020)',
      1,
      'coup day keeps the old period',
    ],
    [
      'military-{country}',
      { country: 'Mali', date: '2021-01-10' },
      'Military Forces of Mali (2020-2021)',
      1,
      'first transition',
    ],
    [
      'military-{country}',
      { country: 'Mali', date: '2024-02-01' },
      'Military Forces of Mali (2021-)',
      1,
      'Goïta',
    ],
    [
      'military-{country}',
      { country: 'Burkina Faso', date: '2019-06-01' },
      'Military Forces of Burkina Faso (2015-2022)',
      1,
      'Kaboré',
    ],
    [
      'military-{country}',
      { country: 'Burkina Faso', date: '2023-06-01' },
      'Military Forces of Burkina Faso (2022-)',
      1,
      'MPSR',
    ],
    [
      'military-{country}',
      { country: 'Niger', date: '2022-06-01' },
      'Military Forces of Niger (2021-2023)',
      1,
      'Bazoum',
    ],
    [
      'military-{country}',
      { country: 'Niger', date: '2024-06-01' },
      'Military Forces of Niger (2023-)',
      1,
      'CNSP',
    ],
    [
      'gendarmerie-{country}',
      { country: 'Mali', date: '2019-01-01' },
      'Police Forces of Mali (2013-2020) Gendarmerie',
      1,
      'unit suffix',
    ],
    ['civilians-{country}', { country: 'Niger' }, 'Civilians (Niger)', 7, 'generic civilians'],
    ['uag-{country}', {}, 'Unidentified Armed Group (Mali)', 3, 'default country Mali'],
    [
      'military-france',
      { country: 'Mali', date: '2016-01-01' },
      'Military Forces of France (2012-2017)',
      8,
      'foreign: inter 8',
    ],
    [
      'military-burkina-faso',
      { country: 'Mali', date: '2018-01-01' },
      'Military Forces of Burkina Faso (2015-2022)',
      8,
      'neighbour army abroad',
    ],
  ]
  for (const [id, ctx, name, inter, label] of cases) {
    const got = instantiate(id, ctx)?.actor
    assert.equal(got?.name, name, label)
    assert.equal(got?.inter, inter, `${label}: inter`)
  }
})

test('instantiate: names that changed over time (held-out years)', () => {
  const cases: [string, ActorContext, string, string][] = [
    [
      'isgs',
      { country: 'Mali', date: '2018-05-01' },
      'Islamic State (Greater Sahara)',
      'ISGS in Mali',
    ],
    [
      'isgs',
      { country: 'Burkina Faso', date: '2020-05-01' },
      'Islamic State (West Africa) - Greater Sahara Faction',
      'ISWAP years',
    ],
    ['isgs', { country: 'Niger', date: '2023-05-01' }, 'Islamic State (Sahel)', 'Sahel Province'],
    [
      'azawad-rebels',
      { date: '2019-01-01' },
      'CMA: Coordination of Movements of the Azawad',
      'rebels before 2023',
    ],
    ['azawad-rebels', { date: '2025-03-01' }, 'FLA: Azawad Liberation Front', 'rebels after 2024'],
    ['wagner', { date: '2024-06-01' }, 'Wagner Group', 'Wagner / Africa Corps'],
    [
      'vdp',
      { country: 'Burkina Faso', date: '2021-01-01' },
      'VDP: Volunteer for Defense of Homeland',
      'VDP',
    ],
  ]
  for (const [id, ctx, name, label] of cases)
    assert.equal(instantiate(id, ctx)?.actor.name, name, label)
})

test('instantiate: components are coded as their coalition once they joined it', () => {
  const before = instantiate('katiba-macina', { date: '2016-06-01' })
  assert.equal(before?.actor.name, 'Katiba Macina', 'before JNIM (March 2017)')
  const after = instantiate('katiba-macina', { date: '2018-06-01' })
  assert.equal(after?.actor.name, 'JNIM: Group for Support of Islam and Muslims', 'after')
  assert.equal(after?.assoc?.name, 'Katiba Macina', 'associated')
})

test('instantiate: Al Mourabitoune is JNIM from March 2017', () => {
  const before = instantiate('al-mourabitoune', { date: '2016-11-20' })
  assert.equal(before?.actor.name, 'Al Mourabitoune Battalion', 'before JNIM')
  const after = instantiate('al-mourabitoune', { date: '2018-11-01' })
  assert.equal(after?.actor.name, 'JNIM: Group for Support of Islam and Muslims', 'after')
  assert.equal(after?.assoc?.name, 'Al Mourabitoune Battalion', 'associated')
})

test('instantiate: the Malian National Guard is the gendarmerie in 2017 only', () => {
  const cases: [ActorContext, string, string][] = [
    [{ country: 'Mali', date: '2016-04-02' }, 'Military Forces of Mali (2013-2020)', 'Mali 2016'],
    [
      { country: 'Mali', date: '2017-09-14' },
      'Police Forces of Mali (2013-2020) Gendarmerie',
      'Mali 2017',
    ],
    [{ country: 'Mali', date: '2018-11-28' }, 'Military Forces of Mali (2013-2020)', 'Mali 2018'],
    [{ country: 'Niger', date: '2017-09-14' }, 'Military Forces of Niger (2011-2021)', 'Niger 2017'],
  ]
  for (const [ctx, name, label] of cases)
    assert.equal(instantiate('national-guard-{country}', ctx)?.actor.name, name, label)
})
