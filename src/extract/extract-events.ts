/**
 * @module
 * The rule-based extraction pipeline for one document. Order here matters:
 * fold text → sentences → dates → places → country hint → segment events → build each
 * event (date, place, actor mentions, roles, type, tier, fatalities, certainty), one per place
 * when the event lists several → drop non-violent
 * harm → number the events in text order.
 */
import type { DocInput } from '../schema/document.js'
import type { EventRecord } from '../schema/event.js'
import { findActorMentions } from '../resolve/actors/index.js'
import {
  findPlaceMentions,
  inCauseClause,
  type PlaceMention,
} from '../resolve/gazetteer/index.js'
import { buildEvent, type DocContext } from './build-event.js'
import { actorCountry, countryHint } from './country/index.js'
import { anchorDate, findDates } from './dates/index.js'
import { segmentEvents } from './events/03-segment.js'
import { listItems, placeList } from './events/04-split-places.js'
import { antecedentFocus } from './events/antecedent.js'
import { dedupeEvents } from './events/05-dedupe.js'
import { isNonViolent, isNonViolentDocument } from './non-violence.js'
import { type Sentence, splitSentences } from './sentences/index.js'
import { foldText } from './text/span.js'
import { isBackgroundText } from './tier/index.js'
import { wordsRe } from './text/lexicon.js'

/**
 * Drops headings: a line of its own (line breaks around it, text after it) without final
 * punctuation — a headline, a subheading, a site's boilerplate ("Printer-friendly version").
 * Headlines repeat the lead event in other words and subheadings sum up commentary; the body
 * tells the same events with their day and place.
 */
function withoutHeadings(text: string, sentences: readonly Sentence[]): readonly Sentence[] {
  return sentences.filter((s) => {
    const own =
      /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, s.start - 20), s.start)) &&
      /^[ \t]*\n/.test(text.slice(s.end, s.end + 20))
    if (!own || s.end - s.start > 200 || !text.slice(s.end).trim()) return true
    // A list item ("- Gunmen killed three herders near Gao") is no heading.
    if (/^(?:[-•*–·▪]|\d{1,2}[.)])\s/.test(s.text)) return true
    return /[.!?…»"”]$/.test(s.text)
  })
}

/** Events that happen at each listed place (attacks, protests), unlike a statement naming capitals. */
const SPLIT_BY_PLACE = wordsRe([
  String.raw`attack\w*`,
  String.raw`attaqu\w*`,
  String.raw`protest\w*`,
  String.raw`demonstrat\w*`,
  String.raw`rall(?:y|ies)`,
  String.raw`march\w*`,
  String.raw`manifest\w*`,
  String.raw`killed`,
  String.raw`tues?`,
  String.raw`clash\w*`,
  String.raw`ambush\w*`,
  String.raw`raid\w*`,
  String.raw`burn\w*`,
  String.raw`strikes?`,
  String.raw`frappes?`,
  String.raw`abduct\w*`,
  String.raw`enlev\w*`,
])

/** A mention that only names a country, a national capital or a city of the world list. */
function isCoarse(p: PlaceMention): boolean {
  const best = p.candidates[0]
  return !best || best.kind === 'country' || best.featureCode === 'PPLC' || best.source === 'world'
}

/** Inter codes of armed actors (state, rebels, militias, external forces). */
const ARMED_INTER: ReadonlySet<number> = new Set([1, 2, 3, 4, 8])

export const EXTRACTOR = { name: 'faultline-rules', version: '0.1.0' } as const

/** Events of `doc`, in text order, ids `${doc.id}:${n}` from 1. */
export function extractEvents(doc: DocInput): EventRecord[] {
  const text = doc.text
  if (!text.trim()) return []
  const folded = foldText(text)
  const sentences = splitSentences(text)
  // Without a publication date, the document's latest dated statement anchors relative dates.
  const published = doc.published_at ?? anchorDate(findDates(text, null))
  const dated: DocInput = published ? { ...doc, published_at: published } : doc
  const dates = findDates(text, published)
  const places = findPlaceMentions(text)
  const country = countryHint(folded, places) || actorCountry(text)
  // a place in a cause clause ('following threats in X, strikes hit Y') is no event's place
  const eventPlaces = places.filter((p) => !inCauseClause(text, p.start, p.end))
  const placeAt = (from: number, to: number): string[] =>
    eventPlaces.filter((p) => p.start >= from && p.end <= to).map((p) => foldText(p.text))
  const background = (from: number, to: number): boolean =>
    isBackgroundText(folded, from, to, dates, published, !doc.published_at)
  const actors = findActorMentions(text, country ? { country } : {})
    .filter((m) => !m.weak)
    .map((m) => ({
      start: m.start,
      end: m.end,
      name: m.actor.name,
      armed: ARMED_INTER.has(m.actor.inter),
    }))
  const groups = segmentEvents(
    withoutHeadings(text, sentences),
    folded,
    dates,
    placeAt,
    background,
    actors,
  )
  // A country, a capital or a city abroad anchors no event: commentary names them too.
  const anchored = (from: number, to: number): boolean =>
    dates.some((d) => d.start >= from && d.end <= to && d.kind !== 'year') ||
    places.some((p) => p.start >= from && p.end <= to && !isCoarse(p))
  const ctx: DocContext = {
    doc: dated,
    inferred: !doc.published_at,
    folded,
    dates,
    country,
    extractor: EXTRACTOR,
  }
  const out: EventRecord[] = []
  const calm = isNonViolentDocument(folded)
  const long = sentences.length > 4
  for (let g of groups) {
    if (isNonViolent(folded, g.start, g.end, calm)) continue
    // In a long article, a later event that names neither a day, a place nor a toll is commentary.
    const loose = long && out.length > 0 && !anchored(g.start, g.end)
    // The places are listed in the first unit that names one finer than a country or capital.
    const at = g.units.findIndex((u) =>
      eventPlaces.some((p) => p.start >= u.start && p.end <= u.end && !isCoarse(p)),
    )
    const first = g.units[at]
    const list =
      first && SPLIT_BY_PLACE.test(folded.slice(first.start, first.end))
        ? placeList(folded, eventPlaces, first.start, first.end)
        : null
    if (list && first && at > 0) {
      // "64 killed in two attacks. | The attacks targeted a boat on the river and the army post
      // in Bamba": the lede is a telling of its own, which 05 merges into the item it retells.
      const lede = g.units.slice(0, at)
      const ev = buildEvent(ctx, { units: lede, start: g.start, end: first.start }, out.length + 1)
      if (ev) out.push(ev)
      g = { units: g.units.slice(at), start: first.start, end: g.end }
    }
    if (!list) {
      const focus = antecedentFocus(folded, sentences, eventPlaces, g)
      const ev = buildEvent(ctx, g, out.length + 1, focus ? { place: focus } : {})
      if (ev && (!loose || ev.fatalities > 0)) out.push(ev)
      continue
    }
    // The first item's target starts after the last cue before its place ("targeted | a boat").
    const cueBefore = first?.hits.filter((h) => h.end <= (list[0]?.start ?? 0)).at(-1)
    const items = listItems(folded, list, cueBefore?.end ?? list[0]?.start ?? 0)
    list.forEach((p, i) => {
      const ev = buildEvent(ctx, g, out.length + 1, {
        place: { start: p.start, end: p.end },
        noDeaths: i > 0,
        exclude: items.filter((_, k) => k !== i),
      })
      if (ev) out.push(ev)
    })
  }
  return dedupeEvents(out, doc.id)
}
