/**
 * @module
 * Alerts in words, shared by the Atom feed, the digests and the CLI. In: an alert (its state).
 * Out: a one-line headline ("Battles in Kessel Ford, Vandoria: 6 killed") and a short summary
 * that says who, when, how many outlets, which claims disagree and what the last revision
 * changed. Plain text: each writer escapes it for its own format.
 */
import type { Alert, AlertState } from '../schema/watchlist.js'

const place = (s: AlertState) =>
  [s.location, s.admin1, s.country].filter((p, i, all) => p !== '' && all.indexOf(p) === i)
    .join(', ') || 'unknown place'

/** `9 killed` or `9–14 killed (reports disagree)`. */
export function tollText(s: AlertState): string {
  if (s.fatalities_min === s.fatalities_max) return `${s.fatalities} killed`
  return `${s.fatalities} killed (reports say ${s.fatalities_min}–${s.fatalities_max})`
}

export function headline(s: AlertState): string {
  return `${s.event_type} in ${place(s)}: ${tollText(s)}`
}

const FIELD_WORDS: Record<string, string> = {
  fatalities: 'death toll', fatalities_min: 'lowest toll', fatalities_max: 'highest toll',
  perpetrator: 'perpetrator', event_type: 'event type', date: 'date', location: 'place',
  country: 'country', admin1: 'region',
}

export function changeText(a: Alert): string {
  if (a.revision === 1 || a.changed.length === 0) return 'new'
  return `revision ${a.revision}: ${a.changed.map((f) => FIELD_WORDS[f] ?? f).join(', ')} changed`
}

/** Who, when, sources, disagreements, what changed: a few sentences. */
export function summaryText(a: Alert): string {
  const s = a.state
  const who = s.perpetrator === '' ? 'perpetrator not named' : `by ${s.perpetrator}`
  const when = s.date === null ? 'date unknown' : `on ${s.date}`
  const n = s.outlets.length
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`
  const outlets = `${plural(s.reports, 'report')} from ${plural(n, 'outlet')}` +
    (n > 0 ? ` (${s.outlets.join(', ')})` : '')
  const conflicts =
    s.conflicts.length === 0 ? '' : ` Reports disagree on: ${s.conflicts.join(', ')}.`
  return `${headline(s)}, ${who}, ${when}. ${outlets}.${conflicts} ${changeText(a)}.`
}
