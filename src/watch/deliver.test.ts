/**
 * @module
 * The done-when of watchlists, on every backend: three outlets report one invented ambush, the
 * third revising the death toll, with a watchlist matching it and a webhook on a local server
 * that fails twice before it answers. Exactly one alert; revision 2 after the revision; the
 * webhook received once per revision (after two logged, retried failures for the first) with
 * valid signatures and a stable delivery id; an unrelated attack and a repeated report raise
 * nothing. Also: a loopback target refused without allowPrivate (logged, not retried), giving
 * up after the last attempt, retries left for later when not waiting, and two senders at once
 * (claimed attempts) sending a revision once.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ingestRawDoc } from '../pipeline.js'
import { BACKENDS, openBackendStore } from '../store/_backends.js'
import type { Store } from '../store/store.js'
import { byKey, stubExtractor } from './_fixtures.js'
import type { Receiver } from './_receiver.js'
import { startReceiver } from './_receiver.js'
import { deliverPending } from './deliver.js'
import { verifySignature } from './webhook-sign.js'

const SECRET = 'a-test-secret-of-some-length'
const FAST = { allowPrivate: true, backoffMs: 20, attempts: 5 }
const FILTER = { types: ['Battles' as const], area: { lat: 10.5, lon: 20.25, radius_km: 40 } }

for (const backend of BACKENDS) describe(`webhooks (${backend.name})`, () => {
  let store: Store
  let hook: Receiver
  before(async () => {
    store = await openBackendStore(backend)
    hook = await startReceiver(2)
  })
  after(async () => {
    await store.close()
    await hook.close()
  })

  it('one alert per incident, revised once, delivered signed once per revision', async () => {
    const w = await store.addWatchlist({
      name: 'Kessel Ford', filter: FILTER, webhook_url: hook.url, webhook_secret: SECRET,
    })
    const steps: [string, string[], number][] = [
      ['courier', ['new:1'], 3], ['river', [], 3], ['gazette', ['updated:2'], 4],
      ['market', [], 4], ['river', [], 4],
    ]
    for (const [key, want, requests] of steps) {
      const r = await ingestRawDoc(store, byKey(key).raw, stubExtractor, { alerts: FAST })
      assert.deepEqual(r.alerts.map((a) => `${a.kind}:${a.alert.revision}`), want, key)
      assert.equal(hook.received.length, requests, `${key}: requests received`)
    }
    const alerts = await store.listAlerts({ watchlistId: w.id })
    assert.equal(alerts.length, 1, 'exactly one alert')
    assert.equal(alerts[0]!.revision, 2)

    for (const r of hook.received) {
      const signature = String(r.headers['x-faultline-signature'])
      assert.ok(verifySignature(r.body, SECRET, signature), 'signed with the secret')
      assert.equal(verifySignature(r.body, 'another secret', signature), false)
    }
    const ok = hook.received.filter((r) => r.status === 200).map((r) => JSON.parse(r.body))
    assert.deepEqual(ok.map((b) => b.revision), [1, 2], 'one delivery per revision')
    assert.deepEqual(ok.map((b) => b.incident.fatalities_max), [6, 11])
    assert.equal(ok[1].watchlist.name, 'Kessel Ford')
    assert.deepEqual(ok[1].alert.changed, ['fatalities_max'])
    assert.equal(ok[1].links.events.length, 3)
    const ids = hook.received.map((r) => r.headers['x-faultline-delivery'])
    const id1 = `${alerts[0]!.id}.1`
    assert.deepEqual(ids, [id1, id1, id1, `${alerts[0]!.id}.2`], 'stable across retries')

    const log = (await store.listDeliveries(w.id)).reverse()
    assert.deepEqual(log.map((d) => [d.revision, d.attempt, d.status, d.delivered]), [
      [1, 1, 500, false], [1, 2, 500, false], [1, 3, 200, true], [2, 1, 200, true],
    ], 'every attempt logged')
    assert.ok(log[0]!.next_attempt_at !== null && log[2]!.next_attempt_at === null)
    assert.deepEqual(await store.pendingDeliveries(), [], 'nothing left to send')
  })

  it('two senders at once send each revision once', async () => {
    const s = await openBackendStore(backend)
    const rx = await startReceiver()
    try {
      await s.addWatchlist({ name: 'twice', filter: FILTER, webhook_url: rx.url })
      await ingestRawDoc(s, byKey('courier').raw, stubExtractor, { alerts: { deliver: false } })
      const reports = await Promise.all([deliverPending(s, FAST), deliverPending(s, FAST)])
      assert.equal(rx.received.length, 1, 'one POST')
      assert.equal(reports[0].delivered + reports[1].delivered, 1)
      assert.equal((await s.listDeliveries(1)).length, 1, 'one attempt logged')
    } finally {
      await s.close()
      await rx.close()
    }
  })

  it('refuses a loopback target without allowPrivate, and gives up after the last attempt',
    async () => {
      const s = await openBackendStore(backend)
      const down = await startReceiver(100)
      try {
        await s.addWatchlist({ name: 'down', filter: FILTER, webhook_url: down.url })
        const opts = { ...FAST, allowPrivate: false }
        await ingestRawDoc(s, byKey('courier').raw, stubExtractor, { alerts: opts })
        const [refused] = await s.listDeliveries(1)
        assert.match(refused?.error ?? '', /refused to connect to 127\.0\.0\.1, a loopback/)
        assert.equal(refused?.next_attempt_at, null, 'not retried')
        assert.equal(down.received.length, 0)

        await s.removeWatchlist('down')
        await s.addWatchlist({ name: 'down2', filter: FILTER, webhook_url: down.url })
        await ingestRawDoc(s, byKey('gazette').raw, stubExtractor, {
          alerts: { ...FAST, attempts: 3, waitForRetries: false },
        })
        assert.equal(down.received.length, 1, 'first attempt only, retry left for later')
        const pending = await s.pendingDeliveries()
        assert.equal(pending.length, 1)
        assert.deepEqual(await deliverPending(s, { ...FAST, attempts: 3 }),
          { delivered: 0, failed: 1, givenUp: 1 })
        assert.equal(down.received.length, 3, 'three attempts in all')
        assert.deepEqual(await s.pendingDeliveries(), [], 'given up')
      } finally {
        await s.close()
        await down.close()
      }
    })
})
