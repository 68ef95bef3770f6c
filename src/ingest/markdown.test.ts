/**
 * @module
 * Tests for stripMarkdown: each kind of markup removed, prose and bullets left alone.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { stripMarkdown } from './markdown.js'

test('stripMarkdown', async (t) => {
  // prettier-ignore
  const cases: [string, string, string][] = [
    ['ATX heading', '## Attack in Boni ##', 'Attack in Boni'],
    ['bold and italic', 'Five **civilians** were *killed* and __two__ _hurt_.', 'Five civilians were killed and two hurt.'],
    ['link keeps its text', 'Reported by [Radio Kayes](https://example.org/rk) today.', 'Reported by Radio Kayes today.'],
    ['image keeps alt text', '![Burnt market](m.jpg)', 'Burnt market'],
    ['reference link and definition', 'See [the report][1].\n[1]: https://example.org', 'See the report.\n'],
    ['inline code', 'Code `JNIM` used.', 'Code JNIM used.'],
    ['blockquote marker', '> "We fled," said a resident.', '"We fled," said a resident.'],
    ['rules and setext underline', 'Title\n=====\n\n***\nText', 'Title\n\n\n\nText'],
    ['snake_case and 2*3 are left alone', 'file_name_here and 2*3*4', 'file_name_here and 2*3*4'],
    ['list bullets are kept', '- Gao\n- Timbuktu', '- Gao\n- Timbuktu'],
    ['HTML comments go', 'A<!-- note -->B', 'AB'],
  ]
  for (const [label, input, want] of cases) {
    await t.test(label, () => assert.equal(stripMarkdown(input), want))
  }
})
