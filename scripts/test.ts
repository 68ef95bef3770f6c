/**
 * @module
 * Test launcher. Node 20's test runner has no glob for `.ts`, so this lists every `*.test.ts`
 * under `src/` and `test/` and hands them to `node --import tsx --test` in one process tree.
 * Extra arguments are passed through (e.g. a file filter substring).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function listTests(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) listTests(path, out)
    else if (name.endsWith('.test.ts')) out.push(path)
  }
  return out
}

const filter = process.argv[2]
const files = ['src', 'test']
  .flatMap((d) => listTests(d))
  .filter((f) => !filter || f.includes(filter))
  .sort()
if (files.length === 0) {
  console.error('no test files found')
  process.exit(1)
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...files],
  { stdio: 'inherit' },
)
process.exit(result.status ?? 1)
