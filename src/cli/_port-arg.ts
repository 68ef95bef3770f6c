/**
 * @module
 * `--port` / `--host` flags for commands that serve the API, validated.
 */
import { FaultlineError } from '../errors.js'

export const serveArgs = {
  port: { type: 'string', description: 'Port to listen on (default $PORT or 8080; 0 = any free port)' },
  host: { type: 'string', description: 'Address to bind (default 127.0.0.1)', default: '127.0.0.1' },
} as const

export function parsePort(value: string | undefined): number {
  const raw = value ?? process.env.PORT ?? '8080'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new FaultlineError('E_BAD_ARGUMENT', `invalid --port ${raw}`, { hint: 'give a port number from 0 to 65535' })
  }
  return port
}
