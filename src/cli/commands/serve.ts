/**
 * @module
 * `faultline serve` — the REST API (and, later, the dashboard) over the store, until Ctrl-C.
 */
import { defineCommand } from 'citty'
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
    const store = await openStoreFromArgs(args)
    const server = await serve({ store, port, host: args.host, version: VERSION }).catch(async (e: unknown) => {
      await store.close()
      throw e
    })
    out(`Faultline on ${server.url}/  (API: ${server.url}/api/events, OpenAPI: ${server.url}/api/openapi.json)`)
    info('press Ctrl-C to stop')
    await untilSignal()
    await server.close()
    await store.close()
  },
})
