/**
 * @module
 * Label-only mentions: words that name an actor without its name ('the junta', 'French
 * imperialism', 'colonial troops', 'the Bamako regime', 'private military companies'), and the
 * states and blocs that stand as actors in relations ('ECOWAS', 'Guinea'). Each rule has a
 * pattern (lexicon syntax, `{nat}` = a nationality adjective or capital city) and the actor it
 * means; `{country}` is filled from the nationality, or from the document's country.
 */

/** Nationality adjectives and capital cities (lower case) → country. */
export const NATIONALITIES: Readonly<Record<string, string>> = {
  french: 'France', 'français': 'France', 'française': 'France', 'françaises': 'France',
  paris: 'France', malian: 'Mali', malien: 'Mali', malienne: 'Mali', maliens: 'Mali',
  maliennes: 'Mali', bamako: 'Mali', russian: 'Russia', russe: 'Russia', russes: 'Russia',
  moscow: 'Russia', moscou: 'Russia', burkinabe: 'Burkina Faso', 'burkinabè': 'Burkina Faso',
  ouagadougou: 'Burkina Faso', nigerien: 'Niger', 'nigérien': 'Niger', 'nigérienne': 'Niger',
  niamey: 'Niger', chadian: 'Chad', tchadien: 'Chad', american: 'United States',
  'américain': 'United States', 'américaine': 'United States', us: 'United States',
  washington: 'United States', guinean: 'Guinea', 'guinéen': 'Guinea', algerian: 'Algeria',
  'algérien': 'Algeria', mauritanian: 'Mauritania', ivorian: 'Ivory Coast',
  british: 'United Kingdom', german: 'Germany', allemand: 'Germany', chinese: 'China',
  chinois: 'China', turkish: 'Turkey', turc: 'Turkey', nigerian: 'Nigeria', 'nigérian': 'Nigeria',
  libyan: 'Libya', libyen: 'Libya', libyenne: 'Libya', senegalese: 'Senegal',
  'sénégalais': 'Senegal',
  ghanaian: 'Ghana', beninese: 'Benin', 'béninois': 'Benin', togolese: 'Togo', togolais: 'Togo',
  moroccan: 'Morocco', marocain: 'Morocco', egyptian: 'Egypt', sudanese: 'Sudan',
  cameroonian: 'Cameroon', camerounais: 'Cameroon', tunisian: 'Tunisia', italian: 'Italy',
  italien: 'Italy', spanish: 'Spain', swedish: 'Sweden', belgian: 'Belgium', belge: 'Belgium',
  dutch: 'Netherlands', ukrainian: 'Ukraine', ukrainien: 'Ukraine', iranian: 'Iran',
  emirati: 'United Arab Emirates', qatari: 'Qatar', saudi: 'Saudi Arabia', canadian: 'Canada',
  mauritanien: 'Mauritania', ivoirien: 'Ivory Coast', ivoirienne: 'Ivory Coast',
  'tchadienne': 'Chad', 'burkinabé': 'Burkina Faso', 'guinéenne': 'Guinea',
  'algérienne': 'Algeria',
}

/**
 * Country names (lower case) → country: they stand where a nationality does in the rules
 * ('Mali government', "Niger's junta", 'the regime in Mali') but are no nationality adjective.
 */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  mali: 'Mali', niger: 'Niger', 'burkina faso': 'Burkina Faso', burkina: 'Burkina Faso',
  france: 'France', russia: 'Russia', russie: 'Russia', guinea: 'Guinea', 'guinée': 'Guinea',
  chad: 'Chad', tchad: 'Chad', algeria: 'Algeria', 'algérie': 'Algeria',
  mauritania: 'Mauritania', mauritanie: 'Mauritania', nigeria: 'Nigeria', libya: 'Libya',
  libye: 'Libya',
}

export interface LabelRule {
  /** Pattern words; `{nat}` is one word from NATIONALITIES. */
  readonly pattern: string
  /** Actor name template: `{country}` filled in, then resolved through the actor registry. */
  readonly actor: string
  /**
   * Before this date (YYYY-MM-DD) use `actorBefore` instead. `'junta'` takes the date from
   * JUNTA_GOVERNS for the country.
   */
  readonly until?: string
  readonly actorBefore?: string
  /**
   * A second actor the words also name. A junta is the army ruling as the government: it is
   * labelled as both once it governs, and as the army alone before (coup leaders not yet named
   * the government). Without a publication date, the army first and the government beside it.
   */
  readonly also?: string
}

/**
 * From when a country's junta is its government rather than a faction of its army (the junta
 * named a transitional government or took the presidency). Earlier mentions mean the army.
 */
export const JUNTA_GOVERNS: Readonly<Record<string, string>> = {
  Mali: '2021-01-01',
  'Burkina Faso': '2022-01-31',
  Niger: '2023-07-28',
  Guinea: '2021-09-06',
  Chad: '2021-04-21',
}

const FORCES = [
  'imperialism', 'occupation troops', 'occupation forces', 'occupying forces', 'occupying troops',
  'colonial troops', 'colonial forces', 'troops', 'forces', 'army', 'soldiers', 'military',
  'occupation', 'military presence', 'intervention', 'imperialist troops', 'imperialist forces',
]
const GOVERNMENT = ['regime', 'government', 'authorities', 'state', 'rulers', 'leaders']
const POSSESSED_FORCES = ['army', 'military', 'troops', 'forces', 'soldiers']

