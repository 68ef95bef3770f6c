/**
 * @module
 * Context words for classification (accent-folded): crowds whose violence is a riot, lethal
 * words that make an abduction an attack, and the actor kinds that can carry out threats.
 */

export const CROWD =
  /\b(?:youths?|young (?:people|men)|residents|locals|inhabitants|villagers|crowds?|mob|population|jeunes|habitants|foule|villageois)\b/

export const LETHAL =
  /^(?:killed|killing|dead|died|execut\w*|murder\w*|behead\w*|bodies|corpses|tue(?!sday)\w*|morts?|assassin\w*)$/

export const ACTING: ReadonlySet<string> = new Set(['armed', 'unidentified', 'identity', 'state'])

/** Harm to people or homes: with an attack, it outweighs what was stolen or destroyed. */
export const HARM =
  /\b(?:opened fire|fired (?:on|at|upon)|ouvert le feu|assault\w*|beat(?:en|ing)?|wound\w*|injur\w*|shot|whipp\w*|tortur\w*|stabb\w*|burn\w* (?:down )?(?:the )?(?:[\w-]+ )?(?:villages?|hamlets?|houses?|huts?|homes?)|bless\w*|frapp\w*)\b/

/** Executions and assassinations (people held or off guard): violence against civilians. */
export const EXECUTION = /^(?:execut\w*|summar\w*|behead\w*|egorg\w*|fusill\w*|assassin\w*)$/
