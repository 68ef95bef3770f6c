/**
 * @module
 * Where the queue workers' time goes on the server, measured apart from CPU load: a sampler polls
 * `pg_stat_activity` and `pg_locks` of one database every few milliseconds while workers run and
 * integrates, per advisory lock key, the seconds backends spent waiting for it and the seconds it
 * was held alone (its critical section, split into the holder running SQL and the holder idle in
 * its transaction, i.e. waiting for its Node process) or only shared. A lock wait is time a worker could not use
 * whatever the CPU; the bench reports it as a share of the workers' wall time.
 */
import type { Queryable } from '../../src/store/queryable.js'

/** Advisory lock keys of the store, by name (bigint keys: objid is the low 32 bits). */
const KEYS: Record<string, string> = {
  [String(0x696e6369)]: 'corroboration',
  [String(0x63686e67)]: 'change log',
  '7007': 'rollup',
  [String(0x77617463)]: 'alerts',
}

export interface LockUse {
  /** Seconds backends waited for the key (summed over backends). */
  waited: number
  /** Seconds the key was held alone, and of those, seconds its holder was idle in transaction. */
  held: number
  heldIdle: number
  /** Seconds it was held only shared (by holders that do not wait for each other). */
  heldShared: number
}

export interface LockReport {
  readonly seconds: number
  readonly samples: number
  readonly keys: Record<string, LockUse>
  /** Seconds waited on any lock that is not advisory (rows, tuples, transactions). */
  readonly otherLockWait: number
}

type Sample = { pid: number; state: string | null; wait: string | null; key: string | null;
  granted: boolean | null; mode: string | null }

const SQL = `SELECT a.pid, a.state, a.wait_event_type AS wait,
    CASE WHEN l.locktype = 'advisory' THEN l.objid::text END AS key, l.granted, l.mode
  FROM pg_stat_activity a LEFT JOIN pg_locks l ON l.pid = a.pid
    AND (l.locktype = 'advisory' OR NOT l.granted)
  WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()`

/**
 * Starts sampling the database `db` is connected to; `stop()` ends it and sums up. Every 20 ms:
 * over hundreds of documents that estimates sections of a few ms well, and a tighter loop cost
 * the measured workers a noticeable share of a 2-core box's CPU.
 */
export function sampleLocks(db: Queryable, everyMs = 20): { stop: () => Promise<LockReport> } {
  const keys: Record<string, LockUse> = {}
  const use = (k: string) =>
    (keys[KEYS[k] ?? `key ${k}`] ??= { waited: 0, held: 0, heldIdle: 0, heldShared: 0 })
  let otherLockWait = 0
  let samples = 0
  let running = true
  const t0 = performance.now()
  const loop = (async () => {
    let last = performance.now()
    while (running) {
      const { rows } = await db.query<Sample>(SQL)
      const now = performance.now()
      const dt = (now - last) / 1000
      last = now
      samples++
      const alone = new Set<string>()
      const shared = new Set<string>()
      for (const r of rows) {
        if (r.key !== null && r.granted === true && r.mode === 'ShareLock') shared.add(r.key)
        else if (r.key !== null && r.granted === true && !alone.has(r.key)) {
          alone.add(r.key)
          const u = use(r.key)
          u.held += dt
          if (r.state === 'idle in transaction') u.heldIdle += dt
        } else if (r.key !== null && r.granted === false) use(r.key).waited += dt
        else if (r.granted === false && r.wait === 'Lock') otherLockWait += dt
      }
      for (const k of shared) if (!alone.has(k)) use(k).heldShared += dt
      await new Promise((res) => setTimeout(res, everyMs))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return { seconds: (performance.now() - t0) / 1000, samples, keys, otherLockWait }
    },
  }
}

/** One line per key: waited (share of `workers` × wall time) and held per document. */
export function describeLocks(r: LockReport, workers: number, docs: number): string[] {
  const pct = (s: number) => `${((100 * s) / (r.seconds * workers)).toFixed(1)}%`
  const ms = (s: number) => `${((1000 * s) / docs).toFixed(1)} ms/doc`
  const lines = Object.entries(r.keys).map(([k, u]) =>
    `${k}: waited ${pct(u.waited)}, held alone ${ms(u.held)} (idle in transaction ` +
    `${ms(u.heldIdle)})${u.heldShared > 0 ? `, shared ${ms(u.heldShared)}` : ''}`)
  const total = Object.values(r.keys).reduce((s, u) => s + u.waited, 0) + r.otherLockWait
  lines.push(`other locks: waited ${pct(r.otherLockWait)}`)
  lines.push(`all lock waits: ${pct(total)} of worker time (${r.samples} samples, ` +
    `${r.seconds.toFixed(1)} s)`)
  return lines
}
