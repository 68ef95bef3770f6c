/**
 * @module
 * An analyst's merge or split of incidents, at the API boundary: which incidents to merge, which
 * reports to move out of one, who did it and why. The store keeps each decision as links between
 * reports (`incident_links`), which corroboration obeys from then on.
 */
import { z } from 'zod'

const INCIDENT_ID = z.string().regex(/^inc_[0-9a-f]{16}$/, 'an incident id looks like inc_ + 16 hex digits')
const author = {
  reviewer: z.string().trim().min(1).max(100).default('analyst'),
  note: z.string().max(2000).default(''),
}

export const MergeInputSchema = z.object({
  incident_ids: z.array(INCIDENT_ID).min(2).max(50)
    .describe('the incidents that describe one happening'),
  ...author,
}).strict()
export type MergeInput = z.infer<typeof MergeInputSchema>

export const SplitInputSchema = z.object({
  event_ids: z.array(z.string().min(1).max(300)).min(1).max(500)
    .describe('the reports that describe another happening (some, not all, of the incident\'s)'),
  ...author,
}).strict()
export type SplitInput = z.infer<typeof SplitInputSchema>
