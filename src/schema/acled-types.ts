/**
 * @module
 * ACLED's event types and sub-event types (exact codebook spellings) as plain data, without zod,
 * so the dashboard can import them without bundling the schema library. `event.ts` re-exports
 * them beside the zod schemas that use them.
 */

export const EVENT_TYPES = [
  'Battles',
  'Violence against civilians',
  'Explosions/Remote violence',
  'Riots',
  'Protests',
  'Strategic developments',
] as const
export type EventType = (typeof EVENT_TYPES)[number]

/** ACLED sub-event types by event type (exact spellings from the ACLED codebook). */
export const SUB_EVENT_TYPES: Record<EventType, readonly string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  Riots: ['Violent demonstration', 'Mob violence'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
}
