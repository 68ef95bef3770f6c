/**
 * @module
 * `npm test`'s launcher, so that one command does all set-up on a fresh machine:
 * 1. installs the Debian packages the suites need when missing (chromium, postgresql;
 *    `scripts/ensure-system-deps.sh`, skipped with FAULTLINE_NO_APT=1);
 * 2. starts a throwaway PostgreSQL cluster (`scripts/pg-test-cluster.sh`) unless
 *    FAULTLINE_TEST_DATABASE_URL is already set, so storage and queue suites also run on a server,
 *    and stops it at the end;
 * 3. lists every `*.test.ts` under `src/` and `test/` (Node 20's runner has no glob for `.ts`) and
 *    runs them with `node --import tsx --test`.
 * An argument filters test files by substring (`npm test -- corroborate`).
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
  console.error(`no test files found${filter ? ` matching '${filter}'` : ''}`)
  process.exit(1)
}

spawnSync('bash', ['scripts/ensure-system-deps.sh'], { stdio: 'inherit' })

const env = { ...process.env }
let startedCluster: string | null = null
if (!env.FAULTLINE_TEST_DATABASE_URL && !env.FAULTLINE_NO_PG) {
  const pg = spawnSync('bash', ['scripts/pg-test-cluster.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const url = pg.stdout?.trim()
  if (pg.status === 0 && url) {
    startedCluster = url
    env.FAULTLINE_TEST_DATABASE_URL = url
    console.error(`test: PostgreSQL backend tests run on ${url}`)
  } else {
    console.error('test: no PostgreSQL server could be started: server-backend tests are skipped')
  }
}

let status = 1
try {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=2', ...files],
    { stdio: 'inherit', env },
  )
  status = result.status ?? 1
} finally {
  if (startedCluster) spawnSync('bash', ['scripts/pg-test-cluster.sh', 'stop', startedCluster], { stdio: 'inherit' })
}
process.exit(status)
