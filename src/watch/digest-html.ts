/**
 * @module
 * A digest as one self-contained HTML page: the content of `digest-md.ts` with a small inline
 * SVG map of the alerts (`map-svg.ts`) and inline CSS; no script, no external resource, so it can
 * be mailed or archived as is. Every value is escaped (`xml-escape.ts`).
 */
import type { Digest, DigestItem } from './digest-data.js'
import { changeText, headline, tollText } from './describe.js'
import { mapSvg } from './map-svg.js'
import { escapeXml as h } from './xml-escape.js'

const CSS = [
  'body{font:15px/1.45 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;',
  'color:#1d2731}h2{font-size:1.1rem;margin-top:2rem}figure{margin:1rem 0}',
  'dl{display:grid;grid-template-columns:8rem 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}',
  'blockquote{margin:.5rem 0;padding:.2rem .8rem;border-left:3px solid #c0392b;background:#f7f7f7}',
  '.meta{color:#5a6570}a{color:#1f5f99}',
].join('')

const day = (iso: string) => iso.slice(0, 10)
const lastDay = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10)
const link = (href: string, text: string) => `<a href="${h(href)}">${h(text)}</a>`

function item(it: DigestItem, n: number): string {
  const s = it.alert.state
  const where = [s.location, s.admin1, s.country].filter((p) => p !== '').join(', ')
  const rows: [string, string][] = [
    ['What', h(`${s.event_type}, ${tollText(s)}`)],
    ['Where', h(where || 'unknown')],
    ['Who', h(s.perpetrator || 'not named')],
    ['When', h(s.date ?? 'unknown')],
    ['Sources',
      h(`${s.reports} report(s), ${s.outlets.length} outlet(s): ${s.outlets.join(', ')}`)],
    ['Alert', h(`${changeText(it.alert)} (first ${day(it.alert.first_at)})`)],
    ...it.disagreements.map((d): [string, string] =>
      [`Claims on ${h(d.field)}`, h(d.claims.map(([o, v]) => `${o}: ${v}`).join('; '))]),
  ]
  const quotes = it.quotes.map((q) => `<blockquote>${h(q.text)}<br><span class="meta">— ` +
    `${h(q.outlet ?? 'unknown outlet')}` +
    `${q.fields.length === 0 ? '' : ` · for ${h(q.fields.join(', '))}`}` +
    ` (${link(q.link, 'event')}` +
    `${q.source === null ? '' : `, ${link(q.source, 'source')}`})</span></blockquote>`)
  return `<section><h2>${n}. ${link(it.link, headline(s))}</h2><dl>` +
    rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('') + '</dl>' +
    (quotes.length > 0 ? `<h3>Evidence</h3>${quotes.join('')}` : '') + '</section>'
}

/** The digest as a self-contained HTML document. */
export function digestHtml(d: Digest): string {
  const title = `${d.period === 'week' ? 'Weekly' : 'Daily'} digest: ${d.watchlist.name}`
  const span = d.period === 'day' ? lastDay(d.to) : `${day(d.from)} to ${lastDay(d.to)}`
  const points = d.items.flatMap((it, i) => {
    const s = it.alert.state
    return s.latitude === null || s.longitude === null ? [] : [{
      lat: s.latitude, lon: s.longitude, label: String(i + 1), title: headline(s),
      weight: s.fatalities,
    }]
  })
  const types = d.byType.map((t) => `${t.type} ${t.count}`).join(' · ')
  const body = d.items.length === 0
    ? '<p>Nothing matched this watchlist in the period.</p>'
    : `<p><strong>By type:</strong> ${h(types)}` +
      `<br><strong>Fatalities (summary values):</strong> ${d.fatalities}</p>` +
      `<figure>${mapSvg(points, d.towns)}</figure>` +
      d.items.map((it, i) => item(it, i + 1)).join('')
  return '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${h(title)}</title>` +
    `<style>${CSS}</style></head><body><h1>${h(title)}</h1><p class="meta">${h(span)} (UTC) · ` +
    `${d.items.length} alert(s) raised or revised</p>${body}</body></html>\n`
}
