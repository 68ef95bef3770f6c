/**
 * @module
 * Tests for readText: format sniffing, front matter on stdin, overrides and errors.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readText } from './read-text.js'
import type { TextOptions } from './options.js'

const REPORT =
  'Militants ambushed a gendarmerie patrol near Diafarabé on Thursday, killing two officers, ' +
  'a local official said.'

test('readText: format sniffing and metadata', async (t) => {
  // prettier-ignore
  const cases: [string, string, string, TextOptions, Partial<Record<string, unknown>>][] = [
    ['plain stdin text', `Ambush near Diafarabé\n\n${REPORT}`, '-', {}, { format: 'txt', title: 'Ambush near Diafarabé', text: `Ambush near Diafarabé\n\n${REPORT}` }],
    ['HTML sniffed from <p> tags', `<p>${REPORT}</p>`, '-', {}, { format: 'html', text: REPORT, title: null }],
    ['HTML sniffed from a doctype', `<!DOCTYPE html><html><body><article><p>${REPORT}</p></article></body></html>`, 'api', {}, { format: 'html', text: REPORT }],
    ['markdown from the source extension', `## Ambush\n\n${REPORT.replace('a local official', 'a *local* official')}`, 'note.md', {}, { format: 'md', text: `Ambush\n\n${REPORT}` }],
    ['explicit format wins over sniffing', `<p>${REPORT}</p>`, '-', { format: 'txt' }, { format: 'txt', text: `<p>${REPORT}</p>` }],
    ['front matter on stdin', `---\noutlet: Kati FM\npublished: 2023-07-01\n---\n${REPORT}`, '-', {}, { outlet: 'Kati FM', published_at: '2023-07-01', text: REPORT, title: REPORT }],
    ['invalid front-matter date is dropped', `---\npublished: someday\n---\n${REPORT}`, '-', {}, { published_at: null }],
    ['outlet option', REPORT, '-', { outlet: 'API client' }, { outlet: 'API client', source: '-' }],
    ['a long first line is not a title', `${REPORT} ${REPORT}`, '-', {}, { title: null }],
  ]
  for (const [label, text, source, opts, want] of cases) {
    await t.test(label, () => {
      const doc = readText(text, source, opts) as unknown as Record<string, unknown>
      for (const [key, value] of Object.entries(want)) assert.deepEqual(doc[key], value, key)
    })
  }
})

test('readText: errors', async (t) => {
  // prettier-ignore
  const cases: [string, string, TextOptions, string, RegExp][] = [
    ['empty', '', {}, 'E_INPUT_EMPTY', /^-: the input is empty/],
    ['whitespace only', ' \n\r\n\t ', {}, 'E_INPUT_EMPTY', /^-: the input is empty/],
    ['only front matter', '---\ntitle: x\n---\n', {}, 'E_INPUT_EMPTY', /the input is empty/],
    ['NUL characters', `${REPORT}\u0000`, {}, 'E_INPUT_BINARY', /^-: not a text file/],
    ['too large', REPORT, { maxBytes: 10 }, 'E_TOO_LARGE', /^-: \d+ bytes/],
    ['bad published option', REPORT, { published: '2023-02-29' }, 'E_BAD_ARGUMENT', /^invalid date 2023-02-29: expected YYYY-MM-DD$/],
    ['HTML with no article', '<html><body><nav>Home</nav></body></html>', {}, 'E_HTML_NO_ARTICLE', /^-: no article/],
  ]
  for (const [label, text, opts, code, message] of cases) {
    await t.test(label, () => assert.throws(() => readText(text, '-', opts), { code, message }))
  }
})
