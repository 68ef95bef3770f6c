/**
 * @module
 * `faultline demo` (what `npm start` runs): ingests the bundled sample corpus in `examples/` into
 * a demo store (kept apart from your own data), prints a summary, then serves the API.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineCommand } from 'citty'
import { serve } from '../../api/serve.js'
import { listInputs } from '../../ingest/index.js'
import { ingestPath } from '../../pipeline.js'
import { openStore } from '../../store/open-store.js'
import { VERSION } from '../../version.js'
import { info, out } from '../_output.js'
import { parsePort, serveArgs } from '../_port-arg.js'
import { untilSignal } from '../_signals.js'
import { formatSummary } from '../_summary.js'

/** `examples/` at the package root: the same relative path from `src/cli/commands` and `dist/cli/commands`. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url))

function defaultDemoDb(): string {
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share')
  return join(base, 'faultline', 'demo')
}

export default defineCommand({
  meta: { name: 'demo', description: 'Ingest the bundled sample corpus, print a summary and serve the API' },
  args: {
    ...serveArgs,
    db: { type: 'string', description: 'Demo database directory (default ~/.local/share/faultline/demo)' },
    serve: { type: 'boolean', default: true, description: 'Serve the API after ingesting', negativeDescription: 'Only ingest and summarise' },
  },
  async run({ args }) {
    const port = parsePort(args.port)
    const db = args.db ?? defaultDemoDb()
    info(`demo store: ${db}`)
    const store = await openStore({ db })
    try {
      for (const path of await listInputs([EXAMPLES_DIR])) {
        const r = await ingestPath(store, path)
        const name = path.slice(EXAMPLES_DIR.length)
        info(r.created ? `  added ${name}: ${r.events} event(s)` : `  unchanged ${name} (already stored)`)
      }
      out('')
      out(formatSummary(await store.summary()))
      out('')
      if (!args.serve) return
      const server = await serve({ store, port, host: args.host, version: VERSION })
      out(`Faultline is serving on ${server.url}/  (API: ${server.url}/api/events, OpenAPI: ${server.url}/api/openapi.json)`)
      info('press Ctrl-C to stop')
      await untilSignal()
      await server.close()
    } finally {
      await store.close()
    }
  },
})
