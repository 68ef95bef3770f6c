/**
 * @module
 * Builds one `EventRecord` from an event group: type, roles, date, tier, place, fatalities,
 * certainty and the evidence spans for each. Pure; the document-level context (mentions,
 * dates, country hint) is computed once by `extract-events.ts`.
 */
import type { DocInput } from '../schema/document.js'
import type { EventRecord, Span } from '../schema/event.js'
import { locateEvent, locateNational } from '../resolve/gazetteer/index.js'
import { assessCertainty } from './certainty/index.js'
import { type DateMention, resolveEventDate } from './dates/index.js'
import { COMPLEX_ATTACK, NO_FIGHT, WEAK_ALONE } from './events/data/cues.js'
import { classify } from './events/02-classify.js'
import type { EventGroup } from './events/03-segment.js'
import { combineCounts, countDeaths } from './fatalities/index.js'
import { assignRoles, findFrame, findRoleMentions, roleContext } from './roles/index.js'
import type { RoleFrame } from './roles/frame.js'
import type { RoleMention } from './roles/mentions.js'
import { makeSpan } from './text/span.js'
import { assessTier, backgroundYear, paragraphDate } from './tier/index.js'
import { ACTING, CROWD, EXECUTION, HARM, LETHAL } from './events/data/context.js'

export interface DocContext {
  readonly doc: DocInput
  /** The publication date was inferred from the text (see `anchorDate`). */
  readonly inferred: boolean
  readonly folded: string
  readonly dates: readonly DateMention[]
  readonly country: string
  readonly extractor: { readonly name: string; readonly version: string }
}

export interface BuildOptions {
  /** Geocode this span (one place of a listed set) rather than the whole event text. */
  readonly place?: { readonly start: number; readonly end: number }
  /** A later place of a listed set: its deaths were counted with the first place. */
  readonly noDeaths?: boolean
  /** The other items of a listed set: the actors named there are not this event's. */
  readonly exclude?: ReadonlyArray<{ readonly start: number; readonly end: number }>
}

