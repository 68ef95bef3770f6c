/**
 * @module
 * The rows of data/gazetteer/sahel.tsv kept as text and parsed into `Place`s only when a lookup
 * needs them (each once, then cached), and the name index over them built from the file's
 * precomputed `keys`/`vkeys` columns. This is what keeps loading the gazetteer fast: no folding,
 * no object per row until asked. Rows the user imported (user-gazetteer.ts) follow the bundled
 * ones, with source 'user'; a GeoNames id the bundled file already has is not indexed twice.
 */
import { COUNTRY_BY_CODE } from './countries.js'
import { foldName, foldVariant } from './fold.js'
import { MIN_VARIANT_KEY } from './place-index.js'
import type { Place, PlaceKind } from './types.js'
import type { UserGazetteer } from './user-gazetteer.js'

function kindOf(fcode: string): PlaceKind {
  if (fcode === 'ADM1') return 'admin1'
  if (fcode === 'ADM2' || fcode === 'ADM3') return 'admin2'
  return fcode.startsWith('PPL') ? 'populated' : 'other'
}

/** Parse one data line (see sahel-file.ts for the columns). */
export function parseRow(
  line: string,
  source: 'sahel' | 'user' = 'sahel',
  names?: ReadonlyMap<string, string>,
): Place {
  const [id, , ascii, , lat, lon, fcode, cc, admin1, admin2, pop] = line.split('\t', 11)
  return {
    id: id ?? '',
    name: ascii ?? '',
    country: COUNTRY_BY_CODE.get(cc ?? '')?.en ?? names?.get(cc ?? '') ?? cc ?? '',
    admin1: admin1 ?? '',
    admin2: admin2 ?? '',
    latitude: Number(lat),
    longitude: Number(lon),
    kind: kindOf(fcode ?? ''),
    population: Number(pop) || 0,
    featureCode: fcode ?? '',
    source,
  }
}

export class SahelRows {
  private readonly lines: readonly string[]
  private readonly cache: (Place | undefined)[]
  private readonly exact = new Map<string, number[]>()
  private readonly loose = new Map<string, number[]>()
  /** Index of the first imported line; the bundled lines come before it. */
  private readonly userFrom: number
  private readonly countryNames: ReadonlyMap<string, string> | undefined
  /** Longest name in tokens, so the scanner knows how far to look ahead. */
  maxTokens = 1

  /** Index the TSV text (header line first) and the user's imported lines. */
  constructor(tsv: string, user?: UserGazetteer) {
    const lines = tsv.split('\n')
    this.userFrom = lines.length
    this.countryNames = user?.countryNames
    this.lines = user?.lines.length ? lines.concat(withoutBundled(lines, user.lines)) : lines
    this.cache = new Array<Place | undefined>(this.lines.length)
    for (let i = 1; i < this.lines.length; i++) {
      const line = this.lines[i] as string
      const t2 = line.lastIndexOf('\t')
      const t1 = line.lastIndexOf('\t', t2 - 1)
      if (t1 < 0) continue
      const keys = line.slice(t1 + 1, t2)
      for (const key of keys.split('|')) push(this.exact, key, i)
      const vkeys = line.slice(t2 + 1)
      if (vkeys) for (const key of vkeys.split('|')) push(this.loose, key, i)
    }
    for (const key of this.exact.keys()) {
      let tokens = 1
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) tokens++
      if (tokens > this.maxTokens) this.maxTokens = tokens
    }
  }

  /** Number of lines (header included). */
  get size(): number {
    return this.lines.length
  }

  /** The place of line `i`, parsed once. */
  place(i: number): Place {
    let p = this.cache[i]
    if (!p) {
      const source = i < this.userFrom ? 'sahel' : 'user'
      p = parseRow(this.lines[i] as string, source, this.countryNames)
      this.cache[i] = p
    }
    return p
  }

  /** The raw line `i` (for scans that need only a few columns). */
  line(i: number): string {
    return this.lines[i] as string
  }

  /** Give `alias` the places named `target` (exonyms). */
  alias(alias: string, target: string): void {
    const rows = this.exact.get(foldName(target)) ?? []
    const key = foldName(alias)
    const known = new Set(this.exact.get(key) ?? [])
    for (const i of rows) if (!known.has(i)) push(this.exact, key, i)
  }

  /** Places whose name folds to the same key, else to the same variant key. */
  lookup(name: string): readonly Place[] {
    const exact = this.exact.get(foldName(name))
    if (exact) return exact.map((i) => this.place(i))
    const vkey = foldVariant(name)
    if (vkey.length < MIN_VARIANT_KEY) return []
    return (this.loose.get(vkey) ?? []).map((i) => this.place(i))
  }

  private heads: Map<string, number[]> | undefined

  /** Places with a compound name whose first word folds to `word` ('Yonga' → Yonga-Foulbe). */
  byFirstWord(word: string): readonly Place[] {
    if (!this.heads) {
      this.heads = new Map()
      for (const [key, rows] of this.exact) {
        const space = key.indexOf(' ')
        if (space > 0) for (const i of rows) push(this.heads, key.slice(0, space), i)
      }
    }
    return [...new Set(this.heads.get(foldName(word)) ?? [])].map((i) => this.place(i))
  }

  /** Places under one precomputed variant key (see fold.ts `foldVariant`). */
  byVariantKey(key: string): readonly Place[] {
    return (this.loose.get(key) ?? []).map((i) => this.place(i))
  }

  /** Only exact (folded) matches. */
  lookupExact(name: string): readonly Place[] {
    return (this.exact.get(foldName(name)) ?? []).map((i) => this.place(i))
  }
}

/** Imported lines whose GeoNames id is not among the bundled ones (those override nothing). */
function withoutBundled(bundled: readonly string[], user: readonly string[]): string[] {
  const ids = new Set(bundled.map((l) => l.slice(0, l.indexOf('\t'))))
  return user.filter((l) => !ids.has(l.slice(0, l.indexOf('\t'))))
}

function push(map: Map<string, number[]>, key: string, row: number): void {
  const list = map.get(key)
  if (list) list.push(row)
  else map.set(key, [row])
}
