/**
 * @module Role conventions, one labelled case per rule: blamed perpetrators, qualifiers, a
 * component named for its coalition.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, text, actor1 pattern, actor2 pattern ('' = none), publication date]
const CASES: ReadonlyArray<[string, string, RegExp, RegExp | '', string?]> = [
  [
    'the perpetrators are alleged to be a named group',
    'Twelve herders were killed near Anderamboukane last week. ' +
      'The perpetrators are alleged to be GATIA militiamen.',
    /^GATIA/,
    /^Civilians/,
  ],
  [
    'the perpetrators were a named group (blast)',
    'A suicide bomber attacked an army camp in Gao, killing ten soldiers. ' +
      'The perpetrators were Al Mourabitoun fighters.',
    /^JNIM/, // Al Mourabitoun is coded as JNIM after March 2017
    /^Military Forces of Mali/,
  ],
  [
    "a 'Fulani-focused' source is no party",
    'A Fulani-focused association said that unknown gunmen killed four herders near Bankass.',
    /^Unidentified Armed Group/,
    /^Civilians/,
  ],
  [
    'a component with its coalition in brackets is still the coalition',
    'Presumed Katiba Macina (JNIM) militants attacked the gendarmerie post in Sienso.',
    /^JNIM/,
    /^Police Forces of Mali/,
  ],
  [
    'a bare component is the coalition',
    'Katiba Macina militants attacked the gendarmerie post in Sienso.',
    /^JNIM/,
    /^Police Forces of Mali/,
  ],
  [
    "the target's own men named after it are no agent",
    'Attack against a MINUSMA convoy: three peacekeepers killed near Aguelhok.',
    /^Unidentified Armed Group/,
    /^MINUSMA/,
  ],
  [
    'a force joined to the victims by "and" is a victim',
    'One customs officer and two civilians killed in Kouala.',
    /^Unidentified Armed Group/,
    /^Civilians/,
  ],
  [
    'a headline subject that was wounded undergoes the event',
    'Gendarme wounded after armed men stole his motorbike near Tonka.',
    /^Unidentified Armed Group/,
    /^Police Forces of Mali/,
  ],
  [
    "'Mourabitoun' without the article is Al Mourabitoune",
    'The Mourabitoun Battalion claimed the ambush of an army patrol near Ansongo.',
    /^Al Mourabitoune/,
    /^Military Forces of Mali/,
    '2017-01-10',
  ],
  [
    "militants killed in a force's raid: the force acts",
    'Nine jihadists were killed and four captured amidst a Barkhane raid near Abeibara.',
    /^Military Forces of France/,
    /^Islamist Militia/,
    '2018-03-01',
  ],
  [
    'a force that conducted an operation against a group acts',
    'Malian forces conducted an operation against ISGS militants near Menaka, ' +
      'a hostage held by the militants was freed.',
    /^Military Forces of Mali/,
    /^Islamic State/,
    '2018-03-01',
  ],
  [
    "an attack on a force's patrol is still the attackers' event",
    'JNIM militants attacked a Malian army patrol near Boni.',
    /^JNIM/,
    /^Military Forces of Mali/,
    '2018-03-01',
  ],
  [
    "'One person was killed' names no village militia",
    'One person was killed in an attack on GATIA fighters by unknown gunmen near Anefis.',
    /^Unidentified Armed Group/,
    /^GATIA/,
  ],
  [
    'the accuser only reports: the accused acts',
    'The CMA accused GATIA of executing four herders near Anefis.',
    /^GATIA/,
    /^Civilians/,
  ],
  [
    "'X sources claim that' only reports",
    'MSA sources claim that HCUA fighters attacked a nomad camp and killed three herders.',
    /^HCUA/,
    /^Civilians/,
  ],
  [
    "'X accused of' is X acting",
    'Soldiers accused of executing three herders near Dioura, a rights group said.',
    /^Military Forces of Mali/,
    /^Civilians/,
  ],
  [
    "'tensions between A and B' after the event is no fight between them",
    'Gunmen shot dead a customs officer in Gao, sparking tensions between Songhai and Arab youths.',
    /^Unidentified Armed Group/,
    /^Police Forces of Mali/,
  ],
  [
    "'reported by residents' names no agent",
    'An exchange of fire was reported by residents of Tessit overnight.',
    /^Unidentified Armed Group/,
    /^(?:Civilians|Tessit Communal|Unidentified)/,
  ],
  [
    'community members who were abducted are no perpetrator',
    'The bodies of three Dawsahak herders abducted on Monday were found near Menaka.',
    /^Unidentified Armed Group/,
    /^Civilians/,
  ],
  [
    "an active 'shot at' keeps its subject",
    'Gunmen shot at a patrol near Boni, killing a soldier.',
    /^Unidentified Armed Group/,
    /^Military Forces of Mali/,
  ],
  [
    'armed men identifying as fighters of a group are that group (French)',
    "Des hommes armés s'identifiant comme combattants du JNIM ont attaqué un poste de l'armée " +
      'près de Boni.',
    /^JNIM/,
    /^Military Forces of Mali/,
    '2019-10-01',
  ],
  [
    'gunmen claiming to be a group are that group',
    'Gunmen claiming to be JNIM fighters attacked the gendarmerie in Diafarabe.',
    /^JNIM/,
    /^Police Forces of Mali/,
    '2019-10-01',
  ],
  [
    'a force named before is no attacker of its ally',
    'Mali and Niger launched a joint operation along the border. A Malian army patrol was ' +
      'ambushed near Tabankort, killing ten soldiers.',
    /^Unidentified Armed Group/,
    /^Military Forces of Mali/,
    '2019-11-20',
  ],
  [
    'soldiers killed during a joint operation: the operation names no foe',
    'Nigerien soldiers were attacked during a joint operation with the Malian army near ' +
      'Menaka, five soldiers were killed.',
    /^Unidentified Armed Group/,
    /^Military Forces of Niger/,
    '2019-11-20',
  ],
  [
    'a place under the control of a group: the group acts (strategic development)',
    'The village of Tinzawaten reportedly came under the control of the CMA on Monday.',
    /^CMA/,
    /^(?:Civilians \(Mali\))?$/,
  ],
  [
    'an arrest made in a village is by the force named before',
    'French forces arrested a suspected militant commander near Gossi. ' +
      'The arrest took place in a hamlet of Gossi.',
    /^Military Forces of France/,
    /^(?:Islamist Militia|$)/,
  ],
  [
    'shells on a joint MINUSMA and Barkhane base hit MINUSMA',
    'Rockets targeted the joint Barkhane and MINUSMA base in Tessalit, causing no casualties.',
    /^Unidentified Armed Group/,
    /^MINUSMA/,
  ],
]

describe('roles: conventions', () => {
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
