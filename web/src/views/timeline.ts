/**
 * @module
 * The timeline: events per week or month stacked by event type (bars) with fatalities as a line on
 * a right-hand axis, drawn by uPlot from the server's timeline aggregate. Drag across it to set the
 * date filter to the buckets brushed (the map and table follow through the URL); a click picks one
 * bucket; the From/To inputs of the filter bar do the same from the keyboard. Week/month toggles.
 */
import './pages.css'
import 'uplot/dist/uPlot.min.css'
import uPlot from 'uplot'
import { type TimelineAggregate, aggregateTimeline } from '../api.js'
import { typeColor } from '../colors.js'
import { h } from '../dom.js'
import { describe, rangeOf, stackSeries } from './timeline-data.js'

export interface TimelineView {
  readonly el: HTMLElement
  /** Loads the series for these filters (API query parameters); resolves once drawn. */
  setFilters(params: URLSearchParams): Promise<void>
}

type Bucket = 'auto' | 'week' | 'month'
const HEIGHT = 150

export function createTimeline(onRange: (since: string, until: string) => void): TimelineView {
  const host = h('div', { class: 'timeline-chart', role: 'img' })
  const caption = h('p', { class: 'timeline-caption', 'aria-live': 'polite' })
  const toggle = (b: Bucket, label: string) =>
    h('button', { type: 'button', class: 'seg', 'data-bucket': b, 'aria-pressed': 'false',
      onclick: () => void choose(b) }, label)
  const buttons = [toggle('auto', 'Auto'), toggle('week', 'Weeks'), toggle('month', 'Months')]
  const el = h(
    'section',
    { class: 'timeline', 'aria-label': 'Timeline' },
    h('div', { class: 'timeline-head' },
      h('h2', { class: 'panel-title' }, 'Events (bars, by type) and fatalities (line, right axis)'),
      h('div', { class: 'segmented', role: 'group', 'aria-label': 'Time buckets' }, ...buttons)),
    host,
    caption,
  )
  let bucket: Bucket = 'auto'
  let params = new URLSearchParams()
  let agg: TimelineAggregate | null = null
  let plot: uPlot | null = null
  let ctl: AbortController | null = null

  function build(a: TimelineAggregate): void {
    plot?.destroy()
    plot = null
    if (a.buckets.length === 0) return
    const s = stackSeries(a)
    const bars = uPlot.paths.bars?.({ size: [0.86, 40], align: 0 })
    // Half a bucket of room each side so the first and last bars are whole and clickable.
    const half = (a.bucket === 'week' ? 7 : 30.4) * 43_200
    const unit = a.bucket
    const opts: uPlot.Options = {
      width: Math.max(280, host.clientWidth || 600),
      height: HEIGHT,
      legend: { show: true, live: true },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      scales: {
        x: { time: true, range: (_u, min, max) => [min - half, max + half] },
        n: { range: (_u, _min, max) => [0, Math.max(1, max)] },
        f: { range: (_u, _min, max) => [0, Math.max(1, max)] },
      },
      axes: [
        { stroke: '#444', grid: { stroke: '#eee' } },
        { scale: 'n', stroke: '#444', size: 36, grid: { stroke: '#eee' } },
        { scale: 'f', side: 1, stroke: '#1b1f24', size: 40, grid: { show: false } },
      ],
      series: [
        { label: unit === 'week' ? 'Week of' : 'Month',
          value: (_u, v) => (v === null ? '—' : new Date(v * 1000).toISOString().slice(0, 10)) },
        ...s.types.map((t, i): uPlot.Series => ({
          label: t,
          scale: 'n',
          fill: typeColor(t),
          stroke: typeColor(t),
          width: 0,
          paths: bars,
          points: { show: false },
          value: (_u, _v, _si, idx) => (idx === null ? '—' : String(s.raw[i]?.[idx] ?? 0)),
        })),
        { label: 'Fatalities', scale: 'f', stroke: '#1b1f24', width: 1.5 },
      ],
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 3 || !agg) return
          const from = u.posToVal(u.select.left, 'x')
          const to = u.posToVal(u.select.left + u.select.width, 'x')
          const r = rangeOf(agg, from, to)
          u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false)
          if (r) onRange(r.since, r.until)
        }],
      },
    }
    plot = new uPlot(opts, s.data as uPlot.AlignedData, host)
    plot.over.addEventListener('click', () => {
      const idx = plot?.cursor.idx
      const b = idx === null || idx === undefined ? undefined : agg?.buckets[idx]
      if (b && (plot?.select.width ?? 0) < 3) onRange(b.start, b.end)
    })
  }

  async function load(): Promise<void> {
    ctl?.abort()
    const mine = (ctl = new AbortController())
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.bucket === bucket))
    try {
      const a = await aggregateTimeline(params, bucket, mine.signal)
      if (mine.signal.aborted) return
      agg = a
      const text = describe(a)
      caption.textContent = a.buckets.length > 1
        ? `${text}. Drag across the chart, or click a bar, to show only those dates.`
        : text
      host.setAttribute('aria-label', `Chart: ${text}`)
      build(a)
      el.dataset.bucket = a.bucket
    } catch (err) {
      if (!mine.signal.aborted) caption.textContent = `Could not load the timeline: ${String(err)}`
    }
  }

  async function choose(b: Bucket): Promise<void> {
    bucket = b
    await load()
  }

  new ResizeObserver(() => {
    if (plot && host.clientWidth > 0) plot.setSize({ width: host.clientWidth, height: HEIGHT })
  }).observe(host)

  return {
    el,
    async setFilters(next) {
      params = next
      await load()
    },
  }
}
