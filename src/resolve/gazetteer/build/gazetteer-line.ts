/**
 * @module
 * One derived `GazetteerRow` → one line of the compact gazetteer format (see sahel-file.ts), with
 * the folded and variant keys precomputed so loading needs no folding. Shared by the build script
 * (data/gazetteer/sahel.tsv) and `faultline gazetteer import` (the user's `<CC>.tsv` files).
 */
import { foldName, foldVariant } from '../fold.js'
import { MIN_VARIANT_KEY } from '../place-index.js'
import type { GazetteerRow } from './derive-rows.js'

const clean = (s: string) => s.replace(/[\t\n\r|]/g, ' ')

/** The tab-separated line for `r`, without a trailing newline. */
export function toGazetteerLine(r: GazetteerRow): string {
  const names = [r.name, r.ascii, ...r.alternates]
  return [
    r.id,
    clean(r.name),
    clean(r.ascii),
    r.alternates.map(clean).join('|'),
    r.lat.toFixed(4),
    r.lon.toFixed(4),
    r.fcode,
    r.cc,
    clean(r.admin1),
    clean(r.admin2),
    String(r.population),
    [...new Set(names.map(foldName).filter((k) => k))].join('|'),
    [...new Set(names.map(foldVariant).filter((k) => k.length >= MIN_VARIANT_KEY))].join('|'),
  ].join('\t')
}
