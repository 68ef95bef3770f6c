/**
 * @module
 * The actor filter read through `actor_names` (migration 0012; names resolved first by
 * `actor-names.ts`, or inside the statement) selects the same events as a plain
 * ILIKE scan of the four actor columns: random invented names (case variants, accents, LIKE
 * wildcards and backslashes inside names) and random texts cut from them, on PGlite and
 * PostgreSQL — after ingest, after actors corrected in review (an update brings a new name) and
 * after a re-extraction deleted events (names left behind select nothing).
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { makeDoc, makeEvent } from '../store/_fixtures.js'
import { BACKENDS } from '../store/_backends.js'
import { sql as actorNamesSql } from '../store/migrations/0012-actor-names.js'
import type { Database } from '../store/queryable.js'
import { createSqlStore } from '../store/sql-store.js'
import type { Store } from '../store/store.js'
import { ReviewInputSchema } from '../schema/review.js'
import type { EventRecord } from '../schema/event.js'
import { resolveActors } from './actor-names.js'
import { likeContains, whereClause } from './where-clause.js'

const NAMES = ['Vandoria Militia', 'VANDORIA militia', 'Free Hills Brigade', 'Élan Front',
  'élan front (2020-)', '100%_Brigade', 'Back\\slash Group', 'Civilians (Ostrel)',
  'Ostrel Police', 'Hills_Watch', 'Rioters (Vandoria)']

/** A seeded generator of numbers in [0, 1). */
function random(seed: number) {
  let a = seed
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648
}

function events(docId: string, seed: number, count: number): EventRecord[] {
  const r = random(seed)
  const name = (pEmpty: number) => (r() < pEmpty ? '' : NAMES[Math.floor(r() * NAMES.length)]!)
  return Array.from({ length: count }, (_, i) =>
    makeEvent(docId, i, {
      actor1: name(0),
      actor2: name(0.3),
      assoc_actor_1: name(0.7),
      assoc_actor_2: name(0.8),
    }))
}

/** Texts a user might type: pieces of names in any case, wildcards, and names no event has. */
function texts(seed: number, count: number): string[] {
  const r = random(seed)
  const fixed = ['%', '_', '\\', 'militia', 'ÉLAN', 'x', '0%_b', 'h\\s', 'Nobody Front', ' ']
  return [...fixed, ...Array.from({ length: count }, () => {
    const n = NAMES[Math.floor(r() * NAMES.length)]!
    const start = Math.floor(r() * (n.length - 1))
    const piece = n.slice(start, start + 1 + Math.floor(r() * 8))
    return r() < 0.5 ? piece.toUpperCase() : piece
  })]
}

async function ids(db: Database, sql: string, params: unknown[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT e.event_id AS id FROM events e WHERE ${sql} ORDER BY e.event_id`, params)
  return rows.map((x) => x.id)
}

async function sameEvents(db: Database, label: string) {
  for (const text of texts(label.length * 17, 40)) {
    const filter = { actor: text, country: 'Vandoria' }
    const resolved = whereClause(await resolveActors(db, filter))
    const inline = whereClause(filter)
    const scan = ['actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2']
      .map((c) => `e.${c} ILIKE $1::text`).join(' OR ')
    const plain = await ids(db, `(${scan}) AND lower(e.country) = lower($2::text)`,
      [likeContains(text), 'Vandoria'])
    assert.deepEqual(await ids(db, resolved.sql, resolved.params), plain, `${label}: '${text}'`)
    assert.deepEqual(await ids(db, inline.sql, inline.params), plain, `${label} inline: '${text}'`)
  }
}

it('0012-actor-names.ts embeds 0012-actor-names.sql unchanged', async () => {
  const url = new URL('../store/migrations/0012-actor-names.sql', import.meta.url)
  assert.equal(actorNamesSql.trim(), (await readFile(url, 'utf8')).trim())
})

for (const backend of BACKENDS) describe(`actor filter vs scan (${backend.name})`, () => {
  let db: Database
  let store: Store
  before(async () => {
    db = await backend.openDb()
    store = createSqlStore(db)
    for (let d = 0; d < 3; d++) {
      const id = `doc_actor_${d}`
      await store.ingest(makeDoc(`Actor report ${d}`), id, events(id, 7 + d, 120))
    }
  })
  after(() => store.close())

  it('matches the scan after ingest', async () => {
    await sameEvents(db, 'ingest')
    const hit = await ids(db, whereClause({ actor: 'MILITIA' }).sql, [likeContains('MILITIA')])
    assert.ok(hit.length > 0, 'some events match')
  })

  it('matches the scan after corrections and a re-extraction', async () => {
    const evs = await store.eventsOfDocument('doc_actor_0')
    const review = (body: object) => ReviewInputSchema.parse({ reviewer: 'test', ...body })
    await store.reviewEvent(evs[0]!.event_id,
      review({ action: 'correct', field: 'actor1', value: 'Brand New Militia' }))
    await store.reviewEvent(evs[1]!.event_id,
      review({ action: 'correct', field: 'actor2', value: 'Lowland_Guard' }))
    const one = whereClause({ actor: 'brand new' })
    assert.deepEqual(await ids(db, one.sql, one.params), [evs[0]!.event_id], 'updated name')
    await store.replaceEvents('doc_actor_1', events('doc_actor_1', 99, 30))
    assert.equal((await store.eventsOfDocument('doc_actor_1')).length, 30, 're-extracted')
    await sameEvents(db, 'after corrections and re-extraction')
  })
})
