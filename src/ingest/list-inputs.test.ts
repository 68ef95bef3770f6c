/**
 * @module
 * Tests for listInputs on a nested temp folder with dotfiles, a symlink loop and stdin.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { listInputs } from './list-inputs.js'

let dir = ''
const at = (...p: string[]) => join(dir, ...p)

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'faultline-list-'))
  const files = [
    'b.txt',
    'a.md',
    'notes.docx',
    '.hidden.txt',
    'sub/z.pdf',
    'sub/deeper/y.HTM',
    'sub/deeper/x.html',
    '.git/config.txt',
    'other/only.txt',
  ]
  for (const f of files) {
    await mkdir(join(dir, f, '..'), { recursive: true })
    await writeFile(at(f), 'Gao.')
  }
  await symlink(dir, at('sub', 'loop')) // a cycle back to the root must not hang
})
after(() => rm(dir, { recursive: true, force: true }))

test('listInputs', async (t) => {
  // prettier-ignore
  const cases: [string, () => string[], () => string[]][] = [
    [
      'a folder expands recursively, sorted, supported files only, no dotfiles',
      () => [dir],
      () => [at('a.md'), at('b.txt'), at('other/only.txt'), at('sub/deeper/x.html'), at('sub/deeper/y.HTM'), at('sub/z.pdf')],
    ],
    ['stdin dash is kept as is, in order', () => ['-', at('other')], () => ['-', at('other/only.txt')]],
    ['an explicit file is kept even if unsupported (readDocument reports it)', () => [at('notes.docx')], () => [at('notes.docx')]],
    ['duplicates are dropped', () => [at('b.txt'), dir, at('b.txt')], () => [at('b.txt'), at('a.md'), at('other/only.txt'), at('sub/deeper/x.html'), at('sub/deeper/y.HTM'), at('sub/z.pdf')]],
    ['an explicitly named dotfile is kept', () => [at('.hidden.txt')], () => [at('.hidden.txt')]],
  ]
  for (const [label, input, want] of cases) {
    await t.test(label, async () => assert.deepEqual(await listInputs(input()), want()))
  }
  await t.test('a missing path is E_INPUT_UNREADABLE naming it', () =>
    assert.rejects(listInputs([dir, at('missing-folder')]), {
      code: 'E_INPUT_UNREADABLE',
      message: `${at('missing-folder')}: no such file or folder`,
    }),
  )
})
