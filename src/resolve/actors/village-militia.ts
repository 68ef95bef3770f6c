/**
 * @module
 * Villages that fight as a group: ACLED names them '<Village> Communal Militia (<country>)'
 * ('youths from the village of Kera' → 'Kera Communal Militia (Burkina Faso)'). For a generic
 * civilian, rioter or communal-militia mention followed by 'from/of (the village of) <Name>' or
 * preceded by '<Name>' ('Kera villagers'), this offers that militia as an alternative reading.
 */
import type { ResolvedActor } from './types.js'

const PLACE = String.raw`(?:neighbou?ring\s+)?(?:village|town|commune|locality|hamlet)s?`
const PLACE_WORD = String.raw`(?:${PLACE}\s+(?:of\s+)?)?`
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)`
const AFTER = new RegExp(String.raw`^\s+(?:from|of|in)\s+(?:the\s+)?` + PLACE_WORD + NAME, 'u')
const BEFORE = /(?:^|[^.!?:;\s]\s+)(\p{Lu}[\p{L}'’-]+)\s+$/u
const NOT_NAMES = new Set([
  ...'The A An Armed Local Angry Some Several Many Unknown Unidentified Suspected'.split(' '),
  ...'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty'.split(' '),
  ...'Dozens Hundreds Other Others Both All Most Few Young Elderly Malian Burkinabe'.split(' '),
  ...'Nigerien Foreign'.split(' '),
  ...'Fulani Dogon Bambara Mossi Tuareg Arab Les Des Un Une La Le De Du'.split(' '),
])

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
}

/** The village militia a mention at [start, end) may stand for, or null. */
export function villageMilitia(
  text: string,
  start: number,
  end: number,
  country: string,
): ResolvedActor | null {
  const after = AFTER.exec(text.slice(end, end + 80))?.[1]
  const before = BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]
  const name = after ?? before
  if (!name || NOT_NAMES.has(name.split(' ')[0] ?? '')) return null
  // "the MNLA's unit", "MINUSMA agents": an organisation's acronym or possessive is no village.
  if (/^\p{Lu}{2,}$|['’]s$/u.test(name)) return null
  return {
    id: `communal-militia-${slug(name)}`,
    name: `${name} Communal Militia (${country})`,
    inter: 4,
    kind: 'identity-militia',
  }
}
