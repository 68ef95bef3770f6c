/**
 * @module
 * The location of an event whose place no gazetteer knows and no other named place stands in
 * for: the name is kept as written (a commune known without a point: as its list writes it)
 * with an empty point (no invented coordinates) at geo_precision 3. Its admin units come from what
 * the text says: the commune known by its cercle (communes-no-point.json), a commune named in the
 * event's sentences, else the resolved place nearest to the name in the event's sentences, then in
 * the whole text (not merely the first).
 */
import type { ResolvedMention } from './disambiguate.js'
import { adminOnly } from './no-point.js'
import type { LocateContext, LocatedEvent, Place } from './types.js'

/** The admin names of the first commune known without a point among `mentions`. */
function communeNear(mentions: readonly ResolvedMention[]) {
  for (const r of mentions) {
    const known = r.place ? undefined : adminOnly(r.mention.text)
    if (known) return known
  }
  return undefined
}

/** The resolved place (no country) nearest in the text to `chosen`, preferring `own`. */
function nearestPlace(
  chosen: ResolvedMention,
  own: readonly ResolvedMention[],
  all: readonly ResolvedMention[],
): Place | undefined {
  const at = chosen.mention.start
  for (const list of [own, all]) {
    const local = list.filter((r) => r.place && r.place.kind !== 'country')
    local.sort((a, b) => Math.abs(a.mention.start - at) - Math.abs(b.mention.start - at))
    const found = local[0]?.place
    if (found) return found
  }
  return undefined
}

/** The location of `chosen`, a name no gazetteer knows, from its admin units only. */
export function unknownPlace(
  ctx: LocateContext,
  chosen: ResolvedMention,
  own: readonly ResolvedMention[],
  all: readonly ResolvedMention[],
  evidence: LocatedEvent['evidence'],
): LocatedEvent {
  const commune = adminOnly(chosen.mention.text)
  const known = commune ?? communeNear(own)
  const near = nearestPlace(chosen, own, all)
  const anyCountry = all.find((r) => r.place)?.place?.country
  const country = known?.country ?? ctx.countryHint ?? near?.country ?? anyCountry ?? ''
  const admin1 = known?.admin1 ?? (near?.country === country ? near.admin1 : '')
  const admin2 = known?.admin2 ?? ''
  return {
    // a commune the list knows is written as the list writes it ('Tinhama' → Tin-Hama)
    location: commune?.name || chosen.mention.text,
    country,
    admin1,
    admin2,
    latitude: null,
    longitude: null,
    // only the area is known for sure (05-dedupe reads precision 3 as a vague telling)
    geo_precision: 3,
    evidence,
  }
}
