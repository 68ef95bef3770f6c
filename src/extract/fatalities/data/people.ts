/**
 * @module
 * Person nouns (English and French, folded): "a soldier was killed" counts one victim, "a
 * vehicle" does not.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'soldier', 'soldiers', 'civilian', 'civilians', 'man', 'men', 'woman', 'women', 'child',
  'children', 'boy', 'girl', 'farmer', 'herder', 'herdsman', 'shepherd', 'member', 'leader',
  'chief', 'mayor', 'militant', 'jihadist', 'gendarme', 'policeman', 'police', 'officer',
  'peacekeeper', 'villager', 'person', 'people', 'individual', 'trader', 'merchant', 'driver',
  'imam', 'teacher', 'student', 'pupil', 'fighter', 'militiaman', 'militiamen', 'guard',
  'official', 'councillor', 'councilor', 'deputy', 'customs', 'worker', 'resident', 'inhabitant',
  'assailant', 'attacker', 'gunman', 'hunter', 'dozo', 'volunteer', 'vdp', 'brother', 'son',
  'father', 'relative', 'commander', 'marabout', 'notable', 'elder', 'cleric', 'preacher',
  'soldat', 'soldats', 'civil', 'civils', 'homme', 'hommes', 'femme', 'femmes', 'enfant',
  'enfants', 'berger', 'eleveur', 'cultivateur', 'paysan', 'chef', 'maire', 'gendarmes',
  'policier', 'villageois', 'personne', 'personnes', 'individu', 'commercant', 'chauffeur',
  'enseignant', 'eleve', 'jihadiste', 'djihadiste', 'terroriste', 'combattant', 'militaire',
  'militaires', 'elu', 'conseiller', 'agent', 'casque', 'assaillant', 'fidele', 'orpailleur',
  'miner', 'councilman', 'shopkeeper', 'fisherman', 'guide', 'element', 'herdsman', 'thief',
  'youth', 'apprentice', 'coordinator', 'prefect', 'subprefect', 'president', 'mp', 'nurse', 'doctor',
  'he', 'she', 'il', 'elle', 'victim', 'victime', 'nomad', 'pecheur', 'guard', 'lieutenant', 'captain',
  'sergeant', 'head', 'associate', 'informer', 'secretary', 'occupant', 'colonel', 'general', 'corporal', 'private', 'staff', 'employee', 'contractor', 'passenger', 'passagers', 'passager', 'pastor', 'priest', 'journalist', 'journaliste',
])

/** Person nouns that are plural although they do not end in -s. */
export const PLURAL_PERSONS: ReadonlySet<string> = new Set(['men', 'women', 'children', 'people', 'militiamen', 'police', 'staff', 'youth'])
