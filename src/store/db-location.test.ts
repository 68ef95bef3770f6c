/**
 * @module
 * Tests for resolveDbLocation/defaultDbDir: --db, FAULTLINE_DB, XDG_DATA_HOME and the fallback.
 */
import assert from 'node:assert/strict'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { defaultDbDir, resolveDbLocation } from './db-location.js'
import type { DbLocation, Env } from './db-location.js'

describe('resolveDbLocation', () => {
  it('picks memory, postgres or a directory', () => {
    const home = '/home/tester'
    const dir = (path: string): DbLocation => ({ kind: 'dir', path })
    const cases: [string, string | undefined, Env, DbLocation][] = [
      ['memory', 'memory://', {}, { kind: 'memory' }],
      ['postgres URL', 'postgres://u@h/db', {}, { kind: 'postgres', url: 'postgres://u@h/db' }],
      ['postgresql URL', 'postgresql://h/db', {}, { kind: 'postgres', url: 'postgresql://h/db' }],
      ['relative dir resolved', 'data/db', {}, { kind: 'dir', path: resolve('data/db') }],
      ['file URL', 'file:///tmp/fl', {}, { kind: 'dir', path: '/tmp/fl' }],
      ['--db wins over env', '/x', { FAULTLINE_DB: '/y' }, { kind: 'dir', path: '/x' }],
      ['FAULTLINE_DB', undefined, { FAULTLINE_DB: '/y', XDG_DATA_HOME: '/z' }, dir('/y')],
      ['FAULTLINE_DB memory', undefined, { FAULTLINE_DB: 'memory://' }, { kind: 'memory' }],
      ['XDG_DATA_HOME', undefined, { XDG_DATA_HOME: '/z' }, dir('/z/faultline/db')],
      ['home fallback', undefined, {}, dir(join(home, '.local/share/faultline/db'))],
      ['empty --db means default', '', { FAULTLINE_DB: '/y' }, { kind: 'dir', path: '/y' }],
    ]
    for (const [label, db, env, want] of cases) {
      assert.deepEqual(resolveDbLocation(db, env, home), want, label)
    }
  })

  it('defaultDbDir ignores an empty XDG_DATA_HOME', () => {
    assert.equal(defaultDbDir({ XDG_DATA_HOME: '' }, '/h'), '/h/.local/share/faultline/db')
  })
})
