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
  admin1: { type: 'string', description: 'First-level region, e.g. Mopti', valueHint: 'NAME' },
  'sub-type': { type: 'string', description: "ACLED sub-event type, e.g. 'Armed clash'",
    valueHint: 'TYPE' },
  outlet: { type: 'string', description: 'Outlet that published the report', valueHint: 'NAME' },
  certainty: { type: 'string', description: 'reported | hedged', valueHint: 'WHICH' },
  tier: { type: 'string', description: 'news | context (background history)', valueHint: 'WHICH' },
  'known-by': { type: 'string', description: 'Events first reported by this date or time',
    valueHint: 'DATE' },
} as const

/** The flag's key in the filter schema ('sub-type' → 'sub_type'). */
const schemaKey = (flag: string) => flag.replace(/-/g, '_')
const flagOf = (key: string) => key.replace(/_/g, '-')

/** Validates the filter flags; a bad value is a usage error naming the flag. */
export function parseFilterArgs(args: Record<string, unknown>): EventFilter {
  const picked: Record<string, unknown> = {}
  for (const key of Object.keys(filterArgs)) {
    // citty also gives a dashed flag under its camelCase name.
    const camel = key.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    const value = args[key] ?? args[camel]
    if (typeof value === 'string') picked[schemaKey(key)] = value
  }
  const parsed = EventFilterSchema.safeParse(picked)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const flag = issue?.path[0] ? `--${flagOf(String(issue.path[0]))}` : 'filter'
  throw new FaultlineError('E_BAD_ARGUMENT', `invalid ${flag}: ${issue?.message ?? 'bad value'}`, {
    hint: `run 'faultline events --help' for the accepted filters`,
  })
}
