/**
 * @module
 * Plain-data types of the framing lens: technique spans, the labels an outlet gives an actor,
 * relations between actors stated in text, and the per-document result. All JSON-serialisable.
 */

/** Techniques as named in the SemEval-2020 Task 11 labels, plus scare quotes. */
export type Technique = 'Loaded_Language' | 'Name_Calling,Labeling' | 'Scare_Quotes'

/** A stretch of the document text: `text === doc.slice(start, end)`. */
export interface Span {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly technique: Technique
  /** Inside reported speech: the quoted source's words, not the outlet's own voice. */
  readonly quoted?: boolean
}

/** Words an outlet uses to name or describe one actor. */
export interface ActorLabel {
  /** Canonical actor name (registry), or the person's name for a person. */
  readonly actor: string
  /** The organisation a person stands for, when `actor` is a person. */
  readonly org?: string
  /** A named associated actor ('Yerewolo - Debout sur les Remparts' behind a protest). */
  readonly assoc?: string
  /** For a generic label given to the document's one named armed group: the generic actor. */
  readonly generic?: string
  /** The surface words, as written. */
  readonly label: string
  readonly start: number
  readonly end: number
  /** true when the label holds loaded language, name calling or scare quotes. */
  readonly loaded: boolean
  /** Inside reported speech: the quoted source's words, not the outlet's own voice. */
  readonly quoted?: boolean
  /** How the label was found. */
  readonly via: 'mention' | 'apposition' | 'modifier' | 'label-only'
}

export type RelationKind = 'part_of' | 'aligned_with' | 'hostile_to' | 'commands'

/** A relation between two actors stated in the text, with the words that state it. */
export interface Relation {
  readonly kind: RelationKind
  /** Canonical names; `a` is the subject ('JNIM' part_of 'al-Qaeda'). */
  readonly a: string
  readonly b: string
  /** Mention texts as written. */
  readonly aText: string
  readonly bText: string
  /** The cue words ('the Sahel branch of', 'linked to'). */
  readonly cue: string
  /** Evidence: the sentence stretch from the first mention to the last. */
  readonly start: number
  readonly end: number
  readonly evidence: string
}

export interface FramingOptions {
  readonly outlet?: string | null
  /** Publication date YYYY-MM-DD: picks the actor valid at that time ('the junta'). */
  readonly published?: string | null
  /** Country for generic actors; default from the actor registry (Mali). */
  readonly country?: string
}

export interface FramingResult {
  readonly outlet: string | null
  readonly loaded: readonly Span[]
  readonly scareQuotes: readonly Span[]
  readonly labels: readonly ActorLabel[]
  readonly relations: readonly Relation[]
  /** Loaded-language and name-calling spans per 1,000 words, in the outlet's own voice. */
  readonly loadedRate: number
  /** The same, counting quoted speech too. */
  readonly loadedRateAll: number
  readonly words: number
}
