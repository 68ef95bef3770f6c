/**
 * @module
 * The dashboard's analysis views in chromium on the bundled sample corpus (`examples/`, ingested
 * through the real pipeline): the map and timeline drawn from the aggregate API, brushing the
 * timeline into a date filter, the new filter fields, the actor page (graph, relations, framing),
 * the outlet comparison, the incident page reached from an event (and an analyst's split and
 * merge of it), at laptop and tablet widths,
 * with no page errors (the CSP forbids inline script and style). With FAULTLINE_SCREENSHOTS=1 it
 * writes docs/screenshots/{timeline,actor,outlets,incident}.png and tablet variants.
 */
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { Store } from '../../src/store/store.js'
import {
  type Harness, SCREENSHOT_DIR, WRITE_SCREENSHOTS, skipReason, startHarness, waitForList,
} from './_harness.js'

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))
const TABLET = { width: 820, height: 1180 }

type IngestPath = (store: Store, path: string) => Promise<unknown>
let ingestPath: IngestPath | null = null
let pipelineError = ''
try {
  ingestPath = ((await import('../../src/pipeline.js')) as { ingestPath: IngestPath }).ingestPath
} catch (err) {
  pipelineError = `pipeline not loadable yet (${String(err).split('\n')[0]})`
}
const reason = skipReason() ?? (ingestPath ? null : pipelineError)

async function shot(page: Page, name: string, selector?: string): Promise<void> {
  if (!WRITE_SCREENSHOTS) return
  const path = `${SCREENSHOT_DIR}${name}.png`
  if (selector) await page.locator(selector).first().screenshot({ path })
  else await page.screenshot({ path, fullPage: true })
}

