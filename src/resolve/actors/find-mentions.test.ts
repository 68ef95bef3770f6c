/** @module Tests for findActorMentions on hand-written sentences (English and French). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findActorMentions } from './find-mentions.js'
import type { ActorContext } from './types.js'

const strip = (name: string) => name.replace(/\s*\((\d{4}-(\d{4})?)\)/, '')

function names(text: string, ctx: ActorContext = {}): string[] {
  return findActorMentions(text, ctx)
    .filter((m) => !m.weak)
    .map((m) => m.actor.name)
}

test('findActorMentions: named groups, long forms and acronyms', () => {
  const jnim = 'JNIM: Group for Support of Islam and Muslims'
  const cases: [string, string, string][] = [
    ['JNIM claimed the ambush near Boni.', jnim, 'English acronym'],
    ['Le GSIM a revendiqué l’embuscade.', jnim, 'French acronym'],
    ['Jama’at Nusrat al-Islam wal-Muslimin fighters seized the post.', jnim, 'curly apostrophe'],
    ['Jamaat Nusrat al Islam wal Muslimin claimed it.', jnim, 'no apostrophe'],
    ['The Group to Support Islam and Muslims said so.', jnim, 'English long form'],
    ['Le Groupe pour le soutien de l’islam et des musulmans a frappé.', jnim, 'French long form'],
    [
      'Fighters of the Islamic State in the Greater Sahara (ISGS) attacked.',
      'Islamic State (Greater Sahara)',
      'ISGS',
    ],
    [
      'The MSA and GATIA patrolled near Ménaka.',
      'MSA: Movement for Azawad Salvation',
      'MSA acronym',
    ],
    ['Dan Na Ambassagou militiamen burned the hamlet.', 'Dan Na Ambassagou', 'Dogon militia name'],
  ]
  for (const [text, want, label] of cases) {
    assert.ok(names(text, { date: '2018-06-01' }).includes(want), `${label}: ${names(text)}`)
  }
})

test('findActorMentions: acronyms are case-sensitive', () => {
  assert.deepEqual(names('The msa of the region is 10 km wide.'), [], 'lower-case msa is not MSA')
  assert.ok(names('MSA fighters').includes('MSA: Movement for Azawad Salvation'), 'upper case is')
})

test('findActorMentions: Goïta = Goita, and people resolve to their group', () => {
  const cases: [string, string, string][] = [
    ['Colonel Assimi Goïta met the chiefs.', 'Military Forces of Mali (2021-)', 'Goïta'],
    ['Colonel Assimi Goita met the chiefs.', 'Military Forces of Mali (2021-)', 'Goita'],
    ['Iyad Ag Ghaly released a video.', 'JNIM: Group for Support of Islam and Muslims', 'Ag Ghaly'],
    ['Amadou Koufa called for jihad.', 'JNIM: Group for Support of Islam and Muslims', 'Koufa'],
    ['Adnan Abu Walid al-Sahraoui was killed.', 'Islamic State (Greater Sahara)', 'al-Sahraoui'],
  ]
  for (const [text, want, label] of cases) {
    const ms = findActorMentions(text, { date: '2021-08-01', country: 'Mali' })
    assert.ok(
      ms.some((m) => m.actor.name === want && m.person !== undefined),
      `${label}`,
    )
  }
})

test("findActorMentions: Mali's army gets the period of the event date", () => {
  const cases: [string, string][] = [
    ['2018-03-10', 'Military Forces of Mali (2013-2020)'],
    ['2020-11-02', 'Military Forces of Mali (2020-2021)'],
    ['2023-01-15', 'Military Forces of Mali (2021-)'],
  ]
  for (const [date, want] of cases) {
    for (const text of ['FAMa soldiers returned fire.', "L'armée malienne a riposté."]) {
      assert.deepEqual(names(text, { date }), [want], `${date}: ${text}`)
    }
  }
})

test('findActorMentions: generic actors take the country from the context', () => {
  const cases: [string, ActorContext, string[], string][] = [
    [
      'Unidentified gunmen killed two traders.',
      { country: 'Burkina Faso' },
      ['Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)'],
      'gunmen',
    ],
    [
      'Des hommes armés ont tué des civils.',
      { country: 'Niger' },
      ['Unidentified Armed Group (Niger)', 'Civilians (Niger)'],
      'French',
    ],
    ['Les villageois ont fui.', {}, ['Civilians (Mali)'], 'villageois, default Mali'],
    [
      'Suspected jihadists abducted a teacher.',
      {},
      ['Islamist Militia (Mali)', 'Civilians (Mali)'],
      'jihadists',
    ],
  ]
  for (const [text, ctx, want, label] of cases) assert.deepEqual(names(text, ctx), want, label)
})

test('findActorMentions: ethnic word + militia noun → militia, + civilian noun → civilians', () => {
  const cases: [string, string, string][] = [
    ['A Dogon militia raided the camp.', 'Dogon Ethnic Militia (Mali)', 'Dogon militia'],
    ['Armed Fulani men stole cattle.', 'Fulani Ethnic Militia (Mali)', 'armed Fulani men'],
    ['Des miliciens peuls ont attaqué.', 'Fulani Ethnic Militia (Mali)', 'miliciens peuls'],
    ['Three Fulani civilians were shot.', 'Civilians (Mali)', 'Fulani civilians'],
    ['Des villageois dogons ont été tués.', 'Civilians (Mali)', 'villageois dogons'],
  ]
  for (const [text, want, label] of cases)
    assert.ok(names(text).includes(want), `${label}: ${names(text)}`)
  const fulani = findActorMentions('Three Fulani civilians were shot.')[0]
  assert.equal(fulani?.assoc?.name, 'Fulani Ethnic Group (Mali)', 'ethnic group associated')
})

test('findActorMentions: foreign forces are external (inter 8)', () => {
  const ms = findActorMentions('French Barkhane forces and Malian troops', { date: '2019-02-01' })
  assert.deepEqual(
    ms.map((m) => [strip(m.actor.name), m.actor.inter]),
    [
      ['Military Forces of France', 8],
      ['Military Forces of Mali', 1],
    ],
  )
})

test('findActorMentions: no actor in a sentence about the economy', () => {
  const text =
    'Cotton output rose by ten percent this season and gold exports reached a record high.'
  assert.deepEqual(findActorMentions(text), [])
})

test('findActorMentions: spans are exact and do not overlap', () => {
  const text =
    'Au Mali, des casques bleus et des soldats de l’armée malienne ont repoussé le GSIM, ' +
    'tuant 3 jihadistes.'
  const ms = findActorMentions(text, { date: '2019-04-01' })
  assert.ok(ms.length >= 3, 'several mentions')
  let end = 0
  for (const m of ms) {
    assert.equal(text.slice(m.start, m.end), m.text, `span of ${m.text}`)
    assert.ok(m.start >= end, `no overlap at ${m.text}`)
    end = m.end
  }
})

test('findActorMentions: actors of later years (Wagner, Africa Corps, VDP, ISSP, juntas)', () => {
  const cases: [string, ActorContext, string, string][] = [
    [
      'Russian mercenaries and soldiers raided the market.',
      { date: '2022-03-28' },
      'Wagner Group',
      'Russian mercenaries',
    ],
    [
      'Africa Corps fighters escorted the convoy.',
      { date: '2024-07-25' },
      'Wagner Group',
      'Africa Corps',
    ],
    [
      'Les VDP ont repoussé les assaillants.',
      { country: 'Burkina Faso', date: '2021-04-01' },
      'VDP: Volunteer for Defense of Homeland',
      'VDP',
    ],
    [
      'ISSP fighters ambushed the patrol.',
      { country: 'Niger', date: '2023-09-01' },
      'Islamic State (Sahel)',
      'ISSP',
    ],
    [
      'The junta dissolved the parties.',
      { country: 'Niger', date: '2024-03-01' },
      'Military Forces of Niger (2023-)',
      'junta of the event country',
    ],
    [
      'President Bazoum was detained.',
      { country: 'Niger', date: '2023-08-02' },
      'Government of Niger (2021-2023)',
      'person named as in their tenure',
    ],
  ]
  for (const [text, ctx, want, label] of cases)
    assert.ok(names(text, ctx).includes(want), `${label}: ${names(text, ctx)}`)
})

test('findActorMentions: named mentions swallow a member noun, acronyms keep exact spans', () => {
  const text = 'Des éléments du GSIM et des JNIM militants'
  const got = findActorMentions(text).map((m) => m.text)
  assert.deepEqual(got, ['GSIM', 'JNIM militants'])
})

test('findActorMentions: a village fighting as a group is offered as a communal militia', () => {
  const ctx = { country: 'Burkina Faso' }
  const cases: [string, string, string][] = [
    [
      'Youths from the village of Kera clashed with herders.',
      'Kera Communal Militia (Burkina Faso)',
      'from the village of',
    ],
    [
      'Armed Tiba villagers burned the granaries.',
      'Tiba Communal Militia (Burkina Faso)',
      'name before',
    ],
  ]
  for (const [text, want, label] of cases) {
    const alts = findActorMentions(text, ctx).flatMap((m) =>
      (m.alternatives ?? []).map((a) => a.name),
    )
    assert.ok(alts.includes(want), `${label}: ${alts}`)
  }
})

test('findActorMentions: matches do not run across brackets or sentence ends', () => {
  const got = findActorMentions('Officials in Niger (army sources) said JNIM. Militants fled.', {
    country: 'Niger',
  }).map((m) => m.text)
  assert.deepEqual(got, ['army', 'JNIM', 'Militants'])
})

test('findActorMentions: an ethnic word inside a place name is no actor', () => {
  const cases: [string, string[], string][] = [
    ['An IED struck a truck on the road to Bambara-Maoudé.', [], 'hyphen after'],
    [
      'Gunmen attacked a cart near Nouhoun-Bozo.',
      ['Unidentified Armed Group (Mali)'],
      'hyphen before',
    ],
    ['Shots were fired in the village of Naye Dogon.', [], 'village of <Name> <ethnic>'],
    [
      'Fulani-Tuareg tensions rose near Ménaka.',
      ['Fulani Ethnic Militia (Mali)', 'Tuareg Ethnic Militia (Mali)'],
      'two actors joined by a hyphen',
    ],
  ]
  for (const [text, want, label] of cases) {
    const got = names(text, { country: 'Mali' }).filter((n) => !/^Civilians/.test(n))
    assert.deepEqual(got, want, label)
  }
})

test('findActorMentions: "JNIM or ISGS" is the joint code from 2019, the first one before', () => {
  const joint = /^JNIM: Group for Support of Islam and Muslims and\/or Islamic State/
  const cases: [string, string, RegExp, string | undefined, string][] = [
    ['Rockets fired by JNIM or ISGS militants hit a camp.', '2018-12-15', /^JNIM:/, 'ISGS', '2018'],
    ['Suspected ISGS or JNIM militants attacked.', '2018-07-19', /^Islamic State/, 'JNIM', '2018'],
    ['Suspected ISGS or JNIM militants attacked.', '2020-02-06', joint, undefined, '2020'],
  ]
  for (const [text, date, want, assoc, label] of cases) {
    const m = findActorMentions(text, { country: 'Mali', date }).find((x) => /or/.test(x.text))
    assert.match(m?.actor.name ?? '', want, label)
    if (assoc === 'ISGS') assert.match(m?.assoc?.name ?? '', /^Islamic State/, label)
    else if (assoc === 'JNIM') assert.match(m?.assoc?.name ?? '', /^JNIM/, label)
    else assert.equal(m?.assoc, undefined, label)
  }
})
