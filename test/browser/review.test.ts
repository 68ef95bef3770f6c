/**
 * @module
 * The review desk end to end, in chromium, against the real server with `FAULTLINE_TOKEN` set:
 * the sample corpus is ingested; a write without the token is a 401; on /review the first queued
 * event is corrected by clicking a new place on the map (the page asks for the token on the 401
 * and retries); the correction shows in `GET /api/events/:id`, in the audit trail and in the CSV
 * export with `coded_by=analyst`; it survives re-ingesting the file and re-extracting the
 * document. With FAULTLINE_SCREENSHOTS=1 it writes docs/screenshots/review.png (editing) and
 * review-saved.png (after the save, with the audit trail).
 */
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { PassThrough } from 'node:stream'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import { type RunningServer, serve } from '../../src/api/serve.js'
import { ingestPath } from '../../src/pipeline.js'
import { parseCsv } from '../../src/query/export/_csv-parse.js'
import { CSV_HEADER, writeAcledCsv } from '../../src/query/export/acled-csv.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import { CHROMIUM, CHROMIUM_ARGS, openTokenPage, screenshot, skipReason } from './_harness.js'

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))
const TOKEN = 'e2e-review-token-93b1'
const files = readdirSync(EXAMPLES).filter((n) => /\.(txt|md|html?)$/i.test(n)).sort()

/** The ACLED CSV export of one document, as header → cell maps keyed by event id. */
async function exportRows(store: Store, docId: string): Promise<Map<string, Record<string, string>>> {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (c: Buffer) => chunks.push(c))
  await writeAcledCsv(store.streamEvents({ doc_id: docId }), sink)
  const [header, ...rows] = parseCsv(Buffer.concat(chunks).toString('utf8'))
  assert.deepEqual(header, [...CSV_HEADER], 'CSV header')
  return new Map(rows.filter((r) => r.length > 1).map((r) => {
    const rec = Object.fromEntries(CSV_HEADER.map((h, i) => [h, r[i] ?? '']))
    return [rec.event_id_cnty ?? '', rec]
  }))
}

describe('browser: review desk', { skip: skipReason() ?? false }, () => {
  let store: Store
  let server: RunningServer
  let browser: Browser
  before(async () => {
    store = await openStore({ db: 'memory://' })
    for (const name of files) await ingestPath(store, EXAMPLES + name)
    server = await serve({ store, port: 0, version: 'test', token: TOKEN, log: () => {} })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })
  after(async () => {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    await store?.close().catch(() => {})
  })

  const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init)

  test('a write without the token is a 401 JSON error; reads stay public', async () => {
    const res = await api('/api/documents', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'x y z' }) })
    assert.equal(res.status, 401)
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'E_UNAUTHORIZED')
    assert.equal((await api('/api/review/queue')).status, 200)
  })

  test('correct a place on the map: API, audit, CSV, re-ingest and re-extraction', async () => {
    const viewport = { width: 1366, height: 900 }
    const { page, errors, prompts } = await openTokenPage(browser, TOKEN, viewport)
    await page.goto(`${server.url}/review`)
    await page.waitForSelector('.review-view[data-ready="true"]')
    const id = await page.locator('.review-detail').getAttribute('data-event-id')
    assert.ok(id, 'an item is open')
    const before = (await (await api(`/api/events/${encodeURIComponent(id)}`)).json()) as {
      location: string; coded_by: string
    }
    assert.equal(before.coded_by, 'machine')
    assert.ok(await page.locator('.review-detail mark.evidence').count() > 0, 'evidence highlighted')

    await page.keyboard.press('e')
    const map = page.locator('.review-map')
    await page.locator('.review-map[data-ready="true"]').waitFor()
    const box = (await map.boundingBox())!
    // A little north-east of the machine's point (the map opens centred on it).
    await map.click({ position: { x: box.width / 2 + 40, y: box.height / 2 - 25 } })
    const lat = Number(await page.locator('input[name="latitude"]').inputValue())
    const lon = Number(await page.locator('input[name="longitude"]').inputValue())
    assert.ok(Number.isFinite(lat) && Number.isFinite(lon), 'the click set the point')
    await page.locator('input[name="location"]').fill('Kéra Ford')
    await screenshot(page, 'review')
    await page.getByRole('button', { name: 'Save corrections' }).click()
    await page.locator('.review-status', { hasText: 'Corrected place' }).waitFor()
    assert.equal(prompts(), 1, 'asked for the token once, on the 401')
    await page.locator('.audit li[data-action="correct"]', { hasText: 'Kéra Ford' }).waitFor()
    await page.locator('.review-queue li.active', { hasText: 'Kéra Ford' }).waitFor()
    await screenshot(page, 'review-saved')

    const ev = (await (await api(`/api/events/${encodeURIComponent(id)}`)).json()) as {
      doc_id: string; location: string; latitude: number; longitude: number; coded_by: string
    }
    assert.deepEqual([ev.location, ev.latitude, ev.longitude, ev.coded_by],
      ['Kéra Ford', lat, lon, 'analyst'], 'API shows the correction')
    const audit = (await (await api(`/api/events/${encodeURIComponent(id)}/audit`)).json()) as {
      items: { field: string; before: { location: string } }[]
    }
    assert.deepEqual(audit.items.map((a) => [a.field, a.before.location]),
      [['place', before.location]], 'audit has the machine value before')
    const row = (await exportRows(store, ev.doc_id)).get(id)
    assert.equal(row?.location, 'Kéra Ford', 'CSV location')
    assert.equal(Number(row?.latitude), lat, 'CSV latitude')
    assert.equal(row?.coded_by, 'analyst', 'CSV coded_by')

    const file = files.find((f) => f.length > 0)!
    for (const f of files) await ingestPath(store, EXAMPLES + f)
    assert.ok(file, 're-ingested the sample files (a no-op for known content)')
    const re = await api(`/api/documents/${ev.doc_id}/reextract`, { method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}` } })
    assert.equal(re.status, 200, 're-extraction with the token')
    const rows = await exportRows(store, ev.doc_id)
    const kept = [...rows.values()].filter((r) => r.location === 'Kéra Ford')
    assert.equal(kept.length, 1, 'the corrected event is there once after re-extraction')
    assert.equal(kept[0]?.coded_by, 'analyst', 'still coded by an analyst')
    assert.ok([...rows.values()].every((r) => r.location !== before.location
      || r.event_id_cnty !== kept[0]?.event_id_cnty), 'the machine place did not come back')
    assert.deepEqual(errors, [], 'no page errors')
    await page.close()
  })
})
