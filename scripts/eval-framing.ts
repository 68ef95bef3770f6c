/**
 * @module
 * Checks the framing lens against hand-annotated gold (`../shared/data/seeds/gold.json`:
 * `framing` and `relations`; `../shared/data/articles/gold.json`: `framing`). Texts are read at
 * run time and never copied. A gold label is found when a predicted label of the same document,
 * for the same actor, contains it (case, accents and a leading determiner aside) or covers most
 * of it. A gold relation is found when a predicted relation of the same kind joins the same two
 * actors (either way round for aligned/hostile). Misses go to the console only. The country given
 * to the lens is the one most of the document's extracted events happened in, as at ingest
 * (`frameDocument`), so 'the junta' of a Burkina Faso report is Burkina Faso's.
 *
 * Usage: node --import tsx scripts/eval-framing.ts [--data DIR] [--verbose]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeFraming } from '../src/framing/index.js'
import type { ActorLabel, FramingResult, Relation } from '../src/framing/index.js'
import { ruleExtractor } from '../src/extract/index.js'
import { mainCountry } from '../src/framing/store/frame-document.js'
import { resolveActorName } from '../src/resolve/actors/index.js'

interface GoldFraming {
  readonly doc: string
  readonly actor: string
  readonly labels: readonly string[]
}
interface GoldRelation {
  readonly doc: string
  readonly a: string
  readonly b: string
  readonly kind: string
  readonly evidence: string
}
interface DocMeta {
  readonly outlet: string
  readonly published: string
}

const KINDS: Readonly<Record<string, Relation['kind']>> = {
  aligned: 'aligned_with',
  part_of: 'part_of',
  hostile: 'hostile_to',
  commands: 'commands',
}
const SYMMETRIC = new Set(['aligned_with', 'hostile_to'])
const DET = /^(?:the|a|an|le|la|les|l'|un|une|des|du|this|these|cette|ces|ce)\s*/

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** Canonical name without period or country suffix, folded: 'government of mali'. */
function bare(name: string): string {
  return fold(name)
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/^([\w-]+):.*$/, '$1')
}

function actorMatches(gold: string, names: readonly (string | undefined)[], date: string): boolean {
  const wanted = new Set([bare(gold)])
  const resolved = resolveActorName(gold, { date })
  if (resolved) wanted.add(bare(resolved.name))
  return names.some((n) => {
    if (!n) return false
    const b = bare(n)
    return wanted.has(b) || [...wanted].some((w) => b.includes(w) && w.length >= 4)
  })
}

function labelMatches(gold: string, pred: string): boolean {
  const g = fold(gold).replace(DET, '')
  const p = fold(pred).replace(DET, '')
  return p.includes(g) || (g.includes(p) && p.length >= 0.6 * g.length)
}

function checkFraming(
  gold: readonly GoldFraming[],
  results: Map<string, FramingResult>,
  date: (d: string) => string,
  verbose: boolean,
) {
  let found = 0
  let total = 0
  for (const g of gold) {
    const res = results.get(g.doc)
    const mine = (res?.labels ?? []).filter((l: ActorLabel) =>
      actorMatches(g.actor, [l.actor, l.org, l.assoc, l.generic], date(g.doc)),
    )
    for (const label of g.labels) {
      total++
      if (mine.some((l) => labelMatches(label, l.label))) found++
      else {
        console.log(`  miss  ${g.doc}  ${g.actor}: "${label}"`)
        if (verbose)
          console.log(`        have: ${[...new Set(mine.map((l) => l.label))].join(' | ')}`)
      }
    }
  }
  return { found, total }
}

function checkRelations(
  gold: readonly GoldRelation[],
  results: Map<string, FramingResult>,
  date: (d: string) => string,
) {
  let found = 0
  for (const g of gold) {
    const kind = KINDS[g.kind] ?? g.kind
    const d = date(g.doc)
    const hit = (results.get(g.doc)?.relations ?? []).some((r) => {
      if (r.kind !== kind) return false
      const fwd = actorMatches(g.a, [r.a, r.aText], d) && actorMatches(g.b, [r.b, r.bText], d)
      const back = actorMatches(g.a, [r.b, r.bText], d) && actorMatches(g.b, [r.a, r.aText], d)
      return fwd || (SYMMETRIC.has(kind) && back)
    })
    if (hit) found++
    else console.log(`  miss  ${g.doc}  ${g.a} ${kind} ${g.b}  ("${g.evidence}")`)
  }
  return { found, total: gold.length }
}

function pct(n: { found: number; total: number }): string {
  return `${n.found}/${n.total} (${n.total ? ((100 * n.found) / n.total).toFixed(0) : '–'}%)`
}

function run(
  dir: string,
  metaOf: (gold: any, dir: string) => Map<string, DocMeta>,
  verbose: boolean,
) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'))
  const meta = metaOf(gold, dir)
  const results = new Map<string, FramingResult>()
  let ms = 0
  let chars = 0
  for (const [doc, m] of meta) {
    const text = readFileSync(join(dir, doc), 'utf8')
    const events = ruleExtractor.extract({ id: doc, text, published_at: m.published })
    const country = mainCountry(events)
    const t0 = performance.now()
    const opts = { outlet: m.outlet, published: m.published, ...(country ? { country } : {}) }
    results.set(doc, analyzeFraming(text, opts))
    ms += performance.now() - t0
    chars += text.length
  }
  const date = (d: string) => meta.get(d)?.published ?? '2021-01-01'
  console.log(`${dir}: ${meta.size} docs, ${chars} chars, ${ms.toFixed(0)} ms`)
  const framing = checkFraming(gold.framing ?? [], results, date, verbose)
  console.log(`  framing labels found: ${pct(framing)}`)
  if (gold.relations)
    console.log(`  relations found: ${pct(checkRelations(gold.relations, results, date))}`)
  if (verbose) {
    for (const [doc, r] of results) {
      console.log(
        `  ${doc}: ${r.loaded.length} loaded, rate ${r.loadedRate}/1000 words, ${r.scareQuotes.length} scare quotes`,
      )
      for (const rel of r.relations)
        console.log(`    ${rel.a} ${rel.kind} ${rel.b}  | ${rel.evidence.replace(/\s+/g, ' ')}`)
    }
  }
}

function main(): void {
  const i = process.argv.indexOf('--data')
  const data =
    i >= 0 ? (process.argv[i + 1] as string) : join(import.meta.dirname, '../../shared/data')
  const verbose = process.argv.includes('--verbose')
  run(
    join(data, 'seeds'),
    (gold) => {
      const m = new Map<string, DocMeta>()
      for (const [doc, d] of Object.entries<any>(gold.docs)) {
        m.set(doc, { outlet: d.outlet, published: `${d.published_year}-07-01` })
      }
      return m
    },
    verbose,
  )
  run(
    join(data, 'articles'),
    (_gold, dir) => {
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
      const m = new Map<string, DocMeta>()
      for (const [doc, d] of Object.entries<any>(index))
        m.set(doc, { outlet: d.outlet, published: d.published })
      return m
    },
    verbose,
  )
}

main()
