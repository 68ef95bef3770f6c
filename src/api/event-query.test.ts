/**
 * @module
 * `parseEventQuery`, `nextOffset` and `nextLink` without a store: page defaults, filter/page split,
 * repeated parameters, and next-page links that keep the other parameters.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import { nextLink, nextOffset, parseEventQuery } from './event-query.js'

describe('parseEventQuery', () => {
  const ok: [label: string, query: string, expected: ReturnType<typeof parseEventQuery>][] = [
    ['empty: defaults', '', { filter: {}, page: { limit: 50, offset: 0 } }],
    ['page only', 'limit=5&offset=10', { filter: {}, page: { limit: 5, offset: 10 } }],
    [
      'near parsed to numbers',
      'near=16.27,-0.04,50&limit=1',
      { filter: { near: { lat: 16.27, lon: -0.04, km: 50 } }, page: { limit: 1, offset: 0 } },
    ],
    [
      'decoded values',
      'actor=Rioters%20(Ostland)&type=Explosions%2FRemote+violence',
      {
        filter: { actor: 'Rioters (Ostland)', type: 'Explosions/Remote violence' },
        page: { limit: 50, offset: 0 },
      },
    ],
  ]
  for (const [label, query, expected] of ok) {
    it(label, () => assert.deepEqual(parseEventQuery(new URLSearchParams(query)), expected, label))
  }

  const refused: [label: string, query: string, message: RegExp][] = [
    ['unknown', 'colour=red', /^unknown parameter 'colour'$/],
    ['two unknown', 'a=1&type=Riots&b=2', /^unknown parameters 'a', 'b'$/],
    ['case matters', 'Type=Riots', /'Type'/],
    ['repeated', 'limit=1&limit=2', /^parameter 'limit' given more than once$/],
  ]
  for (const [label, query, message] of refused) {
    it(`refuses: ${label}`, () => {
      assert.throws(
        () => parseEventQuery(new URLSearchParams(query)),
        (e: unknown) =>
          e instanceof FaultlineError &&
          e.code === 'E_BAD_ARGUMENT' &&
          message.test(e.message) &&
          e.hint !== undefined,
        label,
      )
    })
  }

  it('lists the accepted parameters in the hint', () => {
    assert.throws(
      () => parseEventQuery(new URLSearchParams('sort=date')),
      (e: unknown) =>
        e instanceof FaultlineError &&
        e.hint === 'accepted parameters: since, until, type, actor, country, near, doc_id, q, ' +
          'admin1, sub_type, outlet, certainty, tier, known_by, limit, offset',
    )
  })
})

describe('next page', () => {
  type Case = [label: string, limit: number, offset: number, total: number, next: number | null]
  const cases: Case[] = [
    ['more to come', 2, 0, 5, 2],
    ['last full page', 2, 4, 6, null],
    ['last partial page', 2, 4, 5, null],
    ['past the end', 2, 10, 5, null],
    ['empty result', 50, 0, 0, null],
  ]
  for (const [label, limit, offset, total, next] of cases) {
    it(label, () => assert.equal(nextOffset({ limit, offset }, total), next, label))
  }

  it('keeps the other parameters in the link', () => {
    const url = new URL('http://h/api/events?q=a%20b&offset=0&type=Riots')
    const link = nextLink(url, { limit: 50, offset: 0 }, 50)
    assert.equal(link, '/api/events?q=a+b&offset=50&type=Riots&limit=50')
  })
})
