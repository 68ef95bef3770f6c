/**
 * @module
 * The JSON body of a write request, checked by its zod schema: not JSON, or not the expected
 * shape, is a 400 (`E_BAD_ARGUMENT`) that says what is wrong and shows an example body. Every
 * JSON write route reads its body through here.
 */
import type { z } from 'zod'
import { FaultlineError } from '../errors.js'
import { describeZodError } from './on-error.js'

/** The body of `req` as `schema` parses it; `example` is a body that works (for the hint). */
export async function jsonBody<T>(req: Request, schema: z.ZodType<T>, example: string): Promise<T> {
  let raw: unknown
  try {
    raw = await req.json()
  } catch {
    throw new FaultlineError('E_BAD_ARGUMENT', 'the body is not JSON', {
      hint: `send Content-Type: application/json with ${example}`,
    })
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    throw new FaultlineError('E_BAD_ARGUMENT', describeZodError(parsed.error), {
      hint: `send ${example}`,
    })
  }
  return parsed.data
}
