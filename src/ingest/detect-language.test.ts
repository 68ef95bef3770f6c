/**
 * @module
 * Tests for detectLanguage on short invented English and French reports.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { detectLanguage } from './detect-language.js'

test('detectLanguage', async (t) => {
  // prettier-ignore
  const cases: [string, string, 'en' | 'fr' | null][] = [
    ['English report', 'Gunmen attacked the market in Ansongo on Sunday and set fire to the stalls, officials said.', 'en'],
    ['French report', "Des hommes armés ont attaqué le marché d'Ansongo dimanche et incendié les étals, selon les autorités.", 'fr'],
    ['French with elisions', "L'armée a riposté à l'attaque qu'il a menée près de Gao.", 'fr'],
    ['French with typographic apostrophes', 'L’armée a riposté à l’attaque qu’il a menée près de Gao.', 'fr'],
    ['too short to tell', 'Gao, Mali.', null],
    ['neither language', 'Ein bewaffneter Angriff wurde gemeldet, sagte ein Sprecher heute.', null],
    ['empty', '', null],
  ]
  for (const [label, text, want] of cases) {
    await t.test(label, () => assert.equal(detectLanguage(text), want))
  }
})
