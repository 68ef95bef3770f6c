/**
 * @module Attribution conventions on invented notes, one labelled case per rule: a survivor is
 * the target, authors named in a later sentence, an Islamist description in the sentence
 * before, the wing of a split movement, the ethnic militia the militiamen refer back to,
 * residents who attack as their militia, intercommunal violence, Burkinabe ethnic groups, the
 * arrested, the force militants engaged, a later passive's agent, 'A & B', new groups, accusers,
 * counted objects.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, text, actor1 pattern, actor2 pattern ('' = none), publication date]
const CASES: ReadonlyArray<[string, string, RegExp, RegExp | '', string?]> = [
  [
    'a member of a group who survived an attack is its target, not its author',
    'On May 3, a councillor of the MNLA survived an assassination attempt at his home in Gao.',
    /^Unidentified Armed Group \(Mali\)/,
    /^Civilians \(Mali\)/,
    '2018-05-04',
  ],
  [
    'the perpetrators named two sentences later act',
    'A suicide bomber attacked a military camp in Gao, killing twelve soldiers. Many were ' +
      'wounded and the camp was badly damaged. The perpetrators were Ansaroul Islam fighters.',
    /^Ansaroul Islam/,
    /^Military Forces of Mali/,
    '2018-05-04',
  ],
  [
    'Islamist militants named in the sentence before beat the victims',
    'Suspected Islamic extremists wrecked a school near Dioura on Monday. ' +
      'Two teachers on the premises were beaten up.',
    /^Islamist Militia \(Mali\)/,
    /^Civilians \(Mali\)/,
    '2018-05-04',
  ],
  [
    'plain gunmen in the sentence before leave the group unidentified',
    'Gunmen wrecked a school near Dioura on Monday. Two teachers on the premises were beaten up.',
    /^Unidentified Armed Group \(Mali\)/,
    /^Civilians \(Mali\)/,
    '2018-05-04',
  ],
  [
    'a split movement with its coalition in brackets is that wing',
    'On June 2, MAA (CMA) fighters clashed with unknown gunmen near Ber.',
    /^MAA: Arab Movement of the Azawad \(CMA\)/,
    /^Unidentified Armed Group/,
    '2018-06-03',
  ],
  [
    'the militiamen in the fight are the ethnic militia named before',
    'On August 5, presumed Bozo militiamen raided the hamlet of Kera; for an hour the ' +
      'militiamen traded fire with Somono fishermen, nobody was hurt.',
    /^Bozo Ethnic Militia \(Mali\)/,
    /./,
    '2018-08-06',
  ],
  [
    'villagers who abduct others are their village militia',
    'On 3 May 2020, villagers from Kabou abducted twelve herders near Zabre over a ' +
      'land dispute.',
    /^Kabou Communal Militia \(Burkina Faso\)/,
    /./,
    '2020-05-04',
  ],
  [
    'one herder who set off a shell he found is no militia',
    'On 3 May 2020, a young Fulani herder found an old shell near Djibo and was killed ' +
      'when it exploded as he handled it.',
    /^(?!Fulani)/,
    /./,
    '2020-05-04',
  ],
  [
    'an unnamed killer amid intercommunal violence is a communal militia',
    'One herder was killed and two wounded during intercommunal violence near Macina.',
    /^Unidentified Communal Militia \(Mali\)/,
    /^Civilians \(Mali\)/,
    '2018-05-04',
  ],
  [
    'clashes between two Burkinabe ethnic groups',
    'On 2 May 2020, clashes between the Bissa and Yaana communities over farmland left two ' +
      'dead near Zabre.',
    /^Bissa Ethnic Militia \(Burkina Faso\)/,
    /^Yana Ethnic Militia \(Burkina Faso\)/,
    '2020-05-04',
  ],
  [
    'locals from a named village who fight are its communal militia',
    'On 2 May 2020, a quarrel over fields between locals from Kabou and ethnic Mossi ' +
      'near Zabre left two people dead.',
    /^Kabou Communal Militia \(Burkina Faso\)/,
    /^Mossi Ethnic Militia \(Burkina Faso\)/,
    '2020-05-04',
  ],
  [
    'suspects arrested with no force named: the police arrested them',
    "Arrests: Some twenty 'suspected jihadists' arrested yesterday in Tenenkou.",
    /^Police Forces of Mali/,
    /^Islamist Militia \(Mali\)/,
    '2018-05-04',
  ],
  [
    'militants killed after engaging a force: the force fought them',
    'On June 2, ten presumed ISGS militants were killed after engaging French Barkhane forces ' +
      'in combat near Tin Hama.',
    /^Military Forces of France/,
    /^Islamic State \(Greater Sahara\)/,
    '2018-06-03',
  ],
  [
    "a later passive's 'by' is not the killers: 'their bodies were … taken by the assailants'",
    'On June 16, Dozos entered the village of Kera and killed two Fulani men, their bodies ' +
      'were mutilated and taken away by the assailants.',
    /^Dozo Communal Militia \(Mali\)/,
    /^Civilians \(Mali\)/,
    '2018-06-17',
  ],
  [
    'clashes between A & B: both sides',
    'On May 2, clashes between Dogons & Fulanis near Bankass left three dead.',
    /^Dogon Ethnic Militia \(Mali\)/,
    /^Fulani Ethnic Militia \(Mali\)/,
    '2018-05-03',
  ],
  [
    'a group formed by a merger is the actor of the change',
    'Non-violent activity: MNLA, HCUA and MAA fighters announced their merger into a new ' +
      "group, 'the Coordination des Mouvements de l'Entente', on Tuesday in Kidal.",
    /^CME: Agreement Movements Coordination/,
    '',
    '2018-03-02',
  ],
  [
    "'Change to armed group:' names no group; the one founded acts",
    'Change to armed group: On May 19, a new armed group called Dan Na Ambassagou was ' +
      'reported to have been created near Bandiagara.',
    /^Dan Na Ambassagou/,
    '',
    '2018-05-22',
  ],
  [
    'looting: the group that accuses another of the theft only reports it',
    'Looting: The MSA says GATIA fighters took two of its pickups near Inekar.',
    /^GATIA/,
    /./,
    '2017-06-02',
  ],
  [
    "'arrested around twenty civilians': the army acts, the count is its object",
    'On April 6, the Malian army arrested around twenty civilians at the Sofara market ' +
      'and beat several of them.',
    /^Military Forces of Mali/,
    /^Civilians \(Mali\)/,
    '2018-04-09',
  ],
  [
    'an office in a village is no village militia',
    'Arrests: On July 29, unknown gunmen tried to burn the town hall in Kera, but ' +
      'residents caught them and delivered them to a Malian army post.',
    /./,
    /^(?!Kera)/,
    '2018-07-30',
  ],
  [
    'killed by members of an ethnic group: its militia, not the soldiers who stopped it',
    'Eight Fulani villagers were killed near Macina by members of the Bozo ethnic group. ' +
      'The violence was ended by Malian soldiers who stepped in.',
    /^Bozo Ethnic Militia \(Mali\)/,
    /^Civilians \(Mali\)/,
    '2018-02-12',
  ],
  [
    'joint forces of two parties that were ambushed: neither is the attacker',
    'Joint forces of the Malian army and GATIA were ambushed near Talataye on May 2.',
    /^Unidentified Armed Group \(Mali\)/,
    /^(?:Military Forces of Mali|GATIA)/,
    '2018-05-04',
  ],
  [
    "forces conjointes de l'armée et du GATIA attaquées: neither is the attacker",
    "Les forces conjointes de l'armée malienne et du GATIA ont été attaquées près de " +
      'Ménaka le 2 mai.',
    /^Unidentified Armed Group \(Mali\)/,
    /^(?:Military Forces of Mali|GATIA)/,
    '2018-05-04',
  ],
]

describe('roles: attribution', () => {
  for (const [label, text, a1, a2, date] of CASES) {
    it(label, () => {
      const e = extractEvents({ id: 't', text, published_at: date ?? '2017-07-10' }).find(
        (x) => x.tier === 'news',
      )
      assert.ok(e, `${label}: no event`)
      assert.match(e.actor1, a1, `${label}: actor1 ${e.actor1}`)
      if (a2 === '') assert.equal(e.actor2, '', `${label}: actor2`)
      else assert.match(e.actor2, a2, `${label}: actor2 ${e.actor2}`)
    })
  }
})
