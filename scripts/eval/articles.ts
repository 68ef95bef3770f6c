/**
 * @module
 * Articles evaluation (../shared/data/articles): recall of required core events, precision of
 * predictions (optional gold neither required nor penalised; negatives and anything from the
 * negative docs are false positives), then sub-type, actor and fatality agreement on matches.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Extractor } from '../../src/extract/extractor.js'
import type { EventRecord } from '../../src/schema/event.js'
import { pct, sameActor, table } from './compare.js'
import { type GoldEvent, matches } from './gold-match.js'
import { VERBOSE, printVerbose } from './verbose.js'

const NEGATIVE_DOCS = ['115_niger_floods_afp.txt', '125_coton_record_le360.txt']

export interface ArticlesResult {
  readonly recall: number
  readonly precision: number
  readonly negativeDocEvents: number
}

/**
 * The tolls a report may give: every figure the text supports; with none (`fatalities` null and
 * `fatalities_ok` empty or absent: not given, or not attributable) ACLED codes 0.
 */
function acceptedTolls(g: GoldEvent): number[] {
  if (g.fatalities_ok && g.fatalities_ok.length > 0) return g.fatalities_ok
  return g.fatalities === null || g.fatalities === undefined ? [0] : [g.fatalities]
}

export function evalArticles(dir: string, ex: Extractor, quiet: boolean): ArticlesResult {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    docs: Record<string, { published: string }>
    events: GoldEvent[]
  }
  const preds: EventRecord[] = []
  const texts = new Map<string, string>()
  for (const [doc, meta] of Object.entries(gold.docs)) {
    const text = readFileSync(join(dir, doc), 'utf8')
    texts.set(doc, text)
    preds.push(...ex.extract({ id: doc, text, published_at: meta.published }))
  }
  const m = (e: EventRecord, g: GoldEvent): boolean => e.doc_id === g.doc && matches(e, g, 1, 50)
  printVerbose(preds, gold.events, texts, m)
  const required = gold.events.filter((g) => g.tier !== 'negative' && !g.optional)
  const found = required.filter((g) => preds.some((e) => m(e, g)))
  const positive = gold.events.filter((g) => g.tier !== 'negative')
  const tp = preds.filter((e) => !NEGATIVE_DOCS.includes(e.doc_id) && positive.some((g) => m(e, g)))
  const negDoc = preds.filter((e) => NEGATIVE_DOCS.includes(e.doc_id)).length
  const pairs = required.flatMap((g) => {
    const e = preds.find((p) => m(p, g))
    return e ? [[e, g] as const] : []
  })
  // tier: gold context events matched by a 'context' record, gold core events by a 'news' one
  const tierOf = (tier: string, want: string): string => {
    const gs = gold.events.filter((g) => g.tier === tier && preds.some((e) => m(e, g)))
    const ok = gs.filter((g) => preds.some((e) => m(e, g) && e.tier === want))
    return `${ok.length}/${gs.length} matched`
  }
  const agree = (f: (e: EventRecord, g: GoldEvent) => boolean): string =>
    pct(pairs.filter(([e, g]) => f(e, g)).length, pairs.length)
  if (!quiet) {
    console.log(`\n== articles: ${preds.length} events emitted`)
    table([
      ['measure', 'value'],
      ['core recall', `${pct(found.length, required.length)} (${found.length}/${required.length})`],
      ['precision', `${pct(tp.length, preds.length)} (${tp.length}/${preds.length})`],
      ['events from docs 115/125', String(negDoc)],
      [
        'sub-type on matches',
        agree((e, g) => !g.sub_types || g.sub_types.includes(e.sub_event_type)),
      ],
      [
        'actor1 on matches',
        agree((e, g) => !g.actor1?.length || g.actor1.some((a) => sameActor(e.actor1, a))),
      ],
      [
        'actor2 on matches',
        agree((e, g) =>
          g.actor2?.length ? g.actor2.some((a) => sameActor(e.actor2, a)) : e.actor2 === '',
        ),
      ],
      [
        'fatalities on matches',
        agree((e, g) => acceptedTolls(g).includes(e.fatalities)),
      ],
      ['core tagged news', tierOf('core', 'news')],
      ['context tagged context', tierOf('context', 'context')],
    ])
    const missed = required.filter((g) => !found.includes(g)).map((g) => g.id)
    if (missed.length) console.log(`  missed: ${missed.join(', ')}`)
    if (VERBOSE) {
      for (const [e, g] of pairs) {
        const ok = acceptedTolls(g)
        if (!ok.includes(e.fatalities)) {
          console.log(`  fatalities ${g.id}: got ${e.fatalities}, gold ${ok.join('|')}`)
        }
      }
    }
  }
  return {
    recall: required.length ? found.length / required.length : 0,
    precision: preds.length ? tp.length / preds.length : 0,
    negativeDocEvents: negDoc,
  }
}
