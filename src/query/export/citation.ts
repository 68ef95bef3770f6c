/**
 * @module
 * The citation line every export comes with (printed on stderr by the CLI, sent as the
 * `X-Faultline-Citation` header by the API, so the data itself stays clean CSV/GeoJSON/JSONL).
 * A snapshot export cites the snapshot's name and content hash: anyone can re-export it and get
 * the same bytes. A live export cites the time it was taken and the sha256 of the bytes it wrote,
 * which `hashingSink` computes while the export streams through it.
 */
import { createHash } from 'node:crypto'
import { basename, dirname } from 'node:path'
import { Writable } from 'node:stream'
import { resolveDbLocation } from '../../store/db-location.js'

const day = (d: Date) => d.toISOString().slice(0, 10)

/** A readable name for the database: the PGlite folder, the server database, or 'memory'. */
export function datasetName(db: string | undefined, env = process.env): string {
  const loc = resolveDbLocation(db || env.FAULTLINE_DATABASE_URL || undefined, env)
  if (loc.kind === 'memory') return 'memory'
  if (loc.kind === 'postgres') {
    return decodeURIComponent(new URL(loc.url).pathname.slice(1)) || 'postgres'
  }
  const name = basename(loc.path)
  // The default folder is …/faultline/db: 'db' alone names nothing.
  return name === 'db' ? `${basename(dirname(loc.path))}/db` : name
}

/** `Cite as: …` for an export of a named snapshot. */
export function snapshotCitation(o: {
  dataset?: string | undefined
  snapshot: { name: string; content_hash: string }
  exportedAt?: Date
}): string {
  const dataset = o.dataset ? `Faultline dataset ${o.dataset}` : 'Faultline dataset'
  const { name, content_hash } = o.snapshot
  return `Cite as: ${dataset}, snapshot ${name} (sha256:${content_hash}), ` +
    `exported ${day(o.exportedAt ?? new Date())}.`
}

/** `Cite as: …` for a live export: when it was taken and the hash of the bytes written. */
export function liveCitation(o: {
  dataset?: string | undefined
  asOf: Date
  /** Left out when the bytes are not hashed (the API streams before it could know). */
  sha256?: string | undefined
}): string {
  const dataset = o.dataset ? `Faultline dataset ${o.dataset}` : 'Faultline dataset'
  const asOf = `${o.asOf.toISOString().slice(0, 19)}Z`
  const content = o.sha256 ? `, content sha256:${o.sha256}` : ''
  return `Cite as: ${dataset}, live data as of ${asOf}${content}, exported ${day(o.asOf)}.`
}

export interface HashingSink {
  /** Write the export here; every chunk goes on to `out` (with its backpressure). */
  readonly stream: Writable
  /** Ends `stream` (not `out`) once everything passed through; resolves to the hex sha256. */
  finish(): Promise<string>
}

/** A pass-through to `out` that hashes what it forwards. */
export function hashingSink(out: NodeJS.WritableStream): HashingSink {
  const hash = createHash('sha256')
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      hash.update(chunk)
      if (out.write(chunk)) return done()
      const onError = (e: Error) => done(e)
      out.once('error', onError)
      out.once('drain', () => {
        out.off('error', onError)
        done()
      })
    },
  })
  const finish = () =>
    new Promise<string>((resolve, reject) => {
      stream.once('error', reject)
      stream.end(() => resolve(hash.digest('hex')))
    })
  return { stream, finish }
}
