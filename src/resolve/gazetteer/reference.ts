/**
 * @module
 * Reference places: in 'the Tabrichat area near Tessalit', 'Aghlal, 50 km east of Timbuktu' or
 * 'Dah, near Sokoura' the second name only locates the first, which is where the event is. In:
 * the resolved mentions and the text; out: the set of mentions that are such references. A
 * heading ('towards Menaka', 'axis Gao-Gossi') locates nothing; the 'de'/'from' of a bearing
 * ('X à 40 km au sud-est de Y', 'X, 20 km from Y') is no heading.
 */
import type { ResolvedMention } from './disambiguate.js'
import { distanceKm } from './geo.js'
import type { Place } from './types.js'

/** The words between the two names: short, in one clause, no verb of movement or road. */
const MAX_GAP = 40
const CLAUSE_BREAK = /[.;:!?]|\b(?:and|et|or|ou|while|where|when|who|which)\b/i
const HEADING = /\b(?:towards?|vers|route|road|axis|axe|highway|en route|on the way|from|de)\b/i
/** 'near', 'outside', '30 km (north) of', 'north-east of', 'près de', 'non loin de' */
const PROXIMITY = new RegExp(
  '\\b(?:near|nearby|close to|not far from|outside|outskirts|suburbs?|next to|près de|' +
    'pres de|non loin de|' +
    'à proximité de|\\d+\\s*(?:km|kms|kilom[eè]t\\w*|miles?)|' +
    '(?:north|south|east|west|nord|sud|est|ouest)(?:-?(?:east|west|est|ouest))?(?:ern)?' +
    '\\s+(?:of|de|du))\\b',
  'i',
)
/** What may stand between a name and the proximity words that locate it. */
const FILLER = new RegExp(
  '^[\\s,(\'’-]*(?:(?:the|its|an?|on|la|le|les|area|zone|village|town|locality|localité|camp|' +
    'hamlet|hameau|commune|sector|secteur|region|valley|forest|well|market|base|post|' +
    'checkpoint|which|is|was|located|situated|lying|situé|située|some|about|around|' +
    'approximately|roughly|nearly|just|only|environ|à|a)[\\s,(]+|l[\'’])*$',
  'i',
)

const POSSESSIVE = /^['’]s\s+$/

/** The 'of'/'from'/'de' of a distance or bearing ('40 km au sud-est de', '20 km from'). */
const DIRECTION = '(?:north|south|east|west|nord|sud|est|ouest)(?:-?(?:east|west|est|ouest))?'
const TO_THE = "(?:(?:au|à l['’]|a l['’])\\s*)?"
const BEARING_OF = new RegExp(
  `(?:\\d+\\s*(?:km|kms|kilom[eè]t\\w*|miles?)\\s+${TO_THE}(?:${DIRECTION}(?:ern)?\\s+)?` +
    `|${TO_THE}${DIRECTION}(?:ern)?\\s+)(?:(?:of|from|de|du)\\b|d['’])` +
    '|\\b(?:près|pres|non loin|à proximité) de\\b',
  'gi',
)

/** 'Nioro in the area of Guire' starts a new location phrase. */
const NEW_PLACE = /\b(?:in|at|à|dans)\s+(?:the\s+|la\s+|le\s+)?(?:area|zone|region|vicinity)\b/i

/** 'X, just outside Bamako', 'X on the outskirts of Gao': a suburb, coded at the city. */
const SUBURB = /\b(?:outskirts|suburbs?|periphery|outside|banlieue|périphérie|peripherie)\b/i
const CITY = new Set(['PPLC', 'PPLA'])
const SUBURB_KM = 30

/**
 * The mentions whose only role is to locate the place named right before them; for a suburb of
 * a capital or regional capital, the suburb instead (the city is where ACLED codes it).
 */
export function referencePlaces(
  text: string,
  resolved: readonly ResolvedMention[],
): Set<ResolvedMention> {
  const out = new Set<ResolvedMention>()
  resolved.forEach((r, k) => {
    const prev = resolved[k - 1]
    // a country or a region is no reference point; 'the Silmiougou area of Ouagadougou' is a part
    const local = r.place !== null && r.place.kind !== 'country' && r.place.kind !== 'admin1'
    if (!prev || !local || prev.admin === 'part') return
    const gap = text.slice(prev.mention.end, r.mention.start)
    // "Kidal's Anefis area": the possessor only locates the place it holds
    if (POSSESSIVE.test(gap) && prev.place) return void out.add(prev)
    if (gap.length > MAX_GAP || NEW_PLACE.test(gap)) return
    const at = gap.search(PROXIMITY)
    // 'Dah, near Sokoura', 'X, located 20 km from Y': no verb between ('Boni was hit near Dala')
    if (at < 0 || !FILLER.test(gap.slice(0, at))) return
    if (CLAUSE_BREAK.test(gap) || HEADING.test(gap.replace(BEARING_OF, ' '))) return
    const y = r.place as Place
    const x = prev.place
    const close = !x || distanceKm(x.latitude, x.longitude, y.latitude, y.longitude) <= SUBURB_KM
    out.add(SUBURB.test(gap) && CITY.has(y.featureCode ?? '') && close ? prev : r)
  })
  return out
}
