/**
 * @module
 * Event cue table (accent-folded, lower-case regexes, English and French). Each cue names a
 * family; `02-classify.ts` turns the strongest family of an event, with the kind of its target,
 * into an ACLED event type and sub-event type. Higher `weight` wins.
 */
import { wordsRe } from '../../text/lexicon.js'
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
  [
    /^\s*(?:looting|property destruction)\s*:/,
    'Strategic developments',
    'Looting/property destruction',
  ],
  [/^\s*non-violent activity\s*:/, 'Strategic developments', 'Other'],
  [/^\s*arrests?\s*:/, 'Strategic developments', 'Arrests'],
  [
    /^\s*(?:weapons? seizure|defusal|disrupted weapons use)\s*:/,
    'Strategic developments',
    'Disrupted weapons use',
  ],
  [/^\s*agreement\s*:/, 'Strategic developments', 'Agreement'],
  [
    /^\s*(?:change to (?:armed )?group(?:\/activity)?|defection)\s*:/,
    'Strategic developments',
    'Change to group/activity',
  ],
  [
    /^\s*(?:headquarters|base) established\s*:/,
    'Strategic developments',
    'Headquarters or base established',
  ],
  [/^\s*detonation\s*:/, 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
]

const MINE = String.raw`(?<!gold |artisanal |d'or |aurifere )(?:land)?mines?\b(?! d'or| aurifere| site| worker)`
const W = String.raw`\b`

