/**
 * @module
 * Event cue table (accent-folded, lower-case regexes, English and French). Each cue names a
 * family; `02-classify.ts` turns the strongest family of an event, with the kind of its target,
 * into an ACLED event type and sub-event type. Higher `weight` wins.
 */
export type Family =
  | 'label'
  | 'disrupted'
  | 'suicide'
  | 'air'
  | 'aircraft'
  | 'shelling'
  | 'grenade'
  | 'ied'
  | 'excessive'
  | 'intervention'
  | 'mob'
  | 'riot'
  | 'protest'
  | 'sexual'
  | 'abduction'
  | 'overtake'
  | 'regain'
  | 'clash'
  | 'attack'
  | 'kill'
  | 'transfer'
  | 'looting'
  | 'arrest'
  | 'agreement'
  | 'change'
  | 'base'
  | 'coup'
  | 'other'

export interface Cue {
  readonly re: RegExp
  readonly family: Family
  readonly weight: number
}

/** ACLED note labels ("Looting:", "Property destruction:") → event type and sub-type. */
export const LABELS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^\s*(?:looting|property destruction)\s*:/, 'Strategic developments', 'Looting/property destruction'],
  [/^\s*non-violent activity\s*:/, 'Strategic developments', 'Other'],
  [/^\s*arrests?\s*:/, 'Strategic developments', 'Arrests'],
  [/^\s*(?:weapons? seizure|defusal|disrupted weapons use)\s*:/, 'Strategic developments', 'Disrupted weapons use'],
  [/^\s*agreement\s*:/, 'Strategic developments', 'Agreement'],
  [/^\s*(?:change to (?:armed )?group(?:\/activity)?|defection)\s*:/, 'Strategic developments', 'Change to group/activity'],
  [/^\s*(?:headquarters|base) established\s*:/, 'Strategic developments', 'Headquarters or base established'],
  [/^\s*detonation\s*:/, 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
]

const MINE = String.raw`(?<!gold |artisanal |d'or |aurifere )(?:land)?mines?\b(?! d'or| aurifere| site| worker)`
const W = String.raw`\b`

