/**
 * @module
 * `faultline ingest PATH|URL...` — stores documents and their events. Folders are walked; `-`
 * reads stdin; http(s) URLs are fetched politely (robots.txt, limits, and no private addresses
 * unless `--allow-private`). A bad file or URL is reported and skipped (exit 3); re-ingesting a
 * stored document is a no-op that says so. A progress bar is shown on a terminal for more than a few documents.
 * With `--queue` (PostgreSQL server) documents are queued for `faultline worker` instead.
 */
import { defineCommand } from 'citty'
import { SingleBar } from 'cli-progress'
import { isFaultlineError } from '../../errors.js'
import { fetchDocument } from '../../ingest/fetch/index.js'
import { listInputs } from '../../ingest/index.js'
import { ingestPath, ingestRawDoc } from '../../pipeline.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { EXIT } from '../_exit-codes.js'
import { checkPublishedArg } from '../_published-arg.js'
import { describeError, info, out } from '../_output.js'
import { readStdin } from '../_stdin.js'
import { enqueueInputs } from './_ingest-queue.js'

export default defineCommand({
  meta: {
    name: 'ingest',
    description:
      'Store documents (.txt .md .html .pdf, folders, - for stdin, http(s) URLs) and their events',
  },
  args: {
    paths: {
      type: 'positional',
      description: 'Files, folders, - for stdin, or http(s) URLs',
      required: true,
    },
    outlet: { type: 'string', description: 'Outlet name (overrides document metadata)' },
    published: { type: 'string', description: 'Publication date YYYY-MM-DD (overrides metadata)' },
    json: { type: 'boolean', description: 'One JSON result per document on stdout' },
    'allow-private': {
      type: 'boolean',
      description: 'Let URLs reach private, loopback and link-local addresses',
    },
    queue: { type: 'boolean', description: 'Queue documents for `faultline worker` (PostgreSQL server)' },
    ...dbArg,
  },
  async run({ args }) {
    checkPublishedArg(args.published)
    const given: string[] = args._.length ? args._ : [args.paths]
    const isUrl = (s: string) => /^https?:\/\//i.test(s)
    const files = given.filter((s) => !isUrl(s))
    const inputs = [...(files.length ? await listInputs(files) : []), ...given.filter(isUrl)]
    const allowPrivate = args['allow-private'] === true
    const opts = {
      ...(args.outlet ? { outlet: args.outlet } : {}),
      ...(args.published ? { published: args.published } : {}),
    }
    const stdin = inputs.includes('-') ? await readStdin() : undefined
    if (args.queue) {
      return enqueueInputs(inputs, { db: args.db, json: args.json, ...opts, allowPrivate, stdin })
    }
    const store = await openStoreFromArgs(args)
    const bar = inputs.length > 3 && process.stderr.isTTY && !args.json ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true }) : null
    bar?.start(inputs.length, 0, { file: '' })
    let added = 0
    let unchanged = 0
    let skipped = 0
    let events = 0
    const say = (line: string) => (bar ? bar.update({ file: line.slice(0, 60) }) : info(line))
    try {
      for (const path of inputs) {
        try {
          const r = isUrl(path)
            ? await ingestRawDoc(store, await fetchDocument(path, { ...opts, allowPrivate }))
            : await ingestPath(store, path, { ...opts, ...(stdin ? { stdin } : {}) })
          if (r.created) {
            added++
            events += r.events
          } else unchanged++
          if (args.json) out(JSON.stringify({ path, doc_id: r.docId, created: r.created, events: r.events }))
          else say(r.created ? `added ${path}: ${r.events} event(s) [${r.docId}]` : `unchanged ${path}: already stored as ${r.docId}`)
        } catch (error) {
          if (!isFaultlineError(error) || error.code === 'E_DB') throw error
          skipped++
          const why = describeError(error)
          if (args.json) out(JSON.stringify({ path, error: { code: error.code, message: why } }))
          bar?.stop()
          info(`skipped ${path}: ${why}`)
          bar?.start(inputs.length, added + unchanged + skipped, { file: '' })
        }
        bar?.increment()
      }
    } finally {
      bar?.stop()
      await store.close()
    }
    info(`${added} added (${events} events), ${unchanged} already stored, ${skipped} skipped`)
    if (skipped > 0) process.exitCode = added + unchanged > 0 ? EXIT.partial : EXIT.failure
  },
})
