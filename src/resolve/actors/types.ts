/**
 * @module
 * Public types of the actor resolver: registry actors, actors resolved for one event context
 * (country and date fill in ACLED's '(Mali)' and '(2013-2020)' parts) and mentions in text.
 */
import type { ActorKind, ActorPerson, NamePeriod } from './registry-types.js'

export type { ActorKind, ActorPerson } from './registry-types.js'

/** A registry actor. `name` may hold `{country}` / `{period}` placeholders. */
export interface Actor {
  readonly id: string
  /** Canonical ACLED-style name, e.g. 'Military Forces of Mali ({period})'. */
  readonly name: string
  /**
   * ACLED inter code: 1 state, 2 rebel, 3 political militia, 4 identity militia, 5 rioters,
   * 6 protesters, 7 civilians, 8 external/other.
   */
  readonly inter: number
  readonly country: string | null
  readonly aliases: readonly string[]
  readonly kind: ActorKind
  readonly generic: boolean
  readonly acronyms: readonly string[]
  readonly people: readonly ActorPerson[]
  readonly periods: readonly NamePeriod[]
  readonly notes: string
}

/** An actor as coded for one event: concrete name and inter code. */
export interface ResolvedActor {
  readonly id: string
  readonly name: string
  readonly inter: number
  readonly kind?: ActorKind
}

export interface ActorMention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly actor: ResolvedActor
  /** true for generic descriptions ('gunmen', 'villagers') rather than a named group. */
  readonly generic: boolean
  /** true when only an event word implies the actor ('an IED', 'a protest', 'the president'). */
  readonly weak: boolean
  /** ACLED associated actor ('Katiba Macina' for JNIM, 'Fulani Ethnic Group (Mali)'). */
  readonly assoc?: ResolvedActor
  /** The person named, when the mention is a person standing for their organisation. */
  readonly person?: string
  /** Other plausible codings of the same words ('Fulani' → militia or civilians). */
  readonly alternatives?: readonly ResolvedActor[]
}

export interface ActorContext {
  /** Country where the event happened, for generic actors ('Civilians (Mali)'). Default 'Mali'. */
  readonly country?: string
  /** Event date YYYY-MM-DD, to pick the name valid at that time. Default: the latest name. */
  readonly date?: string
}
