/** @module Tests for locateEvent edges: evidence spans, focus, unknown and absent places. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { locateEvent } from './locate-event.js'
import type { LocateContext } from './types.js'

const whole = (text: string): LocateContext => ({ text, focus: { start: 0, end: text.length } })

test('locateEvent: evidence spans point into the text', () => {
  const text = 'On Friday, gunmen attacked the village of Sévaré. Two died.'
  const got = locateEvent(whole(text))
  const span = got?.evidence[0]
  assert.ok(span, 'one evidence span')
  assert.equal(text.slice(span.start, span.end), span.text, 'exact span')
  assert.equal(span.text, 'Sévaré', 'span text as written')
  assert.equal(span.field, 'location', 'field')
})

test('locateEvent: focus sentence wins over the rest of the document', () => {
  const text = 'The army is based in Sévaré. Yesterday militants attacked Boni. Nobody died.'
  const focus = { start: text.indexOf('Yesterday'), end: text.indexOf(' Nobody') }
  assert.equal(locateEvent({ text, focus })?.location, 'Boni', 'focus place')
})

test('locateEvent: unresolvable and absent places', () => {
  const unknown = locateEvent(whole('Gunmen raided the village of Zorkatanga at dawn.'))
  assert.equal(unknown?.location, 'Zorkatanga', 'unknown name kept')
  assert.equal(unknown?.latitude, null, 'no invented latitude')
  assert.equal(unknown?.longitude, null, 'no invented longitude')
  assert.equal(locateEvent(whole('Two soldiers were wounded by a mine.')), null, 'no place named')
})

test('locateEvent: a far namesake of a quarter codes the town it is part of', () => {
  const text = 'A grenade was thrown at a shop in the Aliou neighbourhood of Kidal on Sunday.'
  const got = locateEvent(whole(text))
  assert.equal(got?.location, 'Kidal', 'the town, not the namesake abroad')
  assert.equal(got?.country, 'Mali', 'its country')
  const region = 'A hunter was shot in the Tougou area of Segou region.'
  assert.equal(locateEvent(whole(region))?.location, 'Tougou', 'a place inside a region is kept')
})

test('locateEvent: between two known towns, the first end is coded', () => {
  const text = 'A bus struck a mine on the road between Gossi and Hombori, killing three.'
  const got = locateEvent(whole(text))
  assert.equal(got?.location, 'Gossi', 'first end')
  assert.equal(got?.geo_precision, 2, 'near it')
})

test('locateEvent: an unknown village is coded at the seat that qualifies it, not a list', () => {
  const text = 'Youths protested in Zorkatanga, Kidal against an arrest made in Bamako.'
  const got = locateEvent(whole(text))
  assert.equal(got?.location, 'Kidal', 'the qualifying seat')
  assert.equal(got?.geo_precision, 2, 'near it')
  const list = 'Raids hit posts in Zorkatanga, Segou and Youwarou, Mopti. Two died in Youwarou.'
  assert.notEqual(locateEvent(whole(list))?.location, 'Segou', 'a list names no qualifier')
})

test("locateEvent: an unknown village is not coded at another event's town", () => {
  const text = 'Gunmen killed two traders in Zorkatanga. Later a mine hit a truck near Tessalit.'
  const focus = { start: 0, end: text.indexOf('.') + 1 }
  const got = locateEvent({ text, focus })
  assert.equal(got?.location, 'Zorkatanga', 'the name is kept')
  assert.equal(got?.latitude, null, 'with no point')
})

test('locateEvent: where the victim is mayor of is weaker than where it happened', () => {
  const text = 'The mayor of Boni was shot dead at the market in Douentza on Sunday.'
  assert.equal(locateEvent(whole(text))?.location, 'Douentza', 'the place it happened')
  const only = 'The mayor of Boni was shot dead on Sunday.'
  assert.equal(locateEvent(whole(only))?.location, 'Boni', 'alone, the mayor names the place')
})

test('locateEvent: a village outside the cercle named after it is coded at the cercle', () => {
  const text = 'Two herders were killed at Diaka in Tenenkou Cercle on Sunday.'
  const got = locateEvent(whole(text))
  assert.equal(got?.admin1, 'Mopti', 'the named cercle, not a namesake in another region')
  assert.equal(got?.admin2, 'Tenenkou', 'its cercle')
})

test('locateEvent: the destination is not where the event happened', () => {
  const text = 'A convoy heading toward Boni from Douentza hit a mine near Dala on Monday.'
  assert.equal(locateEvent(whole(text))?.location, 'Dala', 'the place of the blast')
  const only = 'A convoy heading toward Boni was ambushed, two soldiers were killed.'
  const got = locateEvent(whole(only))
  assert.equal(got?.location, 'Boni', 'alone, the destination locates the event')
  assert.equal(got?.geo_precision, 2, 'near it')
})

test('locateEvent: a clause with a verb between two names makes no reference place', () => {
  const text = 'A truck from Boni was struck by a mine near Dala, killing two.'
  assert.equal(locateEvent(whole(text))?.location, 'Dala', 'Dala is where it happened')
  const apposition = 'Gunmen raided Dala, near Boni, and stole cattle.'
  assert.equal(locateEvent(whole(apposition))?.location, 'Dala', 'an apposition still locates')
})

test('locateEvent: the place a note says it is coded at, however the phrase runs', () => {
  const cases = [
    'Two men were found dead west of Menaka (coded at approximate location as Anderamboukane).',
    'Two men were found dead west of Menaka (coded as approximate location at Anderamboukane).',
    'Two men were found dead west of Menaka (coded as Anderamboukane at geoprecision 2).',
  ]
  for (const text of cases) assert.equal(locateEvent(whole(text))?.location, 'Anderanboukan', text)
})

test('locateEvent: an unknown village between two towns is coded at the first end', () => {
  const text = 'Raiders burned the hamlet of Kelbasoukou between Dioungani and Gourti in Mopti.'
  const got = locateEvent(whole(text))
  assert.equal(got?.location, 'Dioungani', 'the first end, not the Mopti of the region')
  assert.equal(got?.geo_precision, 2)
})

test("locateEvent: 'coded at approximate in X' is the note's own coding", () => {
  const text = 'Gunmen killed two herders near Boni (coded at approximate in Dioungani).'
  assert.equal(locateEvent(whole(text))?.location, 'Dioungani')
})


test('locateEvent: an unknown village takes the region of the nearest place, not the first', () => {
  const text =
    'Troops were sent to Kidal last year. On Monday gunmen burned the village of Kelbasoukou. ' +
    'Officials of the Mopti region condemned the raid.'
  const from = text.indexOf('On Monday')
  const focus = { start: from, end: text.indexOf(' Officials') }
  const got = locateEvent({ text, focus, countryHint: 'Mali' })
  assert.equal(got?.location, 'Kelbasoukou')
  assert.equal(got?.latitude, null, 'no invented point')
  assert.equal(got?.admin1, 'Mopti', 'the region named right after, not Kidal')
})

test('locateEvent: an unknown name after a place cue is where it happened, not a town named', () => {
  const text = 'Gunmen robbed traders from Ansongo at the market in Kelbasoukou, then fled.'
  const got = locateEvent(whole(text))
  assert.equal(got?.location, 'Ansongo', 'the only known place stands in for the village')
  assert.equal(got?.geo_precision, 2, 'near it, not in Ansongo itself')
})

test('locateEvent: a spelling guess off the stated distance gives way to the sure place', () => {
  const text = 'Herders said a boy was taken in Atara, some 25 km from Niafunke, on Tuesday.'
  const got = locateEvent(whole(text))
  assert.equal(got?.location, 'Niafunke', 'Attara lies twice as far: not the place meant')
  assert.equal(got?.geo_precision, 2)
})
