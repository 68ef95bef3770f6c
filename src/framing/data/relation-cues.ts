/**
 * @module
 * Cue phrases that state a relation between the actor before them (A) and the actor after (B).
 * Regex sources, matched case-insensitively on word boundaries. Order matters: where two cues
 * match at one place the earlier wins ('attacked by' before 'attacked'). Flags:
 * `passive` — B is the subject ('A led by B' → B commands A);
 * `apposition` — only right after 'A,' (an appositive);
 * `adjacent` — A must stand right before the cue ('A, linked to B', 'A who are loyal to B');
 * `verb` — a transitive verb: nothing but an object may follow ('attacked in…' is no relation);
 * `sanctioned` — B is not in the sentence: it is whoever the last sanctions were aimed at;
 * `noun` — a noun ('war on', 'crimes against'): A must be its owner, with no preposition between.
 */
import type { RelationKind } from '../types.js'

export interface RelationCue {
  readonly kind: RelationKind
  readonly re: string
  readonly passive?: boolean
  readonly apposition?: boolean
  readonly adjacent?: boolean
  readonly verb?: boolean
  readonly sanctioned?: boolean
  readonly noun?: boolean
}

/** A regex group of alternatives. */
const any = (words: readonly string[]): string => `(?:${words.join('|')})`

const PART = any([
  ...['branch', 'affiliate', 'wing', 'arm', 'offshoot', 'franchise', 'faction', 'cell'],
  ...['subsidiary', 'member', 'part', 'component', 'katiba', 'unit', 'division'],
])
const ALIGN_NOUN = any([
  ...['lackeys?', 'puppets?', 'proxy', 'proxies', 'stooges?', 'henchm[ae]n', 'servants?'],
  ...['pawns?', 'tool', 'instrument', 'ally', 'allies', 'partners?', 'client', 'agents?'],
  ...['valets?', 'laquais', 'fantoche', 'marionnette', 'alliée?s?', 'supplétifs?'],
])
const HOSTILE_VERB = any([
  ...['attacked', 'attacking', 'ambushed', 'ambushing', 'fought', 'fighting', 'clashed with'],
  ...['clashing with', 'clashes with', 'targeted', 'targeting', 'raided', 'struck', 'shelled'],
  ...['battling', 'battled'],
  ...['bombed', 'besieged', 'killed', 'massacred', 'executed', 'kidnapped', 'abducted'],
  ...['attaqué', 'attaquent', 'combattu', 'combattent', 'affronté', 'affrontent', 'ciblé'],
  ...['tué', 'massacré', 'enlevé', 'exécuté'],
]).replace(/ /g, '\\s+')
const HOSTILE_NOUN = any([
  ...['war', 'offensive', 'operations?', 'campaign', 'fight', 'struggle', 'crimes', 'violence'],
  ...['atrocities', 'attacks?', 'sanctions', 'hostility', 'insurgency', 'uprising', 'rebellion'],
])
const FR_HOSTILE_NOUN = any([
  ...['lutte', 'guerre', 'offensive', 'opérations?', 'combat', 'crimes', 'violences'],
  ...['exactions', 'sanctions'],
])
const FR_PART = any(['branche', 'filiale', 'aile', 'émanation', 'composante', 'franchise'])
/** 'the Sahel branch of', 'one of the local katibas of'. */
const ONE_OF_THE = `(?:the|a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,3}${PART}s?\\s+of`
const LINKED = any(['linked', 'tied', 'close', 'allied', 'aligned', 'loyal', 'connected'])
const ALLIANCE = any([
  ...['alliance', 'allied', 'cooperation', 'cooperating', 'cooperates', 'collaboration'],
  ...['collaborating', 'partnership'],
])
const BACKED = any([
  ...['backed', 'supported', 'armed', 'funded', 'financed', 'trained', 'sponsored'],
  ...['installed', 'propped\\s+up', 'paid'],
])
const HIRED = any([
  ...['contacted', 'approached', 'turned\\s+to', 'hired', 'recruited', 'enlisted'],
  ...['invited'],
])
const SUPPORTS = any([
  ...['supports', 'backs', 'arms', 'funds', 'finances', 'soutient', 'soutiennent', 'appuie'],
  ...['appuient', 'arment', 'financent'],
])
const APPLY = any(['apply', 'enforce', 'implement', 'respect', 'recogni[sz]e', 'observe', 'join'])

