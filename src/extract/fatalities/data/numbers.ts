/**
 * @module
 * Number words (English and French, accent-folded) and ACLED's conventions for vague counts:
 * "dozens" → 12, "tens"/"des dizaines" → 10, "hundreds" → 100, and an unknown number
 * ("several", "plusieurs", "an unknown number") → 3, ACLED's low estimate.
 */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, cent: 100,
}

/** Words that count as one only before a person noun ("a soldier", "un civil"). */
export const ARTICLES_ONE: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une'])

/** Approximate-count nouns: "une dizaine", "a dozen", "dozens", "des centaines". */
export const APPROX: Readonly<Record<string, number>> = {
  dozen: 12, dozens: 12, tens: 10, hundreds: 100, scores: 20, score: 20,
  dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, quinzaine: 15, vingtaine: 20,
  trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100,
  centaines: 100,
}

/** Vague words for an unknown number of victims. */
export const VAGUE: ReadonlySet<string> = new Set([
  'several', 'many', 'numerous', 'multiple', 'plusieurs', 'nombreux', 'nombreuses',
])

/** Words before a number that make it a lower bound ("at least 12", "au moins 12"). */
export const LOWER_BOUND: ReadonlySet<string> = new Set(['least', 'moins', 'over', 'than', 'plus'])

/** Heads that are not people: numbers before them are not victims. */
export const NOT_PEOPLE: ReadonlySet<string> = new Set([
  'cattle', 'cows', 'head', 'heads', 'animals', 'livestock', 'sheep', 'goats', 'camels', 'donkeys',
  'vehicles', 'vehicle', 'trucks', 'motorcycles', 'motorbikes', 'cars', 'km', 'kilometres',
  'kilometers', 'm', 'hours', 'days', 'weeks', 'months', 'years', 'times', 'betail', 'tetes',
  'vehicules', 'motos', 'camions', 'heures', 'jours', 'ans', 'kilometre', 'kilometres', 'villages',
  'houses', 'shops', 'schools', 'boeufs', 'chevres', 'moutons', 'percent', 'pourcent', 'attacks',
])
