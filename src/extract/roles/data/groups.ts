/**
 * @module
 * Identity and occupation words (accent-folded) for ACLED's associated actors of civilians,
 * protesters and rioters: 'two herders' → 'Pastoralists (Mali)', 'a teacher' → 'Teachers
 * (Mali)', 'the mayor' → the government of the country. Labels follow ACLED's actor list;
 * `{country}` is the event's country, `{government}` the government at the event date.
 */
import { wordsRe } from '../../text/lexicon.js'

export const GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'Pastoralists ({country})',
    wordsRe([
      String.raw`herders?`,
      String.raw`herdsm[ae]n`,
      String.raw`pastoralists?`,
      String.raw`shepherds?`,
      String.raw`cattle (?:breeders?|owners?|thie(?:f|ves))`,
      String.raw`eleveurs?`,
      String.raw`bergers?`,
    ]),
  ],
  [
    'Farmers ({country})',
    wordsRe([
      String.raw`farmers?`,
      String.raw`farming fields?`,
      String.raw`agriculturalists?`,
      String.raw`cultivateurs?`,
      String.raw`agriculteurs?`,
      String.raw`paysans?`,
    ]),
  ],
  [
    'Teachers ({country})',
    wordsRe([
      String.raw`teachers?`,
      String.raw`school (?:director|principal)s?`,
      String.raw`headmasters?`,
      String.raw`educational consultants?`,
      String.raw`enseignants?`,
      String.raw`instituteurs?`,
    ]),
  ],
  [
    'Students ({country})',
    wordsRe([
      String.raw`students?`,
      String.raw`pupils?`,
      String.raw`eleves?`,
      String.raw`etudiants?`,
    ]),
  ],
  [
    'Health Workers ({country})',
    wordsRe([
      String.raw`health (?:workers?|agents?|officials?|department|cent(?:er|re)|organi[sz]ation)`,
      String.raw`medical (?:staff|cent(?:er|re)|workers?)`,
      String.raw`nurses?`,
      String.raw`doctors?`,
      String.raw`ambulances?`,
      String.raw`hospital (?:staff|employees|workers)`,
      String.raw`infirmiers?`,
      String.raw`medecins?`,
      String.raw`agents? de sante`,
    ]),
  ],
  [
    'Aid Workers ({country})',
    wordsRe([
      String.raw`aid workers?`,
      String.raw`humanitarian(?: workers?| staff)?`,
      String.raw`i?ngos?`,
      String.raw`ong`,
      String.raw`red cross`,
      String.raw`icrc`,
      String.raw`humanitaires?`,
    ]),
  ],
  [
    'Journalists ({country})',
    wordsRe([
      String.raw`journalists?`,
      String.raw`reporters?`,
      String.raw`bloggers?`,
      String.raw`journalistes?`,
    ]),
  ],
  [
    'Women ({country})',
    wordsRe([
      String.raw`wom[ae]n`,
      String.raw`girls?`,
      String.raw`wives`,
      String.raw`nuns?`,
      String.raw`femmes?`,
      String.raw`filles?`,
    ]),
  ],
  [
    'Muslim Group ({country})',
    wordsRe([
      String.raw`imams?`,
      String.raw`marabouts?`,
      String.raw`muezzins?`,
      String.raw`qadi`,
      String.raw`cadi`,
      String.raw`koranic (?:teachers?|masters?)`,
      String.raw`religious leaders?`,
    ]),
  ],
  [
    'Christian Group ({country})',
    wordsRe([
      String.raw`priests?`,
      String.raw`pastors?`,
      String.raw`christians?`,
      String.raw`catechists?`,
    ]),
  ],
  [
    '{government}',
    wordsRe([
      String.raw`(?:deputy )?mayors?`,
      String.raw`(?:sub-?)?prefects?`,
      String.raw`governors?`,
      String.raw`(?:local |municipal )?council(?:l?ors?| members?)`,
      String.raw`civil servants?`,
      String.raw`government (?:officials?|agents?|employees)`,
      String.raw`maires?`,
      String.raw`(?:sous-)?prefets?`,
    ]),
  ],
  [
    'Labour Group ({country})',
    wordsRe([
      String.raw`(?<!(?:aid|health|humanitarian|ngo|ong|hospital|medical) )(?:workers|employees)`,
      String.raw`unionists?`,
      String.raw`trade unions?`,
      String.raw`(?:gold )?miners`,
      String.raw`travailleurs`,
      String.raw`syndicalistes?`,
    ]),
  ],
  [
    'Refugees/IDPs ({country})',
    wordsRe([
      String.raw`refugees?`,
      String.raw`displaced`,
      String.raw`idps?`,
      String.raw`deplaces?`,
    ]),
  ],
  [
    'Prisoners ({country})',
    wordsRe([String.raw`prisoners?`, String.raw`detainees?`, String.raw`inmates?`]),
  ],
]
