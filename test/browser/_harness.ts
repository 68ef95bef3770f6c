/**
 * @module
 * What every browser test needs: whether it can run at all (Debian's chromium at /usr/bin/chromium
 * and a built dashboard in web/dist), the real API server on a free port over an in-memory PGlite
 * store, and a headless chromium driven by playwright-core. `skipReason()` returns why a suite must
 * be skipped, or null; `.ci/run` installs chromium and `npm ci` builds web/dist, so CI runs them.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, type Page, chromium } from 'playwright-core'
import { type RunningServer, serve } from '../../src/api/serve.js'
import { DEFAULT_WEB_DIR } from '../../src/api/static.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
/** Screenshots are (re)written only when asked, so a test run leaves the tree clean. */
export const WRITE_SCREENSHOTS = process.env.FAULTLINE_SCREENSHOTS === '1'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function skipReason(): string | null {
  if (!existsSync(CHROMIUM)) {
    return `no chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does it)`
  }
  if (!existsSync(`${DEFAULT_WEB_DIR}/index.html`)) {
    return 'dashboard not built: run `npm run build:web` (npm ci does it through prepare)'
  }
  return null
}

export interface Harness {
  readonly store: Store
  readonly server: RunningServer
  readonly browser: Browser
  /** A fresh page that fails the test on any uncaught page error; collects console errors. */
  newPage(viewport?: { width: number; height: number }): Promise<Page & { errors: string[] }>
  close(): Promise<void>
}

export async function startHarness(seed: (store: Store) => Promise<unknown>): Promise<Harness> {
  const store = await openStore({ db: 'memory://' })
  await seed(store)
  const server = await serve({ store, port: 0, version: 'test', log: () => {} })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  return {
    store,
    server,
    browser,
    async newPage(viewport = { width: 1366, height: 850 }) {
      const page = (await browser.newPage({ viewport })) as Page & { errors: string[] }
      page.errors = []
      page.on('pageerror', (err) => page.errors.push(String(err)))
      page.on('console', (msg) => {
        if (msg.type() === 'error') page.errors.push(msg.text())
      })
      return page
    },
    async close() {
      await browser.close().catch(() => {})
      await server.close().catch(() => {})
      await store.close().catch(() => {})
    },
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!WRITE_SCREENSHOTS) return
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true })
}

/** Waits until the list view has its table and map data for the current URL. */
export async function waitForList(page: Page): Promise<void> {
  await page.waitForSelector('.list-view[data-map-ready="true"]')
  // Locators, not waitForFunction: a string predicate is eval'd in the page, which the CSP forbids.
  await page.locator('.table-status', { hasText: /^(\d|No events|Could not)/ }).waitFor()
}

export async function waitForEvent(page: Page): Promise<void> {
  await page.waitForSelector('.event-view[data-ready="true"]')
}

/** Polls `probe` (run in Node) until it returns true; for page state no locator expresses. */
export async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await probe()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** A page that records uncaught errors and answers the dashboard's token prompt with `token`. */
export interface TokenPage {
  readonly page: Page
  readonly errors: string[]
  /** How many times the page asked for the token. */
  prompts(): number
}

export async function openTokenPage(
  browser: Browser,
  token: string,
  viewport = { width: 1280, height: 900 },
): Promise<TokenPage> {
  const page = await browser.newPage({ viewport })
  const errors: string[] = []
  let asked = 0
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('dialog', (d) => {
    asked++
    void d.accept(token)
  })
  return { page, errors, prompts: () => asked }
}