export const RELATION_CUES: readonly RelationCue[] = [
  { kind: 'part_of', re: ONE_OF_THE, apposition: true },
  {
    kind: 'part_of',
    re: `${any(['is', 'was', 'are', 'were', 'as'])}\\s+${ONE_OF_THE}`,
    adjacent: true,
  },
  { kind: 'part_of', re: '(?:part|members?)\\s+of', adjacent: true },
  { kind: 'part_of', re: '(?:affiliated|affiliate)\\s+(?:with|to)', adjacent: true },
  {
    kind: 'part_of',
    re: `(?:la|une|l[’']|un)\\s*(?:[\\p{L}-]+\\s+){0,2}${FR_PART}\\s+(?:[\\p{L}-]+\\s+)?(?:de|d[’']|du)`,
    apposition: true,
  },
  { kind: 'part_of', re: 'affiliée?s?\\s+(?:à|au)', adjacent: true },
  { kind: 'aligned_with', re: `${ALIGN_NOUN}\\s+(?:of|de|du|d[’'])` },
  { kind: 'aligned_with', re: `${LINKED}\\s+(?:to|with)`, adjacent: true },
  { kind: 'aligned_with', re: `${ALLIANCE}\\s+with` },
  {
    kind: 'aligned_with',
    re: '(?:liée?s?|proches?|alliée?s?)\\s+(?:à|au|aux|de|du)',
    adjacent: true,
  },
  { kind: 'aligned_with', re: '(?:alliance|coopération|collaboration|partenariat)\\s+avec' },
  { kind: 'aligned_with', re: `(?:had\\s+|has\\s+)?${HIRED}`, verb: true },
  { kind: 'aligned_with', re: 'sought\\s+(?:aid|help|support|assistance)\\s+from' },
  { kind: 'aligned_with', re: SUPPORTS, verb: true },
  { kind: 'aligned_with', re: `${BACKED}\\s+by`, passive: true, adjacent: true },
  {
    kind: 'aligned_with',
    re: '(?:soutenue?s?|armée?s?|financée?s?|formée?s?|appuyée?s?)\\s+par',
    passive: true,
    adjacent: true,
  },
  {
    kind: 'aligned_with',
    re: '(?:accompanied|assisted|escorted|reinforced|aided|helped|joined)\\s+by',
    passive: true,
    adjacent: true,
  },
  {
    kind: 'aligned_with',
    re: '(?:accompagnée?s?|assistée?s?|escortée?s?|renforcée?s?|épaulée?s?)\\s+par',
    passive: true,
    adjacent: true,
  },
  {
    kind: 'aligned_with',
    re: `(?:${any(['fighting', 'fought', 'fights', 'operating', 'working'])}\\s+)?alongside`,
    adjacent: true,
  },
  {
    kind: 'aligned_with',
    re: '(?:aux|à\\s+leurs?|à\\s+ses)\\s+côtés\\s+(?:de|des|du|d[’\'])',
    adjacent: true,
  },
  {
    kind: 'commands',
    re: '(?:led|commanded|headed|run|founded)\\s+by',
    passive: true,
    adjacent: true,
  },
  {
    kind: 'commands',
    re: '(?:dirigée?s?|commandée?s?|fondée?s?)\\s+par',
    passive: true,
    adjacent: true,
  },
  {
    kind: 'commands',
    re: '(?:the\\s+)?(?:leader|head|commander|chief|founder|emir)\\s+of',
    apposition: true,
  },
  {
    kind: 'commands',
    re: '(?:le\\s+)?(?:chef|dirigeant|commandant|fondateur|émir)\\s+(?:de|du|d[’\'])',
    apposition: true,
  },
  {
    kind: 'hostile_to',
    re: 'sanctions\\b[^.;]{0,80}?\\b(?:imposed|decided|announced|fronted|decreed)\\s+by',
    passive: true,
  },
  {
    kind: 'aligned_with',
    re: `(?:refus\\w*|declin\\w*)\\s+to\\s+${APPLY}\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}sanctions`,
    sanctioned: true,
  },
  {
    kind: 'aligned_with',
    re: "refus\\w*\\s+d[’']appliquer\\s+(?:les\\s+)?sanctions",
    sanctioned: true,
  },
  {
    kind: 'hostile_to',
    re: '(?:attacked|targeted|ambushed|killed|executed|kidnapped|abducted|massacred)\\s+by',
    passive: true,
  },
  {
    kind: 'hostile_to',
    re: '(?:attacks?|raids?|assaults?|ambush(?:es)?|strikes?)\\s+by',
    passive: true,
  },
  { kind: 'hostile_to', re: HOSTILE_VERB, verb: true },
  { kind: 'hostile_to', re: `${HOSTILE_NOUN}\\s+(?:against|on)`, noun: true },
  {
    kind: 'hostile_to',
    re: '(?:opposing|opposed\\s+to|hostile\\s+to|enem(?:y|ies)\\s+of|at\\s+war\\s+with)',
  },
  { kind: 'hostile_to', re: `${FR_HOSTILE_NOUN}\\s+contre`, noun: true },
]
