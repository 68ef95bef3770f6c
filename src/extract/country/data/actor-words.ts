/**
 * @module
 * Armed groups and forces (accent-folded) that operate in one Sahel country only, for when the
 * actor registry codes them country-free (Katiba Macina is coded JNIM once it joined it).
 */
const words = (list: readonly string[]): RegExp => new RegExp(`\\b(?:${list.join('|')})\\b`, 'g')

export const ACTOR_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'Mali',
    words([
      'fama',
      'katiba (?:macina|massina)',
      'front de liberation du macina',
      'dan na ambassagou',
      'ganda (?:izo|koy)',
      'gandakoy',
      'minusma',
      'gatia',
      'hcua',
      'cma',
      'msa',
    ]),
  ],
  [
    'Burkina Faso',
    words([
      'koglweogo',
      'kogleweogo',
      'ansaroul islam',
      'ansarul islam',
      'vdp',
      'volunteers for the defen[cs]e of the homeland',
      'volontaires pour la defense de la patrie',
    ]),
  ],
]

/** Of those, the ones whose naming outweighs an ambiguous village: forces that never cross. */
export const HOME_FORCES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'Mali',
    words(['fama', 'dan na ambassagou', 'ganda (?:izo|koy)', 'minusma', 'gatia', 'hcua', 'msa']),
  ],
  ['Burkina Faso', words(['koglweogo', 'vdp', 'volunteers for the defen[cs]e of the homeland'])],
]
