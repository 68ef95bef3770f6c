/** @module Pass 3 on whole reports: when a sentence starts another event and when it goes on. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

const LONG_TAIL = [
  'The region has seen years of unrest.',
  'Aid groups have warned about hunger.',
  'Schools remain closed in many districts.',
].join(' ')

// [label, report, expected "type/sub-type" per record]
const CASES: ReadonlyArray<[string, string, string[]]> = [
  [
    'an air strike on the attackers after a ground ambush is another event',
    'On Monday, gunmen ambushed an army patrol near Bankass, killing six soldiers. However, ' +
      'the attackers were later targeted by air strikes which killed 12 of them. ' +
      LONG_TAIL,
    ['Battles/Armed clash', 'Explosions/Remote violence/Air/drone strike'],
  ],
  [
    'a place named only as the cause of an event does not make a later strike there a retelling',
    'Following threats in the Ansongo and Bourem sectors, air strikes hit militants near ' +
      'Tessalit. The army said strikes also targeted fighters gathering near Bourem.',
    ['Explosions/Remote violence/Air/drone strike', 'Explosions/Remote violence/Air/drone strike'],
  ],
  [
    'air support inside the fight stays in the battle',
    'On Monday, soldiers clashed with militants near Bankass and air strikes supported them.',
    ['Battles/Armed clash'],
  ],
  [
    'an "anti-jihadist operation" is no new armed actor',
    'Neuf militaires ont péri samedi dans une embuscade vers Téra. La patrouille menait ' +
      'une opération anti-jihadiste quand elle est tombée dans ce guet-apens près de Téra.',
    ['Battles/Armed clash'],
  ],
  [
    'a tally over recent months in a long report is no event',
    'On Monday, gunmen ambushed an army patrol near Bankass, killing six soldiers. ' +
      'More than 80 troops have been killed over the past three months in militant raids. ' +
      LONG_TAIL,
    ['Battles/Armed clash'],
  ],
  [
    'an attack and a later abduction in one sentence are two events',
    'Gunmen attacked the village of Dioura on Monday, killing three people, and later ' +
      'abducted two teachers.',
    ['Violence against civilians/Attack', 'Violence against civilians/Abduction/forced disappearance'],
  ],
  [
    'French: une attaque puis un enlèvement',
    'Des hommes armés ont attaqué le village de Dioura lundi, tuant trois personnes, puis ont ' +
      'enlevé deux enseignants.',
    ['Violence against civilians/Attack', 'Violence against civilians/Abduction/forced disappearance'],
  ],
  [
    'a clash at one place and an ambush at another in one sentence are two events',
    'On Monday, soldiers clashed with JNIM fighters in Gossi and an army convoy was ambushed ' +
      'in Menaka.',
    ['Battles/Armed clash', 'Battles/Armed clash'],
  ],
  [
    'victims listed with "and" stay one event',
    'Militants ambushed a patrol in Boni on Monday, killing two soldiers and three civilians.',
    ['Battles/Armed clash'],
  ],
  [
    'abducted and later executed is one killing',
    'On Monday, militants abducted and later executed a village chief in Dioura.',
    ['Violence against civilians/Attack'],
  ],
  [
    'arrests at another place after the toll are another event',
    'Militants ambushed an army patrol in Ansongo on Monday, killing 12 soldiers. "On the enemy ' +
      'side there are 9 terrorists killed," and around 40 suspects were apprehended in Tiloa.',
    ['Battles/Armed clash', 'Strategic developments/Arrests'],
  ],
  [
    'a toll revised days later belongs to the attack',
    'Militants ambushed an army patrol in Ansongo on Monday, killing 12 soldiers. ' +
      'On Thursday the army put the death toll in the attack at 20.',
    ['Battles/Armed clash'],
  ],
  [
    'a dated massacre after an undated coup is another event',
    'Soldiers overthrew the president in Bamako. Despite wide disapproval of the coup, ' +
      'the capital stayed quiet. The militia is known for crimes against herders, such as the ' +
      'Dioura massacre of 2 March 2021, which claimed 30 lives.',
    ['Strategic developments/Other', 'Violence against civilians/Attack'],
  ],
  [
    '"the attack comes after …" sets the event against a backdrop and adds no event',
    'On Monday, gunmen attacked a village near Gao, killing five civilians. The attack comes ' +
      'after militants announced last month a blockade of Timbuktu.',
    ['Violence against civilians/Attack'],
  ],
  [
    'the day a statement was made does not set the event apart from its later telling',
    'Human Rights Watch accused, on Monday, March 8, soldiers of having executed 12 men in ' +
      'Djibo on March 1. Residents said soldiers were involved in the March 1 operation, which ' +
      'started with the arrests.',
    ['Violence against civilians/Attack'],
  ],
  [
    'air strikes after a withdrawal from a base are another event',
    'On Monday, French troops withdrew from their base in Gao. Air strikes hit militants near ' +
      'Tessit, killing ten.',
    [
      'Strategic developments/Non-violent transfer of territory',
      'Explosions/Remote violence/Air/drone strike',
    ],
  ],
]

describe('segment: event boundaries in reports', () => {
  for (const [label, text, want] of CASES) {
    it(label, () => {
      const got = extractEvents({ id: 's', text, published_at: '2021-03-10' }).map(
        (e) => `${e.event_type}/${e.sub_event_type}`,
      )
      assert.deepEqual(got, want)
    })
  }
})

describe('segment: places of a cause clause', () => {
  it('the strikes are coded where they hit, not where the threats were', () => {
    const text =
      'Following threats in the Ansongo and Bourem sectors, air strikes hit militants near ' +
      'Tessalit. The army said strikes also targeted fighters gathering near Bourem.'
    const got = extractEvents({ id: 's', text, published_at: '2021-03-10' }).map((e) => e.location)
    assert.deepEqual(got, ['Tessalit', 'Bourem'])
  })
})
