/**
 * @module
 * Weapon cues: disrupted weapons use, suicide bombs, air strikes and aircraft, shelling, grenades,
 * mines and IEDs. See `cues.ts` for the table and weights.
 */
import { wordsRe } from '../../text/lexicon.js'
import type { Cue } from './cues.js'

const MINE = String.raw`(?<!gold |artisanal |d'or |aurifere )(?:land)?mines?\b(?! d'or| aurifere| site| worker)`

export const WEAPON_CUES: readonly Cue[] = [
  {
    family: 'disrupted',
    weight: 95,
    re: wordsRe([
      String.raw`defused`,
      String.raw`defuse`,
      String.raw`dispos\w* of`,
      String.raw`dismantled`,
      String.raw`desamorc\w*`,
      String.raw`neutrali[sz]ed (?:an? |the )?(?:ied|explosive|mine|bomb)`,
      String.raw`(?:discovered|found|seized|recovered|decouvert\w*|saisi\w*) (?:an? |the |several |two |three |some )?(?:ieds?|improvised explosive|explosive devices?|engins? explosifs?|landmines?|mines?|weapons? caches?|arms caches?|caches? of|stock of|weapons and ammunition|armes)`,
      String.raw`while (?:planting|laying|setting up|handling) (?:an? |the )?(?:ied|mine|explosive|bomb)`,
      String.raw`(?:en train de|en posant) (?:poser|placer)? ?(?:un |des )?(?:engins?|mines?)`,
    ]),
  },
  {
    family: 'suicide',
    weight: 90,
    re: wordsRe([
      String.raw`suicide (?:bomb\w*|attack\w*|car|vehicle|vest)`,
      String.raw`kamikazes?`,
      String.raw`vbied`,
      String.raw`svbied`,
      String.raw`vehicule piege`,
    ]),
  },
  {
    family: 'air',
    weight: 88,
    re: wordsRe([
      String.raw`(?:carried out|conducted|launched) (?:an? |several |multiple |a series of )?(?:air |aerial )?strikes?`,
      String.raw`air ?strikes?`,
      String.raw`air raids?`,
      String.raw`airstrikes?`,
      String.raw`drone strikes?`,
      String.raw`aerial (?:strikes?|bombardments?|attacks?)`,
      String.raw`frappes? aeriennes?`,
      String.raw`bombardements? aeriens?`,
      String.raw`frappes? de drones?`,
      String.raw`airborne strikes?`,
      // bare 'strikes' that hit a target: the military sense, not a labour strike
      String.raw`frappes? (?:ont |a |avaient |avait )(?:\w+ )?(?:vise|cible|touche|detruit)e?s?`,
      String.raw`strikes? (?:\w+ )?(?:targeted|hit|destroyed)`,
    ]),
  },
  {
    family: 'aircraft',
    weight: 87,
    re: wordsRe([
      String.raw`drones?`,
      String.raw`helicopters?`,
      String.raw`helos?`,
      String.raw`aviation`,
      String.raw`air force`,
      String.raw`warplanes?`,
      String.raw`fighter jets?`,
      String.raw`mirage`,
      String.raw`tigre`,
      String.raw`gunships?`,
      String.raw`aeronefs?`,
      String.raw`avions? de chasse`,
    ]),
  },
  {
    family: 'shelling',
    weight: 86,
    re: wordsRe([
      String.raw`rockets?`,
      String.raw`mortars?`,
      String.raw`shell(?:s|ed|ing)`,
      String.raw`artillery`,
      String.raw`missiles?`,
      String.raw`obus`,
      String.raw`roquettes?`,
      String.raw`tirs? indirects?`,
      String.raw`indirect fire`,
      String.raw`projectiles?`,
    ]),
  },
  { family: 'grenade', weight: 84, re: /\b(?:grenades?)\b/ },
  {
    family: 'ied',
    weight: 82,
    re: new RegExp(
      String.raw`\b(?:ieds?|improvised explosive|explosive(?!,| (?:crisis|situation|mix|growth|debate|issue|international|political|social|economic))|explosives|explosion|exploded|detonat\w*|blast|bombs?|bombing|roadside bomb|engins? explosifs?|engins? explosifs? improvises?|eei|explose|a saute|sautee?|${MINE})\b`,
    ),
  },
]
