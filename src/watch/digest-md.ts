/**
 * @module
 * A digest as Markdown: the note an analyst would otherwise write by hand. In: a `Digest`
 * (`digest-data.ts`). Out: Markdown text: the period, counts by event type and the death toll,
 * then per alert what, where, who and when, how many outlets, the claims in disagreement outlet
 * by outlet, and evidence quotes with links. Text from documents is quoted with Markdown's
 * special characters escaped so a quote cannot turn into a link or a heading.
 */
import type { Digest, DigestItem } from './digest-data.js'
import { changeText, headline, tollText } from './describe.js'

/**
 * Backslash-escapes the Markdown characters that can start markup inside a line (emphasis,
 * code, links, HTML, tables, strike-through) and a leading list or heading marker; line breaks
 * become spaces.
 */
export function escapeMd(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^[#+-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

const day = (iso: string) => iso.slice(0, 10)
const lastDay = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10)

function item(it: DigestItem, n: number): string[] {
  const s = it.alert.state
  const where = [s.location, s.admin1, s.country].filter((p) => p !== '').join(', ')
  const lines = [
    `## ${n}. [${escapeMd(headline(s))}](${it.link})`,
    '',
    `- **What:** ${escapeMd(s.event_type)}, ${escapeMd(tollText(s))}`,
    `- **Where:** ${escapeMd(where || 'unknown')}` +
      (s.latitude !== null && s.longitude !== null ? ` (${s.latitude}, ${s.longitude})` : ''),
    `- **Who:** ${escapeMd(s.perpetrator || 'not named')}`,
    `- **When:** ${s.date ?? 'unknown'}`,
    `- **Sources:** ${s.reports} report(s), ${s.outlets.length} outlet(s): ` +
      `${escapeMd(s.outlets.join(', ') || 'none named')}`,
    `- **Alert:** ${escapeMd(changeText(it.alert))} (first ${day(it.alert.first_at)})`,
  ]
  for (const d of it.disagreements) {
    const claims = d.claims.map(([o, v]) => `${escapeMd(o)}: ${escapeMd(v)}`).join('; ')
    lines.push(`- **Claims disagree on ${escapeMd(d.field)}:** ${claims}`)
  }
  if (it.quotes.length > 0) lines.push('', '**Evidence**', '')
  for (const q of it.quotes) {
    const src = q.source === null ? '' : `, [source](${q.source})`
    const on = q.fields.length === 0 ? '' : ` · for ${q.fields.join(', ')}`
    lines.push(`> ${escapeMd(q.text)}  `, `> — ${escapeMd(q.outlet ?? 'unknown outlet')}${on}` +
      ` ([event](${q.link})${src})`, '')
  }
  return [...lines, '']
}

/** The digest as Markdown. */
export function digestMarkdown(d: Digest): string {
  const kind = d.period === 'week' ? 'Weekly' : 'Daily'
  const title = `# ${kind} digest: ${escapeMd(d.watchlist.name)}`
  const span = d.period === 'day' ? lastDay(d.to) : `${day(d.from)} to ${lastDay(d.to)}`
  const head = [title, '', `*${span} (UTC) · ${d.items.length} alert(s) raised or revised*`, '']
  if (d.items.length === 0) {
    return [...head, 'Nothing matched this watchlist in the period.', ''].join('\n')
  }
  const types = d.byType.map((t) => `${escapeMd(t.type)} ${t.count}`).join(' · ')
  return [
    ...head,
    `**By type:** ${types}  `,
    `**Fatalities (summary values):** ${d.fatalities}`,
    '',
    ...d.items.flatMap((it, i) => item(it, i + 1)),
  ].join('\n')
}
