/**
 * @module
 * The repository holds no evaluation text: `scripts/check-leaks.ts` finds no run of 9 words that
 * a tracked file shares with `../shared/data` (ACLED dev notes, seed articles, articles, PTC).
 * Skipped, with the reason, where the data is not beside the checkout.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'

const data = process.env.FAULTLINE_EVAL_DATA ?? join(process.cwd(), '..', 'shared', 'data')
const skip = existsSync(join(data, 'acled', 'dev.jsonl')) ? false : `no evaluation data at ${data}`

test('no tracked file shares a 9-word run with the evaluation data', { skip }, () => {
  const r = spawnSync(process.execPath,
    ['--import', 'tsx', 'scripts/check-leaks.ts', '--data', data], { encoding: 'utf8' })
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`)
  assert.match(r.stdout, /check-leaks: 0 run\(s\)/)
})
