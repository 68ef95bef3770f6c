/** @module The document's country for the framing lens: news events only. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EventRecord } from '../../schema/event.js'
import { mainCountry } from './frame-document.js'

const ev = (country: string, tier: 'news' | 'context') => ({ country, tier }) as EventRecord

test('mainCountry: the country of most news events', () => {
  assert.equal(mainCountry([ev('Niger', 'news'), ev('Mali', 'news'), ev('Niger', 'news')]), 'Niger')
})

test('mainCountry: a past war recalled in passing does not make the country', () => {
  assert.equal(mainCountry([ev('Libya', 'context')]), null)
  const events = [ev('Libya', 'context'), ev('Libya', 'context'), ev('Mali', 'news')]
  assert.equal(mainCountry(events), 'Mali')
})
