/**
 * @module
 * The webhook signature. In: the exact bytes of a JSON body and the watchlist's secret. Out: the
 * `X-Faultline-Signature` value, `sha256=<hex HMAC-SHA256 of the body>`, and a constant-time
 * check a receiver can use. The receiver must hash the raw body as received, before parsing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'X-Faultline-Signature'
export const DELIVERY_HEADER = 'X-Faultline-Delivery'

/** `sha256=<hex>` of `body` under `secret`. */
export function signBody(body: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

/** True when `signature` is the signature of `body` under `secret` (constant time). */
export function verifySignature(
  body: string | Uint8Array,
  secret: string,
  signature: string | undefined,
): boolean {
  const want = Buffer.from(signBody(body, secret))
  const got = Buffer.from(signature ?? '')
  return want.length === got.length && timingSafeEqual(want, got)
}
