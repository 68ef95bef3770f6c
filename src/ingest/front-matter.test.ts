/**
 * @module
 * Tests for parseFrontMatter: keys, aliases, quoting, and blocks that are not front matter.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseFrontMatter } from './front-matter.js'
import type { FrontMatter } from './front-matter.js'

test('parseFrontMatter', async (t) => {
  const cases: [string, string, FrontMatter, string][] = [
    [
      'all keys, quoted values, body kept',
      '---\ntitle: "Raid on Dioura camp"\noutlet: Sahel Wire\npublished: 2022-08-14\n' +
        "author: 'B. Keita'\nurl: https://example.org/a\n---\nSoldiers repelled a raid.",
      {
        title: 'Raid on Dioura camp',
        outlet: 'Sahel Wire',
        published: '2022-08-14',
        author: 'B. Keita',
        url: 'https://example.org/a',
      },
      'Soldiers repelled a raid.',
    ],
    [
      'aliases date/source, unknown keys ignored',
      '---\ndate: 2021-01-02\nsource: Radio Kayes\ntags: [mali]\n---\n\nBody.',
      { published: '2021-01-02', outlet: 'Radio Kayes' },
      '\nBody.',
    ],
    ['no front matter', 'Gunfire in Gao.\n---\nnot: meta', {}, 'Gunfire in Gao.\n---\nnot: meta'],
    [
      'a markdown rule around prose is not front matter',
      '---\nJust a sentence here.\n---\nMore.',
      {},
      '---\nJust a sentence here.\n---\nMore.',
    ],
    ['front matter with nothing after it', '---\ntitle: Only\n---', { title: 'Only' }, ''],
  ]
  for (const [label, input, meta, body] of cases) {
    await t.test(label, () => assert.deepEqual(parseFrontMatter(input), { meta, body }))
  }
})
