/**
 * @module
 * Peoples (accent-folded) who live in one of the Sahel countries far more than in the others:
 * a weak vote for the document's country ('clashes between Moba and Yana farmers').
 */
const words = (list: readonly string[]): RegExp => new RegExp(`\\b(?:${list.join('|')})\\b`, 'g')

export const PEOPLE_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'Mali',
    words(['dogons?', 'bambaras?', 'bozos?', 'malinkes?', 'dawsahak', 'idaksahak', 'imghad']),
  ],
  [
    'Burkina Faso',
    words([
      'mossis?',
      'gourmantches?',
      'gourmantche',
      'lobis?',
      'dagaras?',
      'dagaris?',
      'bwabas?',
      'mobas?',
      'yaanas?',
      'yanas?',
      'bissas?',
      'gurunsis?',
      'kurumbas?',
      'samos?',
    ]),
  ],
]
