/** @module Role frames on phrase shapes: noun phrases with two mentions, harm nouns, passives. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractEvents } from '../index.js'

// [label, sentence, actor1 pattern, actor2 pattern ('' = none)]
const CASES: ReadonlyArray<[string, string, RegExp, RegExp | '']> = [
  [
    'a named force heading a generic noun is the patient, not the agent',
    'On Thursday, a National Guard pickup was seized during clashes near Nampala.',
    /^Unidentified Armed Group/,
    /^(?:Military|Police) Forces of Mali/,
  ],
  [
    'two mentions in one noun phrase are no agent and patient',
    'On Monday, Barkhane forces raided a camp near Kidal. ' +
      'One Ansar Dine (JNIM) militant was killed.',
    /^Military Forces of France/,
    /^(?:Ansar Dine|JNIM)/,
  ],
  [
    'militants after a harm noun undergo it',
    'On Monday, French forces launched an operation near Ménaka, ' +
      'resulting in the death of seven militants.',
    /^Military Forces of France/,
    /^(?:Islamist Militia|Unidentified)/,
  ],
  [
    'two sides joined before a reciprocal verb',
    'On Sunday, Gourmantche farmers and Fulani pastoralists clashed near Botou, Burkina Faso, ' +
      'leaving four wounded.',
    /^Gourmantche Ethnic Militia/,
    /^Fulani Ethnic Militia/,
  ],
  [
    'the other side of "clashes with" after a passive victim',
    'On Friday, an MSA officer was killed near Talataye amidst clashes with fighters ' +
      'from the HCUA.',
    /^HCUA/,
    /^MSA/,
  ],
  [
    'militants believed to belong to a named group',
    'On Monday, French forces carried out airstrikes near Ménaka, killing ten militants ' +
      'believed to belong to the Islamic State in the Greater Sahara.',
    /^Military Forces of France/,
    /^Islamic State/,
  ],
  [
    'an unnamed strike aircraft is the country\'s military',
    'Des frappes aériennes ont ciblé des terroristes près de Ménaka le 10 octobre.',
    /^Military Forces of Mali/,
    /./,
  ],
  [
    'armed groups "de la" a named katiba are that katiba\'s coalition',
    'Mardi, des groupes armés de la Katiba du Macina ont incendié le hameau de Kobou, ' +
      'tuant six civils.',
    /^JNIM/,
    /^Civilians/,
  ],
  [
    'the army that reports the deaths is no agent',
    'The army said that ten soldiers were killed in an ambush near Tera on Monday.',
    /^Unidentified Armed Group/,
    /^Military Forces of Niger/,
  ],
  [
    'a French attribution in the next sentence',
    'Le 4 mars, des hommes armés ont tué 12 civils près de Ségué. ' +
      'Selon un élu local, les responsables appartiendraient au Front de libération du Macina.',
    /^JNIM/,
    /^Civilians/,
  ],
  [
    'unknown gunmen, presumably a named militia',
    'On Sunday, unknown gunmen, presumably Fulani militiamen, abducted a Dogon herder near Koro.',
    /^Fulani Ethnic Militia/,
    /^Civilians/,
  ],
  [
    'a claim of the attack paragraphs later',
    'On Tuesday, a group of terrorists attacked the gendarmerie school in Bamako and a shootout ' +
      'ensued with the gendarmes.\n\nThe army said the situation was under control.\n\n' +
      'JNIM, affiliated with Al Qaeda, claimed responsibility for the attack on Wednesday.',
    /^JNIM/,
    /^Police Forces of Mali/,
  ],
]

describe('role frames', () => {
  for (const [label, text, a1, a2] of CASES) {
    it(label, () => {
      const [e] = extractEvents({ id: 'f', text, published_at: '2018-09-10' })
      assert.match(e?.actor1 ?? '', a1)
      if (a2 === '') assert.equal(e?.actor2, '')
      else assert.match(e?.actor2 ?? '', a2)
    })
  }
})
