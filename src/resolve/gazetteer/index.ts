/**
 * @module
 * Gazetteer: place names → coordinates and ACLED admin hierarchy. STUB (interface only) —
 * being implemented; the signatures below are the contract the extractor uses.
 */
import type { Span } from '../../schema/event.js'

export interface Place {
  readonly id: string
  readonly name: string
  readonly country: string
  readonly admin1: string
  readonly admin2: string
  readonly latitude: number
  readonly longitude: number
  /** country | admin1 | admin2 | populated (town/village) | other (hill, wadi, forest…) */
  readonly kind: 'country' | 'admin1' | 'admin2' | 'populated' | 'other'
  readonly population: number
}

export interface PlaceMention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly candidates: readonly Place[]
}

export interface LocateContext {
  /** The whole document text (for disambiguation: other places, country of the article). */
  readonly text: string
  /** Character range of the sentence(s) describing the event. */
  readonly focus: { readonly start: number; readonly end: number }
  /** Country the document is about, when known (e.g. 'Mali'). */
  readonly countryHint?: string
}

export interface LocatedEvent {
  readonly location: string
  readonly country: string
  readonly admin1: string
  readonly admin2: string
  /** null when the place could not be resolved: never invent coordinates. */
  readonly latitude: number | null
  readonly longitude: number | null
  readonly geo_precision: 1 | 2 | 3
  readonly evidence: readonly Span[]
}

/** All gazetteer place names found in `text`, in text order, with their candidate places. */
export function findPlaceMentions(_text: string): PlaceMention[] {
  return []
}

/** The best location for an event described in `ctx.focus`, or null when no place is named. */
export function locateEvent(_ctx: LocateContext): LocatedEvent | null {
  return null
}
