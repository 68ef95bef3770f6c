/**
 * @module
 * Event cue table (accent-folded, lower-case regexes, English and French). Each cue names a
 * family; `02-classify.ts` turns the strongest family of an event, with the kind of its target,
 * into an ACLED event type and sub-event type. Higher `weight` wins.
 */
import { wordsRe } from '../../text/lexicon.js'
import { DEMONSTRATION_CUES } from './cues-demonstrations.js'
import { STRATEGIC_CUES } from './cues-strategic.js'
import { VIOLENCE_CUES } from './cues-violence.js'
import { WEAPON_CUES } from './cues-weapons.js'
export type Family =
  | 'label'
  | 'disrupted'
  | 'suicide'
  | 'air'
  | 'aircraft'
  | 'shelling'
  | 'grenade'
  | 'ied'
  | 'excessive'
  | 'intervention'
  | 'mob'
  | 'riot'
  | 'protest'
  | 'sexual'
  | 'abduction'
  | 'overtake'
  | 'regain'
  | 'clash'
  | 'attack'
  | 'kill'
  | 'transfer'
  | 'looting'
  | 'arrest'
  | 'agreement'
  | 'change'
  | 'base'
  | 'coup'
  | 'other'

export interface Cue {
  readonly re: RegExp
  readonly family: Family
  readonly weight: number
}

/** ACLED note labels ("Looting:", "Property destruction:") → event type and sub-type. */
export const LABELS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [
    /^\s*(?:looting|property destruction)\s*:/,
    'Strategic developments',
    'Looting/property destruction',
  ],
  [/^\s*non-violent activity\s*:/, 'Strategic developments', 'Other'],
  [/^\s*arrests?\s*:/, 'Strategic developments', 'Arrests'],
  [
    /^\s*(?:weapons? seizure|defusal|disrupted weapons use)\s*:/,
    'Strategic developments',
    'Disrupted weapons use',
  ],
  [/^\s*agreement\s*:/, 'Strategic developments', 'Agreement'],
  [
    /^\s*(?:change to (?:armed )?group(?:\/activity)?|defection)\s*:/,
    'Strategic developments',
    'Change to group/activity',
  ],
  [
    /^\s*(?:headquarters|base) established\s*:/,
    'Strategic developments',
    'Headquarters or base established',
  ],
  [/^\s*detonation\s*:/, 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
]

/** The cue table, strongest families first within each group. */
export const CUES: readonly Cue[] = [
  ...WEAPON_CUES,
  ...DEMONSTRATION_CUES,
  ...VIOLENCE_CUES,
  ...STRATEGIC_CUES,
]

/** A complex attack (explosion followed by gunfire, air and ground operation) is a battle. */
export const COMPLEX_ATTACK = wordsRe([
  String.raw`complex (?:attack|ambush|assault)`,
  String.raw`followed by (?:gunfire|(?:an? )?(?:armed )?(?:assault|attack|ambush|exchanges? of fire)|(?:a )?ground)`,
  String.raw`ground (?:forces|operation|troops|assault)`,
  String.raw`commandos?`,
  String.raw`exchanges? of (?:gun)?fire`,
  String.raw`exchanged fire`,
  String.raw`gunfire`,
  String.raw`armed assault`,
  String.raw`suivie? (?:de tirs|d'une attaque)`,
  String.raw`tirs nourris`,
  String.raw`followed by (?:soldiers|troops|commandos|ground)`,
  String.raw`small arms fire`,
  String.raw`subjected to gunfire`,
])

/** Weapons named as seized or found are not an explosion ("IEDs and ammunition seized"). */
export const SEIZED_NEARBY = wordsRe([
  String.raw`seiz\w*`,
  String.raw`recover\w*`,
  String.raw`found`,
  String.raw`discover\w*`,
  String.raw`detected`,
  String.raw`confiscat\w*`,
  String.raw`saisi\w*`,
  String.raw`recupere\w*`,
  String.raw`decouvert\w*`,
  String.raw`materiel`,
  String.raw`manufactur\w*`,
  String.raw`caches?`,
  String.raw`stock`,
])

/** A takeover "without any fighting" is a non-violent transfer of territory. */
export const NO_FIGHT = wordsRe([
  String.raw`no (?:clash(?:es)?|fighting|combat|resistance)(?: (?:was|were) reported)?`,
  String.raw`without (?:any )?(?:fighting|clash(?:es)?|combat|resistance|a shot)`,
  String.raw`peacefully`,
  String.raw`sans (?:combat|affrontement|resistance)`,
  String.raw`no report of clash(?:es)?`,
])

/** Words of the violence families that are too weak alone to make an event ("dead", "wounded"). */
export const WEAK_ALONE = /^(?:died|morts?)$/
