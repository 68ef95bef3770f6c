/**
 * @module
 * The dashboard in headless chromium against the real server and store, seeded with the
 * hand-written fixtures (plus one document with 30 events, for pagination): the map and list load,
 * filtering by type goes through the URL, a shared URL restores its filters, pages turn, an event
 * opens with its evidence highlighted in its field's colour, and the layout stacks at tablet width.
 * With FAULTLINE_SCREENSHOTS=1 it also refreshes docs/screenshots/.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { docIdFor } from '../../src/ingest/index.js'
import { FIXTURES, type FixtureDoc, event, ingestFixtures, span } from './_fixtures.js'
import { type Harness, screenshot, skipReason, startHarness, until, waitForEvent, waitForList } from './_harness.js'

const BULK_TEXT = `Weekly roundup\n\n${Array.from({ length: 30 }, (_, i) => `Item ${i + 1}: the army announced a new checkpoint.`).join('\n')}\n`
const BULK: FixtureDoc = {
  raw: { ...FIXTURES[0]!.raw, source: 'fixture:bulk', title: 'Weekly roundup', text: BULK_TEXT, content_hash: 'bulk-fixture-hash' },
  events: (id) =>
    Array.from({ length: 30 }, (_, i) =>
      event(id, i, {
        event_date: `2024-0${1 + (i % 3)}-${String(10 + (i % 15)).padStart(2, '0')}`,
        event_type: 'Strategic developments',
        sub_event_type: 'Headquarters or base established',
        actor1: 'Military Forces of Mali',
        location: 'Gao',
        latitude: 16.27 + i * 0.01,
        longitude: -0.04,
        geo_precision: 2,
        evidence: [span(BULK_TEXT, `Item ${i + 1}:`, 'type')],
      }),
    ),
}
const TOTAL = FIXTURES.reduce((n, d) => n + d.events('x').length, 0) + 30
const CLASH_ID = `${docIdFor(FIXTURES[0]!.raw.content_hash)}:0`

const reason = skipReason()

describe('browser: dashboard', { skip: reason ?? false }, () => {
  let hx: Harness
  before(async () => {
    hx = await startHarness(async (store) => ingestFixtures(store, [...FIXTURES, BULK]))
  })
  after(async () => hx?.close())

  const text = (page: Page, sel: string) => page.locator(sel).first().innerText()

  test('list: map, timeline and table load with every event', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    assert.equal(await text(page, '.table-status'), `1–25 of ${TOTAL} events`)
    assert.equal(await page.locator('table.events tbody tr').count(), 25)
    assert.match(await text(page, '.map-note'), new RegExp(`^${TOTAL} events on the map`))
    assert.match(await text(page, '.timeline-caption'), /dated events over \d+ weeks/)
    // The basemap's country polygons load from our own origin (no tiles, no network).
    await page.locator('.leaflet-overlay-pane canvas').waitFor()
    await screenshot(page, 'map-list')
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('filter: choosing a type updates the URL, the table and the map', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    await page.getByLabel('Event type', { exact: true }).selectOption('Protests')
    await page.waitForURL(/type=Protests/)
    await waitForList(page)
    assert.equal(await text(page, '.table-status'), '1–1 of 1 event')
    assert.equal(await text(page, 'table.events tbody tr .type-name'), 'Protests')
    assert.match(await text(page, '.map-note'), /^1 event on the map/)
    await page.goBack()
    await page.waitForURL((u) => !u.search.includes('type='))
    await waitForList(page)
    assert.equal(await text(page, '.table-status'), `1–25 of ${TOTAL} events`)
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('filter: a shared URL restores its filters (type, country, text)', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/?type=Battles&country=Mali&q=Tessalit`)
    await waitForList(page)
    assert.equal(await page.getByLabel('Event type', { exact: true }).inputValue(), 'Battles')
    assert.equal(await page.getByLabel('Country').inputValue(), 'Mali')
    assert.equal(await page.getByLabel('Search', { exact: true }).inputValue(), 'Tessalit')
    assert.equal(await text(page, '.table-status'), '1–1 of 1 event')
    await page.getByLabel('Search', { exact: true }).fill('')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL((u) => !u.search.includes('q='))
    await waitForList(page)
    assert.equal(await text(page, '.table-status'), '1–1 of 1 event')
    await page.close()
  })

  test('map: dense events are clustered; clicking a cluster zooms in', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    const badges = () => page.locator('.cluster-badge').allInnerTexts()
    const before = await badges()
    assert.ok(before.length > 0, 'the 30 events near Gao (and any other there) form clusters')
    const sum = before.reduce((n, t) => n + Number(t), 0)
    assert.ok(sum >= 30 && sum <= TOTAL, `cluster sizes ${before.join(',')}`)
    await page.locator('.leaflet-marker-icon.cluster').first().click()
    await until(async () => JSON.stringify(await badges()) !== JSON.stringify(before), 'the map to zoom in')
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('timeline: clicking a week filters to that week', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    const over = page.locator('.timeline-chart .u-over')
    await over.scrollIntoViewIfNeeded()
    const box = await over.boundingBox()
    assert.ok(box)
    // The last bar (week of Monday 2024-05-13) sits at the right end of the plot.
    await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2)
    await page.waitForURL(/since=2024-05-13&until=2024-05-19/)
    await waitForList(page)
    assert.equal(await page.getByLabel('From').inputValue(), '2024-05-13')
    assert.equal(await text(page, '.table-status'), '1–2 of 2 events')
    await page.close()
  })

  test('pagination: next page keeps the filters in the URL', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    await page.getByRole('link', { name: 'Next ›' }).click()
    await page.waitForURL(/page=2/)
    await waitForList(page)
    assert.equal(await text(page, '.table-status'), `26–${TOTAL} of ${TOTAL} events`)
    assert.equal(await text(page, '.page-no'), 'Page 2 of 2')
    await page.close()
  })

  test('detail: opening an event shows its fields and highlighted evidence', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/?type=Battles`)
    await waitForList(page)
    await page.locator('table.events tbody tr a').first().click()
    await page.waitForURL(/\/events\//)
    await waitForEvent(page)
    assert.equal(new URL(page.url()).pathname, `/events/${encodeURIComponent(CLASH_ID)}`)
    const field = (label: string) => page.locator('table.fields tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td').innerText()
    assert.equal(await field('Actor 1'), 'Northern Ridge Militia (actor page)')
    assert.equal(await field('Country'), 'Mali')
    assert.equal(await field('Fatalities'), '4')
    const mark = (f: string) => page.locator(`.doc-text mark[data-field~="${f}"]`)
    const cases: [string, string][] = [
      ['type', 'clashed'],
      ['actor1', 'Northern Ridge Militia'],
      ['actor2', 'Malian soldiers'],
      ['date', 'Saturday'],
      ['location', 'Tessalit'],
      ['fatalities', 'Four soldiers were killed'],
    ]
    for (const [f, expected] of cases) {
      assert.equal(await mark(f).allInnerTexts().then((t) => t.join('')), expected, `highlight ${f}`)
    }
    // Colour of the field (legend chip and highlight share it): actor1 is light blue #a5d8ff.
    const bg = await page.evaluate(
      `getComputedStyle(document.querySelector('.doc-text mark[data-field~="actor1"]')).backgroundColor`,
    )
    assert.equal(bg, 'rgb(165, 216, 255)')
    assert.match(await text(page, '.legend'), /Actor 1 \(1\)/)
    await screenshot(page, 'event-detail')
    // Actor values link to the list filtered on that actor.
    await page.locator('table.fields a', { hasText: 'Northern Ridge Militia' }).click()
    await page.waitForURL(/actor=Northern\+Ridge\+Militia/)
    await waitForList(page)
    assert.equal(await text(page, '.table-status'), '1–1 of 1 event')
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('detail: a deep link loads directly, and Back returns to the filtered list', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/?type=Battles`)
    await waitForList(page)
    await page.goto(`${hx.server.url}/events/${encodeURIComponent(CLASH_ID)}`)
    await waitForEvent(page)
    assert.match(await text(page, 'h1'), /Battles — Armed clash/)
    await page.goBack()
    await waitForList(page)
    assert.equal(await page.getByLabel('Event type', { exact: true }).inputValue(), 'Battles')
    await page.close()
  })

  test('layout: tablet width stacks the map above the table, detail stays readable', async () => {
    const page = await hx.newPage({ width: 768, height: 1024 })
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    const map = await page.locator('.map').boundingBox()
    const table = await page.locator('.list-panel').boundingBox()
    assert.ok(map && table && table.y >= map.y + map.height, 'table below map')
    assert.ok(map && map.width <= 768, 'map fits the width')
    await screenshot(page, 'map-list-tablet')
    await page.goto(`${hx.server.url}/events/${encodeURIComponent(CLASH_ID)}`)
    await waitForEvent(page)
    const width = await page.evaluate('document.documentElement.scrollWidth')
    assert.ok(Number(width) <= 768, `no horizontal scroll (${String(width)})`)
    await screenshot(page, 'event-detail-tablet')
    await page.close()
  })

  test('keyboard: links get a visible focus outline', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    await page.locator('table.events tbody tr a').first().focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')
    assert.notEqual(outline, 'none')
    await page.keyboard.press('Enter')
    await waitForEvent(page)
    await page.close()
  })
})

if (reason) test(`browser: dashboard skipped — ${reason}`, { skip: reason }, () => {})
