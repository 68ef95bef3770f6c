/**
 * @module
 * Colours shared by the map, the table, the timeline and the legends. Event types use a
 * colour-blind-safe palette (Okabe–Ito based); evidence fields use light tints that keep black
 * text above 4.5:1 contrast, each paired with a darker underline so the field is not told by hue alone.
 */
import type { EventType } from '../../src/schema/event.js'

/** Marker/bar colour per ACLED event type (also the list of types, in codebook order). */
export const TYPE_COLORS: Record<EventType, string> = {
  Battles: '#d55e00',
  'Violence against civilians': '#a6336e',
  'Explosions/Remote violence': '#0072b2',
  Riots: '#b8860b',
  Protests: '#009e73',
  'Strategic developments': '#555555',
}

export const EVENT_TYPE_LIST = Object.keys(TYPE_COLORS) as EventType[]

export function typeColor(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? '#777777'
}

export interface FieldStyle {
  readonly label: string
  /** Highlight background. */
  readonly bg: string
  /** Underline / chip border. */
  readonly line: string
}

/** Evidence span fields (`Span.field`) in legend order. */
export const FIELD_STYLES: Record<string, FieldStyle> = {
  type: { label: 'Event type', bg: '#ffc078', line: '#d9480f' },
  actor1: { label: 'Actor 1', bg: '#a5d8ff', line: '#1864ab' },
  actor2: { label: 'Actor 2', bg: '#e5dbff', line: '#6741d9' },
  location: { label: 'Location', bg: '#b2f2bb', line: '#2b8a3e' },
  date: { label: 'Date', bg: '#fff3a0', line: '#a08000' },
  fatalities: { label: 'Fatalities', bg: '#ffc9c9', line: '#c92a2a' },
  certainty: { label: 'Certainty', bg: '#dee2e6', line: '#495057' },
}

/** Span without a known field. */
export const OTHER_FIELD: FieldStyle = { label: 'Other evidence', bg: '#f1f3f5', line: '#868e96' }

export function fieldStyle(field: string | undefined): FieldStyle {
  return (field !== undefined && FIELD_STYLES[field]) || OTHER_FIELD
}
