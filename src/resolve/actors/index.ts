/**
 * @module
 * Actor registry: canonical ACLED-style actor names, inter codes, aliases. STUB (interface
 * only) — being implemented; the signatures below are the contract the extractor uses.
 */
export interface Actor {
  readonly id: string
  /** Canonical ACLED-style name, e.g. 'Military Forces of Mali (2021-)'. */
  readonly name: string
  /** ACLED inter code: 1 state, 2 rebel, 3 political militia, 4 identity militia, 5 rioters, 6 protesters, 7 civilians, 8 external/other. */
  readonly inter: number
  readonly country: string | null
  readonly aliases: readonly string[]
}

export interface ResolvedActor {
  readonly id: string
  readonly name: string
  readonly inter: number
}

export interface ActorMention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly actor: ResolvedActor
  /** true for generic descriptions ('gunmen', 'villagers') rather than a named group. */
  readonly generic: boolean
}

export interface ActorContext {
  /** Country where the event happened, for generic actors ('Civilians (Mali)'). */
  readonly country?: string
  /** Event date YYYY-MM-DD, to pick the name valid at that time. */
  readonly date?: string
}

/** Actor mentions in `text` (a sentence or a document), in text order, non-overlapping. */
export function findActorMentions(_text: string, _ctx: ActorContext = {}): ActorMention[] {
  return []
}

/** Canonical actor for a user-typed name or alias ('JNIM', 'Goïta', 'FAMa'), or null. */
export function resolveActorName(_name: string, _ctx: ActorContext = {}): ResolvedActor | null {
  return null
}

/** The whole registry. */
export function listActors(): readonly Actor[] {
  return []
}
