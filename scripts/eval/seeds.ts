/**
 * @module
 * Seeds evaluation (../shared/data/seeds): share of `core` events found, share of emitted news
 * events that match a gold event, `negative` items emitted, and whether matched `context`
 * events are tagged 'context'. Match: type, date in window, place within 40 km or same name.
 * Seeds are read as `faultline ingest` reads them (cleaning, byline date), not as raw text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Extractor } from '../../src/extract/extractor.js'
import { readDocument } from '../../src/ingest/read-document.js'
import type { EventRecord } from '../../src/schema/event.js'
import { pct, table } from './compare.js'
import { type GoldEvent, matches } from './gold-match.js'
import { printVerbose } from './verbose.js'

export interface SeedsResult {
  readonly coreFound: number
  readonly newsCorrect: number
  readonly negativeEmitted: number
  readonly contextTagged: number
}

/**
 * Each seed goes through ingest's reader first, as `faultline ingest` would read it: mirror
 * furniture and PDF leftovers cleaned, byline date and author found.
 */
export async function evalSeeds(dir: string, ex: Extractor, quiet: boolean): Promise<SeedsResult> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    docs: Record<string, { published_year: number }>
    events: GoldEvent[]
  }
  const preds: EventRecord[] = []
  const texts = new Map<string, string>()
  for (const doc of Object.keys(gold.docs)) {
    const raw = await readDocument(join(dir, doc))
    texts.set(doc, raw.text)
    preds.push(...ex.extract({ id: doc, text: raw.text, published_at: raw.published_at }))
  }
  const m = (e: EventRecord, g: GoldEvent): boolean => e.doc_id === g.doc && matches(e, g, 0, 40)
  printVerbose(preds, gold.events, texts, m)
  const core = gold.events.filter((g) => g.tier === 'core')
  const found = core.filter((g) => preds.some((e) => m(e, g)))
  const news = preds.filter((e) => e.tier === 'news')
  const positive = gold.events.filter((g) => g.tier !== 'negative')
  const correct = news.filter((e) => positive.some((g) => m(e, g)))
  const negatives = preds.filter((e) => gold.events.some((g) => g.tier === 'negative' && m(e, g)))
  const ctx = gold.events.filter((g) => g.tier === 'context')
  const ctxMatched = ctx.filter((g) => preds.some((e) => m(e, g)))
  const ctxTagged = ctxMatched.filter((g) => preds.some((e) => m(e, g) && e.tier === 'context'))
  if (!quiet) {
    console.log(`\n== seeds: ${preds.length} events emitted (${news.length} news)`)
    table([
      ['measure', 'value'],
      ['core found', `${pct(found.length, core.length)} (${found.length}/${core.length})`],
      [
        'emitted news correct',
        `${pct(correct.length, news.length)} (${correct.length}/${news.length})`,
      ],
      ['negative emitted', String(negatives.length)],
      [
        'context tagged context',
        `${ctxTagged.length}/${ctxMatched.length} matched of ${ctx.length}`,
      ],
    ])
    const missed = core.filter((g) => !found.includes(g)).map((g) => g.id)
    if (missed.length) console.log(`  missed core: ${missed.join(', ')}`)
  }
  return {
    coreFound: core.length ? found.length / core.length : 0,
    newsCorrect: news.length ? correct.length / news.length : 0,
    negativeEmitted: negatives.length,
    contextTagged: ctxMatched.length ? ctxTagged.length / ctxMatched.length : 1,
  }
}
