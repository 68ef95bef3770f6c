/**
 * @module
 * `faultline export --format csv|geojson|jsonl [filters] [-o FILE]` — streams the matching events.
 * With `-o`, writes to a temporary file and renames it at the end, so a failed export never
 * leaves a half-written file behind.
 */
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { defineCommand } from 'citty'
import { writeExport } from '../../query/export/index.js'
import { FaultlineError } from '../../errors.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { filterArgs, parseFilterArgs } from '../_filter-args.js'
import { info } from '../_output.js'

const FORMATS = ['csv', 'geojson', 'jsonl'] as const
type Format = (typeof FORMATS)[number]

export default defineCommand({
  meta: { name: 'export', description: 'Export events as ACLED-style CSV, GeoJSON or JSON Lines' },
  args: {
    format: { type: 'string', description: 'csv | geojson | jsonl', required: true },
    output: { type: 'string', alias: 'o', description: 'Write to FILE instead of stdout', valueHint: 'FILE' },
    ...filterArgs,
    ...dbArg,
  },
  async run({ args }) {
    const format = args.format as Format
    if (!FORMATS.includes(format)) {
      throw new FaultlineError('E_BAD_ARGUMENT', `unknown --format ${args.format}`, { hint: 'use csv, geojson or jsonl' })
    }
    const filter = parseFilterArgs(args)
    const store = await openStoreFromArgs(args)
    const target = args.output
    const tmp = target ? `${target}.${process.pid}.tmp` : null
    try {
      const stream = tmp ? createWriteStream(tmp) : process.stdout
      const n = await writeExport(format, store.streamEvents(filter), stream)
      if (tmp && target) {
        await new Promise<void>((resolve, reject) => (stream as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? reject(e) : resolve())))
        await rename(tmp, target)
        info(`wrote ${n} event(s) to ${target}`)
      } else info(`exported ${n} event(s)`)
    } catch (error) {
      if (tmp) await rm(tmp, { force: true })
      throw error
    } finally {
      await store.close()
    }
  },
})
