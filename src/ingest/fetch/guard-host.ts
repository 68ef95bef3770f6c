/**
 * @module
 * The SSRF guard. In: a URL about to be requested and the fetch settings. Out: the one resolved
 * address the request must connect to, after every address the name resolves to was checked;
 * or E_SSRF_BLOCKED naming the address and its range. The caller pins the connection to the
 * returned address (see `request-once.ts`), so a second DNS answer cannot swap in another one
 * (DNS rebinding). It runs again for every redirect hop.
 */
import type { LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import { FaultlineError } from '../../errors.js'
import type { Settings } from './options.js'

export const ALLOW_PRIVATE_HINT =
  'Faultline only fetches from public addresses, to keep URLs from feeds and pages from reaching ' +
  'your own network. If you trust this source, pass --allow-private (allowPrivate: true).'

/** The URL's host without IPv6 brackets. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '')
}

/** Resolves the URL's host and checks every address; returns the address to connect to. */
export async function guardHost(url: URL, s: Settings): Promise<LookupAddress> {
  const host = bareHost(url)
  const literal = isIP(host)
  let addresses: readonly LookupAddress[]
  if (literal) addresses = [{ address: host, family: literal }]
  else {
    try {
      addresses = await s.resolve(host)
    } catch (cause) {
      throw new FaultlineError('E_FETCH', `${url.href}: cannot resolve host ${host}`, {
        hint: 'Check the address and your network connection.',
        cause,
      })
    }
  }
  const first = addresses[0]
  if (!first) {
    throw new FaultlineError('E_FETCH', `${url.href}: host ${host} has no addresses`, {
      hint: 'Check the address.',
    })
  }
  if (s.allowPrivate) return first
  // Any blocked answer refuses the host: connecting to "the public one" would still let a
  // hostile name decide between answers.
  for (const { address } of addresses) {
    const range = s.blockedRange(address)
    if (range !== null) {
      const via = literal ? '' : ` (${host} resolves to it)`
      throw new FaultlineError(
        'E_SSRF_BLOCKED',
        `${url.href}: refused to connect to ${address}, a ${range} address${via}`,
        { hint: ALLOW_PRIVATE_HINT },
      )
    }
  }
  return first
}
