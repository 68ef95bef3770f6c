/**
 * @module
 * Demonstration cues: excessive force, intervention, mob violence, riots and protests. See `cues.ts` for the table and weights.
 */
import { wordsRe } from '../../text/lexicon.js'
import type { Cue } from './cues.js'

export const DEMONSTRATION_CUES: readonly Cue[] = [
  {
    family: 'excessive',
    weight: 80,
    re: wordsRe([
      String.raw`(?:opened fire|fired live (?:rounds|ammunition)|shot|killed) (?:on |at )?(?:the )?(?:protesters|demonstrators)`,
      String.raw`tire sur les manifestants`,
    ]),
  },
  {
    family: 'intervention',
    weight: 60,
    // "dispersed peacefully / without incident" and French "se sont dispersés" are self-dispersal.
    re: /\b(?:tear ?gas|(?<!se sont )dispers\w*(?! (?:peacefully|calmly|quietly|without (?:incident|violence)|sans incident|dans le calme|calmement))|gaz lacrymogenes?|lacrymogenes?|repress\w*)\b/,
  },
  {
    family: 'mob',
    weight: 76,
    re: wordsRe([
      String.raw`lynch\w*`,
      String.raw`mob`,
      String.raw`mob justice`,
      String.raw`vindicte populaire`,
      String.raw`beaten to death by (?:a |the )?(?:crowd|villagers|residents|youths)`,
    ]),
  },
  {
    family: 'riot',
    weight: 74,
    re: wordsRe([
      String.raw`riots?`,
      String.raw`rioters?`,
      String.raw`rioting`,
      String.raw`angry (?:youths?|crowds?|residents|protesters|demonstrators|mob)`,
      String.raw`burn(?:ed|t|ing) tyres`,
      String.raw`burn(?:ed|t|ing) tires`,
      String.raw`threw stones`,
      String.raw`throwing stones`,
      String.raw`stone-throwing`,
      String.raw`emeutes?`,
      String.raw`jets? de pierres`,
      String.raw`barricad\w*`,
      String.raw`pneus brules`,
      String.raw`violent (?:protest|demonstration)s?`,
    ]),
  },
  {
    family: 'protest',
    weight: 70,
    re: wordsRe([
      String.raw`protest\w*`,
      String.raw`demonstrat\w*`,
      String.raw`picket\w*`,
      String.raw`sit-in\w*`,
      String.raw`marched`,
      String.raw`march against`,
      String.raw`marches`,
      String.raw`rall(?:y|ies|ied)`,
      String.raw`sit-ins?`,
      String.raw`general strike`,
      String.raw`went on strike`,
      String.raw`on strike`,
      String.raw`strikes? by`,
      String.raw`manifest\w*`,
      String.raw`marche`,
      String.raw`greve`,
      String.raw`grevistes`,
      String.raw`rassemblement`,
      String.raw`meeting de protestation`,
      String.raw`took to the streets?`,
      String.raw`went to the streets?`,
      String.raw`in the streets? to`,
      String.raw`(?:onto|into) the streets?`,
      String.raw`descendu\w* dans la rue`,
      String.raw`blocked (?:the )?(?:roads?|traffic|access|trucks|highway)`,
      String.raw`bloque\w* (?:la |les )?(?:routes?|circulation)`,
    ]),
  },
]
