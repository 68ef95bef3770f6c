/**
 * @module
 * The on-disk format of data/gazetteer/sahel.tsv (written by scripts/build-gazetteer.ts) and its
 * location relative to this module. `keys`/`vkeys` are the precomputed folded and variant keys of
 * all the names, so loading needs no folding (that is what keeps it fast), and the, valid both from src/ (tsx) and dist/ (built package).
 */
import { fileURLToPath } from 'node:url'

export const GAZETTEER_COLUMNS = [
  'id',
  'name',
  'ascii',
  'alternates',
  'lat',
  'lon',
  'fcode',
  'cc',
  'admin1',
  'admin2',
  'population',
  'keys',
  'vkeys',
] as const

/** Absolute path of the shipped Sahel gazetteer. */
export function sahelFilePath(): string {
  return fileURLToPath(new URL('../../../data/gazetteer/sahel.tsv', import.meta.url))
}
