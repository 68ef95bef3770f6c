/**
 * @module
 * A hostile article must not run in the dashboard. Two documents: the hand-written text fixture
 * whose body, title, outlet and actor carry `<script>`, an `onerror` handler and `javascript:`
 * links (stored verbatim, as a plain-text ingest would keep them), and an HTML page read through
 * the real HTML ingest. After viewing the list, the map tooltips and each event's detail, and
 * clicking the highlighted link text, `window.__pwned` is still undefined, the markup is visible
 * as text, and no `<script>`, inline handler or `javascript:` link exists in the page.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { DASHBOARD_CSP } from '../../src/api/static.js'
import { docIdFor, readDocument } from '../../src/ingest/index.js'
import { FIXTURES, HOSTILE_TEXT, event, span } from './_fixtures.js'
import { type Harness, screenshot, skipReason, startHarness, waitForEvent, waitForList } from './_harness.js'

const HOSTILE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>Clashes near Ansongo &lt;script&gt;window.__pwned=10&lt;/script&gt;</title>
<script>window.__pwned = 11</script>
</head><body><article>
<h1>Clashes near Ansongo</h1>
<p>Gunmen clashed with soldiers near Ansongo on Tuesday. <a href="javascript:window.__pwned=12">Read more</a></p>
<p onclick="window.__pwned=13">Three soldiers were killed, the army said. &lt;script&gt;window.__pwned=14&lt;/script&gt;</p>
<img src="x" onerror="window.__pwned=15">
</article></body></html>`

/** Coordinates of the two hostile events (text fixture, HTML ingest). */
const MARKERS: [number, number][] = [
  [15.92, 2.4],
  [15.66, 0.5],
]

const reason = skipReason()

describe('browser: hostile documents', { skip: reason ?? false }, () => {
  let hx: Harness
  let dir = ''
  let textEventId = ''
  let htmlEventId = ''
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faultline-hostile-'))
    const path = join(dir, 'hostile.html')
    writeFileSync(path, HOSTILE_HTML)
    hx = await startHarness(async (store) => {
      const hostile = FIXTURES[3]!
      const textId = docIdFor(hostile.raw.content_hash)
      await store.ingest(hostile.raw, textId, hostile.events(textId))
      textEventId = `${textId}:0`
      const raw = await readDocument(path)
      const htmlId = docIdFor(raw.content_hash)
      const needle = raw.text.includes('Read more') ? 'Read more' : raw.text.slice(0, 10)
      const evidence = [span(raw.text, needle, 'date')]
      if (raw.text.includes('<script>')) evidence.push(span(raw.text, '<script>', 'fatalities'))
      await store.ingest(raw, htmlId, [
        event(htmlId, 0, { actor1: 'Unidentified Armed Group (Mali)', location: 'Ansongo', latitude: 15.66, longitude: 0.5, evidence }),
      ])
      htmlEventId = `${htmlId}:0`
    })
  })
  after(async () => {
    await hx?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  async function assertInert(page: Page, where: string): Promise<void> {
    assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined', `${where}: a script ran`)
    assert.equal(await page.locator('main script, .leaflet-container script').count(), 0, `${where}: script element`)
    assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, `${where}: javascript: link`)
    assert.equal(await page.locator('[onerror], [onclick], [onmouseover]').count(), 0, `${where}: inline handler`)
    assert.equal(await page.locator('main img').count(), 0, `${where}: injected img`)
  }

  test('hostile: the page is served with a strict CSP', async () => {
    const res = await fetch(`${hx.server.url}/events/x`)
    assert.equal(res.headers.get('content-security-policy'), DASHBOARD_CSP)
  })

  test('hostile: list and map show hostile names as text', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    assert.match(await page.locator('table.events').innerText(), /<script>window\.__pwned=7<\/script>Armed men/)
    // Hover each marker so its tooltip (built from actor/place strings) is rendered. The map fits
    // both events at its max fit zoom (7), centred on the middle of their projected bounds.
    const box = await page.locator('.map').boundingBox()
    assert.ok(box)
    const project = ([lat, lon]: [number, number]) => {
      const scale = 256 * 2 ** 7
      const r = (lat * Math.PI) / 180
      return [(scale * (lon + 180)) / 360, (scale * (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI)) / 2] as const
    }
    const points = MARKERS.map(project)
    const cx = (Math.min(...points.map((p) => p[0])) + Math.max(...points.map((p) => p[0]))) / 2
    const cy = (Math.min(...points.map((p) => p[1])) + Math.max(...points.map((p) => p[1]))) / 2
    let shown = 0
    let tips = ''
    for (const [x, y] of points) {
      await page.mouse.move(box.x + box.width / 2 + (x - cx), box.y + box.height / 2 + (y - cy))
      // a busy machine may draw the tooltip a moment after the hover
      await page.locator('.leaflet-tooltip').first().waitFor({ timeout: 3000 }).catch(() => {})
      shown += await page.locator('.leaflet-tooltip').count()
      tips += await page.locator('.leaflet-tooltip').allInnerTexts().then((t) => t.join('\n'))
      await page.mouse.move(box.x + 2, box.y + box.height - 2)
    }
    assert.ok(shown >= MARKERS.length, `every marker showed its tooltip (${shown})`)
    assert.match(tips, /<script>window\.__pwned=7<\/script>Armed men/, 'tooltip shows the name as text')
    await assertInert(page, 'list')
    await page.close()
  })

  test('hostile: text document detail shows the markup literally and runs nothing', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/events/${encodeURIComponent(textEventId)}`)
    await waitForEvent(page)
    const docText = await page.locator('.doc-text').innerText()
    assert.equal(docText.trim(), HOSTILE_TEXT.trim(), 'the whole text, verbatim')
    assert.ok(docText.includes('<script>window.__pwned=1</script>'), 'script shown as text')
    assert.ok(docText.includes('<a href="javascript:window.__pwned=2">'), 'link shown as text')
    assert.equal(await page.locator('.doc-text mark[data-field~="location"]').innerText(), '<script>window.__pwned=1</script>')
    assert.match(await page.locator('#doc-title').innerText(), /<img src=x onerror=/)
    assert.match(await page.locator('.doc-meta').innerText(), /<b onmouseover=/)
    await screenshot(page, 'hostile-detail')
    // Overlapping spans: 'Armed men' is actor1 inside the type span; the inner field colours it.
    const overlap = page.locator('.doc-text mark[data-field="actor1 type"]')
    assert.equal(await overlap.innerText(), 'Armed men')
    assert.equal(await page.locator('.doc-text mark[data-field="type"]').innerText(), ' attacked herders')
    await page.locator('.doc-text mark[data-field~="date"]').click()
    await page.locator('.doc-text mark[data-field~="location"]').dblclick()
    await assertInert(page, 'text detail')
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('hostile: HTML document through the real ingest runs nothing', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/events/${encodeURIComponent(htmlEventId)}`)
    await waitForEvent(page)
    assert.match(await page.locator('.doc-text').innerText(), /Gunmen clashed with soldiers near Ansongo/)
    await page.locator('.doc-text mark').first().click()
    await assertInert(page, 'html detail')
    assert.deepEqual(page.errors, [])
    await page.close()
  })
})

if (reason) test(`browser: hostile documents skipped — ${reason}`, { skip: reason }, () => {})
