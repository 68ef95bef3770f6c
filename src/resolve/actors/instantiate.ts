/**
 * @module
 * Turns a registry id into the actor ACLED would code for one event: `{country}` comes from
 * the event's country, `{period}` from the regime in force at the event date (FAMa in 2018 →
 * 'Military Forces of Mali (2013-2020)'), state forces of another country get inter 8, and
 * component groups become their coalition after they joined it (Katiba Macina → JNIM).
 */
import { loadRegistry } from './registry.js'
import type { ActorEntry, NamePeriod, Regime } from './registry-types.js'
import type { ActorContext, ResolvedActor } from './types.js'

export const DEFAULT_COUNTRY = 'Mali'

export interface Instance {
  readonly actor: ResolvedActor
  readonly assoc?: ResolvedActor
}

/** 'Burkina Faso' → 'burkina-faso'. */
export function slugCountry(country: string): string {
  return country
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function inRange(date: string | undefined, from?: string, to?: string): boolean {
  if (date === undefined) return to === undefined
  return (from === undefined || date >= from) && (to === undefined || date < to)
}

/** The regime label for `country` at `date` (latest when no date; nearest when out of range). */
export function regimeLabel(country: string, date: string | undefined): string | undefined {
  const regimes: readonly Regime[] | undefined = loadRegistry().file.regimes[country]
  if (!regimes || regimes.length === 0) return undefined
  const hit = regimes.find((r) => inRange(date, r.from, r.to))
  if (hit) return hit.label
  const first = regimes[0]
  if (date !== undefined && first && date < first.from) return first.label
  return regimes[regimes.length - 1]?.label
}

function pickPeriod(entry: ActorEntry, country: string, date?: string): NamePeriod | undefined {
  const periods = entry.periods ?? []
  const fits = (p: NamePeriod) => !p.countries || p.countries.includes(country)
  return (
    periods.find((p) => fits(p) && inRange(date, p.from, p.to)) ??
    [...periods]
      .reverse()
      .find((p) => fits(p) && (date === undefined || !p.from || date >= p.from)) ??
    periods.find(fits)
  )
}

function fillName(entry: ActorEntry, name: string, country: string, date?: string): string {
  let out = name.replaceAll('{country}', country)
  if (out.includes('{year}')) {
    out = out.replace('{year}', date?.slice(0, 4) ?? String(new Date().getUTCFullYear()))
  }
  if (out.includes('{period}')) {
    const label = regimeLabel(entry.regime ?? entry.country ?? country, date)
    out = label ? out.replace('{period}', label) : out.replace(/\s*\(\{period\}\)/, '')
  }
  return out
}

/** Resolve registry id `id` (possibly with `{country}`) for an event context; null if unknown. */
export function instantiate(id: string, ctx: ActorContext = {}, depth = 0): Instance | null {
  const country = ctx.country ?? DEFAULT_COUNTRY
  const date = ctx.date?.slice(0, 10)
  const reg = loadRegistry()
  const concreteId = id.replaceAll('{country}', slugCountry(country))
  const entry = reg.byId.get(concreteId) ?? reg.byId.get(id)
  if (!entry || depth > 3) return null
  const period = entry.periods ? pickPeriod(entry, country, date) : undefined
  if (period?.ref) return instantiate(period.ref, ctx, depth + 1)
  const home = entry.country ?? country
  const foreign = (entry.kind === 'state' || entry.kind === 'government') && home !== country
  const self: ResolvedActor = {
    id: concreteId,
    name: fillName(entry, period?.name ?? entry.name, country, date),
    inter: foreign ? 8 : entry.inter,
    kind: entry.kind,
  }
  const member = entry.memberOf
  if (member && (date === undefined || date >= member.since)) {
    const parent = instantiate(member.ref, ctx, depth + 1)
    if (parent) return { actor: parent.actor, assoc: self }
  }
  return { actor: self }
}
