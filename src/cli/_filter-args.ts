/**
 * @module
 * The filter flags shared by `events` and `export`, and their validation through the same zod
 * schema the API uses (so `--since 2022-13-40` fails the same way everywhere).
 */
import { FaultlineError } from '../errors.js'
import { type EventFilter, EventFilterSchema } from '../query/filters.js'

export const filterArgs = {
  since: { type: 'string', description: 'Events on or after this date (YYYY-MM-DD)', valueHint: 'DATE' },
  until: { type: 'string', description: 'Events on or before this date (YYYY-MM-DD)', valueHint: 'DATE' },
  type: { type: 'string', description: "ACLED event type, e.g. 'Battles'", valueHint: 'TYPE' },
  actor: { type: 'string', description: 'Actor name or alias (JNIM, FAMa, …)', valueHint: 'NAME' },
  country: { type: 'string', description: 'Country name, e.g. Mali', valueHint: 'NAME' },
  near: { type: 'string', description: 'Within KM of a point', valueHint: 'LAT,LON,KM' },
  q: { type: 'string', description: 'Text search in places and actors', valueHint: 'TEXT' },
} as const

/** Validates the filter flags; a bad value is a usage error naming the flag. */
export function parseFilterArgs(args: Record<string, unknown>): EventFilter {
  const picked: Record<string, unknown> = {}
  for (const key of Object.keys(filterArgs)) {
    if (typeof args[key] === 'string') picked[key] = args[key]
  }
  const parsed = EventFilterSchema.safeParse(picked)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const flag = issue?.path[0] ? `--${String(issue.path[0])}` : 'filter'
  throw new FaultlineError('E_BAD_ARGUMENT', `invalid ${flag}: ${issue?.message ?? 'bad value'}`, {
    hint: `run 'faultline events --help' for the accepted filters`,
  })
}
