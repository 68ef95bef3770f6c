/**
 * @module
 * Tests for the outlets table on every backend: migration 0004's .ts copy matches its .sql, the
 * back-fill of an older database, the upsert at ingest (one row per name whatever its case and
 * spacing, home URL from a fetched document, never over the user's), counts, and user edits; on
 * a server, documents of one outlet ingest side by side (the upsert locks no existing row).
 */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { after, before, describe, it } from 'node:test'
import { migrate } from './migrate.js'
import { MIGRATIONS } from './migrations/index.js'
import { sql as outletsSql } from './migrations/0004-outlets.js'
import { homeUrlOf, upsertOutlet } from './outlet-repo.js'
import { createSqlStore } from './sql-store.js'
import type { Store } from './store.js'
import { makeDoc, makeEvent } from './_fixtures.js'
import { BACKENDS } from './_backends.js'

describe('outlets migration and helpers', () => {
  it('0004-outlets.ts embeds 0004-outlets.sql unchanged', async () => {
    const file = await readFile(new URL('./migrations/0004-outlets.sql', import.meta.url), 'utf8')
    assert.equal(outletsSql.trim(), file.trim())
  })

  it('homeUrlOf keeps scheme and host of web addresses only', () => {
    const cases: [string, string | null][] = [
      ['https://www.Sahel-Dispatch.example/2024/03/raid.html?x=1',
        'https://www.sahel-dispatch.example/'],
      ['http://news.example:8080/a', 'http://news.example:8080/'],
      ['/home/me/articles/raid.txt', null],
      ['-', null],
      ['ftp://files.example/a.txt', null],
    ]
    for (const [source, want] of cases) assert.equal(homeUrlOf(source), want, source)
  })
})

for (const backend of BACKENDS) {
  describe(`outlets (${backend.name})`, () => {
    let store: Store
    before(async () => {
      store = createSqlStore(await backend.openDb())
      const web = 'https://www.niger-river-post.example/2024/03/02/raid'
      await store.ingest(makeDoc('Report one.', { outlet: 'Niger River Post', source: web }), 'A', [
        makeEvent('A', 1),
        makeEvent('A', 2),
      ])
      const spaced = { outlet: '  niger   river POST ', published_at: '2024-05-01' }
      await store.ingest(makeDoc('Report two.', spaced), 'B', [makeEvent('B', 1)])
      const dunes = { outlet: 'Radio Dunes', source: '/tmp/r.txt' }
      await store.ingest(makeDoc('Report three.', dunes), 'C', [])
      await store.ingest(makeDoc('Report four.', { outlet: null }), 'D', [])
    })
    after(() => store.close())

    it('lists one row per outlet name with its counts, most documents first', async () => {
      const list = await store.listOutlets()
      const brief = list.map((o) => [o.name, o.documents, o.events, o.home_url])
      assert.deepEqual(brief, [
        ['Niger River Post', 2, 3, 'https://www.niger-river-post.example/'],
        ['Radio Dunes', 1, 0, null],
      ])
      assert.equal(list[0]?.first_published, '2024-03-02')
      assert.equal(list[0]?.last_published, '2024-05-01')
      assert.equal(list[0]?.updated_at, null, 'never edited')
    })

    it('edits: absent fields kept, null clears, unknown names refused unless created', async () => {
      const edited = await store.updateOutlet('NIGER river post', {
        country: 'Mali',
        description: 'Weekly paper from Mopti, invented for tests.',
      })
      assert.equal(edited?.country, 'Mali')
      assert.equal(edited?.home_url, 'https://www.niger-river-post.example/', 'kept')
      assert.ok(edited?.updated_at, 'stamped')
      const cleared = await store.updateOutlet('Niger River Post', { home_url: null })
      assert.equal(cleared?.home_url, null)
      assert.equal(cleared?.country, 'Mali')
      assert.equal(await store.updateOutlet('Nowhere Times', { country: 'Chad' }), null)
      const made = await store.updateOutlet('Nowhere Times', { country: 'Chad' }, { create: true })
      assert.deepEqual([made?.name, made?.country, made?.documents], ['Nowhere Times', 'Chad', 0])
    })

    it('a later fetched document fills a missing home URL but never replaces one', async () => {
      await store.updateOutlet('Radio Dunes', { home_url: 'https://dunes.example/' })
      const other = 'https://mirror.example/radio-dunes/1'
      await store.ingest(makeDoc('Report five.', { outlet: 'Radio Dunes', source: other }), 'E', [])
      assert.equal((await store.getOutlet('radio dunes'))?.home_url, 'https://dunes.example/')
      await store.updateOutlet('Niger River Post', { home_url: null })
      const again = 'https://niger-river-post.example/x'
      const six = makeDoc('Report six.', { outlet: 'Niger River Post', source: again })
      await store.ingest(six, 'F', [])
      const post = await store.getOutlet('Niger River Post')
      assert.equal(post?.home_url, 'https://niger-river-post.example/')
      assert.equal(post?.documents, 3)
    })
  })

  it(`back-fills outlets from documents stored before 0004 (${backend.name})`, async () => {
    const db = await backend.openRawDb()
    try {
      await migrate(db, MIGRATIONS.filter((m) => m.version < '0004'))
      const older = createSqlStore(db)
      const rows: [string, string | null, string][] = [
        ['A', 'Sahel Wire', 'file.txt'],
        ['B', 'SAHEL  wire', 'https://sahelwire.example/story'],
        ['C', ' ', 'x.txt'],
        ['D', null, 'y.txt'],
      ]
      // Before 0004 no outlets table exists; insertDocument's upsert would fail, so write rows.
      for (const [i, [id, outlet, source]] of rows.entries()) {
        const d = makeDoc(`Older report ${id}.`, { outlet, source })
        await db.query(
          `INSERT INTO documents (id, source, outlet, format, content_hash, text, ingested_at)
           VALUES ($1, $2, $3, 'txt', $4, $5, $6::timestamptz)`,
          [id, source, outlet, d.content_hash, d.text, `2024-01-0${i + 1}T00:00:00Z`],
        )
      }
      await migrate(db)
      const list = await older.listOutlets()
      assert.deepEqual(
        list.map((o) => [o.name, o.documents, o.home_url]),
        [['Sahel Wire', 2, 'https://sahelwire.example/']],
      )
    } finally {
      await db.close()
    }
  })

  if (backend.name === 'postgres') {
    it('an open ingest does not make the next document of its outlet wait', async () => {
      const db = await backend.openDb()
      try {
        await upsertOutlet(db, 'Burst Feed', 'https://burst.example/a')
        let release = () => {}
        const gate = new Promise<void>((r) => (release = r))
        let started = () => {}
        const opened = new Promise<void>((r) => (started = r))
        const first = db.transaction(async (tx) => {
          await upsertOutlet(tx, 'burst  feed', 'https://burst.example/b')
          started()
          await gate
        })
        await opened
        try {
          await db.transaction(async (tx) => {
            await tx.query(`SET LOCAL lock_timeout = '2s'`)
            await upsertOutlet(tx, 'Burst Feed', 'https://other.example/c')
          })
        } finally {
          release()
        }
        await first
        const { rows } = await db.query<{ n: number; home_url: string }>(
          `SELECT count(*)::int AS n, min(home_url) AS home_url FROM outlets
           WHERE key = outlet_key('Burst Feed')`)
        assert.deepEqual(rows[0], { n: 1, home_url: 'https://burst.example/' })
      } finally {
        await db.close()
      }
    })
  }
}
