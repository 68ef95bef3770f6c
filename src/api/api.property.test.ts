/**
 * @module
 * Property-based tests of the REST API's input handling (fast-check). In: random query strings
 * and path parameters built from malformed dates and coordinates, SQL and shell metacharacters,
 * control characters (NUL too), lone surrogates and very long values, sent to every read route
 * through `app.request`. Out: each answer is a 200 or a JSON error (400, or 404 for an unknown
 * id) with a code and a message; never a 500, and the row counts of every table are the same
 * afterwards. A bad input must be the client's error, never a crash or a write.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import fc from 'fast-check'
import type { Hono } from 'hono'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import { openTestDb } from '../store/_test-db.js'
import { createApp } from './app.js'
import { DOCS, EVENTS } from './_fixtures.js'

const NASTY = [
  "'; DROP TABLE events; --", "' OR '1'='1", '"; SELECT pg_sleep(10); --', '$(rm -rf /)',
  '`id`', '| cat /etc/passwd', '&& shutdown -h now', '%', '_', '\\', '%_%', "''", '\u0000',
  '\u0000abc', 'a\u0000b', '\ud800', '\udfff', '\n', '\r\n', '\t', '..', '../../etc/passwd',
  '<script>alert(1)</script>', '{{7*7}}', '${7*7}', '\u202e', '\ufeff', '#', '?', '&', '=', '+',
  '%00', '%2F', '%ZZ', '/', 'JNIM', 'Mali', 'Battles', '2024-03-03',
]
const BAD_DATES = [
  '2023-02-30', '2023-13-01', '2023-00-10', '2023-1-1', '23-01-01', '99999-01-01', '-2023-01-01',
  '2023-01-01T00:00:00Z', 'yesterday', '', ' 2023-01-01', '2023/01/01', '0000-00-00', 'NaN',
]

/** A string of nasty fragments, random characters or both. */
const nasty: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('x'.repeat(201), 'é'.repeat(5000)),
)
const number: fc.Arbitrary<string> = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e400', '-0', '0x10', '', ' ', '1,5', '١٢'),
  nasty,
)
const near: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(number, number, number).map(([a, b, c]) => `${a},${b},${c}`),
  fc.array(number, { maxLength: 5 }).map((a) => a.join(',')),
  nasty,
)
const isoDay = fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const date: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...BAD_DATES), nasty, isoDay)

/** Values for each parameter of `GET /api/events` (and `/api/incidents`), plus unknown keys. */
const EVENT_PARAMS: Record<string, fc.Arbitrary<string>> = {
  since: date, until: date, type: fc.oneof(nasty, fc.constant('Battles')), actor: nasty,
  country: nasty, near, doc_id: nasty, q: nasty, limit: number, offset: number,
}
const query = (params: Record<string, fc.Arbitrary<string>>) =>
  fc.record({ ...params, extra: fc.tuple(nasty, nasty) }, { requiredKeys: [] }).map((r) => {
    const s = new URLSearchParams()
    for (const [k, v] of Object.entries(r)) {
      if (typeof v === 'string') s.append(k, v)
      else s.append(v[0], v[1])
    }
    return s.toString()
  })

/** Percent-encodes a path segment; a lone surrogate goes as the invalid UTF-8 bytes a sloppy client sends. */
const segment = (s: string) =>
  s.replace(/[\s\S]/gu, (ch) => {
    try {
      return encodeURIComponent(ch)
    } catch {
      return '%ED%A0%80'
    }
  })
/** Raw (not encoded) fragments a path can carry: broken escapes and an encoded NUL. */
const RAW_PATH = ['%ZZ', '%FF', '%C0%AF', '%00', '%', '%2e%2e', '%E2%82']

const TABLES = `SELECT table_name AS t FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`

