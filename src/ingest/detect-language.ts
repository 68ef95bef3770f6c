/**
 * @module
 * A cheap language guess for the two languages of Sahel reporting. In: text. Out: `'en'`,
 * `'fr'` or null. It counts frequent function words; one language must clearly lead.
 */

const words = (s: string) => new Set(s.split(/\s+/))
const EN = words(`the and of to in was were is are that with for on by at from said has have had
  it this which who been their after`)
const FR = words(`le la les des du de et est dans une un que qui sur par pour au aux ont été ce il
  elle ne pas selon lors avec sont`)

/** Guesses `'en'` or `'fr'` from stopword counts; null when too little text or no clear lead. */
export function detectLanguage(text: string): 'en' | 'fr' | null {
  let en = 0
  let fr = 0
  for (const m of text.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[\p{L}']+/gu)) {
    // French elisions (l'armée, d'un, qu'il) count as the article or pronoun they stand for.
    const word = m[0].replace(/^(?:l|d|qu|j|n|s|c)'/, () => {
      fr++
      return ''
    })
    if (EN.has(word)) en++
    if (FR.has(word)) fr++
  }
  if (en + fr < 3) return null
  if (en >= 2 * fr) return 'en'
  if (fr >= 2 * en) return 'fr'
  return null
}
