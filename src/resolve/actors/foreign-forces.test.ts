/** @module "Foreign troops" names no actor; "troops" alone and "French troops" still do. */
import assert from 'node:assert/strict'
import { it } from 'node:test'
import { findActorMentions } from './index.js'

const names = (t: string) =>
  findActorMentions(t, { country: 'Mali', date: '2020-09-01' }).map((m) => m.actor.name)

it('a foreign force is not the national army', () => {
  assert.deepEqual(names('They demand the withdrawal of all foreign troops.'), [])
  assert.deepEqual(names('Le retrait des forces étrangères est exigé.'), [])
  assert.ok(names('French troops left Gao.')[0]?.startsWith('Military Forces of France'))
  assert.ok(names('Troops arrested a man.')[0]?.startsWith('Military Forces of Mali'))
})
