/**
 * @module
 * Death cues (killed, dead, tués, morts…), the words that end a victim phrase (wounded,
 * abducted, blessés…), and the phrases that mean nobody died.
 */

/** Death words after which the count stands before ("five soldiers killed", "trois morts"). */
export const DEATH_WORDS: ReadonlySet<string> = new Set([
  'killed', 'dead', 'died', 'die', 'deaths', 'death', 'bodies', 'corpses', 'slain', 'murdered',
  'executed', 'assassinated', 'beheaded', 'neutralised', 'neutralized', 'perished', 'fatalities',
  'lifeless', 'tue', 'tues', 'tuee', 'tuees', 'mort', 'morts', 'deces', 'decedes', 'peri',
  'neutralises', 'neutralise', 'abattus', 'abattu', 'executes', 'assassines', 'assassine',
  'egorges', 'cadavres', 'corps', 'drowned', 'massacred', 'massacres', 'succumbed', 'lives',
  'strangled', 'beheaded', 'decapites', 'succombe',
])

/** Active verb forms whose object is the count ("killed six civilians", "a tué trois civils"). */
export const DEATH_VERBS: ReadonlySet<string> = new Set([
  'killed', 'killing', 'kill', 'kills', 'executed', 'executing', 'assassinated', 'murdered',
  'neutralised', 'neutralized', 'neutralising', 'neutralizing', 'tue', 'tuant', 'tuer', 'abattu',
  'abattant', 'execute', 'executant', 'neutralise', 'neutralisant', 'massacred', 'slaughtered',
  'beheaded', 'strangled',
])

/** Words that end a victim phrase: what follows or precedes is not about the dead. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'wounded', 'injured', 'injuring', 'wounding', 'hurt', 'abducted', 'kidnapped', 'arrested',
  'detained', 'captured', 'missing', 'escaped', 'released', 'including', 'among', 'while',
  'whereas', 'after', 'when', 'before', 'blesses', 'blesse', 'blessant', 'enleves', 'enlevees',
  'arretes', 'interpelles', 'captures', 'dont', 'disparus', 'survived', 'rescued', 'freed',
  'seized', 'burned', 'destroyed', 'stole', 'looted', 'displaced', 'fled', 'but', 'mais',
])

/** Phrases meaning no one died (accent-folded, lower-case). */
export const NO_DEATHS: readonly RegExp[] = [
  /\bno (?:casualties|fatalities|deaths?|victims?|loss(?:es)? of life)\b/,
  /\bno (?:one|body|civilians?|soldiers?|people) (?:was |were )?(?:killed|hurt|injured|died)\b/,
  /\bwithout (?:casualties|fatalities|(?:any )?loss of life|victims)\b/,
  /\b(?:sans|aucune?) (?:faire de )?(?:victimes?|pertes? en vies? humaines?|morts?)\b/,
  /\bcasualties (?:are|were|remain) unknown\b/,
]
