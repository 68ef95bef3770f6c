/**
 * @module
 * Debug listing for the seeds and articles evaluations, printed when FAULTLINE_EVAL_VERBOSE=1:
 * each predicted event (type, date, place, tier) with the gold ids it matches and the sentence
 * its type cue sits in, then the gold events nothing matched. For finding misses and false
 * positives; prints nothing otherwise.
 */
import type { EventRecord } from '../../src/schema/event.js'
import type { GoldEvent } from './gold-match.js'

export const VERBOSE = process.env.FAULTLINE_EVAL_VERBOSE === '1'

/** The sentence-ish stretch of `text` around `at`, on one line, at most 240 characters. */
function around(text: string, at: number): string {
  const left = text.slice(Math.max(0, at - 200), at)
  const from = at - left.length + Math.max(left.lastIndexOf('. '), left.lastIndexOf('\n')) + 1
  const right = text.slice(at, at + 240)
  const stop = right.search(/\.\s|\n/)
  return text
    .slice(from, stop < 0 ? at + 240 : at + stop + 1)
    .replace(/\s+/g, ' ')
    .trim()
}

/** Prints predictions with their matches and the unmatched gold of each document. */
export function printVerbose(
  preds: readonly EventRecord[],
  gold: readonly GoldEvent[],
  texts: ReadonlyMap<string, string>,
  m: (e: EventRecord, g: GoldEvent) => boolean,
): void {
  if (!VERBOSE) return
  for (const [doc, text] of texts) {
    console.log(`\n## ${doc}`)
    for (const e of preds.filter((p) => p.doc_id === doc)) {
      const hit = gold.filter((g) => m(e, g)).map((g) => `${g.id}/${g.tier}`)
      const cue = e.evidence.find((s) => s.field === 'type') ?? e.evidence[0]
      console.log(
        `  ${hit.length ? `✓ ${hit.join(',')}` : '✗'} ${e.tier} ${e.event_type}/${e.sub_event_type}` +
          ` ${e.event_date ?? '-'} ${e.location || '-'} f=${e.fatalities} a1=${e.actor1}`,
      )
      if (cue) console.log(`      ${around(text, cue.start)}`)
    }
    for (const g of gold.filter((x) => x.doc === doc && !preds.some((e) => m(e, x)))) {
      const opt = g.optional ? ' optional' : ''
      console.log(
        `  MISSED ${g.id}/${g.tier}${opt} ${g.types.join('|')} ${g.from}..${g.to} ${g.loc ?? '-'}`,
      )
    }
  }
}
