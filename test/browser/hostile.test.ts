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
import { type Harness, skipReason, startHarness, waitForEvent, waitForList } from './_harness.js'

const HOSTILE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>Clashes near Ansongo &lt;script&gt;window.__pwned=10&lt;/script&gt;</title>
<script>window.__pwned = 11</script>
</head><body><article>
<h1>Clashes near Ansongo</h1>
<p>Gunmen clashed with soldiers near Ansongo on Tuesday. <a href="javascript:window.__pwned=12">Read more</a></p>
<p onclick="window.__pwned=13">Three soldiers were killed, the army said. &lt;script&gt;window.__pwned=14&lt;/script&gt;</p>
<img src="x" onerror="window.__pwned=15">
</article></body></html>`

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
    // Hover every marker so each tooltip (built from actor/place strings) is rendered.
    const box = await page.locator('.map').boundingBox()
    assert.ok(box)
    for (let x = 0; x < box.width; x += 12) {
      for (let y = 0; y < box.height; y += 12) await page.mouse.move(box.x + x, box.y + y)
    }
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
