/**
 * @module
 * Timeline playback (`/playback`) in chromium over six invented dispatches published on different
 * days of June 2024: at the start of the slider fewer events are known (count and map points)
 * than at its end; the slider is a labelled native range driven by the keyboard; Play steps to
 * the end and stops; `at` in the URL is kept; the nav link carries the list's filters; the page
 * fits a tablet; the list's "Known by" field filters the table the same way and hands its day to
 * the playback as the starting position. With FAULTLINE_SCREENSHOTS=1 it writes docs/screenshots/playback.png. The pure
 * span arithmetic (`web/src/views/playback-span.ts`) is tested first, without a browser.
 */
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { contentHash } from '../../src/ingest/index.js'
import type { EventRecord } from '../../src/schema/event.js'
import {
  addDays, daysBetween, defaultStep, nextOffset, reportSpan, widenToToday,
} from '../../web/src/views/playback-span.js'
import { event, ingestFixtures, span, type FixtureDoc } from './_fixtures.js'
import { type Harness, screenshot, skipReason, startHarness, waitForList } from './_harness.js'

describe('playback span (pure)', () => {
  test('span, widening and steps', () => {
    const outlets = [
      { first_published: '2024-06-02', last_published: '2024-06-20' },
      { first_published: null, last_published: null },
    ]
    const s = reportSpan({ firstEventBucket: '2024-05-01', outlets, today: '2026-01-01' })
    assert.deepEqual(s, { first: '2024-06-01', last: '2024-06-20' }, 'outlet dates bound it')
    const old = reportSpan({ firstEventBucket: '2024-06-10', outlets, today: '2026-01-01' })
    assert.equal(old.first, '2024-06-09', 'no report before the first event')
    const none = reportSpan({ firstEventBucket: null, outlets: [], today: '2026-01-01' })
    assert.deepEqual(none, { first: '2025-12-31', last: '2026-01-01' }, 'nothing dated')
    assert.equal(widenToToday(s, 5, 6, '2026-01-01').last, '2026-01-01', 'undated docs known later')
    assert.equal(widenToToday(s, 6, 6, '2026-01-01').last, '2024-06-20', 'all known by the end')
    assert.equal(defaultStep(s), 'day')
    assert.equal(defaultStep({ first: '2023-01-01', last: '2024-01-01' }), 'week')
    assert.equal(addDays('2024-02-28', 2), '2024-03-01')
    assert.equal(daysBetween('2024-06-02', '2024-06-20'), 18)
    assert.deepEqual(nextOffset(10, 18, 'week'), { offset: 17, done: false })
    assert.deepEqual(nextOffset(17, 18, 'week'), { offset: 18, done: true })
  })
})

/** An invented dispatch published on `published`, one or two events in it. */
function dispatch(published: string, text: string, evs: Partial<EventRecord>[]): FixtureDoc {
  return {
    raw: {
      source: `fixture:playback-${published}`, text, title: text.split('\n')[0] ?? null,
      outlet: 'Playback Wire', author: null, published_at: published, language: 'en',
      format: 'txt', content_hash: contentHash(text),
    },
    events: (id) => evs.map((e, i) =>
      event(id, i, { evidence: [span(text, text.split(' ')[0] ?? '', 'type')], ...e })),
  }
}

const FATAL = { event_type: 'Battles' as const, sub_event_type: 'Armed clash', fatalities: 3 }
const DOCS = [
  dispatch('2024-06-02', 'Shots near Anefis\n\nGunfire was heard near Anefis overnight.', [
    { ...FATAL, event_date: '2024-06-01', location: 'Anefis', latitude: 18.05, longitude: 0.6 },
  ]),
  dispatch('2024-06-05', 'Clash at Ber\n\nTwo armed groups fought near Ber on Tuesday.', [
    { ...FATAL, event_date: '2024-06-04', location: 'Ber', latitude: 16.3, longitude: -3.5 },
  ]),
  dispatch('2024-06-09', 'Market raid near Ansongo\n\nRaiders looted a market near Ansongo.', [
    { event_type: 'Violence against civilians', sub_event_type: 'Attack', event_date: '2024-06-08',
      location: 'Ansongo', latitude: 15.66, longitude: 0.5, fatalities: 1 },
    { ...FATAL, event_date: '2024-06-08', location: 'Bourem', latitude: 16.95, longitude: -0.35 },
  ]),
  dispatch('2024-06-13', 'Blast near Dori\n\nA mine exploded under a truck near Dori.', [
    { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED',
      event_date: '2024-06-12', country: 'Burkina Faso', location: 'Dori', latitude: 14.03,
      longitude: -0.03, fatalities: 6 },
  ]),
  dispatch('2024-06-17', 'March in Tillaberi\n\nResidents marched in Tillaberi on Sunday.', [
    { event_type: 'Protests', sub_event_type: 'Peaceful protest', event_date: '2024-06-16',
      country: 'Niger', location: 'Tillaberi', latitude: 14.21, longitude: 1.45 },
  ]),
  dispatch('2024-06-20', 'Ambush near Menaka\n\nA convoy was ambushed east of Menaka.', [
    { ...FATAL, event_date: '2024-06-19', location: 'Menaka', latitude: 15.9, longitude: 2.6,
      fatalities: 9 },
  ]),
]