export const CUES: readonly Cue[] = [
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
  {
    family: 'excessive',
    weight: 80,
    re: wordsRe([
      String.raw`(?:opened fire|fired live (?:rounds|ammunition)|shot|killed) (?:on |at )?(?:the )?(?:protesters|demonstrators)`,
      String.raw`tire sur les manifestants`,
    ]),
  },
  {
    family: 'intervention',
    weight: 60,
    re: /\b(?:tear ?gas|dispersed|dispers\w*|gaz lacrymogenes?|lacrymogenes?|repress\w*)\b/,
  },
  {
    family: 'mob',
    weight: 76,
    re: wordsRe([
      String.raw`lynch\w*`,
      String.raw`mob`,
      String.raw`mob justice`,
      String.raw`vindicte populaire`,
      String.raw`beaten to death by (?:a |the )?(?:crowd|villagers|residents|youths)`,
    ]),
  },
  {
    family: 'riot',
    weight: 74,
    re: wordsRe([
      String.raw`riots?`,
      String.raw`rioters?`,
      String.raw`rioting`,
      String.raw`angry (?:youths?|crowds?|residents|protesters|demonstrators|mob)`,
      String.raw`burn(?:ed|t|ing) tyres`,
      String.raw`burn(?:ed|t|ing) tires`,
      String.raw`threw stones`,
      String.raw`throwing stones`,
      String.raw`stone-throwing`,
      String.raw`emeutes?`,
      String.raw`jets? de pierres`,
      String.raw`barricad\w*`,
      String.raw`pneus brules`,
      String.raw`violent (?:protest|demonstration)s?`,
    ]),
  },
  {
    family: 'protest',
    weight: 70,
    re: wordsRe([
      String.raw`protest\w*`,
      String.raw`demonstrat\w*`,
      String.raw`picket\w*`,
      String.raw`sit-in\w*`,
      String.raw`marched`,
      String.raw`march against`,
      String.raw`marches`,
      String.raw`rall(?:y|ies|ied)`,
      String.raw`sit-ins?`,
      String.raw`general strike`,
      String.raw`went on strike`,
      String.raw`on strike`,
      String.raw`strikes? by`,
      String.raw`manifest\w*`,
      String.raw`marche`,
      String.raw`greve`,
      String.raw`grevistes`,
      String.raw`rassemblement`,
      String.raw`meeting de protestation`,
      String.raw`took to the streets?`,
      String.raw`went to the streets?`,
      String.raw`in the streets? to`,
      String.raw`(?:onto|into) the streets?`,
      String.raw`descendu\w* dans la rue`,
      String.raw`blocked (?:the )?(?:roads?|traffic|access|trucks|highway)`,
      String.raw`bloque\w* (?:la |les )?(?:routes?|circulation)`,
    ]),
  },
  {
    family: 'sexual',
    weight: 68,
    re: /\b(?:rap(?:e|ed|ing)|sexual(?:ly)? (?:violence|assault\w*|abuse\w*)|violees?|viols?)\b/,
  },
  {
    family: 'abduction',
    weight: 66,
    re: wordsRe([
      String.raw`abduct\w*`,
      String.raw`kidnap\w*`,
      String.raw`hostages?`,
      String.raw`taken captive`,
      String.raw`enlev\w*`,
      String.raw`kidnapp\w*`,
      String.raw`rapts?`,
      String.raw`otages?`,
      String.raw`disappeared`,
      String.raw`forced disappearance`,
      String.raw`went missing`,
      String.raw`gone missing`,
      String.raw`taken away`,
      String.raw`emmene\w*`,
    ]),
  },
  {
    family: 'overtake',
    weight: 64,
    re: wordsRe([
      String.raw`takeover`,
      String.raw`took over`,
      String.raw`taken over`,
      String.raw`took control`,
      String.raw`seized control`,
      String.raw`taken control`,
      String.raw`take control`,
      String.raw`overr(?:a|u)n`,
      String.raw`captured the (?:town|village|city|base|camp)`,
      String.raw`occupied`,
      String.raw`s'emparer`,
      String.raw`se sont empares`,
      String.raw`pris le controle`,
      String.raw`occupe`,
    ]),
  },
  {
    family: 'regain',
    weight: 64,
    re: /\b(?:retook|recaptured|regain\w*|retaken|reprise? (?:le controle|de)|repris)\b/,
  },
  {
    family: 'clash',
    weight: 62,
    re: wordsRe([
      String.raw`clash\w*`,
      String.raw`fighting`,
      String.raw`fought`,
      String.raw`exchanges? of (?:gun)?fire`,
      String.raw`exchanged (?:gun)?fire`,
      String.raw`gunfights?`,
      String.raw`firefights?`,
      String.raw`skirmish\w*`,
      String.raw`battles?`,
      String.raw`combats?`,
      String.raw`affrontements?`,
      String.raw`accrochages?`,
      String.raw`echanges? de tirs`,
      String.raw`s'affront\w*`,
      String.raw`heurts`,
      String.raw`repelled`,
      String.raw`repuls\w*`,
      String.raw`fended off`,
      String.raw`fought back`,
      String.raw`fight back`,
      String.raw`retaliat\w*`,
      String.raw`repoussee?`,
      String.raw`riposte`,
    ]),
  },
  {
    family: 'attack',
    weight: 58,
    re: wordsRe([
      String.raw`attack\w*`,
      String.raw`ambush\w*`,
      String.raw`raid\w*`,
      String.raw`assault\w*`,
      String.raw`opened fire`,
      String.raw`fired (?:on|at|upon)`,
      String.raw`shot at`,
      String.raw`shooting`,
      String.raw`stormed`,
      String.raw`besieg\w*`,
      String.raw`siege`,
      String.raw`targeted`,
      String.raw`targeting`,
      String.raw`gunfire`,
      String.raw`gunshots?`,
      String.raw`fired shots`,
      String.raw`shots? (?:were )?fired`,
      String.raw`stabb\w*`,
      String.raw`whipp\w*`,
      String.raw`flogg\w*`,
      String.raw`maltreat\w*`,
      String.raw`mistreat\w*`,
      String.raw`intercept\w*`,
      String.raw`harass\w*`,
      String.raw`attaqu\w*`,
      String.raw`embuscades?`,
      String.raw`assaut`,
      String.raw`ouvert le feu`,
      String.raw`tire sur`,
      String.raw`incursions?`,
      String.raw`offensive`,
    ]),
  },
  {
    family: 'kill',
    weight: 56,
    re: wordsRe([
      String.raw`killed`,
      String.raw`kill(?:s|ing)?`,
      String.raw`shot dead`,
      String.raw`gunned down`,
      String.raw`executed`,
      String.raw`execution`,
      String.raw`assassinat\w*`,
      String.raw`assassinated`,
      String.raw`murder\w*`,
      String.raw`beheaded`,
      String.raw`massacre\w*`,
      String.raw`slaughter\w*`,
      String.raw`slain`,
      String.raw`dead`,
      String.raw`died`,
      String.raw`bodies`,
      String.raw`corpses`,
      String.raw`corpes`,
      String.raw`mass graves?`,
      String.raw`common graves?`,
      String.raw`charniers?`,
      String.raw`fosses? communes?`,
      String.raw`death of`,
      String.raw`eliminat\w*`,
      String.raw`beat(?:en)?`,
      String.raw`tortur\w*`,
      String.raw`wounded`,
      String.raw`injured`,
      String.raw`shot`,
      String.raw`tue\w*`,
      String.raw`tuant`,
      String.raw`morts?`,
      String.raw`execut\w*`,
      String.raw`assassin\w*`,
      String.raw`egorg\w*`,
      String.raw`abattu\w*`,
      String.raw`bless\w*`,
      String.raw`neutrali[sz]\w*`,
      String.raw`lost their lives`,
      String.raw`perdu la vie`,
    ]),
  },
  {
    family: 'transfer',
    weight: 54,
    re: wordsRe([
      String.raw`under (?:the )?control of`,
      String.raw`sous (?:le )?controle d\w*`,
      String.raw`withdrew from`,
      String.raw`withdrawn from`,
      String.raw`handed over`,
      String.raw`hand over`,
      String.raw`abandoned (?:their |the )?(?:positions?|base|camp)`,
      String.raw`retreated from`,
      String.raw`se sont retires`,
      String.raw`retrait de`,
    ]),
  },
  {
    family: 'looting',
    weight: 52,
    re: wordsRe([
      String.raw`loot\w*`,
      String.raw`pillag\w*`,
      String.raw`pille\w*`,
      String.raw`stole`,
      String.raw`stolen`,
      String.raw`steal\w*`,
      String.raw`robb\w*`,
      String.raw`rustl\w*`,
      String.raw`(?:seized|took|taken|carried off|made off with|seizing) (?:\w+ ){0,3}(?:ambulance|material|urns?|cattle|livestock|animals|motorbikes?|motorcycles?|tricycles?|vehicles?|trucks?|cars?|goods|money|phones?|property|belongings|supplies|food|fuel|cash|sheep|goats|camels|donkeys)`,
      String.raw`took away (?:\w+ )?(?:cattle|livestock|animals)`,
      String.raw`burn(?:ed|t|ing) (?:down )?(?!(?:\w+ )?(?:tires|tyres|pneus))(?:[\w'’-]+ ){0,3}(?:motorbikes?|motorcycles?|urns?|material|office|hamlets?|villages?|houses?|homes?|property|concessions?|huts?|shops?|granar\w*|vehicles?|trucks?|schools?|market|church\w*|mosques?|boats?|pirogues?|town hall|mairie|crops|fields)`,
      String.raw`set (?:on )?fire`,
      String.raw`torch\w*`,
      String.raw`destroy\w*`,
      String.raw`vandal\w*`,
      String.raw`ransack\w*`,
      String.raw`saccag\w*`,
      String.raw`incendi\w*`,
      String.raw`detrui\w*`,
      String.raw`vol de betail`,
      String.raw`emporte\w*`,
      String.raw`braqu\w*`,
      String.raw`extort\w*`,
    ]),
  },
  {
    family: 'arrest',
    weight: 50,
    re: wordsRe([
      String.raw`arrest\w*`,
      String.raw`detained`,
      String.raw`apprehended`,
      String.raw`interpell\w*`,
      String.raw`arrete\w*`,
      String.raw`arrestations?`,
      String.raw`in custody`,
      String.raw`captured`,
      String.raw`capture`,
    ]),
  },
  {
    family: 'agreement',
    weight: 48,
    re: wordsRe([
      String.raw`signed (?:an? |the )?(?:agreement|accord|deal|pact|truce|ceasefire)`,
      String.raw`peace (?:deal|agreement|accord)`,
      String.raw`ceasefire`,
      String.raw`cease-fire`,
      String.raw`truce`,
      String.raw`accord de paix`,
      String.raw`cessez-le-feu`,
      String.raw`treve`,
      String.raw`signe (?:un |l')?accord`,
      String.raw`reconciliation agreement`,
    ]),
  },
  {
    family: 'coup',
    weight: 47,
    re: wordsRe([
      String.raw`coup(?! de)`,
      String.raw`coups d'etat`,
      String.raw`coup d'etat`,
      String.raw`putsch\w*`,
      String.raw`mutin\w*`,
      String.raw`overthr\w*`,
      String.raw`ousted`,
      String.raw`seized power`,
      String.raw`toppled`,
      String.raw`deposed`,
      String.raw`renverse`,
    ]),
  },
  {
    family: 'change',
    weight: 46,
    re: wordsRe([
      String.raw`defected`,
      String.raw`defection`,
      String.raw`joined (?:the )?(?:ranks|group)`,
      String.raw`merged`,
      String.raw`merger`,
      String.raw`new (?:armed )?(?:group|coalition|alliance)`,
      String.raw`pledged allegiance`,
      String.raw`allegiance`,
      String.raw`dissolv\w*`,
      String.raw`rallied`,
      String.raw`disarmed`,
      String.raw`surrender\w*`,
      String.raw`reddition`,
      String.raw`allegeance`,
      String.raw`rejoint`,
      String.raw`demobili[sz]\w*`,
    ]),
  },
  {
    family: 'base',
    weight: 45,
    re: wordsRe([
      String.raw`establish\w* (?:a |an |their |its )?(?:new )?(?:base|camp|headquarters|position|checkpoint)`,
      String.raw`set up (?:a |an )?(?:base|camp|checkpoint|headquarters)`,
      String.raw`installed (?:a |an |their )?(?:base|camp)`,
    ]),
  },
  {
    family: 'other',
    weight: 40,
    re: wordsRe([
      String.raw`sanctions?`,
      String.raw`embargo`,
      String.raw`threat\w*`,
      String.raw`intimidat\w*`,
      String.raw`warned`,
      String.raw`ultimatum`,
      String.raw`closed (?:down )?(?:\w+ ){0,3}schools?`,
      String.raw`forced (?:the )?closure`,
      String.raw`imposed`,
      String.raw`banned`,
      String.raw`preach\w*`,
      String.raw`sermon`,
      String.raw`curfew`,
      String.raw`deployed`,
      String.raw`menac\w*`,
      String.raw`ferm\w* (?:les |des )?ecoles`,
    ]),
  },
]

