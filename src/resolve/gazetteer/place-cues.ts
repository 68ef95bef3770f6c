/**
 * @module
 * What the words around a name say about it: the cue before it ('in', 'near', '30 km north of',
 * 'between', 'village of', 'près de', 'à 20 km de', 'coded as') and the admin word after it
 * ('X region', 'X cercle', 'X village'). Used to choose the event location and its precision.
 */

export type Cue = 'coded' | 'in' | 'village' | 'near' | 'relative' | 'between' | 'from' | 'none'

const ARTICLE = "(?:(?:the|la|le|les|l['’])\\s*)?"
const DISTANCE = '(?:\\d+(?:[.,]\\d+)?|a few|few|several|some|quelques)\\s*(?:km|kms|kilom[eè]t(?:er|re)s?|miles?|m)'
const DIRECTION =
  "(?:(?:au|to the|à l['’]|l['’])\\s*)?(?:north|south|east|west|nord|sud|est|ouest|ne|nw|se|sw)(?:[- ]?(?:east|west|est|ouest))?(?:ern)?"
const PLACE_NOUN = "(?:(?:the\\s+)?(?:town|city|village|locality|ville|localité|commune)\\s+(?:of|de|d['’])\\s*)?"
/** '30 km north of', 'a few km from', 'à 20 km de', 'au nord de', 'southeast of the town of' */
const RELATIVE = new RegExp(
  `(?:\\b${DISTANCE}\\s+(?:(?:away|far)\\s+)?(?:${DIRECTION}\\s+)?|\\b${DIRECTION}\\s+)(?:of|from|de|du|d['’])\\s+${PLACE_NOUN}$`,
  'i',
)


const TAIL = 60

const CUES: ReadonlyArray<readonly [Cue, RegExp]> = [
  ['coded', /\bcoded (?:as|at|to)\s*$/i],
  ['relative', RELATIVE],
  ['between', /\b(?:between|entre)\s+[^.;:()]{2,60}?\s+(?:and|et)\s+$/i],
  ['between', /\b(?:between|entre)(?:\s+the\s+(?:villages?|towns?|localities)\s+of)?\s*(?:(?:les\s+)?(?:villages?|localités)\s+de\s+)?$/i],
  [
    'near',
    /\b(?:near|nearby|close to|not far from|around|outside|outskirts of|vicinity of|area of|areas of|surroundings of|environs of|region of|zone of|sector of|axis|road (?:between|from|to)|towards?|en route to|on the way to|près de|pres de|proche de|non loin de|aux environs de|environs de|alentours de|périphérie de|zone de|secteur de|axe|vers|sur la route de|à proximité de)\s*(?:the\s+|la\s+|le\s+|de\s+)?(?:(?:village|town|locality|commune|localité)\s+(?:of|de|d['’])\s*)?$/i,
  ],
  [
    'village',
    /\b(?:village|town|city|locality|hamlet|commune|camp|localité|hameau|ville|campement|site|post|poste|base|garrison|checkpoint|market|marché) (?:of|de|d['’]|du)\s*$/i,
  ],
  [
    'in',
    /\b(?:mayor|governor|prefect|sub-prefect|chief|residents|inhabitants|people|population|youths?|maire|préfet|sous-préfet|chef|habitants|populations?|jeunes) (?:of|de|d['’]|du)\s*$/i,
  ],
  [
    'in',
    /\b(?:attacked|raided|stormed|ambushed|targeted|shelled|bombed|entered|captured|seized|occupied|besieged|overran|attaquée?s?|pris|occupée?s?)\s+(?:the\s+)?$/i,
  ],
  ['in', new RegExp(`\\b(?:in|at|inside|into|on|à|a|dans|en|au|sur)\\s+${ARTICLE}$`, 'i')],
  ['from', /\b(?:from|de|du|depuis)\s*$/i],
]

/** The cue right before `start` in `text`. */
export function cueBefore(text: string, start: number): Cue {
  const head = text.slice(Math.max(0, start - TAIL), start)
  for (const [cue, re] of CUES) if (re.test(head)) return cue
  return 'none'
}

export type AdminWord =
  | 'region'
  | 'cercle'
  | 'commune'
  | 'village'
  | 'area'
  | 'part'
  | 'road'
  | 'none'

/** An admin word around the name: 'Mopti region', 'région de Mopti', 'Douentza cercle', 'X village'. */
export function adminWord(text: string, start: number, end: number): AdminWord {
  const after = text.slice(end, end + 20)
  const before = text.slice(Math.max(0, start - 25), start)
  if (/^\s+(?:region|région|province)\b/i.test(after)) return 'region'
  if (/\b(?:region|région|regions|régions|province)\s+(?:of|de|du|de la|de l['’]|d['’])?\s*(?:the\s+)?$/i.test(before)) {
    return 'region'
  }
  if (/^\s+(?:cercle|circle|district|department|département|prefecture)\b/i.test(after)) return 'cercle'
  if (/\b(?:cercle|circle|department|département|district)\s+(?:of|de|du|d['’])?\s*$/i.test(before)) {
    return 'cercle'
  }
  if (/^\s+commune\b/i.test(after) || /\bcommune (?:of|de|d['’])\s*$/i.test(before)) return 'commune'
  if (/^\s+(?:village|town|hamlet|locality|camp)\b/i.test(after)) return 'village'
  if (/\b(?:forest|forêt|valley|vallée|wadi|oued|river|fleuve)\s+(?:of|de|du|d['’])\s*$/i.test(before)) {
    return 'area'
  }
  const tail = text.slice(end, end + 50)
  if (/^\s+(?:area|neighbou?rhood|quarter|suburb|district)\s+of\b/i.test(tail)) return 'part'
  if (/^(?:\s*-\s*[\p{L}'’ -]{2,30}?)?\s+(?:area|zone|vicinity|surroundings|environs|forest|valley|river)\b/iu.test(tail)) {
    return 'area'
  }
  if (/^(?:\s*-\s*[\p{L}'’ -]{2,30}?)?\s+(?:road|axis|highway|route)\b/iu.test(tail)) return 'road'
  return 'none'
}

/** Precision implied by the cue and admin word (ACLED: 'near X', 'between', 'X area' → 2). */
export function cuePrecision(cue: Cue, word: AdminWord): 1 | 2 {
  if (word === 'area' || word === 'road' || word === 'commune' || word === 'cercle') return 2
  return cue === 'near' || cue === 'relative' || cue === 'between' ? 2 : 1
}
