/** @module End-to-end rules of the extractor: segmentation, merging, tier, filter, conventions. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EventSchema } from '../schema/event.js'
import { extractEvents, ruleExtractor } from './index.js'

const run = (text: string, published_at = '2021-03-12') =>
  extractEvents({ id: 'doc', text, published_at })

describe('extractEvents', () => {
  it('contract: name, version and valid records', () => {
    assert.equal(ruleExtractor.name, 'faultline-rules')
    const events = run('Gunmen killed four herders near Dioura on Tuesday.')
    assert.equal(events.length, 1)
    for (const e of events) EventSchema.parse(e)
    assert.equal(events[0]?.event_id, 'doc:1')
  })

  it('violence against civilians: actor2 is civilians, perpetrator unidentified', () => {
    const [e] = run('On March 3, unknown gunmen killed four herders near a well.')
    assert.equal(e?.event_type, 'Violence against civilians')
    assert.match(e?.actor1 ?? '', /^Unidentified Armed Group/)
    assert.match(e?.actor2 ?? '', /^Civilians/)
    assert.equal(e?.fatalities, 4)
    assert.equal(e?.event_date, '2021-03-03')
  })

  it('passive voice: the agent after "by" is actor1', () => {
    const [e] = run('Three soldiers were killed by unidentified assailants in an ambush on Monday.')
    assert.equal(e?.event_type, 'Battles')
    assert.match(e?.actor1 ?? '', /^Unidentified Armed Group/)
    assert.match(e?.actor2 ?? '', /^Military Forces/)
    assert.equal(e?.event_date, '2021-03-08')
  })

  it('protest convention: protesters, no actor2', () => {
    const [e] = run('Hundreds of traders marched in the town centre to protest against new taxes.')
    assert.equal(e?.event_type, 'Protests')
    assert.match(e?.actor1 ?? '', /^Protesters/)
    assert.equal(e?.actor2, '')
  })

  it('follow-up sentence merges into the event before it', () => {
    const events = run(
      'Militants ambushed an army patrol on Tuesday. The attack killed five soldiers.',
    )
    assert.equal(events.length, 1)
    assert.equal(events[0]?.fatalities, 5)
  })

  it('two events in one sentence split at a marker', () => {
    const events = run(
      'On March 2, gunmen abducted two traders near the market; meanwhile, on March 4, hundreds of students protested against the closure of their school.',
    )
    assert.equal(events.length, 2)
    assert.equal(events[0]?.event_type, 'Violence against civilians')
    assert.equal(events[1]?.event_type, 'Protests')
    assert.equal(events[1]?.event_id, 'doc:2')
  })

  it('background years are tier context', () => {
    const events = run(
      'Jihadists attacked a military camp on Wednesday, killing two soldiers. Since 2012, the region has seen attacks by armed groups that killed hundreds.',
    )
    assert.equal(events[0]?.tier, 'news')
    assert.equal(events[events.length - 1]?.tier, 'context')
  })

  it('the same event told twice is one record', () => {
    const events = run(
      'Hundreds of people protested in Gao on Monday against power cuts. The protest in Gao on Monday ended peacefully.',
    )
    assert.equal(events.length, 1)
  })

  it('hedged reports are marked', () => {
    const [e] = run('Suspected jihadists reportedly burned a school on Sunday.')
    assert.equal(e?.certainty, 'hedged')
  })

  it('non-violent news yields no event', () => {
    for (const text of [
      'Floods killed 20 people and destroyed hundreds of homes after torrential rains in the capital.',
      'A gold mine collapsed on Monday, killing six miners, officials said.',
      'A bus collided with a truck near Segou on Monday, killing nine passengers.',
      'Un camion a percuté un car près de Mopti lundi, tuant sept voyageurs.',
      'The cotton harvest reached a record this year, the ministry of agriculture said.',
      'The national team won the football match two goals to one on Saturday.',
    ]) {
      assert.deepEqual(run(text), [], text)
    }
  })

  it('French report: passive, date and count', () => {
    const [e] = run(
      'Le 12 mars, trois civils ont été tués par des hommes armés près du village.',
      '2021-03-14',
    )
    assert.equal(e?.event_type, 'Violence against civilians')
    assert.equal(e?.event_date, '2021-03-12')
    assert.equal(e?.fatalities, 3)
  })

  it('headings and subheadings make no event; the body tells it', () => {
    const text = [
      'Sahel Monitor: weekly edition',
      'Gunmen kill villagers in central Mali',
      'On Tuesday, gunmen killed seven villagers near Dioura.',
      'Army post attacked near Boni',
      'Analysts say the region has become harder to govern.',
    ].join('\n\n')
    const events = run(text)
    assert.deepEqual(
      events.map((e) => `${e.event_type} ${e.event_date}`),
      ['Violence against civilians 2021-03-09'],
    )
  })

  it('a later undated event placed only in a capital or abroad is commentary in a long report', () => {
    const text = [
      'On Tuesday, gunmen killed seven villagers near Dioura.',
      'The army has struggled to protect the area.',
      'Officials met donors to discuss aid.',
      'Such killings have drawn crowds of protesters against the war in Paris.',
      'Aid workers warned of hunger.',
    ].join(' ')
    assert.deepEqual(
      run(text).map((e) => `${e.event_type} ${e.location}`),
      ['Violence against civilians Dioura'],
    )
  })

  it('list items without final punctuation are events, not headings', () => {
    const text = [
      'Weekly incidents',
      '- Gunmen killed three herders near Dioura on Monday',
      '- Soldiers arrested five suspects in Sevare on Tuesday',
      '- Calm returned to Gao',
    ].join('\n')
    assert.deepEqual(
      run(text).map((e) => e.sub_event_type),
      ['Attack', 'Arrests'],
    )
  })
})