/** Ordered: the first rule that matches at a position wins (longer patterns first). */
export const LABEL_RULES: readonly LabelRule[] = [
  ...FORCES.map((f) => ({ pattern: `{nat} ${f}`, actor: 'Military Forces of {country}' })),
  ...['troupes', 'forces', 'armée', 'soldats', 'militaires'].map((f) => ({
    pattern: `${f} {nat}`,
    actor: 'Military Forces of {country}',
  })),
  ...GOVERNMENT.map((g) => ({ pattern: `{nat} ${g}`, actor: 'Government of {country}' })),
  // "Niger's government", "Ouagadougou's army"
  ...GOVERNMENT.map((g) => ({ pattern: `{nat}'s ${g}`, actor: 'Government of {country}' })),
  ...POSSESSED_FORCES.map((f) => ({
    pattern: `{nat}'s ${f}`,
    actor: 'Military Forces of {country}',
  })),
  ...['régime', 'junte', 'gouvernement', 'autorités', 'pouvoir'].map((g) => ({
    pattern: `${g} {nat}`,
    actor: 'Government of {country}',
  })),
  { pattern: 'régime de {nat}', actor: 'Government of {country}' },
  { pattern: 'regime in {nat}', actor: 'Government of {country}' },
  ...['colonial troops', 'colonial forces', 'colonial army', 'occupation troops',
    'occupation forces', 'occupying forces', 'former colonial power', 'troupes coloniales',
    'forces d’occupation', 'troupes d’occupation', 'armée d’occupation', 'puissance coloniale',
  ].map((p) => ({ pattern: p, actor: 'Military Forces of France' })),
  ...['group of terrorists', 'groups of terrorists', 'group of criminals', 'groups of criminals',
    'gang of criminals', 'terrorist groups', 'terrorist group', 'armed terrorist groups',
    'the enemy', 'enemy forces', 'enemies', 'groupe de terroristes', 'groupes de terroristes',
    'bande de criminels', 'l’ennemi', 'ennemis', 'refuges terroristes', 'sanctuaires terroristes',
    'bases terroristes', 'repaires terroristes', 'hordes terroristes', 'forces du mal',
  ].map((p) => ({ pattern: p, actor: 'Unidentified Armed Group ({country})' })),
  ...['private armed compan*', 'private military compan*', 'private security compan*',
    'sociétés militaires privées', 'société militaire privée', 'supplétifs russes',
  ].map((p) => ({ pattern: p, actor: 'Wagner Group' })),
  ...["{nat}'s ruling junta", "{nat}'s military junta", "{nat}'s new junta", "{nat}'s junta",
    'junta in {nat}', 'junte de {nat}', 'junte au pouvoir à {nat}', 'junte au pouvoir au {nat}',
    '{nat} military junta', '{nat} junta', 'military junta', 'junta', 'junte militaire',
    'junte {nat}',
    'junte', 'putschists', 'putschistes'].map(
    (p) => ({
      pattern: p,
      actor: 'Government of {country}',
      until: 'junta',
      actorBefore: 'Military Forces of {country}',
      also: 'Military Forces of {country}',
    }),
  ),
]

/** States and blocs named as actors in relations (name as written → actor). */
export const STATE_ACTORS: Readonly<Record<string, string>> = {
  Kremlin: 'Russia', 'Élysée': 'France', Elysée: 'France',
  France: 'France', Mali: 'Mali', Russia: 'Russia', Russie: 'Russia', Guinea: 'Guinea',
  'Guinée': 'Guinea', 'Burkina Faso': 'Burkina Faso', Niger: 'Niger', Algeria: 'Algeria',
  'Algérie': 'Algeria', Chad: 'Chad', Tchad: 'Chad', 'United States': 'United States',
  'États-Unis': 'United States', ECOWAS: 'ECOWAS',
  'Economic Community of West African States': 'ECOWAS', CEDEAO: 'ECOWAS',
  'African Union': 'African Union', 'Union africaine': 'African Union', NATO: 'NATO', OTAN: 'NATO',
  'European Union': 'European Union', 'Union européenne': 'European Union',
  Bamako: 'Government of Mali', Ouagadougou: 'Government of Burkina Faso',
  Niamey: 'Government of Niger', Moscow: 'Russia', Moscou: 'Russia', Paris: 'France',
  UN: 'United Nations', ONU: 'United Nations', 'United Nations': 'United Nations',
  Mauritania: 'Mauritania', Senegal: 'Senegal',
}

/** Parent organisations kept apart from their local branches in relations (longest first). */
export const PARENT_ORGS: Readonly<Record<string, readonly string[]>> = {
  AQIM: [
    'AQIM', 'AQMI', 'al-Qaida of the Islamic Maghreb', 'al-Qaeda of the Islamic Maghreb',
    'al-Qaida in the Islamic Maghreb', 'al-Qaeda in the Islamic Maghreb',
    'Al-Qaïda au Maghreb islamique',
  ],
  'al-Qaeda': ['al-Qaeda', 'al-Qaida', 'al Qaeda', 'al Qaida', 'Al-Qaïda', 'Al Qaïda'],
  'Islamic State': ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'État islamique', 'Etat islamique'],
}
