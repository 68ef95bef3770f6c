/**
 * @module
 * Country names and demonyms (accent-folded) for the country hint of a document.
 */
export const COUNTRY_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Mali', /\b(?:mali|malian|malians|malien|maliens|malienne|maliennes|bamako)\b/g],
  ['Burkina Faso', /\b(?:burkina(?: faso)?|burkinabe|burkinabes|ouagadougou)\b/g],
  ['Niger', /\b(?:niger(?! river| delta| state)|nigerien|nigeriens|nigerienne|niamey)\b/g],
]
