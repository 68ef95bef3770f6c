/** @module Event types and sub-types from cues and targets, on sentences through the pipeline. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, event_type, sub_event_type]
const CASES: ReadonlyArray<[string, string, string, string]> = [
  [
    'a weekday is no French death cue (Tuesday is not tués)',
    'Soldiers arrested four suspected militants at a checkpoint in Ansongo on Tuesday.',
    'Strategic developments',
    'Arrests',
  ],
  [
    'protesters who disperse without incident protested peacefully',
    'Hundreds of traders marched through Mopti to protest fuel shortages and dispersed without incident.',
    'Protests',
    'Peaceful protest',
  ],
  [
    'French self-dispersal is peaceful',
    'Les manifestants se sont dispersés dans le calme à Bamako vendredi.',
    'Protests',
    'Peaceful protest',
  ],
  [
    'police dispersing protesters is an intervention',
    'Police dispersed the protesters with tear gas in Bamako on Friday.',
    'Protests',
    'Protest with intervention',
  ],
  [
    'ambush on soldiers',
    'Jihadists ambushed an army patrol near Boni, killing four soldiers.',
    'Battles',
    'Armed clash',
  ],
  [
    'killing of villagers',
    'Gunmen killed six villagers in their fields near Bankass.',
    'Violence against civilians',
    'Attack',
  ],
  [
    'abduction',
    'Unknown gunmen abducted two teachers on the road to Douentza.',
    'Violence against civilians',
    'Abduction/forced disappearance',
  ],
  [
    'abducting a militia commander is a battle',
    'Unknown gunmen abducted a GATIA commander near Menaka.',
    'Battles',
    'Armed clash',
  ],
  [
    'IED strike',
    'An army truck hit an IED near Gossi, wounding three soldiers.',
    'Explosions/Remote violence',
    'Remote explosive/landmine/IED',
  ],
  [
    'complex attack is a battle',
    'Militants attacked the camp with an IED followed by gunfire.',
    'Battles',
    'Armed clash',
  ],
  [
    'air strike',
    'French aircraft carried out an airstrike on a militant camp.',
    'Explosions/Remote violence',
    'Air/drone strike',
  ],
  [
    'bare strikes that hit a target',
    'Des frappes ont également visé un campement de terroristes près de Tessalit.',
    'Explosions/Remote violence',
    'Air/drone strike',
  ],
  [
    'figurative destruction is no riot',
    'Thousands marched in Kayes against reforms that destroyed the livelihoods of farmers.',
    'Protests',
    'Peaceful protest',
  ],
  [
    'shelling',
    'Several mortar shells hit the UN camp in Kidal overnight.',
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
  ],
  [
    'defused mine',
    'Soldiers discovered and defused an IED on the road to Mondoro.',
    'Strategic developments',
    'Disrupted weapons use',
  ],
  [
    'peaceful protest',
    'Hundreds of women marched in Gao to demand the reopening of schools.',
    'Protests',
    'Peaceful protest',
  ],
  [
    'protest dispersed',
    'Police fired tear gas to disperse students protesting in Bamako.',
    'Protests',
    'Protest with intervention',
  ],
  [
    'violent protest',
    'Protesters ransacked the town hall and clashed with gendarmes.',
    'Riots',
    'Violent demonstration',
  ],
  ['mob lynching', 'A mob lynched a suspected thief at the market.', 'Riots', 'Mob violence'],
  [
    'looting',
    'Armed men looted shops and stole cattle in the village.',
    'Strategic developments',
    'Looting/property destruction',
  ],
  [
    'robbing the passengers of a stopped truck is looting',
    'Unknown gunmen attacked a bus near Ansongo, stripping the passengers of their belongings.',
    'Strategic developments',
    'Looting/property destruction',
  ],
  [
    'shooting at the passengers before robbing them is an attack',
    'Gunmen opened fire on a bus near Ansongo and stripped the passengers of their belongings.',
    'Violence against civilians',
    'Attack',
  ],
  [
    'arrests',
    'Gendarmes arrested five suspects in Sevare on Monday.',
    'Strategic developments',
    'Arrests',
  ],
  [
    'fought-back attack',
    'Militiamen attacked the village but the villagers fought back.',
    'Battles',
    'Armed clash',
  ],
  [
    'executing detained suspects is an attack, not a battle',
    'The army executed twelve suspected militants near Djibo.',
    'Violence against civilians',
    'Attack',
  ],
  [
    'assassinating an officer at his home is an attack',
    'Unknown gunmen assassinated a police officer at his home in Douentza.',
    'Violence against civilians',
    'Attack',
  ],
  [
    'machine-gunning villagers is an attack',
    'Dozens of men on motorcycles machine-gunned villagers digging a trench near Kaya.',
    'Violence against civilians',
    'Attack',
  ],
  [
    'villagers returning fire make a clash',
    'Militiamen attacked the village of Djabel near Bankass on Monday, and its youths returned fire.',
    'Battles',
    'Armed clash',
  ],
  [
    'French attack',
    'Des hommes armés ont tué trois civils dans le village.',
    'Violence against civilians',
    'Attack',
  ],
  [
    'French ambush',
    'Une patrouille de l’armée a été prise dans une embuscade près de Boni.',
    'Battles',
    'Armed clash',
  ],
  [
    'French: handing a camp over is a non-violent transfer',
    'Les forces françaises ont procédé à la rétrocession du camp de Ménaka aux FAMa.',
    'Strategic developments',
    'Non-violent transfer of territory',
  ],
  [
    'leaving a base, with words between, is a non-violent transfer',
    "L'armée a renforcé son dispositif après l'abandon, sans préavis, par les " +
      'troupes allemandes du camp de Gao le 14 mai.',
    'Strategic developments',
    'Non-violent transfer of territory',
  ],
  [
    'the handover of a camp is a non-violent transfer',
    'UN peacekeepers completed the handover of their camp in Ber to the Malian army on Sunday.',
    'Strategic developments',
    'Non-violent transfer of territory',
  ],
]

describe('event types', () => {
  for (const [label, text, type, sub] of CASES) {
    it(label, () => {
      const [e] = extractEvents({ id: 'c', text, published_at: '2020-02-10' })
      assert.equal(e?.event_type, type)
      assert.equal(e?.sub_event_type, sub)
    })
  }
})
