/**
 * @module
 * Watchlists and notifications in chromium against the real server with `FAULTLINE_TOKEN` set,
 * over the invented Kessel Ford ambush reports (`src/watch/_fixtures.ts`) ingested through the
 * pipeline: the nav badge counts unread alerts; the Watchlists link carries the list's filters,
 * which become a new watchlist (the page asks for the token once); the notification list shows
 * revisions newest first with links to the incident; a later report raises the badge at the next
 * 30 s poll (fake clock); feed and digest links answer; Delete removes a watchlist. The page fits a
 * tablet. With FAULTLINE_SCREENSHOTS=1 it writes docs/screenshots/watchlists.png.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { type Browser, type Page, chromium } from 'playwright-core'
import { type RunningServer, serve } from '../../src/api/serve.js'
import { ingestRawDoc } from '../../src/pipeline.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import { byKey, stubExtractor } from '../../src/watch/_fixtures.js'
import {
  CHROMIUM, CHROMIUM_ARGS, openTokenPage, screenshot, skipReason, waitForList,
} from './_harness.js'

const TOKEN = 'e2e-watch-token-5c2e'
const TABLET = { width: 820, height: 1180 }

describe('browser: watchlists and notifications', { skip: skipReason() ?? false }, () => {
  let store: Store
  let server: RunningServer
  let browser: Browser
  const ingest = (key: string) =>
    ingestRawDoc(store, byKey(key).raw, stubExtractor, { alerts: { deliver: false } })
  before(async () => {
    store = await openStore({ db: 'memory://' })
    await store.addWatchlist({ name: 'Vandoria battles', filter: { types: ['Battles'],
      country: 'Vandoria' } })
    await ingest('courier')
    server = await serve({ store, port: 0, version: 'test', token: TOKEN, log: () => {} })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  })
  after(async () => {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    await store?.close().catch(() => {})
  })

  const unread = (page: Page) => page.locator('a[data-alert-badge]').getAttribute('data-unread')
  const ready = (page: Page) => page.waitForSelector('.watchlists-page[data-ready="true"]')

  test('badge, watch the current filters, revisions, feed and digest, delete', async () => {
    const laptop = { width: 1366, height: 900 }
    const { page, errors, prompts } = await openTokenPage(browser, TOKEN, laptop)
    await page.clock.install()
    await page.goto(`${server.url}/?type=Battles&country=Vandoria&since=2024-01-01`)
    await waitForList(page)
    await page.locator('a[data-alert-badge][data-unread="1"]').waitFor()
    assert.match(await page.locator('.nav-badge').innerText(), /^1/)

    await page.getByRole('link', { name: /^Watchlists/ }).click()
    await ready(page)
    const url = new URL(page.url())
    assert.equal(url.pathname, '/watchlists')
    assert.equal(url.search, '?type=Battles&country=Vandoria&since=2024-01-01', 'filters carried')
    const intro = page.locator('.watch-new')
    assert.match(await intro.innerText(), /New incidents matching: Battles · Vandoria/)
    assert.match(await intro.innerText(), /Not carried over.*: from 2024-01-01\./)
    const first = page.locator('.alert-list li')
    assert.equal(await first.count(), 1)
    assert.match(await first.innerText(), /^new\s*Battles — Kessel Ford/)
    assert.match(await first.innerText(), /revision 1 \(new incident\)/)
    const href = (await first.locator('a').getAttribute('href')) ?? ''
    assert.match(href, /^\/incidents\//)
    await page.locator('a[data-alert-badge][data-unread="0"]').waitFor()
    assert.equal(await page.locator('.nav-badge').isHidden(), true, 'read once shown')

    assert.equal(await page.getByLabel('Name').inputValue(), 'Battles · Vandoria')
    await page.getByRole('button', { name: 'Watch these filters' }).click()
    await page.getByRole('status').filter({ hasText: 'Watching "Battles · Vandoria".' }).waitFor()
    assert.equal(prompts(), 1, 'asked for the token once')
    await page.locator('.watchlists-list li.watchlist').nth(1).waitFor()
    const saved = (await (await fetch(`${server.url}/api/watchlists`)).json()) as {
      items: { id: number; name: string; filter: unknown }[]
    }
    const mine = saved.items.find((w) => w.name === 'Battles · Vandoria')
    assert.deepEqual(mine?.filter, { country: 'Vandoria', types: ['Battles'] })

    // A later report revises the toll: the seeded watchlist's alert gets revision 2, the new
    // watchlist its first alert; the next poll counts both.
    await ingest('gazette')
    await page.clock.fastForward(30_000)
    await page.locator('a[data-alert-badge][data-unread="2"]').waitFor()
    await page.getByRole('link', { name: /^Watchlists/ }).click()
    await ready(page)
    const items = page.locator('.alert-list li')
    await page.locator('.alert-list li.unread').nth(1).waitFor()
    const texts = await items.allInnerTexts()
    assert.ok(texts.some((t) => /Vandoria battles · revision 2 \(changed: .*fatalities/.test(t)),
      `revision 2 shown: ${texts.join(' | ')}`)
    assert.ok(texts.some((t) => /6 dead \(reports say 6–11\)/.test(t)), 'the range of tolls')
    await screenshot(page, 'watchlists')

    const links = page.locator('.watchlists-list li.watchlist').first().locator('a')
    const kinds = [['Atom feed', /atom\+xml/], ['Weekly digest', /text\/html/]] as const
    for (const [name, type] of kinds) {
      const res = await fetch(`${server.url}${await links.getByText(name).getAttribute('href')}`)
      assert.equal(res.status, 200, name)
      assert.match(res.headers.get('content-type') ?? '', type, name)
    }

    await page.getByRole('button', { name: 'Delete watchlist Battles · Vandoria' }).click()
    await page.getByRole('status').filter({ hasText: 'Deleted "Battles · Vandoria".' }).waitFor()
    // the status comes before the list is drawn again: wait for the second row to go
    await page.locator('.watchlists-list li.watchlist').nth(1).waitFor({ state: 'detached' })
    assert.equal(await page.locator('.watchlists-list li.watchlist').count(), 1)
    assert.equal(((await (await fetch(`${server.url}/api/watchlists`)).json()) as
      { items: unknown[] }).items.length, 1)
    assert.deepEqual(errors, [])
    await page.close()
  })

  test('fits a tablet', async () => {
    const { page, errors } = await openTokenPage(browser, TOKEN, TABLET)
    await page.goto(`${server.url}/watchlists?country=Vandoria`)
    await ready(page)
    const fits = await page.evaluate<boolean>(
      'document.documentElement.scrollWidth <= window.innerWidth + 1')
    assert.ok(fits, 'no sideways scrolling at tablet width')
    assert.deepEqual(errors, [])
    await page.close()
  })
})
