/**
 * @module
 * Strategic development cues: agreements, coups, changes to groups, bases and other
 * non-violent activity (threats, sanctions, deployments). See `cues.ts` for the table and weights.
 */
import { wordsRe } from '../../text/lexicon.js'
import type { Cue } from './cues.js'

export const STRATEGIC_CUES: readonly Cue[] = [
  {
    family: 'agreement',
    weight: 48,
    re: wordsRe([
      String.raw`signed (?:an? |the )?(?:agreement|accord|deal|pact|truce|ceasefire)`,
      String.raw`peace (?:deal|agreement|accord)`,
      String.raw`ceasefire`,
      String.raw`cease-fire`,
      String.raw`truce`,
      String.raw`accord de paix`,
      String.raw`cessez-le-feu`,
      String.raw`treve`,
      String.raw`signe (?:un |l')?accord`,
      String.raw`reconciliation agreement`,
    ]),
  },
  {
    family: 'coup',
    weight: 47,
    re: wordsRe([
      String.raw`coup(?! de)`,
      String.raw`coups d'etat`,
      String.raw`coup d'etat`,
      String.raw`putsch\w*`,
      String.raw`mutin\w*`,
      String.raw`overthr\w*`,
      String.raw`ousted`,
      String.raw`seized power`,
      String.raw`toppled`,
      String.raw`deposed`,
      String.raw`renverse`,
    ]),
  },
  {
    family: 'change',
    weight: 46,
    re: wordsRe([
      String.raw`defected`,
      String.raw`defection`,
      String.raw`joined (?:the )?(?:ranks|group)`,
      String.raw`merged`,
      String.raw`merger`,
      String.raw`new (?:armed )?(?:group|coalition|alliance)`,
      String.raw`pledged allegiance`,
      String.raw`allegiance`,
      String.raw`dissolv\w*`,
      String.raw`rallied`,
      String.raw`disarmed`,
      String.raw`surrender\w*`,
      String.raw`reddition`,
      String.raw`allegeance`,
      String.raw`rejoint`,
      String.raw`demobili[sz]\w*`,
    ]),
  },
  {
    family: 'base',
    weight: 45,
    re: wordsRe([
      String.raw`establish\w* (?:a |an |their |its )?(?:new )?(?:base|camp|headquarters|position|checkpoint)`,
      String.raw`set up (?:a |an )?(?:base|camp|checkpoint|headquarters)`,
      String.raw`installed (?:a |an |their )?(?:base|camp)`,
    ]),
  },
  {
    family: 'other',
    weight: 40,
    re: wordsRe([
      String.raw`sanctions?`,
      String.raw`embargo`,
      String.raw`threat\w*(?!\s+by\b)`,
      String.raw`intimidat\w*`,
      String.raw`warned`,
      String.raw`ultimatum`,
      String.raw`closed (?:down )?(?:\w+ ){0,3}schools?`,
      String.raw`forced (?:the )?closure`,
      String.raw`imposed`,
      String.raw`banned`,
      String.raw`preach\w*`,
      String.raw`sermon`,
      String.raw`curfew`,
      String.raw`deployed`,
      String.raw`menac\w*`,
      String.raw`ferm\w* (?:les |des )?ecoles`,
    ]),
  },
]
