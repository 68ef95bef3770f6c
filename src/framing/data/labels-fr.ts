/**
 * @module
 * French name-calling lexicon (same layout as the English one). Sahel reporting has its own
 * stock labels: 'bandits armés', 'groupes armés terroristes' (GAT), 'forces d'occupation'.
 */

export const LABEL_NOUNS_FR: readonly string[] = [
  'terroriste', 'terroristes', 'bandits', 'criminels', 'mercenaire*', 'traître*', 'fantoche*',
  'laquais', 'valet*', 'suppôt*', 'supplétif*', 'junte', 'juntes', 'tyran*', 'despote*',
  'dictateur*', 'seigneur* de guerre', 'hordes', 'horde', 'extrémistes', 'fanatiques',
  'obscurantistes', 'envahisseur*', 'occupant*', 'impérialistes', 'colonialistes',
  'néocolonialistes', 'assassins', 'tueurs', 'égorgeurs', 'bourreau*', 'barbares', 'monstre*',
  'lâches', 'hors-la-loi', 'fous de dieu', 'narcoterroriste*', 'narco-terroriste*', 'marionnette*',
  'usurpateur*', 'putschiste*', 'régime', 'clique', 'pègre', 'racaille', 'crapule*', 'vermine',
  'martyrs', 'héros', 'patriotes', 'libérateurs',
]

export const LABEL_PHRASES_FR: readonly string[] = [
  'forces d’occupation', 'troupes d’occupation', 'armée d’occupation', 'forces coloniales',
  'troupes coloniales', 'armée coloniale', 'puissances impérialistes', 'forces impérialistes',
  'groupes armés terroristes', 'groupe armé terroriste', 'groupes terroristes', 'groupe terroriste',
  'bandits armés', 'hommes armés non identifiés', 'forces du mal', 'ennemis de la nation',
  'ennemis de la patrie', 'ennemis du peuple', 'régime fantoche', 'gouvernement fantoche',
  'sociétés militaires privées', 'société militaire privée', 'hordes terroristes',
  'hordes djihadistes', 'hordes jihadistes', 'nébuleuse terroriste', 'refuges terroristes',
  'sanctuaires terroristes', 'puissance coloniale',
]

export const PEOPLE_NOUNS_FR: readonly string[] = [
  'gens', 'hommes', 'individus', 'élites', 'dirigeants', 'gouvernement', 'troupes', 'forces',
  'soldats', 'armée', 'militaires', 'groupes', 'groupe', 'combattants', 'autorités', 'régime',
  'junte', 'pouvoir', 'puissances', 'assaillants', 'miliciens', 'milices', 'alliés', 'maîtres',
  'ennemi', 'ennemis', 'djihadistes', 'jihadistes', 'islamistes', 'rebelles',
]
