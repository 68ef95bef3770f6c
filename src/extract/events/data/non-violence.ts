/**
 * @module
 * Cues of non-political harm and non-violent news (accent-folded): floods, mine collapses,
 * accidents, disease, harvests, sport. A sentence with one of these and no armed actor or
 * weapon word yields no violent event.
 */
export const NON_VIOLENT_CONTEXT =
  /\b(?:floods?|flooding|inondations?|torrential|heavy rains?|pluies?|rainfall|landslides?|collaps\w*|effondr\w*|eboulement|accidents?|crash\w*|collision|drown\w*|noy\w*|cholera|epidemic|epidemie|disease|maladie|meningitis|malaria|outbreak|harvest\w*|recolte|cotton|coton|football|match|tournament|championnat|lightning|foudre|heatwave|canicule|fire broke out|incendie accidentel|stampede|bousculade)\b/

export const ARMED_OR_WEAPON =
  /\b(?:gunmen|armed|militants?|jihadis\w*|djihadis\w*|terroris\w*|soldiers?|troops|army|armee|militaires?|assailants?|attackers?|rebels?|militia\w*|milicien\w*|insurg\w*|bandits?|shot|gun\w*|weapons?|ied|explosive|attack\w*|attaqu\w*|ambush\w*|embuscade|kidnap\w*|abduct\w*|enlev\w*|protest\w*|manifest\w*)\b/
