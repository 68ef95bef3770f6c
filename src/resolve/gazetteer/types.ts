/**
 * @module
 * The gazetteer's public shapes: a resolved `Place`, a `PlaceMention` found in text, the
 * `LocateContext` an extractor passes, and the `LocatedEvent` it gets back (ACLED columns).
 */
import type { Span } from '../../schema/event.js'

export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'populated' | 'other'

export interface Place {
  readonly id: string
  /** ACLED-style ascii name of the place ('Menaka', 'Tombouctou Region'). */
  readonly name: string
  readonly country: string
  readonly admin1: string
  readonly admin2: string
  readonly latitude: number
  readonly longitude: number
  /** country | admin1 | admin2 | populated (town/village) | other (hill, wadi, forest…) */
  readonly kind: PlaceKind
  readonly population: number
  /** GeoNames feature code (PPL, PPLA, ADM2, WLL…) when known. */
  readonly featureCode?: string
  /**
   * Where the place comes from: the shipped Sahel gazetteer, the user's imported gazetteer
   * (`faultline gazetteer import`), world cities, or the country list.
   */
  readonly source?: 'sahel' | 'user' | 'world' | 'country'
}

export interface PlaceMention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly candidates: readonly Place[]
  /**
   * The candidates share no name with the text, only a loose spelling key ('variant': Tamalate ~
   * Tamallat) or a key one slip away ('slip': Timbutku ~ Timbuktu): a guess, so it neither sets
   * the document's country nor places the event abroad, and a slip must fit the places around.
   */
  readonly loose?: 'variant' | 'slip'
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
