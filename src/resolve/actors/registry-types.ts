/**
 * @module
 * Shapes of `data/actors.json`, the actor registry. The registry is data (a lexicon in the
 * compromise sense): canonical ACLED-style names with `{country}` / `{period}` placeholders,
 * inter codes, aliases, case-sensitive acronyms, generic patterns and people with roles.
 */

/** A regime (government period) of a country; its label goes into `{period}`. */
export interface Regime {
  readonly from: string
  readonly to?: string
  /** e.g. '2013-2020' or '2021-'. */
  readonly label: string
}

/** A name valid over a date range, optionally only for events in some countries. */
export interface NamePeriod {
  readonly from?: string
  readonly to?: string
  readonly countries?: readonly string[]
  /** Name used in this period. */
  readonly name?: string
  /** Or: another registry actor stands for this one in this period. */
  readonly ref?: string
}

/** A named person who is coded as the organisation they act for. */
export interface ActorPerson {
  readonly name: string
  readonly aliases: readonly string[]
  readonly role: string
  /** Tenure in the role: outside it, the organisation is named as it was during the tenure. */
  readonly from?: string
  readonly to?: string
}

/** ACLED inter codes: 1 state … 8 external/other. */
export type InterCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8

export type ActorKind =
  | 'state'
  | 'government'
  | 'external'
  | 'rebel'
  | 'militia'
  | 'identity-militia'
  | 'civilians'
  | 'protesters'
  | 'rioters'
  | 'unidentified'

/** One registry entry as stored in `data/actors.json`. */
export interface ActorEntry {
  /** Stable id; `{country}` marks an entry instantiated per event country. */
  readonly id: string
  /** Canonical name, may hold `{country}`, `{period}` and `{year}` (of the event date). */
  readonly name: string
  readonly inter: InterCode
  /** Home country (state forces: foreign ones get inter 8); null when it follows the event. */
  readonly country: string | null
  readonly kind: ActorKind
  /** true for descriptions ('gunmen', 'villagers') rather than a named group. */
  readonly generic?: boolean
  /** Which country's regimes give `{period}` (default: `country`, else the event's). */
  readonly regime?: string
  readonly periods?: readonly NamePeriod[]
  /** Other spellings of the canonical name that ACLED has used (accepted by resolveActorName). */
  readonly altNames?: readonly string[]
  readonly aliases?: readonly string[]
  /** Matched case-sensitively ('MSA', not 'msa'). */
  readonly acronyms?: readonly string[]
  /** Generic descriptions: slots separated by spaces; `a|b`, `@set`, `slot?`. */
  readonly patterns?: readonly string[]
  /** Patterns that only hint at the actor (event nouns: 'protest', 'IED', 'president'). */
  readonly weakPatterns?: readonly string[]
  readonly people?: readonly ActorPerson[]
  /** From `since`, ACLED codes this group as `ref` with this one associated. */
  readonly memberOf?: { readonly ref: string; readonly since: string }
  /** Ids of other plausible readings, offered as mention alternatives. */
  readonly alternatives?: readonly string[]
  readonly notes?: string
}

/** An ethnic or communal group: yields '<Name> Ethnic Militia ({country})' and civilian cues. */
export interface EthnicEntry {
  readonly id: string
  readonly name: string
  readonly words: readonly string[]
  readonly kind: 'Ethnic' | 'Communal'
  /** Other actors the armed form may be coded as (e.g. Dogon → Dan Na Ambassagou). */
  readonly alternatives?: readonly string[]
}

/** The whole `data/actors.json` file. */
export interface RegistryFile {
  readonly about: string
  readonly regimes: Readonly<Record<string, readonly Regime[]>>
  readonly lexicon: Readonly<Record<string, readonly string[]>>
  readonly ethnicTemplates: {
    readonly militia: readonly string[]
    readonly civilians: readonly string[]
  }
  readonly ethnic: readonly EthnicEntry[]
  readonly actors: readonly ActorEntry[]
}
