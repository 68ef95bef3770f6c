/**
 * @module
 * Ingest from the page, in chromium, against the real server with `FAULTLINE_TOKEN` set: pasted
 * text and a dropped file go through `POST /api/documents` (the page asks for the token once, on
 * the first 401), the new events are listed without a reload and link to their detail, and the
 * store holds exactly them. A hostile title is shown as text. The articles are invented. With
 * FAULTLINE_SCREENSHOTS=1 it writes docs/screenshots/ingest.png.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { type Browser, chromium } from 'playwright-core'
import { type RunningServer, serve } from '../../src/api/serve.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import { CHROMIUM, CHROMIUM_ARGS, openTokenPage, screenshot, skipReason } from './_harness.js'

const TOKEN = 'e2e-ingest-token-7c20'
/** The page's DOM constructors used below (the test's tsconfig has no DOM lib). */
interface PageGlobals {
  DataTransfer: new () => { items: { add(file: unknown): void } }
  File: new (parts: string[], name: string, opts: { type: string }) => unknown
}
const PASTED = `Gunmen on motorbikes killed four villagers in Dioura on Saturday, residents said.

Soldiers reportedly clashed with suspected jihadists near Tenenkou on Sunday, an army source \
said, without giving a toll.`
const DROPPED = `---
title: Protest in Sikasso
outlet: Kénédougou Echo
published: 2024-05-11
---
Hundreds of traders protested in Sikasso on Friday against new market taxes, police said.`

describe('browser: ingest page', { skip: skipReason() ?? false }, () => {
  let store: Store
  let server: RunningServer
  let browser: Browser
  before(async () => {
    store = await openStore({ db: 'memory://' })
    server = await serve({ store, port: 0, version: 'test', token: TOKEN, log: () => {} })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })
  after(async () => {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    await store?.close().catch(() => {})
  })

  test('paste and drop: events appear without a reload and match the store', async () => {
    const { page, errors, prompts } = await openTokenPage(browser, TOKEN)
    await page.goto(`${server.url}/ingest`)
    await page.getByLabel('Article text').fill(PASTED)
    await page.getByLabel('Title').fill('<img src=x onerror=alert(1)> Two attacks')
    await page.getByLabel('Outlet').fill('Sahel Test Wire')
    await page.getByLabel('Publication date').fill('2024-03-04')
    await page.getByRole('button', { name: 'Ingest text' }).click()
    await page.locator('.ingest-view[data-done="1"]').waitFor()
    assert.equal(prompts(), 1, 'the token was asked once')
    const first = page.locator('.ingest-results > li').first()
    assert.match(await first.innerText(), /<img src=x onerror=alert\(1\)> Two attacks: 2 event/)
    assert.equal(await page.locator('.ingest-results img').count(), 0, 'the title is text')

    // A file dropped on the zone: a DataTransfer built in the page (no file chooser needed).
    const dt = await page.evaluateHandle((text) => {
      const g = globalThis as unknown as PageGlobals
      const d = new g.DataTransfer()
      d.items.add(new g.File([text], 'sikasso.md', { type: 'text/markdown' }))
      return d
    }, DROPPED)
    await page.locator('.ingest-drop').dispatchEvent('drop', { dataTransfer: dt })
    await page.locator('.ingest-view[data-done="2"]').waitFor()
    assert.match(await page.locator('.ingest-results > li').first().innerText(), /Protest in Sikasso/)
    const sikasso = await store.listEvents({ outlet: 'Kénédougou Echo' }, { limit: 5, offset: 0 })
    assert.deepEqual(sikasso.items.map((e) => e.event_date), ['2024-05-10'],
      'the file keeps its own outlet and date (Friday before 11 May)')
    assert.equal(await page.locator('progress').getAttribute('value'), '1', 'progress complete')
    await screenshot(page, 'ingest')

    const stored = await store.listEvents({}, { limit: 100, offset: 0 })
    const links = await page.locator('.ingest-results a').evaluateAll((as) =>
      as.map((a) => decodeURIComponent((a as unknown as { pathname: string }).pathname
        .replace('/events/', ''))))
    assert.deepEqual(links.sort(), stored.items.map((e) => e.event_id).sort(),
      'every new event is listed, and only those')
    assert.equal(prompts(), 1, 'the stored token is reused')

    await page.locator('.ingest-results a').first().click()
    await page.waitForSelector('.event-view[data-ready="true"]')
    assert.deepEqual(errors, [], 'no page errors')
    await page.close()
  })
})
