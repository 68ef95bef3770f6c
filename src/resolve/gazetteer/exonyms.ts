/**
 * @module
 * Exonyms and common press spellings of Sahel places that the GeoNames alternates lack:
 * alias → a name the gazetteer already knows. Applied when the Sahel index loads.
 */

export const EXONYMS: ReadonlyArray<readonly [alias: string, target: string]> = [
  ['Timbuktu', 'Tombouctou'],
  ['Tombouctou', 'Timbuktu'],
  ['Tomboctou', 'Timbuktu'],
  ['Mopti-Sévaré', 'Sévaré'],
  ['Gao city', 'Gao'],
  ['Ouaga', 'Ouagadougou'],
  ['Bobo', 'Bobo-Dioulasso'],
  ['Niamey city', 'Niamey'],
  ['Tillabery', 'Tillabéri'],
  ['Tillabéry', 'Tillabéri'],
  ['Tinzaouaten', 'Tin Zaouatene'],
  ['Tin-Zaouatene', 'Tin Zaouatene'],
  ['Ber', 'Bér'],
  ['Inekar', 'Inékar'],
  ['Djibo town', 'Djibo'],
]
