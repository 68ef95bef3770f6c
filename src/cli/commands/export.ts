/**
 * @module
 * `faultline export --format csv|geojson|jsonl [--level event|incident] [filters] [-o FILE]` —
 * streams the matching events (one row per report), or with `--level incident` the incidents
 * holding a matching report (one row per happening: summary values, rules, independent outlets,
 * claims side by side). With `-o`, writes to a temporary file and renames it at the end, so a
 * failed export never leaves a half-written file behind. `--snapshot NAME` exports a frozen
 * snapshot instead (`faultline snapshot create`): the same bytes on every run. Every export ends
 * with a citation line on stderr (dataset, snapshot and hash, or time and hash of the bytes).
 */
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { defineCommand } from 'citty'
import {
  datasetName, hashingSink, liveCitation, snapshotCitation,
} from '../../query/export/citation.js'
import { writeExport } from '../../query/export/index.js'
import { streamIncidents, writeIncidentExport } from '../../query/export/incidents.js'
import { FaultlineError } from '../../errors.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { filterArgs, parseFilterArgs } from '../_filter-args.js'
import { info } from '../_output.js'
import type { EventFilter } from '../../query/filters.js'
import type { Store } from '../../store/store.js'

const FORMATS = ['csv', 'geojson', 'jsonl'] as const
type Format = (typeof FORMATS)[number]
const LEVELS = ['event', 'incident'] as const

export default defineCommand({
  meta: {
    name: 'export',
    description: 'Export events (or incidents) as ACLED-style CSV, GeoJSON or JSON Lines',
  },
  args: {
    format: { type: 'string', description: 'csv | geojson | jsonl', required: true },
    level: {
      type: 'string',
      description: 'event (one row per report, default) | incident (one per happening)',
      default: 'event',
    },
    output: {
      type: 'string',
      alias: 'o',
      description: 'Write to FILE instead of stdout',
      valueHint: 'FILE',
    },
    snapshot: {
      type: 'string',
      description: 'Export this frozen snapshot (identical bytes every run) instead of live data',
      valueHint: 'NAME',
    },
    ...filterArgs,
    ...dbArg,
  },
  async run({ args }) {
    const format = args.format as Format
    if (!FORMATS.includes(format)) {
      throw new FaultlineError('E_BAD_ARGUMENT', `unknown --format ${args.format}`, {
        hint: 'use csv, geojson or jsonl',
      })
    }
    const level = args.level ?? 'event'
    if (!(LEVELS as readonly string[]).includes(level)) {
      throw new FaultlineError('E_BAD_ARGUMENT', `unknown --level ${level}`, {
        hint: 'use --level event or --level incident',
      })
    }
    const filter = parseFilterArgs(args)
    if (args.snapshot !== undefined) checkSnapshotExport(level, filter)
    const store = await openStoreFromArgs(args)
    const target = args.output
    const tmp = target ? `${target}.${process.pid}.tmp` : null
    try {
      const snapshot = args.snapshot === undefined ? null : await findSnapshot(store, args.snapshot)
      const asOf = new Date()
      const stream = tmp ? createWriteStream(tmp) : process.stdout
      const sink = hashingSink(stream)
      const rows = snapshot ? store.streamSnapshotEvents(snapshot.name) : store.streamEvents(filter)
      const n = level === 'incident'
        ? await writeIncidentExport(format, streamIncidents(store, filter), sink.stream)
        : await writeExport(format, rows, sink.stream)
      const sha256 = await sink.finish()
      const dataset = datasetName(args.db)
      const cite = snapshot ? snapshotCitation({ dataset, snapshot })
        : liveCitation({ dataset, asOf, sha256 })
      const what = level === 'incident' ? 'incident(s)' : 'event(s)'
      if (tmp && target) {
        const file = stream as ReturnType<typeof createWriteStream>
        await new Promise<void>((resolve, reject) =>
          file.end((e?: Error | null) => (e ? reject(e) : resolve())),
        )
        await rename(tmp, target)
        info(`wrote ${n} ${what} to ${target}`)
      } else info(`exported ${n} ${what}`)
      info(cite)
    } catch (error) {
      if (tmp) await rm(tmp, { force: true })
      throw error
    } finally {
      await store.close()
    }
  },
})

/** A snapshot is exported whole, at event level. */
function checkSnapshotExport(level: string, filter: EventFilter): void {
  const filtered = Object.values(filter).some((v) => v !== undefined)
  if (level !== 'incident' && !filtered) return
  throw new FaultlineError('E_BAD_ARGUMENT', '--snapshot exports a whole snapshot of events', {
    hint: 'drop the filter flags and --level incident, or export live data without --snapshot',
  })
}

async function findSnapshot(store: Store, name: string) {
  const snapshot = await store.getSnapshot(name)
  if (snapshot !== null) return snapshot
  throw new FaultlineError('E_NOT_FOUND', `no snapshot named '${name}'`, {
    hint: 'list the snapshots with faultline snapshot list',
  })
}