describe('API under hostile input (property)', () => {
  let db: Database
  let app: Hono
  const internal: unknown[] = []
  const counts = async () => {
    const tables = (await db.query<{ t: string }>(TABLES)).rows.map((r) => r.t)
    const out: Record<string, number> = {}
    for (const t of tables) {
      out[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0]!.n
    }
    return out
  }
  let before0: Record<string, number>

  before(async () => {
    db = await openTestDb()
    const store = createSqlStore(db)
    for (const d of DOCS) await store.ingest(d.raw, d.id, d.events)
    app = createApp({ store, version: 'test', log: (e) => internal.push(e) })
    before0 = await counts()
    assert.ok((before0.events ?? 0) >= 5, 'fixtures stored')
  })
  after(async () => {
    assert.deepEqual(await counts(), before0, 'every table has the rows it had before')
    await db.close()
  })

  /** Sends one request and checks the answer's shape; returns the status. */
  const check = async (path: string, allowed: readonly number[]) => {
    const res = await app.request(path)
    const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null
    const label = `${path} → ${res.status} ${JSON.stringify(body)?.slice(0, 300)}`
    assert.ok(allowed.includes(res.status), label)
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, label)
    if (res.status !== 200) {
      assert.equal(typeof body?.error?.code, 'string', label)
      assert.ok(body?.error?.code?.startsWith('E_') && body.error.code !== 'E_INTERNAL', label)
    }
    return res.status
  }

  for (const route of ['/api/events', '/api/incidents']) {
    it(`${route}: any query string is a 200 or a 400`, async () => {
      const statuses = new Set<number>()
      await fc.assert(
        fc.asyncProperty(query(EVENT_PARAMS), async (qs) => {
          statuses.add(await check(`${route}?${qs}`, [200, 400]))
        }),
        { numRuns: 150 },
      )
      assert.ok(statuses.has(400), 'some inputs were refused')
      assert.equal(internal.length, 0, `no 500: ${String(internal[0])}`)
    })
  }

  it('aggregates and the review queue: any query string is a 200 or a 400', async () => {
    const own: Record<string, Record<string, fc.Arbitrary<string>>> = {
      '/api/aggregate/map': { ...EVENT_PARAMS, zoom: number, bbox: fc.oneof(near, nasty) },
      '/api/aggregate/timeline': { ...EVENT_PARAMS, bucket: fc.oneof(nasty, fc.constant('week')) },
      '/api/aggregate/outlets': EVENT_PARAMS,
      '/api/review/queue': { limit: number, offset: number },
    }
    for (const [route, params] of Object.entries(own)) {
      const { limit: _l, offset: _o, ...rest } = params
      const arb = query(route.startsWith('/api/aggregate') ? rest : params)
      const sent = async (qs: string) => void (await check(`${route}?${qs}`, [200, 400]))
      await fc.assert(fc.asyncProperty(arb, sent), { numRuns: 60 })
    }
    assert.equal(internal.length, 0, `no 500: ${String(internal[0])}`)
  })

  it('/api/events: each string filter alone is a 200 or a 400, never a 500', async () => {
    for (const key of ['actor', 'country', 'doc_id', 'q', 'type', 'since', 'until', 'near']) {
      await fc.assert(
        fc.asyncProperty(EVENT_PARAMS[key]!, async (v) => {
          await check(`/api/events?${new URLSearchParams({ [key]: v })}`, [200, 400])
        }),
        { numRuns: 40 },
      )
    }
    assert.equal(internal.length, 0, `no 500: ${String(internal[0])}`)
  })

  it('/api/framing: actor and outlet are a 200 or a 400', async () => {
    await fc.assert(
      fc.asyncProperty(query({ actor: nasty, outlet: nasty }), async (qs) => {
        await check(`/api/framing?${qs}`, [200, 400])
      }),
      { numRuns: 100 },
    )
    assert.equal(internal.length, 0, `no 500: ${String(internal[0])}`)
  })

  it('path parameters: a 200, a 400 or a 404, never a 500', async () => {
    const known = fc.constantFrom(EVENTS.A1.event_id, DOCS[0]!.id, 'JNIM')
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('events', 'documents', 'incidents', 'actors', 'outlets'),
        fc.oneof(nasty, known, fc.tuple(known, nasty).map(([a, b]) => a + b)),
        fc.option(fc.constantFrom(...RAW_PATH), { nil: '' }),
        async (resource, id, raw) => {
          if (id + raw === '') return
          await check(`/api/${resource}/${segment(id)}${raw}`, [200, 400, 404])
        },
      ),
      { numRuns: 200 },
    )
    assert.equal(internal.length, 0, `no 500: ${String(internal[0])}`)
  })

  it('a known event is still found after the storm (the store was only read)', async () => {
    const res = await app.request(`/api/events/${encodeURIComponent(EVENTS.A1.event_id)}`)
    assert.equal(res.status, 200)
    assert.equal(((await res.json()) as { event_id: string }).event_id, EVENTS.A1.event_id)
  })
})