/** A complex attack (explosion followed by gunfire, air and ground operation) is a battle. */
export const COMPLEX_ATTACK = wordsRe([
  String.raw`complex (?:attack|ambush|assault)`,
  String.raw`followed by (?:gunfire|(?:an? )?(?:armed )?(?:assault|attack|ambush|exchanges? of fire)|(?:a )?ground)`,
  String.raw`ground (?:forces|operation|troops|assault)`,
  String.raw`commandos?`,
  String.raw`exchanges? of (?:gun)?fire`,
  String.raw`exchanged fire`,
  String.raw`gunfire`,
  String.raw`armed assault`,
  String.raw`suivie? (?:de tirs|d'une attaque)`,
  String.raw`tirs nourris`,
  String.raw`followed by (?:soldiers|troops|commandos|ground)`,
  String.raw`small arms fire`,
  String.raw`subjected to gunfire`,
])

/** Weapons named as seized or found are not an explosion ("IEDs and ammunition seized"). */
export const SEIZED_NEARBY = wordsRe([
  String.raw`seiz\w*`,
  String.raw`recover\w*`,
  String.raw`found`,
  String.raw`discover\w*`,
  String.raw`detected`,
  String.raw`confiscat\w*`,
  String.raw`saisi\w*`,
  String.raw`recupere\w*`,
  String.raw`decouvert\w*`,
  String.raw`materiel`,
  String.raw`manufactur\w*`,
  String.raw`caches?`,
  String.raw`stock`,
])

/** A takeover "without any fighting" is a non-violent transfer of territory. */
export const NO_FIGHT = wordsRe([
  String.raw`no (?:clash(?:es)?|fighting|combat|resistance)(?: (?:was|were) reported)?`,
  String.raw`without (?:any )?(?:fighting|clash(?:es)?|combat|resistance|a shot)`,
  String.raw`peacefully`,
  String.raw`sans (?:combat|affrontement|resistance)`,
  String.raw`no report of clash(?:es)?`,
])

/** Words of the violence families that are too weak alone to make an event ("dead", "wounded"). */
export const WEAK_ALONE = /^(?:died|morts?)$/

export { W as WORD_BOUNDARY }
