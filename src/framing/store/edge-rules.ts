/**
 * @module
 * Which relation rows an analyst would keep in the actor graph. In: an actor pair (with the ACLED
 * inter code of the acting side when an event gives it). Out: whether the edge is an actor
 * relation at all, and whether two names are one actor family. Why: a crowd (rioters,
 * protesters) or civilians are not parties that hold relations, so 'Civilians → attacker' or
 * 'Rioters hostile_to Government' is no edge; and an actor is never hostile to itself, even when
 * two names differ only by the period or unit ('Military Forces of Mali (2013-2020)' and
 * '… (2021-)', 'Islamic State' and 'Islamic State (Greater Sahara)').
 */

/** ACLED inter codes of actors that are not organised parties: rioters, protesters, civilians. */
const UNORGANISED_INTER = new Set([5, 6, 7])
const UNORGANISED_NAME = /^(?:Rioters|Protesters|Civilians)\b/u

/** The family of an actor name: without its period or branch in parentheses ('Islamic State'). */
export function actorFamily(name: string): string {
  return name.replace(/\s*\([^()]*\)/gu, '').replace(/\s+/gu, ' ').trim()
}

/** Whether two names are one actor (same name, or same family as stated by the registry). */
export function sameActor(a: string, b: string): boolean {
  return a === b || actorFamily(a) === actorFamily(b)
}

/** Whether the acting side is a crowd or civilians: no party to a relation. */
export function unorganised(name: string, inter?: number): boolean {
  return (inter !== undefined && UNORGANISED_INTER.has(inter)) || UNORGANISED_NAME.test(name)
}

/**
 * Whether a relation row between `a` (acting) and `b` belongs in the actor graph.
 * @example keepsEdge('Rioters (Niger)', 'Government of Niger (2023-)', 5) // false
 * @example keepsEdge('Forces of Mali (2013-2020)', 'Forces of Mali (2021-)') // false: itself
 */
export function keepsEdge(
  a: string,
  b: string,
  interA?: number,
  relation = 'hostile_to',
): boolean {
  if (a === '' || b === '' || a === b) return false
  // 'Islamic State (Greater Sahara) part_of Islamic State' is a branch, not a self relation.
  if (relation !== 'part_of' && sameActor(a, b)) return false
  return !unorganised(a, interA)
}
