/**
 * @module
 * The PostgreSQL server the bench measures: `FAULTLINE_BENCH_DATABASE_URL` or
 * `FAULTLINE_TEST_DATABASE_URL` when set, else a throwaway cluster from
 * `scripts/pg-test-cluster.sh` (stopped again at the end). Each measurement gets a scratch
 * database of its own. Null when no server can be had (the server rows are then skipped).
 */
import { spawnSync } from 'node:child_process'

export interface BenchServer {
  readonly url: string
  stop(): void
}

export function benchServer(): BenchServer | null {
  const given = process.env.FAULTLINE_BENCH_DATABASE_URL || process.env.FAULTLINE_TEST_DATABASE_URL
  if (given) return { url: given, stop: () => {} }
  if (process.env.FAULTLINE_NO_PG) return null
  const r = spawnSync('bash', ['scripts/pg-test-cluster.sh', 'start'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = r.stdout.trim()
  if (r.status !== 0 || !url) return null
  return {
    url,
    stop: () => void spawnSync('bash', ['scripts/pg-test-cluster.sh', 'stop', url], { stdio: 'inherit' }),
  }
}
