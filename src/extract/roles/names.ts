/**
 * @module
 * ACLED-style names for actors the registry did not name: generic descriptions get the
 * conventional names ('Unidentified Armed Group (Mali)', 'Civilians (Mali)', 'Protesters
 * (Mali)', 'Rioters (Mali)', 'Military Forces of Mali', 'Police Forces of Mali').
 */
import type { RoleMention } from './mentions.js'

export interface NamedActor {
  readonly name: string
  readonly inter: number
}

function suffix(country: string): string {
  return country ? ` (${country})` : ''
}

export const civilians = (country: string): NamedActor => ({ name: `Civilians${suffix(country)}`, inter: 7 })
export const protesters = (country: string): NamedActor => ({ name: `Protesters${suffix(country)}`, inter: 6 })
export const rioters = (country: string): NamedActor => ({ name: `Rioters${suffix(country)}`, inter: 5 })
export const unidentified = (country: string): NamedActor => ({
  name: `Unidentified Armed Group${suffix(country)}`,
  inter: 3,
})

/** The ACLED-style name of a mention, by the registry when it knows it. */
export function nameActor(m: RoleMention, country: string): NamedActor {
  if (m.name) return { name: m.name, inter: m.inter }
  const t = m.text.toLowerCase()
  switch (m.kind) {
    case 'civilian':
      return civilians(country)
    case 'protester':
      return protesters(country)
    case 'rioter':
      return rioters(country)
    case 'state':
      if (/gendarm|police|policier/.test(t)) return { name: `Police Forces of ${country || 'Unknown'}`, inter: 1 }
      return { name: `Military Forces of ${country || 'Unknown'}`, inter: 1 }
    case 'identity':
    case 'armed':
      if (/dozo|hunter|chasseur/.test(t)) return { name: `Dozo Communal Militia${suffix(country)}`, inter: 4 }
      return unidentified(country)
    default:
      return unidentified(country)
  }
}
