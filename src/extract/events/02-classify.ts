/**
 * @module
 * Pass 2: event type and sub-event type from the cue families of an event and the kind of its
 * target. Order here matters: note labels, then disrupted weapons, explosions, demonstrations,
 * sexual violence, abductions, territory, fighting and killing (civilian target → violence
 * against civilians, armed target → battle), looting, arrests, then strategic developments.
 */
import type { EventType } from '../../schema/event.js'
import type { Family } from './data/cues.js'
import type { CueHit, LabelHit } from './01-find-cues.js'

export interface Classified {
  readonly event_type: EventType
  readonly sub_event_type: string
  /** The cue that decided, for evidence. */
  readonly cue: CueHit | null
}

export interface ClassifyContext {
  /** The complex-attack test on the event's text (`COMPLEX_ATTACK`). */
  readonly complex: boolean
  readonly target: 'civilian' | 'armed' | 'none'
  /** Kind of the agent ('state', 'armed', 'unidentified', 'civilian', …) or 'none'. */
  readonly agent: string
  readonly deaths: number
  /** A killing word (killed, executed, found dead) is present, even without a count. */
  readonly lethal: boolean
  /** The text says there was no fighting ("takeover without any fighting"). */
  readonly noFight: boolean
  /** People were hurt or homes burned (an attack with theft is then an attack, not looting). */
  readonly harm: boolean
  /** The agent is a crowd (youths, residents, villagers): its violence is a riot. */
  readonly crowd: boolean
  /** A killing word names an execution: the victims were held, whoever they were. */
  readonly execution?: boolean
}

const VIOLENT: ReadonlySet<Family> = new Set(['attack', 'kill', 'clash'])

/** Type of an event with these cue hits, or null when no cue is strong enough. */
export function classify(
  hits: readonly CueHit[],
  label: LabelHit | null,
  ctx: ClassifyContext,
): Classified | null {
  const first = new Map<Family, CueHit>()
  for (const h of hits) if (!first.has(h.family)) first.set(h.family, h)
  const has = (f: Family): boolean => first.has(f)
  const pick = (t: EventType, sub: string, f: Family | null): Classified => ({
    event_type: t,
    sub_event_type: sub,
    cue: f ? (first.get(f) ?? null) : null,
  })
  if (label)
    return {
      event_type: label.event_type as EventType,
      sub_event_type: label.sub_event_type,
      cue: null,
    }
  const violent = [...VIOLENT].some(has)
  if (has('disrupted')) return pick('Strategic developments', 'Disrupted weapons use', 'disrupted')
  if (ctx.complex && violent && (has('ied') || has('air') || has('aircraft') || has('shelling'))) {
    return pick('Battles', 'Armed clash', has('clash') ? 'clash' : 'attack')
  }
  // A fight reported first, with air support or shells mentioned after it, is a battle.
  const clash = first.get('clash')
  const weapon = ['suicide', 'air', 'aircraft', 'shelling', 'grenade', 'ied']
    .map((f) => first.get(f as Family))
    .find((h) => h !== undefined)
  if (clash && weapon && clash.start < weapon.start) return pick('Battles', 'Armed clash', 'clash')
  if (has('suicide')) return pick('Explosions/Remote violence', 'Suicide bomb', 'suicide')
  if (has('air')) return pick('Explosions/Remote violence', 'Air/drone strike', 'air')
  if (has('aircraft') && !ctx.complex && (violent || ctx.deaths > 0)) {
    return pick('Explosions/Remote violence', 'Air/drone strike', 'aircraft')
  }
  if (has('shelling'))
    return pick('Explosions/Remote violence', 'Shelling/artillery/missile attack', 'shelling')
  if (has('grenade')) return pick('Explosions/Remote violence', 'Grenade', 'grenade')
  if (has('ied')) return pick('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'ied')
  if (has('excessive')) return pick('Protests', 'Excessive force against protesters', 'excessive')
  if (has('mob')) return pick('Riots', 'Mob violence', 'mob')
  if (has('riot')) return pick('Riots', 'Violent demonstration', 'riot')
  if (has('protest') && (has('looting') || has('clash')))
    return pick('Riots', 'Violent demonstration', 'protest')
  // Villagers fighting villagers or killing armed men act as a communal militia: a battle.
  const militia = has('clash') || (ctx.deaths > 0 && ctx.target === 'armed')
  if (ctx.crowd && !militia && (violent || has('looting'))) {
    const personal = ctx.target === 'civilian' && (has('kill') || has('attack')) && !has('looting')
    return personal
      ? pick('Riots', 'Mob violence', 'attack')
      : pick('Riots', 'Violent demonstration', has('looting') ? 'looting' : 'attack')
  }
  if (has('protest')) {
    if (has('intervention') || has('arrest'))
      return pick('Protests', 'Protest with intervention', 'protest')
    return pick('Protests', 'Peaceful protest', 'protest')
  }
  if (has('sexual')) return pick('Violence against civilians', 'Sexual violence', 'sexual')
  if (has('abduction') && ctx.deaths === 0 && !ctx.lethal) {
    if (ctx.target === 'armed') return pick('Battles', 'Armed clash', 'abduction')
    return pick('Violence against civilians', 'Abduction/forced disappearance', 'abduction')
  }
  if ((has('overtake') || has('regain') || has('transfer')) && ctx.noFight && !has('kill')) {
    return pick(
      'Strategic developments',
      'Non-violent transfer of territory',
      has('transfer') ? 'transfer' : has('overtake') ? 'overtake' : 'regain',
    )
  }
  if (has('overtake') && ctx.agent !== 'state')
    return pick('Battles', 'Non-state actor overtakes territory', 'overtake')
  if (has('regain') || (has('overtake') && ctx.agent === 'state')) {
    return pick('Battles', 'Government regains territory', has('regain') ? 'regain' : 'overtake')
  }
  if (
    has('looting') &&
    ctx.deaths === 0 &&
    !has('clash') &&
    !has('kill') &&
    !(has('attack') && ctx.harm) &&
    ctx.target !== 'armed'
  ) {
    return pick('Strategic developments', 'Looting/property destruction', 'looting')
  }
  if (violent) {
    const f: Family = has('clash') ? 'clash' : has('attack') ? 'attack' : 'kill'
    // An attack with no armed party named on the receiving end is one on civilians.
    const unarmed =
      ctx.target === 'civilian' ||
      (ctx.target === 'none' && ctx.agent !== 'state' && ctx.agent !== 'none')
    if ((unarmed || ctx.execution) && !has('clash')) {
      return pick('Violence against civilians', 'Attack', f)
    }
    return pick('Battles', 'Armed clash', f)
  }
  if (has('transfer'))
    return pick('Strategic developments', 'Non-violent transfer of territory', 'transfer')
  if (has('looting'))
    return pick('Strategic developments', 'Looting/property destruction', 'looting')
  if (has('arrest')) return pick('Strategic developments', 'Arrests', 'arrest')
  if (has('agreement')) return pick('Strategic developments', 'Agreement', 'agreement')
  if (has('change')) return pick('Strategic developments', 'Change to group/activity', 'change')
  if (has('base')) return pick('Strategic developments', 'Headquarters or base established', 'base')
  if (has('coup')) return pick('Strategic developments', 'Other', 'coup')
  if (has('other')) return pick('Strategic developments', 'Other', 'other')
  return null
}