/** The event of `group`, or null when its cues do not make an event. */
export function buildEvent(
  ctx: DocContext,
  group: EventGroup,
  n: number,
  opts: BuildOptions = {},
): EventRecord | null {
  const { doc, folded } = ctx
  const text = doc.text
  const { start, end } = group
  const hits = group.units.flatMap((u) => u.hits)
  const label = group.units[0]?.label ?? null
  const inside = ctx.dates.filter((d) => d.start >= start && d.end <= end)
  const counts = group.units.map((u) => countDeaths(text, u.start, u.end, inside, folded))
  const deaths = opts.noDeaths ? combineCounts([]) : combineCounts(counts)
  const firstCue = hits.find(
    (h) => h.family !== 'intervention' && !WEAK_ALONE.test(folded.slice(h.start, h.end)),
  )
  const date = resolveEventDate(
    text,
    ctx.dates,
    { start, end, ...(firstCue ? { cue: firstCue.start } : {}) },
    doc.published_at,
  )
  const focus = opts.place ?? { start, end }
  const located = locateEvent({ text, focus, ...(ctx.country ? { countryHint: ctx.country } : {}) })
  const country = located?.country || ctx.country
  const actorCtx = { ...(country ? { country } : {}), ...(date.date ? { date: date.date } : {}) }
  const roleCtx = { ...actorCtx, ...(located?.location ? { place: located.location } : {}) }
  // A mention inside an event word ('airstrikes' implying an air force) is not an actor here,
  // but a plain word for armed men used as the cue ('the attackers fled') still is the agent.
  const found = findRoleMentions(text, folded, start, end, actorCtx)
  const mentions = found.filter(
    (m) =>
      (!hits.some((h) => h.start <= m.start && m.end <= h.end) || agentNoun(m, found, folded)) &&
      !opts.exclude?.some((r) => r.start <= m.start && m.end <= r.end),
  )
  const mainCue = firstCue ?? { start }
  const frame = findFrame(folded, mentions, start, end, mainCue.start)
  const typeOf = (f: RoleFrame) =>
    classify(hits, label, {
      complex: COMPLEX_ATTACK.test(folded.slice(start, end)),
      noFight: NO_FIGHT.test(folded.slice(start, end)),
      lethal: hits.some((h) => h.family === 'kill' && LETHAL.test(folded.slice(h.start, h.end))),
      execution:
        firstCue?.family === 'kill' && EXECUTION.test(folded.slice(firstCue.start, firstCue.end)),
      target: f.target,
      agent: f.agent?.kind ?? 'none',
      deaths: deaths.value,
      harm: HARM.test(folded.slice(start, end)),
      crowd:
        f.agent !== null &&
        f.agent.kind === 'civilian' &&
        CROWD.test(folded.slice(f.agent.start, f.agent.end)),
    })
  const agent = frame.agent
  const first = typeOf(frame)
  if (!first) return null
  // When the first cue only burned or destroyed and a later sentence decided the type ('… burned
  // shops; soldiers then killed two traders'), the type and parties are read at the deciding cue.
  const later = first.cue && first.cue.start > mainCue.start ? first.cue : null
  const cut = later ? folded.slice(mainCue.start, later.start).search(/[.;]\s(?!.*[.;]\s)/) : -1
  const decided =
    later && cut >= 0 && firstCue?.family === 'looting' && later.family !== 'looting'
      ? findFrame(folded, mentions, mainCue.start + cut + 1, end, later.start)
      : frame
  const kind = decided === frame ? first : (typeOf(decided) ?? first)
  // Threats, warnings and sanctions are events only when an armed or state actor acts.
  if (kind.cue?.family === 'other' && !ACTING.has(agent?.kind ?? '')) return null
  const context = roleContext(text, folded, start, end, actorCtx)
  const roles = assignRoles(text, decided, kind.event_type, kind.sub_event_type, roleCtx, context)
  const tierInput = {
    date: date.date,
    mention: date.mention,
    inside,
    folded,
    from: start,
    to: end,
    published: doc.published_at,
    inferred: ctx.inferred,
    narrative: paragraphDate(folded, ctx.dates, start),
    ...(kind.cue ? { cue: kind.cue.start, cues: [...hits].sort((a, b) => a.start - b.start) } : {}),
  }
  const tier = assessTier(tierInput)
  // background told with a year only is dated in that year (precision 3)
  const year = backgroundYear(tierInput, tier)
  const when = year
    ? { date: year.date, precision: 3 as const, mention: year }
    : date
  // a protest that names no place is coded, as ACLED does, at the capital (precision 3)
  const place = located ?? (kind.event_type === 'Protests' ? locateNational(country) : null)
  const certainty = assessCertainty(folded, start, end)
  const evidence: Span[] = []
  const cue = kind.cue ?? label
  if (cue) evidence.push(makeSpan(text, cue.start, cue.end, 'type'))
  evidence.push(...roles.evidence)
  for (const s of located?.evidence ?? [])
    evidence.push(makeSpan(text, s.start, s.end, s.field ?? 'location'))
  if (when.mention) evidence.push(makeSpan(text, when.mention.start, when.mention.end, 'date'))
  for (const s of deaths.spans) evidence.push(makeSpan(text, s.start, s.end, 'fatalities'))
  if (certainty.span)
    evidence.push(makeSpan(text, certainty.span.start, certainty.span.end, 'certainty'))
  return {
    doc_id: doc.id,
    event_id: `${doc.id}:${n}`,
    event_date: when.date,
    time_precision: when.precision,
    event_type: kind.event_type,
    sub_event_type: kind.sub_event_type,
    actor1: roles.actor1,
    assoc_actor_1: roles.assoc1,
    actor2: roles.actor2,
    assoc_actor_2: roles.assoc2,
    inter1: roles.inter1,
    inter2: roles.inter2,
    country,
    admin1: place?.admin1 ?? '',
    admin2: place?.admin2 ?? '',
    location: place?.location ?? '',
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geo_precision: place?.geo_precision ?? 3,
    fatalities: deaths.value,
    fatalities_min: deaths.min,
    ...(deaths.max !== null ? { fatalities_max: deaths.max } : {}),
    certainty: certainty.certainty,
    tier,
    evidence,
    extractor: { ...ctx.extractor },
  }
}

/**
 * 'the attackers fled after MINUSMA returned fire': a plain word for armed men used as the cue
 * is still the (unnamed) party when its sentence names the side it fought.
 */
function agentNoun(m: RoleMention, all: readonly RoleMention[], folded: string): boolean {
  if (!m.generic || (m.kind !== 'armed' && m.kind !== 'unidentified')) return false
  return all.some(
    (o) =>
      o !== m &&
      !/[.;!?]\s/.test(folded.slice(Math.min(o.end, m.end), Math.max(o.start, m.start))),
  )
}
