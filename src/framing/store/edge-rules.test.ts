/** @module Which actor pairs make an edge of the actor graph: invented names and events. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { EventRecord } from '../../schema/event.js'
import { actorFamily, keepsEdge, sameActor } from './edge-rules.js'
import { eventRelations, frameDocument } from './frame-document.js'

describe('edge rules', () => {
  const army = 'Military Forces of Mali (2021-)'
  const old = 'Military Forces of Mali (2013-2020)'
  const h = 'hostile_to'
  const cases: readonly (readonly [string, string, string, number | undefined, string, boolean])[] =
    [
      ['an armed group against the army', 'JNIM', army, 2, 'hostile_to', true],
      ['rioters are no party', 'Rioters (Niger)', 'Government of Niger', 5, 'hostile_to', false],
      ['protesters by name', 'Protesters (Mali)', 'Government of Mali', undefined, h, false],
      ['civilians are no attacker', 'Civilians (Mali)', 'JNIM', 7, h, false],
      ['no hostility to itself', old, army, 1, h, false],
      ['a branch is part of its parent', 'IS (Sahel)', 'IS', 2, 'part_of', true],
      ['a unit is not its force', `${army} Gendarmerie`, army, 1, 'hostile_to', true],
      ['an empty side', 'JNIM', '', 2, 'hostile_to', false],
    ]
  for (const [label, a, b, inter, relation, want] of cases) {
    it(label, () => assert.equal(keepsEdge(a, b, inter, relation), want, label))
  }

  it('families: period and branch in parentheses dropped, unit kept', () => {
    const unit = 'Military Forces of Mali (2021-) Gendarmerie'
    assert.equal(actorFamily(unit), 'Military Forces of Mali Gendarmerie')
    assert.ok(sameActor('Islamic State', 'Islamic State (Greater Sahara)'))
    assert.ok(!sameActor('Police Forces of Mali (2021-)', 'Military Forces of Mali (2021-)'))
  })
})

const event = (actor1: string, inter1: number, actor2: string, tier = 'news'): EventRecord =>
  ({
    event_id: `doc_x:${actor1}`,
    event_type: 'Riots',
    event_date: '2024-01-02',
    actor1,
    inter1,
    actor2,
    tier,
    evidence: [{ start: 0, end: 5, field: 'type' }],
  }) as unknown as EventRecord

describe('eventRelations', () => {
  it('only organised actors imply hostility', () => {
    const rows = eventRelations('Riots broke out.', [
      event('Rioters (Niger)', 5, 'Government of Niger (2023-)'),
      event('Unidentified Armed Group (Niger)', 3, 'Civilians (Niger)'),
    ])
    assert.deepEqual(rows.map((r) => r.a), ['Unidentified Armed Group (Niger)'])
  })

  it('two events split from one passage support the edge once', () => {
    const split = (place: string) => ({
      ...event('Unidentified Armed Group (Niger)', 3, 'Civilians (Niger)'),
      event_id: `doc_x:${place}`,
    })
    const rows = eventRelations('Raids hit two villages.', [split('a'), split('b')])
    assert.deepEqual(rows.map((r) => r.event_id), ['doc_x:a'])
  })
})

describe('frameDocument: stated edges', () => {
  it('a civilian body is no author of a hostility; an armed group is', () => {
    const text = 'The ICRC attacked the army policy. JNIM attacked the army near Boni.'
    const doc = { id: 'doc_t', text, outlet: 'Test Wire', published_at: '2024-05-02' }
    const rows = frameDocument(doc, []).relations
    assert.ok(!rows.some((r) => r.a.startsWith('ICRC')), JSON.stringify(rows.map((r) => r.a)))
    assert.ok(rows.some((r) => r.a.startsWith('JNIM') && r.relation === 'hostile_to'))
  })
})
