/**
 * @module
 * Output helpers for the CLI: plain aligned tables for people, JSON for programs, messages on
 * stderr so stdout stays clean for pipes.
 */
import type { EventRecord } from '../schema/event.js'

/** Writes to stdout and waits for it to drain (large outputs piped into `head` etc.). */
export function out(line: string): void {
  process.stdout.write(`${line}\n`)
}

/** Diagnostics and progress go to stderr. */
export function info(line: string): void {
  process.stderr.write(`${line}\n`)
}

/** Aligns rows into columns; the last column is not padded. Cells are cut at `max` chars. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], max = 40): string {
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)
  const all = [header, ...rows].map((r) => r.map((c) => cut(c.replace(/\s+/g, ' '))))
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)))
  return all
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '))
    .join('\n')
}

/** One line per event for people: date, type, actors, place, deaths. */
export function eventsTable(events: readonly EventRecord[]): string {
  return formatTable(
    ['DATE', 'TYPE', 'SUB-TYPE', 'ACTOR 1', 'ACTOR 2', 'LOCATION', 'DEAD', 'ID'],
    events.map((e) => [
      e.event_date ?? '?',
      e.event_type,
      e.sub_event_type,
      e.actor1,
      e.actor2,
      [e.location, e.country].filter(Boolean).join(', '),
      String(e.fatalities) + (e.certainty === 'hedged' ? '?' : ''),
      e.event_id,
    ]),
    32,
  )
}

/** A FaultlineError as one line for skip/warning messages: `message (hint)`. */
export function describeError(error: { message: string; hint?: string | undefined }): string {
  return error.hint ? `${error.message} (${error.hint})` : error.message
}
