/**
 * @module
 * `toErrorResponse` on its own: zod errors become readable 400s naming each parameter, each
 * `FaultlineError` code gets its status, and anything unknown is a 500 that says nothing more.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { HTTPException } from 'hono/http-exception'
import { z } from 'zod'
import type { ErrorCode } from '../errors.js'
import { FaultlineError } from '../errors.js'
import { EventFilterSchema, PageSchema } from '../query/filters.js'
import { toErrorResponse } from './on-error.js'

function zodError(schema: z.ZodType, input: unknown): z.ZodError {
  const r = schema.safeParse(input)
  assert.ok(!r.success, 'fixture must fail')
  return r.error
}

describe('toErrorResponse: zod', () => {
  const filter = (input: unknown) => zodError(EventFilterSchema, input)
  const cases: [label: string, err: z.ZodError, pattern: RegExp][] = [
    ['bad date', filter({ since: '2022-13-40' }), /'since': not a real calendar date/],
    ['unknown key', filter({ sort: 'x' }), /unknown parameter 'sort'/],
    ['two unknown keys', filter({ a: '1', b: '2' }), /unknown parameters 'a', 'b'/],
    ['bad enum', filter({ type: 'Nope' }), /'type': .*Battles/],
    ['too small', zodError(PageSchema, { limit: '-1' }), /'limit': .*>=1/],
    ['two problems', filter({ near: 'x', until: 'y' }), /'until'.*; .*'near'|'near'.*; .*'until'/],
  ]
  for (const [label, err, pattern] of cases) {
    it(label, () => {
      const { status, body } = toErrorResponse(err)
      assert.equal(status, 400, label)
      assert.equal(body.error.code, 'E_BAD_ARGUMENT', label)
      assert.match(body.error.message, pattern, label)
      assert.ok(body.error.hint, label)
    })
  }
})

describe('toErrorResponse: FaultlineError codes', () => {
  const cases: [code: ErrorCode, status: number, shown: string][] = [
    ['E_BAD_ARGUMENT', 400, 'E_BAD_ARGUMENT'],
    ['E_NOT_FOUND', 404, 'E_NOT_FOUND'],
    ['E_TOO_LARGE', 413, 'E_TOO_LARGE'],
    ['E_INPUT_EMPTY', 422, 'E_INPUT_EMPTY'],
    ['E_INPUT_BINARY', 422, 'E_INPUT_BINARY'],
    ['E_INPUT_UNREADABLE', 422, 'E_INPUT_UNREADABLE'],
    ['E_INPUT_FORMAT', 422, 'E_INPUT_FORMAT'],
    ['E_FEED_MALFORMED', 422, 'E_FEED_MALFORMED'],
    ['E_DB', 500, 'E_INTERNAL'],
  ]
  for (const [code, status, shown] of cases) {
    it(`${code} → ${status}`, () => {
      const err = new FaultlineError(code, `the ${code} message`, { hint: 'do this' })
      const { status: s, body } = toErrorResponse(err)
      assert.equal(s, status, code)
      assert.equal(body.error.code, shown, code)
      const shownError = { code, message: `the ${code} message`, hint: 'do this' }
      if (status < 500) assert.deepEqual(body.error, shownError)
      else assert.doesNotMatch(body.error.message, new RegExp(code), `${code}: message hidden`)
    })
  }

  it('omits hint when there is none', () => {
    const { body } = toErrorResponse(new FaultlineError('E_NOT_FOUND', 'gone'))
    assert.deepEqual(body.error, { code: 'E_NOT_FOUND', message: 'gone' })
  })
})

describe('toErrorResponse: everything else', () => {
  const cases: [label: string, err: unknown, status: number, code: string][] = [
    ['Error with a stack', new Error('boom at /home/x/secret.ts:1'), 500, 'E_INTERNAL'],
    ['thrown string', 'just a string', 500, 'E_INTERNAL'],
    ['undefined', undefined, 500, 'E_INTERNAL'],
    ['HTTPException 400', new HTTPException(400, { message: 'malformed' }), 400, 'E_BAD_ARGUMENT'],
    ['HTTPException 503', new HTTPException(503, { message: '/secret' }), 500, 'E_INTERNAL'],
  ]
  for (const [label, err, status, code] of cases) {
    it(label, () => {
      const { status: s, body } = toErrorResponse(err)
      assert.equal(s, status, label)
      assert.equal(body.error.code, code, label)
      assert.doesNotMatch(JSON.stringify(body), /secret|stack|boom/, `${label}: nothing leaked`)
    })
  }
})
