/** @module Role assignment: who is actor1 and actor2, by voice and by ACLED convention. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, actor1 pattern, actor2 pattern ('' = none)]
const CASES: ReadonlyArray<[string, string, RegExp, RegExp | '']> = [
  [
    'active voice',
    'JNIM militants attacked a Malian army post near Boni.',
    /^JNIM/,
    /^Military Forces of Mali/,
  ],
  [
    'passive voice with by',
    'A Malian army post was attacked by JNIM militants.',
    /^JNIM/,
    /^Military Forces of Mali/,
  ],
  [
    'a by-phrase in a relative clause on the victims names no agent',
    'Gunmen on motorbikes shot dead villagers who, like many others threatened by JNIM ' +
      'militants, had fled to Dioura.',
    /^Unidentified Armed Group/,
    /^Civilians/,
  ],
  [
    'headline passive',
    'Malian army convoy ambushed near Diabaly, two soldiers dead.',
    /^Unidentified Armed Group/,
    /^Military Forces of Mali/,
  ],
  [
    'between A and B',
    'Clashes between GATIA and the CMA near Anefis left two dead.',
    /^GATIA/,
    /^CMA/,
  ],
  [
    'civilians convention',
    'Soldiers executed three herders near Dioura.',
    /^Military Forces of Mali/,
    /^Civilians/,
  ],
  [
    'unnamed perpetrator',
    'Two farmers were killed near Koro.',
    /^Unidentified Armed Group/,
    /^Civilians/,
  ],
  [
    'claim names the perpetrator',
    'A vehicle struck an IED near Tessit. JNIM claimed responsibility.',
    /^JNIM/,
    /^Civilians/,
  ],
  [
    'protesters, no actor2',
    'Youths demonstrated peacefully in Gao against power cuts.',
    /^Protesters/,
    '',
  ],
  [
    'French passive',
    'Neuf soldats ont été tués par des hommes armés près de Boni.',
    /^Unidentified Armed Group/,
    /^Military Forces of Mali/,
  ],
  [
    'bracketed name after a description',
    'Dogon militiamen (Dan Na Ambassagou) burned the hamlet of Sobame and killed four herders.',
    /^Dan Na Ambassagou/,
    /^Civilians/,
  ],
  [
    'escorted by is not the agent',
    'JNIM militants ambushed trucks escorted by the Malian army near Sevare, killing two soldiers.',
    /^JNIM/,
    /^Military Forces of Mali/,
  ],
  [
    'a state force supporting the subject is not the agent',
    'On Wednesday, Malian soldiers supported by Dogon hunters fought Fulani militiamen near Dinangourou.',
    /^Military Forces of Mali/,
    /^Fulani Ethnic Militia/,
  ],
  [
    'a word cut after the cue is no passive auxiliary',
    'French forces with GATIA and MSA fighters raided an ISGS camp near Menaka.',
    /^Military Forces of France/,
    /^Islamic State/,
  ],
  [
    'a claim of responsibility names the attacker of a state force',
    'A Malian army convoy came under heavy fire near Hombori, two soldiers were killed. JNIM claimed the attack on Friday.',
    /^JNIM/,
    /^Military Forces of Mali/,
  ],
  [
    'security forces facing rioters are the police',
    'Security forces fired tear gas in Bamako to disperse youths who had burned tires and looted a shop.',
    /^Rioters/,
    /^Police Forces of Mali/,
  ],
  [
    'a building attacked by rioters is no actor2',
    'Angry youths stormed and burned the town hall of Kati after a dispute over land.',
    /^Rioters/,
    '',
  ],
  [
    'the militants are the group named before',
    'Katiba Macina fighters entered Sarekeina on Monday, where two herders were abducted by the militants.',
    /^JNIM/,
    /^Civilians/,
  ],
  [
    'civilians of a stated nationality',
    'Gunmen shot dead three Burkinabe herders near Boni in the Mopti region of Mali.',
    /^Unidentified Armed Group/,
    /^Civilians \(Burkina Faso\)/,
  ],
  [
    'the nationality of the perpetrator is not the victims\'',
    'Burkinabe troops shot two herders near Boulkessi in the Mopti region of Mali.',
    /^Military Forces of Burkina Faso/,
    /^Civilians \(Mali\)/,
  ],
  [
    'headline passive with a place phrase',
    'FAMa checkpoint on the outskirts of Léré attacked last night, two soldiers wounded.',
    /^Unidentified Armed Group/,
    /^Military Forces of Mali/,
  ],
  [
    'a mine that hits an armed group\'s vehicle',
    'On Monday, an MSA vehicle was struck by an IED near Inekar, killing two fighters.',
    /^Unidentified Armed Group/,
    /^MSA/,
  ],
  [
    'hedged bracketed name stays unidentified',
    'Unknown gunmen (possibly JNIM members) shot dead three traders near Djenne.',
    /^Unidentified Armed Group/,
    /^Civilians/,
  ],
  [
    '"at least" after the cue is no headline passive',
    'On Sunday, Dan Na Ambassagou killed at least six herders near Bankass.',
    /^Dan Na Ambassagou/,
    /^Civilians/,
  ],
  [
    'volunteer fighters with a bracketed name',
    'On Friday, volunteer fighters (VDP) shot dead a herder near Djibo in Burkina Faso.',
    /^VDP/,
    /^Civilians/,
  ],
  [
    'a mine that hits a pickup of an armed group',
    'On Tuesday, an IED exploded against a pickup of the CMA near Kidal, killing one.',
    /^Unidentified Armed Group/,
    /^CMA/,
  ],
  [
    'fighters killed by a blast underwent it',
    'On Saturday, three GATIA combatants and a MOC soldier were killed by an IED blast near Inekar.',
    /^Unidentified Armed Group/,
    /^GATIA/,
  ],
  [
    'militants killed by their own mine used it',
    'On Sunday, two JNIM militants were killed by the explosion of the mine they were planting near Boni.',
    /^JNIM/,
    '',
  ],
  [
    'the sentence before names who acted and whom',
    'On Monday, French forces carried out an operation against ISGS near Tessit. ' +
      'The operation began with an airstrike, at least ten militants were killed.',
    /^Military Forces of France/,
    /^Islamic State/,
  ],
  [
    'a group blamed in the next sentence planted the mine',
    'On Thursday, three Dozos were killed by an IED blast outside Ténenkou. ' +
      'Residents blamed Katiba Macina fighters.',
    /^JNIM/,
    /^Dozo/,
  ],
]

describe('roles', () => {
  for (const [label, text, a1, a2] of CASES) {
    it(label, () => {
      const [e] = extractEvents({ id: 'r', text, published_at: '2019-03-10' })
      assert.match(e?.actor1 ?? '', a1)
      if (a2 === '') assert.equal(e?.actor2, '')
      else assert.match(e?.actor2 ?? '', a2)
    })
  }
})
