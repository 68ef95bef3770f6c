/**
 * @module
 * `tsx scripts/bench-extract.ts`: notes per second of the rule extractor on one core over the
 * ACLED dev notes (text and publication date only), repeated until at least 3 s have passed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ruleExtractor } from '../src/extract/index.js'
import type { DocInput } from '../src/schema/document.js'

const data = process.env.FAULTLINE_EVAL_DATA ?? join(process.cwd(), '..', 'shared', 'data')
const docs: DocInput[] = readFileSync(join(data, 'acled', 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => {
    const n = JSON.parse(l) as { id: string; text: string; published_at: string }
    return { id: n.id, text: n.text, published_at: n.published_at }
  })

// Warm-up pass: lazy registry and gazetteer loads are not part of the rate.
for (const d of docs) ruleExtractor.extract(d)
let notes = 0
let events = 0
const t0 = performance.now()
while (performance.now() - t0 < 3000) {
  for (const d of docs) events += ruleExtractor.extract(d).length
  notes += docs.length
}
const seconds = (performance.now() - t0) / 1000
console.log(
  `${ruleExtractor.name} ${ruleExtractor.version}: ${(notes / seconds).toFixed(0)} notes/s ` +
    `(${notes} notes, ${events} events, ${seconds.toFixed(1)} s, one core)`,
)
