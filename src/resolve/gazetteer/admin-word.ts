/**
 * @module
 * The admin or site word around a name: 'Mopti region' / 'région de Mopti' (an admin1),
 * 'Douentza cercle' / 'Cercle of Koro' (an admin2), 'Ke-Macina commune', 'X village',
 * 'X area' / 'forest of X' (a zone: precision 2), 'the X area of Y' (a part of Y), and the
 * 'X-Y road' / 'X-Y axis' of road events.
 */

export type AdminWord =
  'region' | 'cercle' | 'commune' | 'village' | 'area' | 'part' | 'road' | 'none'

const OF = "(?:of|de|du|d['’])"
/** An optional second place glued by a hyphen: the '-Gossi' of 'Gao-Gossi axis'. */
const PAIR = "(?:\\s*-\\s*[\\p{L}'’ -]{2,30}?)?"

const RULES: ReadonlyArray<readonly [AdminWord, 'before' | 'after', RegExp]> = [
  ['region', 'after', /^\s+(?:region|région|province)\b/i],
  [
    'region',
    'before',
    /\b(?:regions?|régions?|province)\s+(?:of|de|du|de la|de l['’]|d['’])?\s*(?:the\s+)?$/i,
  ],
  ['cercle', 'after', /^\s+(?:cercle|circle|district|department|département|prefecture)\b/i],
  [
    'cercle',
    'before',
    new RegExp(`\\b(?:cercle|circle|department|département|district)\\s+${OF}?\\s*$`, 'i'),
  ],
  ['commune', 'after', /^\s+commune\b/i],
  ['commune', 'before', new RegExp(`\\bcommune ${OF}\\s*$`, 'i')],
  ['village', 'after', /^\s+(?:village|town|hamlet|locality|camp)\b/i],
  [
    'area',
    'before',
    new RegExp(`\\b(?:forest|forêt|valley|vallée|wadi|oued|river|fleuve)\\s+${OF}\\s*$`, 'i'),
  ],
  ['part', 'after', /^\s+(?:area|neighbou?rhood|quarter|suburb|district)\s+of\b/i],
  [
    'area',
    'after',
    new RegExp(
      `^${PAIR}\\s+(?:area|zone|vicinity|surroundings|environs|forest|valley|river)\\b`,
      'iu',
    ),
  ],
  ['road', 'after', new RegExp(`^${PAIR}\\s+(?:road|axis|highway|route)\\b`, 'iu')],
]

/** The admin word around the name at [start, end) of `text`. */
export function adminWord(text: string, start: number, end: number): AdminWord {
  const after = text.slice(end, end + 50)
  const before = text.slice(Math.max(0, start - 25), start)
  for (const [word, side, re] of RULES) if (re.test(side === 'after' ? after : before)) return word
  return 'none'
}
