/**
 * @module
 * `faultline serve` — the dashboard and the REST API over the store, until Ctrl-C. Writes (ingest,
 * review) need `Authorization: Bearer $FAULTLINE_TOKEN` when that variable is set, and serving on
 * a non-loopback address without it is refused (exit 2): nobody else may write to the store.
 */
import { defineCommand } from 'citty'
import { assertSafeBind, tokenFromEnv } from '../../api/auth.js'
import { serve } from '../../api/serve.js'
import { VERSION } from '../../version.js'
import { dbArg, openStoreFromArgs } from '../_db-arg.js'
import { parsePort, serveArgs } from '../_port-arg.js'
import { info, out } from '../_output.js'
import { untilSignal } from '../_signals.js'

export default defineCommand({
  meta: { name: 'serve', description: 'Serve the dashboard and the REST API on http://HOST:PORT/' },
  args: { ...serveArgs, ...dbArg },
  async run({ args }) {
    const port = parsePort(args.port)
    const token = tokenFromEnv()
    assertSafeBind(args.host, token)
    const store = await openStoreFromArgs(args)
    const server = await serve({ store, port, host: args.host, version: VERSION, token })
      .catch(async (e: unknown) => {
        await store.close()
        throw e
      })
    out(`Faultline on ${server.url}/  (API: ${server.url}/api/events, OpenAPI: ${server.url}/api/openapi.json)`)
    info(token === undefined ? 'writes are open (loopback only); set FAULTLINE_TOKEN to protect them'
      : 'writes need Authorization: Bearer $FAULTLINE_TOKEN')
    info('press Ctrl-C to stop')
    await untilSignal()
    await server.close()
    await store.close()
  },
})
