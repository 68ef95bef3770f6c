/**
 * @module
 * Timeline playback (`/playback?…filters…&at=YYYY-MM-DD`): the event map as it was known on a
 * day, to study how the picture of a crisis formed. A native range slider (a labelled
 * `input[type=range]`, so arrows, Page Up/Down and Home/End work) runs over the span of report
 * dates (`playback-span.ts`); each position asks the map aggregate with `known_by` = that day
 * (an event is known from its document's publication date, else its ingest time) and shows the
 * count known then. Play steps a day or a week at a time; the map keeps its frame, fitted once
 * to all matching events. The URL keeps `at` (replaceState), so a moment is a shareable link.
 */
import './playback.css'
import { aggregateMap, aggregateTimeline, listOutlets } from '../api.js'
import { h, replace } from '../dom.js'
import { type Filters, filterParams, filtersToSearch, readFilters } from '../filters.js'
import { eventHref } from '../format.js'
import { navigate } from '../router.js'
import { createMapView } from './map-view.js'
import {
  type ReportSpan, type Step, addDays, dayLabel, daysBetween, defaultStep, nextOffset, reportSpan,
  widenToToday,
} from './playback-span.js'

const TICK_MS = 700

export interface PlaybackView {
  readonly el: HTMLElement
  show(search: string): void
}

function filterSummary(filters: Filters): string {
  const parts = Object.entries(filters).map(([k, v]) => `${k.replace('_', ' ')}: ${v}`)
  return parts.length ? parts.join(' · ') : 'all events'
}

export function createPlaybackView(): PlaybackView {
  const map = createMapView({ onOpen: (id) => navigate(eventHref(id)) })
  const slider = h('input', {
    type: 'range', id: 'playback-at', min: 0, max: 0, step: 1, value: 0, disabled: true,
  })
  const dateOut = h('output', { for: 'playback-at', class: 'playback-date' }, '—')
  const play = h('button', { type: 'button', class: 'primary' }, 'Play')
  const stepSel = h(
    'select',
    { id: 'playback-step' },
    h('option', { value: 'day' }, 'a day'),
    h('option', { value: 'week' }, 'a week'),
  )
  const count = h('p', { class: 'playback-count', 'aria-live': 'polite' }, 'Loading…')
  const scope = h('p', { class: 'summary' })
  const el = h(
    'div',
    { class: 'page playback' },
    h('h1', {}, 'Playback'),
    h('p', { class: 'summary' },
      'The map as it was known on the day on the slider: each event appears on the day its ' +
      'report was published (or, for an undated document, when it was added).'),
    scope,
    h('div', { class: 'playback-controls' },
      play,
      h('div', { class: 'playback-slider' },
        h('label', { for: 'playback-at' }, 'Known by'), slider, dateOut),
      h('label', { class: 'playback-step' }, 'Step ', stepSel)),
    count,
    map.el,
  )

  let filters: Filters = {}
  let span: ReportSpan | null = null
  let total = 0
  let key: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let playing = false
  let seq = 0
  /** The day drawn last and its count, for the "+N since" note. */
  let prev: { day: string; known: number } | null = null

  const dayAt = (offset: number) => (span ? addDays(span.first, offset) : '')
  const today = () => new Date().toISOString().slice(0, 10)
  const knownParams = (day: string) => {
    const p = filterParams(filters)
    p.set('known_by', day)
    return p
  }

  /** Draws the map and the count for the slider's day; the URL keeps the day. */
  async function drawAt(): Promise<void> {
    const mine = ++seq
    const day = dayAt(Number(slider.value))
    dateOut.textContent = dayLabel(day)
    slider.setAttribute('aria-valuetext', dayLabel(day))
    if (location.pathname.startsWith('/playback')) {
      const q = new URLSearchParams(filtersToSearch(filters))
      q.set('at', day)
      history.replaceState(null, '', `/playback?${q.toString()}`)
    }
    const agg = await map.setFilters(knownParams(day), { fit: false })
    if (mine !== seq || agg === null) return
    el.dataset.known = String(agg.total)
    el.dataset.at = day
    const delta = prev && prev.day < day ? ` (+${agg.total - prev.known} since ${
      dayLabel(prev.day)})` : ''
    count.textContent = `${agg.total} of ${total} event${total === 1 ? '' : 's'} known by ${
      dayLabel(day)}${delta}`
    prev = { day, known: agg.total }
  }

  function setPlaying(on: boolean): void {
    playing = on
    play.textContent = on ? 'Pause' : 'Play'
    clearTimeout(timer)
    if (on) tick()
  }

  function tick(): void {
    if (!el.isConnected) return setPlaying(false)
    const max = Number(slider.max)
    if (Number(slider.value) >= max) slider.value = '0'
    const next = nextOffset(Number(slider.value), max, stepSel.value as Step)
    slider.value = String(next.offset)
    void drawAt().then(() => {
      if (!playing) return
      if (next.done) setPlaying(false)
      else timer = setTimeout(tick, TICK_MS)
    })
  }

  play.addEventListener('click', () => setPlaying(!playing))
  slider.addEventListener('input', () => {
    if (playing) setPlaying(false)
    void drawAt()
  })

  async function load(at: string | null): Promise<void> {
    const mine = ++seq
    slider.disabled = true
    el.dataset.ready = 'false'
    const params = filterParams(filters)
    try {
      // All matching events once: the frame of the map and the total.
      const [, timeline, outlets] = await Promise.all([
        map.setFilters(params),
        aggregateTimeline(params, 'month'),
        listOutlets(),
      ])
      if (mine !== seq) return
      total = timeline.total
      let s = reportSpan({ firstEventBucket: timeline.buckets[0]?.start ?? null, outlets,
        today: today() })
      const atEnd = await aggregateMap(knownParams(s.last), { zoom: 2 })
      s = widenToToday(s, atEnd.total, total, today())
      span = s
      const max = daysBetween(s.first, s.last)
      slider.max = String(max)
      const wanted = at && /^\d{4}-\d{2}-\d{2}$/.test(at) ? daysBetween(s.first, at) : max
      slider.value = String(Math.max(0, Math.min(max, wanted)))
      stepSel.value = defaultStep(s)
      slider.disabled = false
      await drawAt()
      el.dataset.first = s.first
      el.dataset.last = s.last
      el.dataset.ready = 'true'
    } catch (err) {
      if (mine === seq) count.textContent = `Could not load the playback: ${String(err)}`
    }
  }

  return {
    el,
    show(search) {
      // The list's "known by" day is the slider's own dimension: it becomes the starting day.
      const { known_by: knownBy, ...rest } = readFilters(search).filters
      const at = new URLSearchParams(search).get('at') ?? knownBy ?? null
      map.refresh()
      const next = filtersToSearch(rest)
      if (next === key) return
      key = next
      filters = rest
      prev = null
      setPlaying(false)
      replace(scope, 'Events: ', filterSummary(filters), ' · ',
        h('a', { href: `/${next}`, 'data-link': true }, 'open in the list'))
      void load(at)
    },
  }
}
