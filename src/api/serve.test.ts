/**
 * @module
 * `serve()` on a real socket: port 0 gives an ephemeral port whose URL answers a real `fetch`,
 * a taken port is a `FaultlineError` with a hint, and `close()` frees the port.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { FaultlineError } from '../errors.js'
import type { Store } from '../store/store.js'
import { EVENTS, openFixtureStore } from './_fixtures.js'
import { EventSchema } from '../schema/event.js'
import { serve } from './serve.js'

let store: Store

before(async () => {
  store = await openFixtureStore()
})
after(() => store.close())

describe('serve', () => {
  it('listens on an ephemeral port and answers fetch', async () => {
    const server = await serve({ store, port: 0, version: 'serve-test' })
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/)
      assert.notEqual(server.url, 'http://127.0.0.1:0')
      const health = await fetch(`${server.url}/api/health`)
      assert.equal(health.status, 200)
      const expected = { ok: true, version: 'serve-test', documents: 3, events: 5 }
      assert.deepEqual(await health.json(), expected)
      const event = await fetch(`${server.url}/api/events/${EVENTS.A1.event_id}`)
      assert.deepEqual(EventSchema.parse(await event.json()), EVENTS.A1, 'raw ":" over HTTP')
      const bad = await fetch(`${server.url}/api/events?near=abc`)
      assert.equal(bad.status, 400)
    } finally {
      await server.close()
    }
    await assert.rejects(fetch(`${server.url}/api/health`), 'closed')
  })

  it('refuses a port in use with E_BAD_ARGUMENT and a hint', async () => {
    const first = await serve({ store, port: 0, version: 't' })
    try {
      const port = Number(new URL(first.url).port)
      await assert.rejects(serve({ store, port, version: 't' }), (err: unknown) => {
        assert.ok(err instanceof FaultlineError)
        assert.equal(err.code, 'E_BAD_ARGUMENT')
        assert.equal(err.hint, 'use --port N')
        assert.match(err.message, new RegExp(`port ${port}`))
        return true
      })
    } finally {
      await first.close()
    }
  })

  it('close() frees the port for a new server', async () => {
    const first = await serve({ store, port: 0, version: 't' })
    const port = Number(new URL(first.url).port)
    await first.close()
    const second = await serve({ store, port, version: 't' })
    assert.equal(second.url, first.url)
    await second.close()
  })
})
