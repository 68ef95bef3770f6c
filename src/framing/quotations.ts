/**
 * @module
 * Quoted speech: the stretches of a document inside quotation marks that report what someone
 * else said ('« Nous avons neutralisé des terroristes », a déclaré l’armée'). Loaded words and
 * labels found there are the source's words, not the outlet's own voice, so spans and labels
 * inside them are marked `quoted`. Short ironic quotes (scare quotes) are the outlet's own.
 */
import { quoteKind } from './scare-quotes.js'

const PAIRS: readonly RegExp[] = [
  /“([^“”\n]{1,1500})”/gu,
  /«([^«»\n]{1,1500})»/gu,
  /„([^„“\n]{1,1500})“/gu,
  /"([^"\n]{1,1500})"/gu,
  /(?<![\p{L}\p{N}])‘([^‘’\n]{1,1500}?)’(?![\p{L}])/gu,
]
const CONTEXT = 80

export interface Region {
  readonly start: number
  readonly end: number
}

/** Quotation regions that are reported speech (not scare quotes), sorted by start. */
export function findQuotations(text: string): Region[] {
  const out: Region[] = []
  for (const re of PAIRS) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      const content = (m[1] ?? '').trim()
      const before = text.slice(Math.max(0, start - CONTEXT), start)
      const after = text.slice(end, end + CONTEXT)
      if (content && quoteKind(content, before, after) !== 'scare') out.push({ start, end })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** A test for 'inside one of these regions', linear over a document's spans. */
export function insideAny(regions: readonly Region[]): (start: number, end: number) => boolean {
  return (start, end) => {
    let lo = 0
    let hi = regions.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((regions[mid] as Region).start <= start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
      const r = regions[i] as Region
      if (r.start <= start && end <= r.end) return true
    }
    return false
  }
}
