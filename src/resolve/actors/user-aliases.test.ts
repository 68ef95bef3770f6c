/**
 * @module
 * Aliases taught in review: the file's location, a round trip through it (once per alias and
 * actor, atomic write), a damaged file that leaves the registry loadable, merging into the owning
 * entry (also a `{country}` template), and a fresh process that finds the taught name in text.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { ActorEntry } from './registry-types.js'
import { addUserAlias, mergeUserAliases, readUserAliases, userAliasPath } from './user-aliases.js'

const dir = () => mkdtempSync(join(tmpdir(), 'fl-aliases-'))

describe('user aliases', () => {
  it('lives at $FAULTLINE_ALIASES, else under XDG_DATA_HOME, else ~/.local/share', () => {
    assert.equal(userAliasPath({ FAULTLINE_ALIASES: '/x/a.json' }, '/h'), '/x/a.json')
    assert.equal(userAliasPath({ XDG_DATA_HOME: '/d' }, '/h'), '/d/faultline/actor-aliases.json')
    assert.equal(userAliasPath({}, '/h'), '/h/.local/share/faultline/actor-aliases.json')
  })

  it('adds an alias once per alias and actor, case-insensitively', () => {
    const path = join(dir(), 'sub', 'aliases.json')
    assert.deepEqual(readUserAliases(path), [], 'missing file: none')
    const alias = { alias: 'the Macina fighters', actor_id: 'katiba-macina', actor: 'Katiba Macina' }
    assert.equal(addUserAlias(alias, path), true)
    assert.equal(addUserAlias({ ...alias, alias: 'The MACINA fighters' }, path), false)
    assert.equal(addUserAlias({ ...alias, actor_id: 'jnim', actor: 'JNIM' }, path), true)
    const all = readUserAliases(path)
    assert.deepEqual(all.map((a) => a.actor_id), ['katiba-macina', 'jnim'])
    assert.match(all[0]?.added_at ?? '', /^\d{4}-\d\d-\d\dT/)
  })

  it('a damaged or foreign file gives no aliases instead of an error', () => {
    const path = join(dir(), 'aliases.json')
    writeFileSync(path, '{ not json')
    assert.deepEqual(readUserAliases(path), [])
    writeFileSync(path, JSON.stringify({ aliases: [{ alias: 1 }] }))
    assert.deepEqual(readUserAliases(path), [])
  })

  it('merges aliases into the entry with the id, or the template it instantiates', () => {
    const entries = [
      { id: 'jnim', name: 'JNIM', aliases: ['GSIM'] },
      { id: 'police-{country}', name: 'Police Forces of {country}' },
    ] as unknown as ActorEntry[]
    const at = '2026-01-01T00:00:00Z'
    const merged = mergeUserAliases(entries, [
      { alias: 'the Group', actor_id: 'jnim', actor: 'JNIM', added_at: at },
      { alias: 'the cops', actor_id: 'police-mali', actor: 'Police Forces of Mali', added_at: at },
      { alias: 'nobody', actor_id: 'unknown-id', actor: 'X', added_at: at },
    ])
    assert.deepEqual(merged[0]?.aliases, ['GSIM', 'the Group'])
    assert.deepEqual(merged[1]?.aliases, ['the cops'])
    assert.equal(entries[0]?.aliases?.length, 1, 'the input entries are not changed')
  })

  it('a process started afterwards finds the taught name in text', () => {
    const path = join(dir(), 'aliases.json')
    const probe = `import { findActorMentions } from './src/resolve/actors/index.js'
      const m = findActorMentions('The Blue Scarves of Tessit attacked a convoy.', { country: 'Mali' })
      console.log(JSON.stringify(m.map((x) => x.actor)))`
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      probe], { env: { ...process.env, FAULTLINE_ALIASES: path }, encoding: 'utf8' })
    assert.doesNotMatch(run(), /"id":"jnim"/, 'unknown before')
    addUserAlias({ alias: 'Blue Scarves of Tessit', actor_id: 'jnim', actor: 'JNIM' }, path)
    assert.match(run(), /"id":"jnim"/)
  })
})