/** True when the page does not scroll sideways (content fits the viewport width). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1')
}

describe('browser: analysis views on the sample', { skip: reason ?? false }, () => {
  let hx: Harness
  before(async () => {
    hx = await startHarness(async (store) => {
      for (const name of readdirSync(EXAMPLES).sort()) {
        if (/\.(txt|md|html?|pdf)$/i.test(name)) await ingestPath?.(store, EXAMPLES + name)
      }
    })
  })
  after(async () => hx?.close())

  test('timeline: from the aggregate; dragging sets the date filter for map and table', async () => {
    const series = await hx.store.aggregateTimeline({}, { bucket: 'week' })
    assert.ok(series.buckets.length >= 2, 'the sample spans several weeks')
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    await page.getByRole('button', { name: 'Weeks' }).click()
    await page.locator('.timeline[data-bucket="week"]').waitFor()
    await shot(page, 'timeline', '.timeline')
    const over = page.locator('.timeline-chart .u-over')
    await over.scrollIntoViewIfNeeded()
    const box = await over.boundingBox()
    assert.ok(box, 'uPlot drew its plot area')
    // Drag over the first half of the plot: the filter becomes the weeks brushed.
    await page.mouse.move(box.x + 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 })
    await page.mouse.up()
    await page.waitForURL(/since=\d{4}-\d{2}-\d{2}&until=\d{4}-\d{2}-\d{2}/)
    await waitForList(page)
    const url = new URL(page.url())
    const since = url.searchParams.get('since') ?? ''
    const until = url.searchParams.get('until') ?? ''
    assert.equal(since, series.buckets[0]?.start, 'brush starts at the first week')
    assert.ok(series.buckets.some((b) => b.end === until), 'brush ends at the end of a week')
    const expected = (await hx.store.listEvents({ since, until }, { limit: 1, offset: 0 })).total
    assert.match(await page.locator('.table-status').innerText(), new RegExp(`of ${expected} event`))
    const map = await hx.store.aggregateMap({ since, until }, { zoom: 4 })
    assert.match(await page.locator('.map-note').innerText(),
      new RegExp(`^${map.total - map.unplaced} events? on the map`))
    assert.equal(await page.getByLabel('From').inputValue(), since)
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('filters: sub-type, outlet, certainty, tier, region are labelled, reach the API', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    for (const label of ['Sub-type', 'Region', 'Outlet', 'Certainty', 'Tier']) {
      assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, label)
    }
    await page.getByLabel('Tier', { exact: true }).selectOption('news')
    await page.waitForURL(/tier=news/)
    await waitForList(page)
    const news = (await hx.store.listEvents({ tier: 'news' }, { limit: 1, offset: 0 })).total
    assert.match(await page.locator('.table-status').innerText(), new RegExp(`of ${news} event`))
    const outlet = (await hx.store.aggregateOutlets({}))[0]?.outlet ?? ''
    await page.getByLabel('Outlet', { exact: true }).fill(outlet)
    await page.getByLabel('Outlet', { exact: true }).press('Enter')
    await page.waitForURL(/outlet=/)
    await waitForList(page)
    const both = (await hx.store.listEvents({ tier: 'news', outlet }, { limit: 1, offset: 0 })).total
    assert.match(await page.locator('.table-status').innerText(), new RegExp(`of ${both} event`))
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('actor page: registry facts, relations graph and list, framing by outlet', async () => {
    const edges = await hx.store.listActorRelations()
    const counts = new Map<string, number>()
    for (const e of edges) for (const n of [e.a, e.b]) counts.set(n, (counts.get(n) ?? 0) + 1)
    const name = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
    assert.ok(name, 'the sample yields actor relations')
    const profile = await hx.store.getActor(name)
    assert.ok(profile)
    for (const viewport of [undefined, TABLET]) {
      const page = await hx.newPage(viewport)
      await page.goto(`${hx.server.url}/actors/${encodeURIComponent(name)}`)
      await page.locator('.actor-view[data-ready="true"]').waitFor()
      assert.equal(await page.locator('h1').innerText(), profile.name)
      assert.equal(await page.locator('.actor-graph').getAttribute('data-edges'),
        String(profile.relations.length))
      assert.ok(await page.locator('.actor-graph canvas').count() > 0, 'cytoscape drew')
      assert.equal(await page.locator('ul.relations li').count(), profile.relations.length)
      assert.equal(await page.locator('table.framing tbody tr').count(), profile.framing.rows.length)
      assert.ok(await fitsWidth(page), 'no sideways scroll')
      await shot(page, viewport ? 'actor-tablet' : 'actor')
      assert.deepEqual(page.errors, [])
      await page.close()
    }
    // Keyboard: a relation's other actor is a focusable link that opens its page.
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/actors/${encodeURIComponent(name)}`)
    await page.locator('.actor-view[data-ready="true"]').waitFor()
    const other = page.locator('ul.relations a').filter({ hasNotText: name }).first()
    const otherName = await other.innerText()
    await other.focus()
    await page.keyboard.press('Enter')
    const escaped = encodeURIComponent(otherName).replace(/[()]/g, '\\$&')
    await page.waitForURL(new RegExp(`/actors/${escaped}$`))
    await page.locator('.actor-view[data-ready]').waitFor()
    assert.equal(await page.locator('h1').innerText(), otherName)
    await page.close()
  })

  test('outlets: side by side with counts, first reports and loaded-language rates', async () => {
    const rows = (await hx.store.aggregateOutlets({})).filter((o) => o.outlet !== '')
    assert.ok(rows.length >= 2, 'the sample has several outlets')
    for (const viewport of [undefined, TABLET]) {
      const page = await hx.newPage(viewport)
      await page.goto(`${hx.server.url}/outlets`)
      await page.locator('.outlets-view[data-ready="true"]').waitFor()
      const heads = await page.locator('table.compare').first().locator('thead th').allInnerTexts()
      assert.deepEqual(heads.map((t) => t.split('\n')[0]), rows.slice(0, 8).map((o) => o.outlet))
      const events = page.locator('table.compare tbody tr', { hasText: 'Events reported' })
      const expected = rows.slice(0, 8).map((o) => String(o.events))
      assert.deepEqual(await events.locator('td').allInnerTexts(), expected)
      const first = page.locator('table.compare tbody tr', { hasText: 'Reported first' })
      assert.equal(await first.count(), 1)
      assert.ok(await fitsWidth(page), 'no sideways scroll (tables scroll in their box)')
      await shot(page, viewport ? 'outlets-tablet' : 'outlets')
      assert.deepEqual(page.errors, [])
      await page.close()
    }
  })

  test('incident: reached from an event; reports side by side, differences marked', async () => {
    const { items } = await hx.store.listIncidents({}, { limit: 100, offset: 0 })
    const inc = items.find((i) => i.reports >= 2)
    assert.ok(inc, 'the sample has an incident told by two reports')
    const claim = inc.claims[0]!
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/events/${encodeURIComponent(claim.event_id)}`)
    await page.locator('.incident-slot a').click()
    await page.waitForURL(new RegExp(`/incidents/${encodeURIComponent(inc.id)}$`))
    await page.locator('.incident-view[data-ready="true"]').waitFor()
    const cols = await page.locator('table.claims thead th').count()
    assert.equal(cols, inc.claims.length + 1, 'one column per report, plus the field names')
    const fats = inc.claims.map((c) => String(c.fatalities))
    const fatRow = page.locator('table.claims tbody tr', { hasText: 'Fatalities' })
    assert.deepEqual(await fatRow.locator('td').allInnerTexts(), fats)
    assert.equal(await fatRow.getAttribute('class'), new Set(fats).size > 1 ? 'differ' : null)
    assert.equal(await page.locator('.incident-summary li.conflict').count(),
      [inc.date, inc.location, inc.fatalities, inc.perpetrator].filter((s) => s.conflict).length)
    await shot(page, 'incident')
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('incident: an analyst splits a report off, then merges it back', async () => {
    const { items } = await hx.store.listIncidents({}, { limit: 100, offset: 0 })
    const inc = items.find((i) => i.reports >= 2)!
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/incidents/${encodeURIComponent(inc.id)}`)
    await page.locator('.incident-view[data-ready="true"]').waitFor()
    await page.getByLabel(/^report 2 —/).check()
    await page.getByRole('button', { name: /Split the ticked reports/ }).click()
    await page.waitForURL((u) => !u.pathname.endsWith(encodeURIComponent(inc.id)))
    await page.locator('.incident-view[data-ready="true"]').waitFor()
    assert.equal(await page.locator('table.claims thead th').count(), 2, 'one report left here')
    const moved = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)
    assert.equal((await hx.store.getIncident(moved))?.reports, 1)
    await shot(page, 'incident-split')
    await page.getByLabel('Same happening as incident').fill(inc.id)
    await page.getByRole('button', { name: 'Merge' }).click()
    await page.waitForURL(new RegExp(`/incidents/${encodeURIComponent(inc.id)}$`))
    await page.locator('.incident-view[data-ready="true"]').waitFor()
    assert.equal(await page.locator('table.claims thead th').count(), inc.claims.length + 1)
    assert.deepEqual(page.errors, [])
    await page.close()
  })
})

if (reason) test(`browser: analysis views skipped — ${reason}`, { skip: reason }, () => {})
