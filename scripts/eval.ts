/**
 * @module
 * `npm run eval`: runs the rule extractor in-process on the shared evaluation data — ACLED dev
 * notes (first news event per note vs gold), the seed articles and the articles set — and prints
 * tables, confusions and error samples to the console. `--json` prints the numbers as JSON;
 * `--samples N` sets error samples per field (default 5). Data stays outside the repository.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ruleExtractor } from '../src/extract/index.js'
import { evalDev } from './eval/acled-dev.js'
import { evalArticles } from './eval/articles.js'
import { evalSeeds } from './eval/seeds.js'

const args = process.argv.slice(2)
const json = args.includes('--json')
const si = args.indexOf('--samples')
const samples = si >= 0 ? Number(args[si + 1] ?? 5) : 5
const data = process.env.FAULTLINE_EVAL_DATA ?? join(process.cwd(), '..', 'shared', 'data')

if (!existsSync(data)) {
  console.error(`evaluation data not found at ${data} (set FAULTLINE_EVAL_DATA)`)
  process.exit(2)
}
const t0 = performance.now()
const dev = evalDev(join(data, 'acled', 'dev.jsonl'), ruleExtractor, samples, json)
const seeds = await evalSeeds(join(data, 'seeds'), ruleExtractor, json)
const articles = evalArticles(join(data, 'articles'), ruleExtractor, json)
const seconds = (performance.now() - t0) / 1000
if (json) {
  console.log(
    JSON.stringify(
      {
        extractor: ruleExtractor.name,
        version: ruleExtractor.version,
        dev,
        seeds,
        articles,
        seconds,
      },
      null,
      2,
    ),
  )
} else {
  console.log(
    `\nthroughput: ${dev.notesPerSecond.toFixed(0)} notes/s wall, ` +
      `${dev.notesPerCpuSecond.toFixed(0)} notes per CPU-second (dev, warm pass, one core); ` +
      `total ${seconds.toFixed(1)} s`,
  )
}
