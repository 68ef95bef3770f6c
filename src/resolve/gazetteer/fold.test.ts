/** @module Tests for name folding: accents, apostrophes, hyphens and transliteration variants. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldName, foldVariant } from './fold.js'

test('foldName: accents, case, apostrophes, hyphens', () => {
  const cases: [string, string, string][] = [
    ['Ménaka', 'menaka', 'accent'],
    ['SÉGOU', 'segou', 'upper case with accent'],
    ["Aguel'hoc", 'aguelhoc', 'apostrophe'],
    ['Aguel’hoc', 'aguelhoc', 'typographic apostrophe'],
    ['Ti-n-Essako', 'ti n essako', 'hyphens become spaces'],
    ['  Gourma   Rharous ', 'gourma rharous', 'spaces collapse'],
    ['Tillabéri', 'tillaberi', 'Niger region'],
  ]
  for (const [input, want, label] of cases) assert.equal(foldName(input), want, label)
})

test('foldVariant: French/English transliterations share a key', () => {
  const groups: [string[], string][] = [
    [['Aguelhok', 'Aguelhoc', "Aguel'hoc", 'Aguel-hoc'], 'Aguelhok family'],
    [['Tinzaouaten', 'Tin-Zaouatene'.replace(/e$/, ''), 'Tinzawaten'], 'ou/w'],
    [['Douentza', 'Duentza'], 'ou/u'],
    [['Tchintabaraden', 'Chintabaraden'], 'tch/ch'],
    [['Boulkessi', 'Boulkesi'], 'doubled letters'],
    [['Djibo', 'Jibo'], 'dj/j'],
    [["N'Tillit", 'In Tillit', 'I-n-Tillit'], 'Tamasheq in- prefix'],
    [['Indelimane', 'I-n-Deliman'], 'French final e'],
  ]
  for (const [names, label] of groups) {
    const keys = new Set(names.map(foldVariant))
    assert.equal(keys.size, 1, `${label}: ${[...keys].join(' ≠ ')}`)
  }
})

test('foldVariant: different places keep different keys', () => {
  const pairs: [string, string][] = [
    ['Gao', 'Kao'],
    ['Mopti', 'Mapti'],
    ['Kidal', 'Kita'],
  ]
  for (const [a, b] of pairs) assert.notEqual(foldVariant(a), foldVariant(b), `${a} vs ${b}`)
})
