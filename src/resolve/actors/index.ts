/**
 * @module
 * Actor registry and resolver: canonical ACLED-style actor names, inter codes, aliases
 * (English and French), acronyms, generic descriptions and people, from `data/actors.json`.
 * `findActorMentions` finds them in text with exact spans; `resolveActorName` maps a typed name.
 *
 * @example
 * findActorMentions('Des hommes armés ont tué trois civils.', { country: 'Burkina Faso' })
 * // → 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)'
 */
export type {
  Actor,
  ActorContext,
  ActorKind,
  ActorMention,
  ActorPerson,
  ResolvedActor,
} from './types.js'
export { findActorMentions } from './find-mentions.js'
export { resolveActorName } from './resolve-name.js'
export { listActors } from './list-actors.js'
export { instantiate as instantiateActor, regimeLabel } from './instantiate.js'
export { foldText } from './fold.js'
export { villageMilitia } from './village-militia.js'
