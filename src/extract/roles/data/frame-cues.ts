/**
 * @module
 * Word-order cues for role frames (accent-folded): agent markers ("by", "par", "attributed to"),
 * target markers ("on", "against"), passive auxiliaries, headline participles, civilian heads,
 * militia words and claims of responsibility.
 */
import { wordsRe } from '../../text/lexicon.js'

export const BY_BEFORE =
  /\b(?:by|par|imputee?s? (?:a|aux)|attribuee?s? (?:a|aux)|attributed to|blamed on)(?:\s+[\w'’-]+){0,3}\s*$/

/**
 * "pirogues escorted by the army", "a truck owned by MINUSMA", "gunfire reported by residents",
 * "graves yet to be investigated by the authorities":
 * a "by" not naming the agent.
 */
export const OTHER_BY =
  /\b(?:escort\w*|accompani\w*|supported|backed|assisted|reinforced|appuyee?s?|owned|operated|driven|chartered|guarded|protected|manned|held|controlled|occupied|run|employed|led|commanded|encadree?s?|escortee?s?|accompagnee?s?|reported|heard|seen|witnessed|documented|investigated|probed|examined|confirmed|denounced|condemned|signalee?s?|rapportee?s?|enquetee?s?|denoncee?s?|condamnee?s?)\s+(?:by|par)(?:\s+[\w'’-]+){0,3}\s*$/

/** "trucks escorted by the army": the escort defends the target, so it is attacked too. */
export const ESCORT_BY =
  /\b(?:escort\w*|accompani\w*|guarded|protected|encadree?s?|accompagnee?s?)\s+(?:by|par)(?:\s+[\w'’-]+){0,3}\s*$/

/** "militias supported by French forces": ACLED puts the supporting state force first. */
export const SUPPORTED_BY =
  /\b(?:supported|backed|assisted|reinforced|led|commanded|appuyee?s?)\s+(?:by|par)(?:\s+[\w'’-]+){0,3}\s*$/

export const BETWEEN = /\b(?:between|entre|opposant)\b/g

/** Right before "between", a relation that is no fight: 'tensions between', 'a dispute between'. */
export const NOT_FIGHT_BETWEEN =
  /\b(?:tensions?|relations?|rivalr(?:y|ies)|talks|dialogue|agreement|accord|reconciliation|mediation)\s+(?:\w+\s+)?$/

export const ON_BEFORE =
  /\b(?:on|against|targeting|targeted|contre|visant)\s+(?:an?\s+|the\s+|une?\s+|la\s+|le\s+|les\s+|des\s+)?(?:[\w-]+\s+){0,2}$/

export const OFF_DUTY = /\b(?:off[- ]duty|retired|former|ex-|a la retraite|ancien)\b/

export const MILITIA_WORD = wordsRe([
  String.raw`militia\w*`,
  String.raw`militiam[ae]n`,
  String.raw`milicien\w*`,
  String.raw`fighters?`,
  String.raw`combattants?`,
  String.raw`combatants?`,
  String.raw`armed`,
  String.raw`armes`,
  String.raw`dozos?`,
  String.raw`hunters?`,
  String.raw`chasseurs?`,
  String.raw`self-defen[cs]e`,
  String.raw`vigilantes?`,
  String.raw`koglweogo`,
  String.raw`checkpoints?`,
  String.raw`posts?`,
  String.raw`positions?`,
  String.raw`bases?`,
  String.raw`patrols?`,
  String.raw`convoys?`,
  String.raw`elements?`,
  String.raw`commanders?`,
  String.raw`members? of`,
])

/** "fell into an ambush", "came under fire", "subjected to": the subject undergoes the event. */
export const UNDERGOES =
  /\b(?:fell|fall(?:en|s)?|caught|came|comes|come|subjected|tombee?s?|victimes? d)\b/

export const PASSIVE = /\b(?:was|were|been|being|ete|etee?s?|got|get|is|are|sont)\b/

export const CIVILIAN_HEAD =
  /^\s*(?:[\w-]+\s+){0,1}(?:civilians?|villagers?|villages?|hamlets?|community|communities|communaute|civils|villageois|herders?|farmers?|traders?|women|children|people|men|families|population)\b/

export const CLAIM = wordsRe([
  String.raw`claim\w*`,
  String.raw`revendiqu\w*`,
  String.raw`responsibility`,
  String.raw`responsables?`,
  String.raw`soupconn\w*`,
  String.raw`suspected`,
  String.raw`blamed`,
  String.raw`attributed to`,
  String.raw`imputee?s? a`,
  String.raw`presumably`,
  String.raw`probably`,
  String.raw`likely`,
  String.raw`believed`,
  String.raw`planted by`,
  String.raw`presumes?`,
  String.raw`alleged(?:ly)?`,
  String.raw`perpetrators?`,
])

export const AFTER_PARTICIPLE =
  /^\w*ed\s+(?:(?:near|in|at(?!\s+(?:least|most))|around|along|on|by|last|this|early|overnight|close|outside|between|a few|yesterday|today|after|during)\b|[,.:;(]|$)/

/** A claim of responsibility for the event itself, not of a result ("claims to have killed"), or
 * its authors named ("The perpetrators were Al Mourabitoun"). */
export const CLAIMED_EVENT =
  /\b(?:claim(?:ed|s)?\s+(?:responsibility|the\s+(?:\w+\s+)?(?:attack|ambush|assault|abduction|kidnapping|killing|bombing|blast)|an?\s+(?:\w+\s+)?(?:attack|ambush|assault|bombing))|claimed\s+by|revendiqu\w*\s+(?:par|l'attaque|l'embuscade)|(?:(?:the\s+)?(?:perpetrators?|authors?|auteurs?)\s+(?:of\s+the\s+(?:\w+\s+)?(?:attack|bombing|ambush)\s+)?(?:were|was|are|is|sont|etaient)\s+(?!not\b|unknown\b|unidentified\b)))\b/

/** A group's vehicle, post or patrol, in or right after its mention: what a mine or shell hits. */
export const ASSET =
  /\b(?:vehicles?|motorbikes?|motorcycles?|convoys?|trucks?|cars?|positions?|posts?|camps?|bases?|checkpoints?|patrols?)\b/

/**
 * Right before a mention, what a blast hits: 'a pickup of the CMA', 'a vehicle carrying MSA
 * militiamen', 'un véhicule transportant des soldats'.
 */
export const BLAST_VICTIM_BEFORE =
  /\b(?:(?:vehicles?|pick-?ups?|trucks?|cars?|convoys?|patrols?|posts?|camps?|bases?|positions?|checkpoints?|vehicules?|camions?)\s+(?:of|belonging\s+to|de|du|des)|carrying|transporting|transportant)\s+(?:the\s+|an?\s+|des\s+|les\s+|de\s+)?(?:[\w-]+\s+)?$/

/**
 * Right after a mention, that it underwent the blast: 'MSA militiamen including an officer were
 * killed', 'deux soldats ont été tués'. No other verb in between ('… attacked a post where…').
 */
export const BLAST_VICTIM_AFTER =
  /^(?:(?![.;:]|\b(?:who|which|that|qui|\w+ed)\b)[^])*?\b(?:was|were|been|ont\s+ete|a\s+ete|sont)\s+(?:\w+\s+)?(?:killed|wounded|injured|struck|hit|damaged|destroyed|targeted|tues?|blesses?|touches?|vises?)\b/

/** Militants hit by their own device: 'IED planters', 'while laying a mine', 'premature blast'. */
export const OWN_DEVICE =
  /\b(?:planters?|planting|laying|premature\w*|own\s+(?:device|bomb|explosives?|ied|mine)|en\s+posant|poseurs?)\b/

/** Right after a mention, its passive harm: 'were killed', 'ont été tués' (no verb between). */
export const HARMED_AFTER =
  /^(?:(?![.;:]|\b(?:who|which|that|qui|and|et|\w+ed)\b)[^])*?\b(?:was|were|been|ont\s+ete|a\s+ete|sont)\s+(?:\w+\s+)?(?:killed|wounded|injured|shot|tues?|blesses?|abattus?)\b/

/** Right before a mention, its harm as a noun: 'the death of seven militants', 'la mort de'. */
export const HARMED_BEFORE =
  /\b(?:deaths?|killings?|mort|morts|deces)\s+(?:of|de|des|du)\s+(?:[\w-]+\s+){0,3}$/

/** Residents who fight: 'fended off', 'fought back', 'local self-defense retaliated'. */
export const FIGHT_BACK = wordsRe([
  String.raw`fended off`,
  String.raw`fought (?:back|off)`,
  String.raw`fight back`,
  String.raw`repell?(?:ed|ing)`,
  String.raw`repulsed`,
  String.raw`retaliat\w*`,
  String.raw`resisted`,
  String.raw`mobili[sz]ed`,
  String.raw`self-defen[cs]e`,
  String.raw`clash(?:ed|es)? with`,
  String.raw`riposte\w*`,
  String.raw`repousse\w*`,
])

/** A place, not people: 'the village', 'a camp' attacked is no party that fights. */
export const PLACE_WORD = /\b(?:villages?|hamlets?|camps?|houses?|markets?|schools?|towns?)\b/i

/**
 * Right after a state force, that it runs an operation: 'Barkhane raid', 'Malian military
 * operation', 'French forces conducted an operation against', 'Barkhane/Sabre operation'.
 */
export const OPERATION_AFTER = new RegExp(
  String.raw`^(?:\s*\/\s*[\w-]+)?\s+(?:(?:forces?|troops|units?)\s+)?` +
    String.raw`(?:(?:\w+\s+){0,2}?(?:conducted|carried\s+out|launched|mounted|led|undertook|` +
    String.raw`menee?s?|lancee?s?)\s+(?:an?\s+|the\s+|une?\s+|several\s+)?(?:[\w-]+\s+){0,2})?` +
    String.raw`(?:operations?|raids?|offensives?|sweeps?|ratissages?)\b`,
)

/** A verb whose subjects fight each other: 'A and B clashed', 'A et B se sont affrontés'. */
export const RECIPROCAL = /^(?:clash\w*|fought|exchanged\s+fire|affront\w*)\b/

/** Right before a mention, the other side of a fight: 'amidst clashes with', 'fighting with',
 * 'killed after engaging (French forces)'. */
export const CLASH_WITH =
  /\b(?:(?:clash\w*|fighting|fights?|combats?|affrontements?|exchanges?\s+of\s+(?:gun)?fire)\s+(?:with|avec|against|contre)|(?:after|while|when)\s+engaging)\s+(?:[\w-]+\s+){0,3}$/

/**
 * Right after a mention, that it only reports the event: 'the army said', 'a annoncé', 'the
 * CMA accused GATIA of…', 'GATIA sources claim that…'.
 */
export const REPORTS_AFTER = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:said|says|announced|revealed|reported|stated|indicated|` +
    String.raw`confirmed|told|declared|informed|accus\w*(?!\s+(?:of|for)\b)|condemn\w*|` +
    String.raw`denounc\w*|claim(?:s|ed)?\s+that|` +
    String.raw`a\s+(?:annonce|indique|declare|affirme|confirme|revele|informe)|` +
    String.raw`annonce|indique|affirme)\b`,
)

/** Right before a mention, that it is a source: 'according to the army', 'selon l'armée'. */
export const SOURCE_BEFORE = /\b(?:according\s+to|selon|d'apres|cited\s+by|quoted\s+by)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?(?:[\w-]+\s+){0,2}$/