const reason = skipReason()
const TABLET = { width: 820, height: 1180 }

describe('browser: playback', { skip: reason ?? false }, () => {
  let hx: Harness
  before(async () => {
    hx = await startHarness((store) => ingestFixtures(store, DOCS))
  })
  after(async () => hx?.close())

  const ready = (page: Page) => page.waitForSelector('.playback[data-ready="true"]')
  const state = async (page: Page) => {
    const pb = page.locator('.playback')
    const points = await page.locator('.playback .map-panel').getAttribute('data-points')
    return {
      at: await pb.getAttribute('data-at'),
      known: Number(await pb.getAttribute('data-known')),
      points: Number(points),
      text: (await page.locator('.playback-count').textContent()) ?? '',
    }
  }
  /** Waits for the map and count of `day`. */
  const settled = (page: Page, day: string) =>
    page.waitForSelector(`.playback[data-at="${day}"][data-known]`)

  test('an early day shows fewer events than the end; keyboard, play and URL', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await page.getByRole('link', { name: 'Playback' }).click()
    await ready(page)
    const pb = page.locator('.playback')
    assert.equal(await pb.getAttribute('data-first'), '2024-06-01')
    assert.equal(await pb.getAttribute('data-last'), '2024-06-20')
    const end = await state(page)
    assert.equal(end.at, '2024-06-20', 'starts at the end')
    assert.equal(end.known, 7)
    assert.equal(end.points, 7, 'every event a point on the map')
    assert.match(end.text, /^7 of 7 events known by/)

    const slider = page.getByLabel('Known by')
    await slider.focus()
    await page.keyboard.press('Home')
    await settled(page, '2024-06-01')
    assert.equal((await state(page)).known, 0, 'nothing reported the day before')
    await page.keyboard.press('ArrowRight')
    await settled(page, '2024-06-02')
    const early = await state(page)
    assert.equal(early.known, 1, 'only the first dispatch')
    assert.equal(early.points, 1)
    assert.ok(early.points < end.points && early.known < end.known, 'fewer at the start')
    assert.match(early.text, /^1 of 7 events known by Sun, 2 Jun 2024 \(\+1 since Sat, 1 Jun/)
    assert.match(page.url(), /\/playback\?at=2024-06-02$/)

    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight')
    await settled(page, '2024-06-09')
    assert.equal((await state(page)).known, 4, 'three dispatches by 9 June')
    await screenshot(page, 'playback')

    await page.keyboard.press('End')
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft')
    await settled(page, '2024-06-17')
    await page.getByRole('button', { name: 'Play' }).click()
    await settled(page, '2024-06-20')
    await page.getByRole('button', { name: 'Play' }).waitFor()
    assert.equal((await state(page)).known, 7, 'play reached the end and stopped')

    await page.goto(`${hx.server.url}/playback?at=2024-06-13`)
    await ready(page)
    assert.equal((await state(page)).known, 5, 'at= from the URL')
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('carries the list filters; fits a tablet', async () => {
    const page = await hx.newPage(TABLET)
    await page.goto(`${hx.server.url}/?country=Niger&page=1`)
    await page.getByRole('link', { name: 'Playback' }).click()
    await ready(page)
    assert.match(page.url(), /\/playback\?country=Niger&at=2024-06-20$/)
    assert.match((await state(page)).text, /^1 of 1 event known by/)
    await page.goto(`${hx.server.url}/playback?at=2024-06-09`)
    await ready(page)
    const fits = await page.evaluate<boolean>(
      'document.documentElement.scrollWidth <= window.innerWidth + 1')
    assert.ok(fits, 'no sideways scrolling at tablet width')
    assert.ok(await page.getByLabel('Known by').isVisible())
    assert.deepEqual(page.errors, [])
    await page.close()
  })

  test('the list\'s "Known by" field: fewer rows, kept in the URL, the playback starts there', async () => {
    const page = await hx.newPage()
    await page.goto(`${hx.server.url}/`)
    await waitForList(page)
    const status = () => page.locator('.table-status').first().innerText()
    assert.equal(await status(), '1–7 of 7 events')
    await page.locator('#f-known_by').fill('2024-06-09')
    await page.waitForURL(/known_by=2024-06-09/)
    await waitForList(page)
    assert.equal(await status(), '1–4 of 4 events', 'three dispatches by 9 June')
    await page.getByRole('link', { name: 'Playback' }).click()
    await ready(page)
    await settled(page, '2024-06-09')
    assert.equal((await state(page)).known, 4)
    assert.doesNotMatch(page.url(), /known_by/, 'the slider owns the day')
    assert.deepEqual(page.errors, [])
    await page.close()
  })
})
