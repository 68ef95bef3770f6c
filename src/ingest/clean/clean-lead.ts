/**
 * @module
 * The top of a document before its first paragraph of prose (the lead), cleaned. In: normalised
 * text. Out: the text without the site furniture of mirrors and aggregators (lines in another
 * script, site addresses, e-mail, subscribe and language-menu lines, and the mottos between
 * them) and without byline and dateline lines, whose author and date it returns as metadata.
 * Runs before the text is stored and hashed, so evidence offsets refer to the cleaned text.
 * Nothing after the lead is touched, and a lead that is all furniture is left as it was.
 */
import { furniture, mainScript } from './boilerplate.js'
import type { Furniture } from './boilerplate.js'
import { parseByline } from './byline.js'
import type { Byline } from './byline.js'

/** Why a line was removed: furniture, a byline, or header above a byline. */
export type Removal = Furniture | 'byline' | 'header'

export interface CleanedLead {
  readonly text: string
  readonly author: string | null
  /** The publication date a byline or dateline states (an update date when that is all). */
  readonly published: string | null
  /** The lines taken out, each with why (for tests and `--verbose` tools). */
  readonly removed: readonly { readonly line: string; readonly why: Removal }[]
}

/** The lead ends at the first prose line or after this many non-empty lines. */
const MAX_LEAD_LINES = 16
const MAX_LEAD_CHARS = 2500

/** A line of running text: long, or a sentence that ends like one. */
function isProse(line: string): boolean {
  const words = line.trim().split(/\s+/).length
  return words >= 15 || (words >= 6 && /[.!?…»"”)]$/.test(line.trim()))
}

type Kind =
  | { kind: 'keep' }
  | { kind: 'furniture'; why: Furniture }
  | { kind: 'byline'; by: Byline }

function classify(line: string, main: ReturnType<typeof mainScript>): Kind {
  const why = furniture(line, main)
  if (why !== null) return { kind: 'furniture', why }
  const by = parseByline(line)
  return by === null ? { kind: 'keep' } : { kind: 'byline', by }
}

/** Cleans the lead of `text` (already normalised: LF line ends, no trailing spaces). */
export function cleanLead(text: string): CleanedLead {
  const lines = text.split('\n')
  const main = mainScript(text)
  const lead: { i: number; kind: Kind }[] = []
  let chars = 0
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue
    if (isProse(line) || lead.length >= MAX_LEAD_LINES || chars > MAX_LEAD_CHARS) break
    lead.push({ i, kind: classify(line, main) })
    chars += line.length
  }
  const drop = new Map<number, Removal>()
  const furnitureAt = lead.filter((l) => l.kind.kind === 'furniture').map((l) => l.i)
  const lastFurniture = furnitureAt.at(-1) ?? -1
  // The article starts at a byline below the site header: every line above the header's last
  // furniture is header too (mottos, site names). Without such a byline a short line between
  // furniture may be the title, so it stays.
  const bylineBelow = lead.some((l) => l.kind.kind === 'byline' && l.i > lastFurniture)
  for (const { i, kind } of lead) {
    if (kind.kind === 'furniture') drop.set(i, kind.why)
    else if (kind.kind === 'byline') drop.set(i, 'byline')
    else if (bylineBelow && i < lastFurniture) drop.set(i, 'header')
  }
  const kept = lines.filter((_, i) => !drop.has(i))
  if (drop.size === 0 || kept.every((l) => l.trim() === '')) {
    return { text, author: null, published: null, removed: [] }
  }
  const bylines = lead.flatMap((l) => (l.kind.kind === 'byline' ? [l.kind.by] : []))
  const published =
    bylines.find((b) => b.published !== null && !b.updated)?.published ??
    bylines.find((b) => b.published !== null)?.published ??
    null
  return {
    text: kept.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, ''),
    author: bylines.find((b) => b.author !== null)?.author ?? null,
    published,
    removed: [...drop].map(([i, why]) => ({ line: lines[i] ?? '', why })),
  }
}
