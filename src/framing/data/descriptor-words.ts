/**
 * @module
 * Words that build descriptions around an actor's name: head nouns that may stand before a name
 * ('the jihadist group JNIM'), member nouns that take 'of'/'de' + name ('fighters of JNIM',
 * 'combattants de JNIM'), and adjective endings that premodify a label ('popular', 'violent').
 */

/** Head nouns allowed right before a name: '[the terrorist] group [X]'. */
export const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'group', 'groups', 'organisation', 'organization', 'movement', 'coalition', 'alliance', 'militia',
  'network', 'faction', 'outfit', 'force', 'company', 'leader', 'chief', 'commander', 'colonel',
  'general', 'president', 'minister', 'junta', 'regime', 'groupe', 'groupes', 'mouvement',
  'organisation', 'milice', 'coalition', 'chef', 'colonel', 'général', 'président', 'ministre',
  'junte', 'régime',
])

/** Member nouns that describe an actor through 'of'/'de': 'fighters of JNIM'. */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'fighters', 'members', 'militants', 'elements', 'combatants', 'jihadists', 'terrorists',
  'soldiers', 'troops', 'supporters', 'partisans', 'men', 'gunmen', 'mercenaries', 'henchmen',
  'combattants', 'membres', 'éléments', 'hommes', 'djihadistes', 'jihadistes', 'terroristes',
  'soldats', 'mercenaires', 'partisans', 'sbires', 'suppôts', 'affidés',
])

/** Linking words between a member noun and a name. */
export const OF_WORDS: ReadonlySet<string> = new Set([
  'of', 'of the', 'from', 'from the', 'de', 'de la', 'du', 'des', "d'", "de l'",
])

/** Adjective endings (beyond name-calling's) that premodify a label: 'popular', 'violent'. */
export const LABEL_ADJ_END = /(?:ar|ent|ant|ile|ible|able)$/
