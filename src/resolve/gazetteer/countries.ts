/**
 * @module
 * Countries that Sahel conflict reporting names, with English and French names and an
 * approximate centroid (for events located only by country: geo_precision 3).
 */

export interface Country {
  readonly code: string
  readonly en: string
  readonly fr: readonly string[]
  /** Main city (in English): world-city matches elsewhere need the country named in the text. */
  readonly capital: string
  readonly lat: number
  readonly lon: number
}

export const COUNTRIES: readonly Country[] = [
  { code: 'ML', en: 'Mali', fr: ['Mali'], capital: 'Bamako', lat: 17.57, lon: -3.99 },
  {
    code: 'BF',
    en: 'Burkina Faso',
    fr: ['Burkina Faso', 'Burkina'],
    capital: 'Ouagadougou',
    lat: 12.24,
    lon: -1.56,
  },
  { code: 'NE', en: 'Niger', fr: ['Niger'], capital: 'Niamey', lat: 17.61, lon: 8.08 },
  {
    code: 'MR',
    en: 'Mauritania',
    fr: ['Mauritanie'],
    capital: 'Nouakchott',
    lat: 21.01,
    lon: -10.94,
  },
  { code: 'DZ', en: 'Algeria', fr: ['Algérie'], capital: 'Algiers', lat: 28.03, lon: 1.66 },
  { code: 'SN', en: 'Senegal', fr: ['Sénégal'], capital: 'Dakar', lat: 14.5, lon: -14.45 },
  {
    code: 'CI',
    en: "Cote d'Ivoire",
    fr: ["Côte d'Ivoire", 'Ivory Coast'],
    capital: 'Abidjan',
    lat: 7.54,
    lon: -5.55,
  },
  { code: 'GN', en: 'Guinea', fr: ['Guinée'], capital: 'Conakry', lat: 9.95, lon: -9.7 },
  { code: 'TD', en: 'Chad', fr: ['Tchad'], capital: "N'Djamena", lat: 15.45, lon: 18.73 },
  { code: 'NG', en: 'Nigeria', fr: ['Nigeria', 'Nigéria'], capital: 'Abuja', lat: 9.08, lon: 8.68 },
  { code: 'BJ', en: 'Benin', fr: ['Bénin'], capital: 'Cotonou', lat: 9.31, lon: 2.32 },
  { code: 'TG', en: 'Togo', fr: ['Togo'], capital: 'Lome', lat: 8.62, lon: 0.82 },
  { code: 'GH', en: 'Ghana', fr: ['Ghana'], capital: 'Accra', lat: 7.95, lon: -1.02 },
  { code: 'LY', en: 'Libya', fr: ['Libye'], capital: 'Tripoli', lat: 26.34, lon: 17.23 },
  { code: 'MA', en: 'Morocco', fr: ['Maroc'], capital: 'Rabat', lat: 31.79, lon: -7.09 },
  { code: 'TN', en: 'Tunisia', fr: ['Tunisie'], capital: 'Tunis', lat: 33.89, lon: 9.54 },
  { code: 'CM', en: 'Cameroon', fr: ['Cameroun'], capital: 'Yaounde', lat: 7.37, lon: 12.35 },
  { code: 'SD', en: 'Sudan', fr: ['Soudan'], capital: 'Khartoum', lat: 12.86, lon: 30.22 },
  { code: 'GM', en: 'Gambia', fr: ['Gambie'], capital: 'Banjul', lat: 13.44, lon: -15.31 },
  {
    code: 'GW',
    en: 'Guinea-Bissau',
    fr: ['Guinée-Bissau'],
    capital: 'Bissau',
    lat: 11.8,
    lon: -15.18,
  },
  { code: 'FR', en: 'France', fr: ['France'], capital: 'Paris', lat: 46.23, lon: 2.21 },
  { code: 'RU', en: 'Russia', fr: ['Russie'], capital: 'Moscow', lat: 61.52, lon: 105.32 },
  {
    code: 'US',
    en: 'United States',
    fr: ['États-Unis', 'USA'],
    capital: 'Washington',
    lat: 37.09,
    lon: -95.71,
  },
  {
    code: 'GB',
    en: 'United Kingdom',
    fr: ['Royaume-Uni', 'Britain'],
    capital: 'London',
    lat: 55.38,
    lon: -3.44,
  },
  { code: 'DE', en: 'Germany', fr: ['Allemagne'], capital: 'Berlin', lat: 51.17, lon: 10.45 },
  { code: 'BE', en: 'Belgium', fr: ['Belgique'], capital: 'Brussels', lat: 50.5, lon: 4.47 },
  { code: 'TR', en: 'Turkey', fr: ['Turquie'], capital: 'Ankara', lat: 38.96, lon: 35.24 },
  { code: 'CN', en: 'China', fr: ['Chine'], capital: 'Beijing', lat: 35.86, lon: 104.2 },
  { code: 'UA', en: 'Ukraine', fr: ['Ukraine'], capital: 'Kyiv', lat: 48.38, lon: 31.17 },
]

export const COUNTRY_BY_CODE: ReadonlyMap<string, Country> = new Map(
  COUNTRIES.map((c) => [c.code, c]),
)

/** Country by English name ('Mali'), French name or ISO code, case-insensitive. */
export function findCountry(name: string): Country | undefined {
  const key = name.trim().toLowerCase()
  return COUNTRIES.find(
    (c) =>
      c.code.toLowerCase() === key ||
      c.en.toLowerCase() === key ||
      c.fr.some((f) => f.toLowerCase() === key),
  )
}
