/** @module Label-only mentions: which actor 'the junta', 'French imperialism' and the like mean. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findLabelOnly, findParentOrgs, findStateActors } from './label-only.js'

const cases = [
  {
    label: 'Mali before the transition: the army',
    text: 'The junta ruled.',
    country: 'Mali',
    published: '2020-09-01',
    actor: 'Military Forces of Mali',
  },
  {
    label: 'Mali after: the government',
    text: 'The junta ruled.',
    country: 'Mali',
    published: '2021-09-01',
    actor: 'Government of Mali',
  },
  {
    label: 'Burkina Faso before its 2022 coup',
    text: 'The junta ruled.',
    country: 'Burkina Faso',
    published: '2021-06-01',
    actor: 'Military Forces of Burkina Faso',
  },
  {
    label: 'Burkina Faso after its 2022 coup',
    text: 'The junta ruled.',
    country: 'Burkina Faso',
    published: '2022-06-01',
    actor: 'Government of Burkina Faso',
  },
  {
    label: 'nationality wins over the document country',
    text: 'French imperialism failed.',
    country: 'Mali',
    published: '2021-09-01',
    actor: 'Military Forces of France',
  },
  {
    label: 'capital as metonym',
    text: 'The Bamako regime expelled him.',
    country: 'Niger',
    published: '2022-01-01',
    actor: 'Government of Mali',
  },
  {
    label: 'French word order',
    text: 'Les troupes françaises sont parties.',
    country: 'Mali',
    published: '2022-08-01',
    actor: 'Military Forces of France',
  },
] as const

describe('findLabelOnly', () => {
  for (const c of cases) {
    it(`${c.label}: ${c.text}`, () => {
      const [hit] = findLabelOnly(c.text, { country: c.country, published: c.published })
      assert.ok(hit, `${c.label}: a label-only mention`)
      assert.ok(hit.actor.startsWith(c.actor), `${c.label}: got ${hit.actor}`)
      assert.equal(c.text.slice(hit.start, hit.end), hit.text, `${c.label}: exact span`)
    })
  }
})

describe('findStateActors and findParentOrgs', () => {
  it('names states and blocs, case-sensitively', () => {
    const text = 'ECOWAS and Guinea met; the guinea fowl did not.'
    assert.deepEqual(
      findStateActors(text).map((h) => h.actor),
      ['ECOWAS', 'Guinea'],
      'two states',
    )
  })

  it('keeps AQIM apart from al-Qaeda, longest name first', () => {
    const text = 'al-Qaeda in the Islamic Maghreb, not al-Qaeda itself.'
    assert.deepEqual(
      findParentOrgs(text).map((h) => h.actor),
      ['AQIM', 'al-Qaeda'],
      'two parents',
    )
  })
})
