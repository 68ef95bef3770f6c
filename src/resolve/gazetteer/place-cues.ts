/**
 * @module
 * The cue right before a name says how the text introduces it: 'in X', 'near X', '30 km north
 * of X', 'between X and Y', 'village of X', 'près de X', 'à 20 km de X', 'coded as X'. Used to
 * choose the event location among the places named, and its precision. English and French.
 */
import type { AdminWord } from './admin-word.js'

export type Cue =
  | 'coded'
  | 'in'
  | 'village'
  | 'near'
  | 'relative'
  | 'between'
  | 'people'
  | 'toward'
  | 'from'
  | 'none'

/** An alternation of phrases (spaces match any run of spaces). */
export const oneOf = (phrases: readonly string[]): string =>
  `(?:${phrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})`

const OF = "(?:of|de|du|d['’])"
const ARTICLE = "(?:(?:the|la|le|les|l['’])\\s*)?"

const NUMBER = oneOf(['\\d+(?:[.,]\\d+)?', 'a few', 'few', 'several', 'some', 'quelques'])
const UNIT = oneOf(['km', 'kms', 'kilom[eè]t(?:er|re)s?', 'miles?', 'm'])
const POINTS = oneOf(['north', 'south', 'east', 'west', 'nord', 'sud', 'est', 'ouest'])
const DIRECTION =
  `(?:${oneOf(['au', 'to the', "à l['’]", "l['’]"])}\\s*)?` +
  `(?:${POINTS}(?:[- ]?${oneOf(['east', 'west', 'est', 'ouest'])})?(?:ern)?|ne|nw|se|sw)`
const PLACE_NOUN = `(?:(?:the\\s+)?${oneOf(['town', 'city', 'village', 'locality', 'ville', 'localité', 'commune'])}\\s+${OF}\\s*)?`

/** '30 km north of', 'a few km from', 'à 20 km de', 'au nord de', 'southeast of the town of' */
const RELATIVE = new RegExp(
  `(?:\\b${NUMBER}\\s*${UNIT}\\s+(?:(?:away|far)\\s+)?(?:${DIRECTION}\\s+)?|\\b${DIRECTION}\\s+)` +
    `(?:of|from|de|du|d['’])\\s+${PLACE_NOUN}$`,
  'i',
)

const NEAR_WORDS = [
  'near',
  'nearby',
  'close to',
  'not far from',
  'around',
  'outside',
  'outskirts of',
  'vicinity of',
  'areas? of',
  'surroundings of',
  'environs of',
  'region of',
  'zone of',
  'sector of',
  'axis',
  'road (?:between|from|to)',
  'près de',
  'pres de',
  'proche de',
  'non loin de',
  'aux environs de',
  'environs de',
  'alentours de',
  'périphérie de',
  'zone de',
  'secteur de',
  'axe',
  'sur la route de',
  'à proximité de',
]
const NEAR = new RegExp(
  `\\b${oneOf(NEAR_WORDS)}\\s*(?:the\\s+|la\\s+|le\\s+|de\\s+)?` +
    `(?:${oneOf(['village', 'town', 'locality', 'commune', 'localité'])}\\s+${OF}\\s*)?$`,
  'i',
)

const SITE_WORDS = [
  'villages?',
  'towns?',
  'city',
  'locality',
  'localities',
  'hamlets?',
  'communes?',
  'camps?',
  'localité',
  'hameau',
  'ville',
  'campement',
  'site',
  'post',
  'poste',
  'base',
  'garrison',
  'checkpoint',
  'market',
  'marché',
]
const PEOPLE_WORDS = [
  'mayor',
  'governor',
  'prefect',
  'sub-prefect',
  'chief',
  'residents',
  'inhabitants',
  'people',
  'population',
  'youths?',
  'maire',
  'préfet',
  'sous-préfet',
  'chef',
  'habitants',
  'populations?',
  'jeunes',
]
const ACTION_WORDS = [
  'attacked',
  'raided',
  'stormed',
  'ambushed',
  'targeted',
  'shelled',
  'bombed',
  'entered',
  'captured',
  'seized',
  'occupied',
  'besieged',
  'overran',
  'attaquée?s?',
  'pris',
  'occupée?s?',
]
const IN_WORDS = ['in', 'at', 'inside', 'into', 'on', 'à', 'a', 'dans', 'en', 'au', 'sur']

/**
 * 'coded as X', 'coded at approximate location as X', 'coded as approximate location at X',
 * 'coded at approximate in X'
 */
const CODED = new RegExp(
  '\\bcoded\\s+(?:(?:as|at)\\s+(?:an?\\s+)?approximate(?:\\s+location)?,?\\s+' +
    '(?:(?:as|at|in)\\s+)?(?:the\\s+vicinity\\s+of\\s+)?|(?:as|at|to)\\s*)$',
  'i',
)

const TOWARD_WORDS = [
  'towards?',
  'heading (?:to|for)',
  'en route (?:to|for)',
  'on (?:the|their|its) way to',
  'vers',
  'en direction de',
]
const TOWARD = new RegExp(
  `\\b${oneOf(TOWARD_WORDS)}\\s+(?:the\\s+(?:town|village)\\s+of\\s+)?$`,
  'i',
)

const TAIL = 60

/** Order matters: the first pattern that matches the text before the name wins. */
const CUES: ReadonlyArray<readonly [Cue, RegExp]> = [
  ['coded', CODED],
  ['relative', RELATIVE],
  ['between', /\b(?:between|entre)\s+[^.;:()]{2,60}?\s+(?:and|et)\s+$/i],
  [
    'between',
    /\b(?:between|entre)(?:\s+the\s+(?:villages?|towns?|localities)\s+of)?\s*(?:(?:les\s+)?(?:villages?|localités)\s+de\s+)?$/i,
  ],
  ['near', NEAR],
  ['village', new RegExp(`\\b${oneOf(SITE_WORDS)} ${OF}\\s*$`, 'i')],
  // 'the mayor of X': where the people are from, which may not be where it happened
  ['people', new RegExp(`\\b${oneOf(PEOPLE_WORDS)} ${OF}\\s*$`, 'i')],
  ['in', new RegExp(`\\b${oneOf(ACTION_WORDS)}\\s+(?:the\\s+)?$`, 'i')],
  // no \b before 'à': without the u flag an accented letter is no word character
  ['in', new RegExp(`(?<![\\p{L}\\p{M}])${oneOf(IN_WORDS)}\\s+${ARTICLE}$`, 'iu')],
  // a destination is where the people were going, not where it happened
  ['toward', TOWARD],
  ['from', /\b(?:from|de|du|depuis)\s*$/i],
]

/** The cue right before `start` in `text`. */
export function cueBefore(text: string, start: number): Cue {
  const head = text.slice(Math.max(0, start - TAIL), start)
  for (const [cue, re] of CUES) if (re.test(head)) return cue
  return 'none'
}

/** Precision implied by the cue and admin word (ACLED: 'near X', 'between', 'X area' → 2). */
export function cuePrecision(cue: Cue, word: AdminWord): 1 | 2 {
  if (word === 'area' || word === 'road' || word === 'commune' || word === 'cercle') return 2
  return cue === 'near' || cue === 'relative' || cue === 'between' || cue === 'toward' ? 2 : 1
}
