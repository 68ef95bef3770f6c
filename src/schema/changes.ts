/**
 * @module
 * The versioned dataset at the API boundary: a change-log entry (`ChangeSchema`: what happened to
 * an event, when and why, with the record before and after), the change-log query
 * (`ChangeQuerySchema`, the same for `faultline changes` and `GET /api/changes`), a snapshot's
 * metadata and the diff of two snapshots. The log's `seq` is the cursor a copy resumes from;
 * deletions are entries like any other, so a copy can be kept in sync from the log alone.
 */
import { z } from 'zod'

export const CHANGE_KINDS = ['added', 'revised', 'corrected', 'deleted'] as const
export const ChangeKindSchema = z.enum(CHANGE_KINDS)
export type ChangeKind = z.infer<typeof ChangeKindSchema>

export const ChangeSchema = z.object({
  seq: z.number().int().describe('position in the log: pass the last one seen as `after`'),
  at: z.string().describe('when the change was written (ISO 8601, UTC)'),
  event_id: z.string(),
  doc_id: z.string(),
  kind: ChangeKindSchema,
  reason: z.string(),
  before: z.unknown()
    .describe('the record before (null for added); {incident_id} when corroborated'),
  after: z.unknown()
    .describe('the record after (null for deleted); {incident_id} when corroborated'),
})
export type Change = z.infer<typeof ChangeSchema>

/** An ISO date (midnight UTC) or date-time, normalised to an ISO instant. */
const instant = z.string().trim()
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'expected an ISO date or date-time, e.g. 2026-01-01 or 2026-01-01T12:00:00Z',
  })
  .transform((s) => new Date(s).toISOString())

/** `deleted,added` or a repeated parameter → a list of kinds. */
const kinds = z.preprocess(
  (v) => (Array.isArray(v) ? v : [v]).flatMap((k) => String(k).split(','))
    .map((k) => k.trim()).filter((k) => k !== ''),
  z.array(ChangeKindSchema),
)

/** What a change-log reader asks for (CLI flags and API query alike); every field optional. */
export const ChangeQuerySchema = z.object({
  since: instant.optional().describe('changes written at or after this instant'),
  after: z.coerce.number().int().min(0).optional().describe('changes after this seq (cursor)'),
  kind: kinds.optional().describe('only these kinds (comma-separated or repeated)'),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
}).strict()
export type ChangeQuery = z.infer<typeof ChangeQuerySchema>

export const ChangePageSchema = z.object({
  items: z.array(ChangeSchema),
  next_after: z.number().int().nullable()
    .describe('pass as `after` to read on (the last seq returned, or the cursor given)'),
  more: z.boolean().describe('true when the page is full: more changes may follow at once'),
})
export type ChangePage = z.infer<typeof ChangePageSchema>

const snapshotName = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
  message: 'a snapshot name is 1–100 letters, digits, dots, dashes or underscores',
})

export const SnapshotInputSchema = z.object({
  name: snapshotName,
  note: z.string().max(2000).default(''),
}).strict()

export const SnapshotSchema = z.object({
  name: z.string(),
  created_at: z.string(),
  content_hash: z.string().describe('sha256 (hex) of the canonical JSON lines, sorted by event_id'),
  event_count: z.number().int(),
  note: z.string(),
})
export type Snapshot = z.infer<typeof SnapshotSchema>

export const SnapshotDiffSchema = z.object({
  from: z.string(),
  to: z.string(),
  added: z.array(z.string()),
  changed: z.array(z.object({ event_id: z.string(), fields: z.array(z.string()) })),
  removed: z.array(z.string()),
})
export type SnapshotDiff = z.infer<typeof SnapshotDiffSchema>

/** Checks a snapshot name (CLI argument or API body). */
export const parseSnapshotName = (name: string) => snapshotName.safeParse(name)
