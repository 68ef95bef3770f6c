/**
 * @module
 * Guards the rule that no evaluation text enters the repository: lists every place in the files
 * git tracks (code, tests, docs, data) that shares a run of 9 consecutive words with the data in
 * `../shared/data` (ACLED dev notes, seed articles, articles, the PTC corpus), read at run time.
 * An actor's official name can match and is fine; a sentence is not. Exit 1 when anything other
 * than the allowed names matches. Usage: `npx tsx scripts/check-leaks.ts [--data DIR]`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const RUN = 9
/** Official names that are allowed to match (they are names, not reporting). */
const ALLOWED = [/groupe de soutien a l islam et aux musulmans/]

const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
const words = (t: string) => [...fold(t).matchAll(/[\p{L}\p{N}_]+/gu)]

function runs(text: string, into: Set<string>): void {
  const w = words(text).map((m) => m[0])
  for (let i = 0; i + RUN <= w.length; i++) into.add(w.slice(i, i + RUN).join(' '))
}

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : []
  })
}

const dataArg = process.argv.indexOf('--data')
const data = dataArg > 0 ? process.argv[dataArg + 1]! : join(process.cwd(), '..', 'shared', 'data')
if (!existsSync(data)) {
  console.error(`check-leaks: no evaluation data at ${data}; pass --data DIR`)
  process.exit(2)
}
const seen = new Set<string>()
const dev = join(data, 'acled', 'dev.jsonl')
if (existsSync(dev)) {
  for (const line of readFileSync(dev, 'utf8').split('\n')) {
    if (line.trim()) runs((JSON.parse(line) as { text?: string }).text ?? '', seen)
  }
}
for (const sub of ['seeds', 'articles', 'ptc']) {
  for (const f of filesUnder(join(data, sub), /\.(txt|md)$/)) runs(readFileSync(f, 'utf8'), seen)
}

const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n')
  .filter((f) => /\.(ts|js|md|json|html|txt|css|sql)$/.test(f) && !f.startsWith('data/gazetteer/'))
let found = 0
for (const file of tracked) {
  if (!existsSync(file)) continue
  const text = readFileSync(file, 'utf8')
  const w = words(text)
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).map((m) => m[0]).join(' ')
    if (!seen.has(run) || ALLOWED.some((re) => re.test(run))) continue
    const line = text.slice(0, w[i]!.index).split('\n').length
    console.log(`${file}:${line}: ${run}`)
    found++
    i += RUN - 1
  }
}
console.log(`check-leaks: ${found} run(s) of ${RUN} words shared with ${data}`)
process.exit(found > 0 ? 1 : 0)
