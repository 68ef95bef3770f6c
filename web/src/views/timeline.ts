/**
 * @module
 * Events per week, stacked by event type, drawn on a canvas (a few hundred bars at most; no
 * charting dependency needed for this). Weeks start on Monday (UTC); empty weeks between the
 * first and last event are kept so gaps are visible. Undated events are counted in the caption.
 */
import type { EventRecord } from '../api.js'
import { EVENT_TYPE_LIST, typeColor } from '../colors.js'
import { h } from '../dom.js'

const DAY = 86_400_000
const MAX_WEEKS = 520

export interface WeeklyCounts {
  /** Monday of each week, YYYY-MM-DD. */
  readonly weeks: string[]
  /** counts[type][i] = events of that type in weeks[i]. */
  readonly counts: Record<string, number[]>
  /** Sum of fatalities per week. */
  readonly fatalities: number[]
  readonly undated: number
}

function mondayOf(date: string): number {
  const t = Date.parse(`${date}T00:00:00Z`)
  const dow = (new Date(t).getUTCDay() + 6) % 7
  return t - dow * DAY
}

/** Bins dated events by week. Pure. */
export function weeklyCounts(events: readonly EventRecord[]): WeeklyCounts {
  const dated = events.filter((e) => e.event_date && !Number.isNaN(Date.parse(e.event_date)))
  const undated = events.length - dated.length
  const counts: Record<string, number[]> = {}
  if (dated.length === 0) return { weeks: [], counts, fatalities: [], undated }
  const mondays = dated.map((e) => mondayOf(e.event_date as string))
  const last = Math.max(...mondays)
  const first = Math.max(Math.min(...mondays), last - (MAX_WEEKS - 1) * 7 * DAY)
  const n = Math.round((last - first) / (7 * DAY)) + 1
  const weeks = Array.from({ length: n }, (_, i) =>
    new Date(first + i * 7 * DAY).toISOString().slice(0, 10),
  )
  const fatalities = new Array<number>(n).fill(0)
  dated.forEach((e, i) => {
    const idx = Math.round(((mondays[i] as number) - first) / (7 * DAY))
    if (idx < 0) return
    const row = (counts[e.event_type] ??= new Array<number>(n).fill(0))
    row[idx] = (row[idx] ?? 0) + 1
    fatalities[idx] = (fatalities[idx] ?? 0) + e.fatalities
  })
  return { weeks, counts, fatalities, undated }
}

export interface TimelineView {
  readonly el: HTMLElement
  setEvents(events: readonly EventRecord[]): void
}

/** `onPickWeek` receives the Monday of a clicked week (YYYY-MM-DD). */
export function createTimeline(onPickWeek: (monday: string) => void): TimelineView {
  const canvas = h('canvas', { class: 'timeline-canvas', role: 'img' })
  const caption = h('p', { class: 'timeline-caption' })
  const el = h(
    'section',
    { class: 'timeline', 'aria-label': 'Timeline' },
    h('h2', { class: 'panel-title' }, 'Events per week (bars) and fatalities (line, † right axis)'),
    canvas,
    caption,
  )
  let data: WeeklyCounts = { weeks: [], counts: {}, fatalities: [], undated: 0 }
  const pad = { l: 28, r: 34, t: 8, b: 20 }
  canvas.addEventListener('click', (ev) => {
    const n = data.weeks.length
    if (n === 0) return
    const plotW = canvas.clientWidth - pad.l - pad.r
    const i = Math.floor(((ev.offsetX - pad.l) / plotW) * n)
    const week = data.weeks[i]
    if (week) onPickWeek(week)
  })

  function draw(): void {
    const width = canvas.clientWidth || 600
    const height = canvas.clientHeight || 120
    const dpr = window.devicePixelRatio || 1
    canvas.width = Math.round(width * dpr)
    canvas.height = Math.round(height * dpr)
    const ctx = canvas.getContext('2d')
    if (!ctx) return
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    ctx.clearRect(0, 0, width, height)
    const { weeks, counts } = data
    const totals = weeks.map((_, i) =>
      EVENT_TYPE_LIST.reduce((s, t) => s + (counts[t]?.[i] ?? 0), 0),
    )
    const max = Math.max(1, ...totals)
    const plotW = width - pad.l - pad.r
    const plotH = height - pad.t - pad.b
    ctx.font = '11px system-ui, sans-serif'
    ctx.fillStyle = '#444'
    ctx.strokeStyle = '#ccc'
    ctx.beginPath()
    ctx.moveTo(pad.l, pad.t + plotH + 0.5)
    ctx.lineTo(pad.l + plotW, pad.t + plotH + 0.5)
    ctx.stroke()
    ctx.textAlign = 'right'
    ctx.fillText(String(max), pad.l - 4, pad.t + 9)
    ctx.fillText('0', pad.l - 4, pad.t + plotH)
    if (weeks.length === 0) return
    const bw = plotW / weeks.length
    weeks.forEach((_, i) => {
      let y = pad.t + plotH
      for (const t of EVENT_TYPE_LIST) {
        const c = counts[t]?.[i] ?? 0
        if (!c) continue
        const bh = (c / max) * plotH
        ctx.fillStyle = typeColor(t)
        ctx.fillRect(pad.l + i * bw + (bw > 4 ? 1 : 0), y - bh, Math.max(1, bw - (bw > 4 ? 2 : 0)), bh)
        y -= bh
      }
    })
    // Fatalities per week: a line on its own scale (right axis).
    const fat = data.fatalities
    const fmax = Math.max(1, ...fat)
    ctx.strokeStyle = '#1b1f24'
    ctx.lineWidth = 1.5
    ctx.beginPath()
    fat.forEach((f, i) => {
      const x = pad.l + (i + 0.5) * bw
      const y = pad.t + plotH - (f / fmax) * plotH
      if (i === 0) ctx.moveTo(x, y)
      else ctx.lineTo(x, y)
    })
    ctx.stroke()
    ctx.fillStyle = '#1b1f24'
    ctx.textAlign = 'left'
    ctx.fillText(`${fmax}†`, pad.l + plotW + 4, pad.t + 9)
    ctx.fillStyle = '#444'
    ctx.textAlign = 'left'
    ctx.fillText(weeks[0] as string, pad.l, height - 5)
    if (weeks.length > 1) {
      ctx.textAlign = 'right'
      ctx.fillText(weeks[weeks.length - 1] as string, pad.l + plotW, height - 5)
    }
  }

  new ResizeObserver(() => draw()).observe(canvas)

  return {
    el,
    setEvents(events) {
      data = weeklyCounts(events)
      const dated = events.length - data.undated
      const span = data.weeks.length
      const text =
        `${dated} dated event${dated === 1 ? '' : 's'} over ${span} week${span === 1 ? '' : 's'}` +
        (data.undated ? `; ${data.undated} undated not shown` : '')
      caption.textContent = data.weeks.length > 1 ? `${text}. Click a week to show only it.` : text
      canvas.setAttribute('aria-label', `Bar chart: ${text}`)
      draw()
    },
  }
}
