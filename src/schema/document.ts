/**
 * @module
 * Documents: what ingest produces (`RawDoc`: text plus metadata, before storage) and what
 * extraction reads (`DocInput`: an id, the text and an optional publication date).
 */
import { z } from 'zod'

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'not a real calendar date')

export const DocInputSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  published_at: IsoDate.nullish(),
})
export type DocInput = z.infer<typeof DocInputSchema>

export interface RawDoc {
  /** Where it came from: a file path, a URL or `-` for stdin. */
  readonly source: string
  readonly text: string
  readonly title: string | null
  readonly outlet: string | null
  readonly author: string | null
  readonly published_at: string | null
  readonly language: string | null
  readonly format: 'txt' | 'md' | 'html' | 'pdf'
  /** sha256 hex of the normalised text: the identity used for idempotent re-ingest. */
  readonly content_hash: string
}