export const CUES: readonly Cue[] = [
  { family: 'disrupted', weight: 95, re: /\b(?:defused|defuse|dispos\w* of|dismantled|desamorc\w*|neutrali[sz]ed (?:an? |the )?(?:ied|explosive|mine|bomb)|(?:discovered|found|seized|recovered|decouvert\w*|saisi\w*) (?:an? |the |several |two |three |some )?(?:ieds?|improvised explosive|explosive devices?|engins? explosifs?|landmines?|mines?|weapons? caches?|arms caches?|caches? of|stock of|weapons and ammunition|armes)|while (?:planting|laying|setting up|handling) (?:an? |the )?(?:ied|mine|explosive|bomb)|(?:en train de|en posant) (?:poser|placer)? ?(?:un |des )?(?:engins?|mines?))\b/ },
  { family: 'suicide', weight: 90, re: /\b(?:suicide (?:bomb\w*|attack\w*|car|vehicle|vest)|kamikazes?|vbied|svbied|vehicule piege)\b/ },
  { family: 'air', weight: 88, re: /\b(?:(?:carried out|conducted|launched) (?:an? |several |multiple |a series of )?(?:air |aerial )?strikes?|air ?strikes?|air raids?|airstrikes?|drone strikes?|aerial (?:strikes?|bombardments?|attacks?)|frappes? aeriennes?|bombardements? aeriens?|frappes? de drones?|airborne strikes?)\b/ },
  { family: 'aircraft', weight: 87, re: /\b(?:drones?|helicopters?|helos?|aviation|air force|warplanes?|fighter jets?|mirage|tigre|gunships?|aeronefs?|avions? de chasse)\b/ },
  { family: 'shelling', weight: 86, re: /\b(?:rockets?|mortars?|shell(?:s|ed|ing)|artillery|missiles?|obus|roquettes?|tirs? indirects?|indirect fire|projectiles?)\b/ },
  { family: 'grenade', weight: 84, re: /\b(?:grenades?)\b/ },
  { family: 'ied', weight: 82, re: new RegExp(String.raw`\b(?:ieds?|improvised explosive|explosive devices?|explosive|explosion|exploded|detonat\w*|blast|bombs?|bombing|roadside bomb|engins? explosifs?|engins? explosifs? improvises?|eei|explose|a saute|sautee?|${MINE})\b`) },
  { family: 'excessive', weight: 80, re: /\b(?:(?:opened fire|fired live (?:rounds|ammunition)|shot|killed) (?:on |at )?(?:the )?(?:protesters|demonstrators)|tire sur les manifestants)\b/ },
  { family: 'intervention', weight: 60, re: /\b(?:tear ?gas|dispersed|dispers\w*|gaz lacrymogenes?|lacrymogenes?|repress\w*)\b/ },
  { family: 'mob', weight: 76, re: /\b(?:lynch\w*|mob|mob justice|vindicte populaire|beaten to death by (?:a |the )?(?:crowd|villagers|residents|youths))\b/ },
  { family: 'riot', weight: 74, re: /\b(?:riots?|rioters?|rioting|angry (?:youths?|crowds?|residents|protesters|demonstrators|mob)|burn(?:ed|t|ing) tyres|burn(?:ed|t|ing) tires|threw stones|throwing stones|stone-throwing|emeutes?|jets? de pierres|barricad\w*|pneus brules|violent (?:protest|demonstration)s?)\b/ },
  { family: 'protest', weight: 70, re: /\b(?:protest\w*|demonstrat\w*|picket\w*|sit-in\w*|marched|march against|marches|rall(?:y|ies|ied)|sit-ins?|general strike|went on strike|on strike|strikes? by|manifest\w*|marche|greve|grevistes|rassemblement|meeting de protestation|took to the streets?|went to the streets?|in the streets? to|(?:onto|into) the streets?|descendu\w* dans la rue|blocked (?:the )?(?:roads?|traffic|access|trucks|highway)|bloque\w* (?:la |les )?(?:routes?|circulation))\b/ },
  { family: 'sexual', weight: 68, re: /\b(?:rap(?:e|ed|ing)|sexual(?:ly)? (?:violence|assault\w*|abuse\w*)|violees?|viols?)\b/ },
  { family: 'abduction', weight: 66, re: /\b(?:abduct\w*|kidnap\w*|hostages?|taken captive|enlev\w*|kidnapp\w*|rapts?|otages?|disappeared|forced disappearance|went missing|gone missing|taken away|emmene\w*)\b/ },
  { family: 'overtake', weight: 64, re: /\b(?:takeover|took over|taken over|took control|seized control|taken control|take control|overr(?:a|u)n|captured the (?:town|village|city|base|camp)|occupied|s'emparer|se sont empares|pris le controle|occupe)\b/ },
  { family: 'regain', weight: 64, re: /\b(?:retook|recaptured|regain\w*|retaken|reprise? (?:le controle|de)|repris)\b/ },
  { family: 'clash', weight: 62, re: /\b(?:clash\w*|fighting|fought|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|gunfights?|firefights?|skirmish\w*|battles?|combats?|affrontements?|accrochages?|echanges? de tirs|s'affront\w*|heurts|repelled|repuls\w*|fended off|fought back|fight back|retaliat\w*|repoussee?|riposte)\b/ },
  { family: 'attack', weight: 58, re: /\b(?:attack\w*|ambush\w*|raid\w*|assault\w*|opened fire|fired (?:on|at|upon)|shot at|shooting|stormed|besieg\w*|siege|targeted|targeting|gunfire|gunshots?|fired shots|shots? (?:were )?fired|stabb\w*|whipp\w*|flogg\w*|maltreat\w*|mistreat\w*|intercept\w*|harass\w*|attaqu\w*|embuscades?|assaut|ouvert le feu|tire sur|incursions?|offensive)\b/ },
  { family: 'kill', weight: 56, re: /\b(?:killed|kill(?:s|ing)?|shot dead|gunned down|executed|execution|assassinat\w*|assassinated|murder\w*|beheaded|massacre\w*|slaughter\w*|slain|dead|died|bodies|corpses|corpes|mass graves?|common graves?|charniers?|fosses? communes?|death of|eliminat\w*|beat(?:en)?|tortur\w*|wounded|injured|shot|tue\w*|tuant|morts?|execut\w*|assassin\w*|egorg\w*|abattu\w*|bless\w*|neutrali[sz]\w*|lost their lives|perdu la vie)\b/ },
  { family: 'transfer', weight: 54, re: /\b(?:under (?:the )?control of|sous (?:le )?controle d\w*|withdrew from|withdrawn from|handed over|hand over|abandoned (?:their |the )?(?:positions?|base|camp)|retreated from|se sont retires|retrait de)\b/ },
  { family: 'looting', weight: 52, re: /\b(?:loot\w*|pillag\w*|pille\w*|stole|stolen|steal\w*|robb\w*|rustl\w*|(?:seized|took|taken|carried off|made off with|seizing) (?:\w+ ){0,3}(?:ambulance|material|urns?|cattle|livestock|animals|motorbikes?|motorcycles?|tricycles?|vehicles?|trucks?|cars?|goods|money|phones?|property|belongings|supplies|food|fuel|cash|sheep|goats|camels|donkeys)|took away (?:\w+ )?(?:cattle|livestock|animals)|burn(?:ed|t|ing) (?:down )?(?!(?:\w+ )?(?:tires|tyres|pneus))(?:[\w'’-]+ ){0,3}(?:motorbikes?|motorcycles?|urns?|material|office|hamlets?|villages?|houses?|homes?|property|concessions?|huts?|shops?|granar\w*|vehicles?|trucks?|schools?|market|church\w*|mosques?|boats?|pirogues?|town hall|mairie|crops|fields)|set (?:on )?fire|torch\w*|destroy\w*|vandal\w*|ransack\w*|saccag\w*|incendi\w*|detrui\w*|vol de betail|emporte\w*|braqu\w*|extort\w*)\b/ },
  { family: 'arrest', weight: 50, re: /\b(?:arrest\w*|detained|apprehended|interpell\w*|arrete\w*|arrestations?|in custody|captured|capture)\b/ },
  { family: 'agreement', weight: 48, re: /\b(?:signed (?:an? |the )?(?:agreement|accord|deal|pact|truce|ceasefire)|peace (?:deal|agreement|accord)|ceasefire|cease-fire|truce|accord de paix|cessez-le-feu|treve|signe (?:un |l')?accord|reconciliation agreement)\b/ },
  { family: 'coup', weight: 47, re: /\b(?:coup(?! de)|coups d'etat|coup d'etat|putsch\w*|mutin\w*|overthr\w*|ousted|seized power|toppled|deposed|renverse)\b/ },
  { family: 'change', weight: 46, re: /\b(?:defected|defection|joined (?:the )?(?:ranks|group)|merged|merger|new (?:armed )?(?:group|coalition|alliance)|pledged allegiance|allegiance|dissolv\w*|rallied|disarmed|surrender\w*|reddition|allegeance|rejoint|demobili[sz]\w*)\b/ },
  { family: 'base', weight: 45, re: /\b(?:establish\w* (?:a |an |their |its )?(?:new )?(?:base|camp|headquarters|position|checkpoint)|set up (?:a |an )?(?:base|camp|checkpoint|headquarters)|installed (?:a |an |their )?(?:base|camp))\b/ },
  { family: 'other', weight: 40, re: /\b(?:sanctions?|embargo|threat\w*|intimidat\w*|warned|ultimatum|closed (?:down )?(?:\w+ ){0,3}schools?|forced (?:the )?closure|imposed|banned|preach\w*|sermon|curfew|deployed|menac\w*|ferm\w* (?:les |des )?ecoles)\b/ },
]

/** A complex attack (explosion followed by gunfire, air and ground operation) is a battle. */
export const COMPLEX_ATTACK =
  /\b(?:complex (?:attack|ambush|assault)|followed by (?:gunfire|(?:an? )?(?:armed )?(?:assault|attack|ambush|exchanges? of fire)|(?:a )?ground)|ground (?:forces|operation|troops|assault)|commandos?|exchanges? of (?:gun)?fire|exchanged fire|gunfire|armed assault|suivie? (?:de tirs|d'une attaque)|tirs nourris)\b/

/** Weapons named as seized or found are not an explosion ("IEDs and ammunition seized"). */
export const SEIZED_NEARBY = /\b(?:seiz\w*|recover\w*|found|discover\w*|detected|confiscat\w*|saisi\w*|recupere\w*|decouvert\w*|materiel|manufactur\w*|caches?|stock)\b/

/** A takeover "without any fighting" is a non-violent transfer of territory. */
export const NO_FIGHT =
  /\b(?:no (?:clash(?:es)?|fighting|combat|resistance)(?: (?:was|were) reported)?|without (?:any )?(?:fighting|clash(?:es)?|combat|resistance|a shot)|peacefully|sans (?:combat|affrontement|resistance)|no report of clash(?:es)?)\b/

/** Words of the violence families that are too weak alone to make an event ("dead", "wounded"). */
export const WEAK_ALONE = /^(?:died|morts?)$/

export { W as WORD_BOUNDARY }
