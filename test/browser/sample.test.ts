/**
 * @module
 * The dashboard on the bundled sample corpus (`examples/`), ingested through the real pipeline
 * (`ingestPath`: read → extract → store): every stored event is listed, filtering by a type the
 * sample contains matches the store's own count, and each highlight on an event's page is exactly
 * the text of one of its evidence spans. Skipped, with the reason, while the pipeline cannot load.
 * With FAULTLINE_SCREENSHOTS=1 it writes docs/screenshots/sample-*.png.
 */
import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import type { EventRecord } from '../../src/schema/event.js'
import type { Store } from '../../src/store/store.js'
import { type Harness, screenshot, skipReason, startHarness, waitForEvent, waitForList } from './_harness.js'

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url))

type IngestPath = (store: Store, path: string) => Promise<unknown>
let ingestPath: IngestPath | null = null
let pipelineError = ''
try {
  ingestPath = ((await import('../../src/pipeline.js')) as { ingestPath: IngestPath }).ingestPath
} catch (err) {
  pipelineError = `pipeline not loadable yet (${String(err).split('\n')[0]})`
}

const reason = skipReason() ?? (ingestPath ? null : pipelineError)

describe('browser: sample corpus', { skip: reason ?? false }, () => {
  let hx: Harness
  let all: EventRecord[] = []
  before(async () => {
    hx = await startHarness(async (store) => {
      for (const name of readdirSync(EXAMPLES).sort()) {
        if (/\.(txt|md|html?|pdf)$/i.test(name)) await ingestPath?.(store, EXAMPLES + name)
      }
    })
    all = (await hx.store.listEvents({}, { limit: 1000, offset: 0 })).items
  })
  after(async () => hx?.close())

  test('sample: every stored event is listed', async () => {
    assert.ok(all.length > 0, 'the sample corpus yields events')
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    const n = all.length
    assert.equal(await page.locator('.table-status').innerText(), `1–${Math.min(n, 25)} of ${n} event${n === 1 ? '' : 's'}`)
    await screenshot(page, 'sample-map-list')
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('sample: filtering by type matches the store', async () => {
    const type = all[0]!.event_type
    const expected = all.filter((e) => e.event_type === type).length
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    await page.getByLabel('Event type', { exact: true }).selectOption(type)
    await page.waitForURL(/type=/)
    await waitForList(page)
    assert.equal(await page.locator('table.events tbody tr').count(), Math.min(expected, 25))
    await page.close()
  })

  test('sample: each highlight is the text of one of the event’s evidence spans', async () => {
    const withEvidence = all.find((e) => e.evidence.length >= 3) ?? all[0]!
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/events/${encodeURIComponent(withEvidence.event_id)}`)
    await waitForEvent(page)
    const marks = await page.locator('.doc-text mark.evidence').evaluateAll((els) =>
      els.map((el) => ({ text: el.textContent ?? '', fields: el.getAttribute('data-field') ?? '' })),
    )
    assert.ok(marks.length > 0, 'some evidence is highlighted')
    for (const m of marks) {
      const field = m.fields.split(' ')[0]
      const owner = withEvidence.evidence.find((s) => (s.field ?? 'other') === field && s.text.includes(m.text))
      assert.ok(owner, `highlight '${m.text}' (${m.fields}) belongs to an evidence span`)
    }
    const highlighted = new Set(marks.flatMap((m) => m.fields.split(' ')))
    for (const s of withEvidence.evidence) assert.ok(highlighted.has(s.field ?? 'other'), `field ${s.field} highlighted`)
    assert.equal(await page.locator('.warn').count(), 0, 'spans match the stored text')
    await screenshot(page, 'sample-event-detail')
    await page.close()
  })
})

if (reason) test(`browser: sample corpus skipped — ${reason}`, { skip: reason }, () => {})
