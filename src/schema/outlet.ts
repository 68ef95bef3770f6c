/**
 * @module
 * Outlets as zod schemas with their `z.infer` types: the stored outlet with its document and
 * event counts (`Outlet`, what `faultline outlets` and `GET /api/outlets` return) and the edit a
 * user sends (`OutletPatch`, the body of `PATCH /api/outlets/:name` and the flags of
 * `faultline outlets set`). The store returns these shapes and the API publishes them (OpenAPI).
 */
import { z } from 'zod'

const count = z.number().int().nonnegative()
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const OutletSchema = z.object({
  name: z.string().describe('as first seen; looked up in any case and spacing'),
  home_url: z.string().nullable().describe("site's address, from a fetched document or the user"),
  country: z.string().nullable().describe('where the outlet is based (set by the user)'),
  description: z.string().describe('free text the user edits'),
  documents: count,
  events: count,
  first_published: day.nullable(),
  last_published: day.nullable(),
  updated_at: z.string().nullable().describe('last user edit (ISO instant); null: never edited'),
})
export type Outlet = z.infer<typeof OutletSchema>

export const OutletListSchema = z.object({ total: count, items: z.array(OutletSchema) })

/** An http(s) address; '' clears the field like null does. */
const homeUrl = z
  .string()
  .trim()
  .max(500)
  .refine((s) => s === '' || /^https?:\/\/[^\s/?#]+/i.test(s), 'expected an http(s) URL')
  .refine((s) => s === '' || URL.canParse(s), 'not a valid URL')
  .transform((s) => (s === '' ? null : s))

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))

/** The fields a user may edit; absent ones stay as they are, null or '' clears. */
export const OutletPatchSchema = z
  .object({
    home_url: homeUrl.nullable().optional(),
    country: optionalText(100).nullable().optional(),
    description: z.string().max(5000).optional().describe("free text; '' clears it"),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'give at least one of home_url, country, description',
  })
export type OutletPatch = z.output<typeof OutletPatchSchema>
