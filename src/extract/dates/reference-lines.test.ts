import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDates, resolveEventDate } from './index.js'

/** The date of the first mention of `word` in `text` read on `published`. */
function dateOf(text: string, word: string, published: string, nth = 0): string | null {
  let at = -1
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1)
  return findDates(text, published).find((m) => m.start === at)?.date ?? null
}

// 2021-03-01 is a Monday; the update (Friday 5 March) comes four days later.
const PUB = '2021-03-01'

describe('reference lines: relative days after an update line or dateline', () => {
  const cases: [string, string, string, number, string][] = [
    [
      'EN update line',
      'Rebels raided a depot on Sunday.\n\nUpdate March 5 The army said on Wednesday it retook it.',
      'Wednesday',
      0,
      '2021-03-03',
    ],
    [
      'Updated: with year',
      'Rebels raided a depot.\n\nUpdated: 5 March 2021\n' +
        'In a statement on Thursday, police said two died.',
      'Thursday',
      0,
      '2021-03-04',
    ],
    [
      'Last updated',
      'A convoy was hit.\nLast updated March 5, 2021 at 10:00\nYesterday, gunmen burned a market.',
      'Yesterday',
      0,
      '2021-03-04',
    ],
    [
      'FR mis à jour',
      'Un convoi a été attaqué.\n\nMis à jour le 5 mars 2021\n' +
        'Mercredi, des hommes armés ont tué trois bergers.',
      'Mercredi',
      0,
      '2021-03-03',
    ],
    [
      'EN dateline',
      'Earlier report.\nKORO, March 5 (Wire) - Gunmen killed four traders on Wednesday.',
      'Wednesday',
      0,
      '2021-03-03',
    ],
    [
      'FR dateline',
      'Dépêche.\nMOPTI, 5 mars (Agence) – Des assaillants ont tué deux gendarmes mercredi.',
      'mercredi',
      0,
      '2021-03-03',
    ],
    [
      'dateline with the agency between slashes',
      'Earlier report.\nGAO, March 5. /Wire/. Gunmen killed four traders on Wednesday.',
      'Wednesday',
      0,
      '2021-03-03',
    ],
    [
      'text before the update keeps the publication date',
      'Clashes broke out on Saturday.\n\nUpdate March 5 More clashes on Wednesday.',
      'Saturday',
      0,
      '2021-02-27',
    ],
    [
      'a stale stamp (before publication) changes nothing',
      'Attack.\n\nUpdated February 20, 2021\nOn Wednesday, gunmen attacked a school.',
      'Wednesday',
      0,
      '2021-02-24',
    ],
    [
      'no update word: a date at a line start is no stamp',
      'March 5 was calm.\nOn Wednesday, gunmen attacked a school.',
      'Wednesday',
      0,
      '2021-02-24',
    ],
  ]
  for (const [label, text, word, nth, want] of cases)
    it(label, () => assert.equal(dateOf(text, word, PUB, nth), want, label))

  it('an event after the update is dated on a day after publication, not the stamp', () => {
    const text =
      'Rebels raided a depot on Sunday.\n\n' +
      'Update March 5 Soldiers killed six rebels on Wednesday near the depot.'
    const start = text.indexOf('Update')
    const cue = text.indexOf('killed')
    const got = resolveEventDate(text, findDates(text, PUB), { start, end: text.length, cue }, PUB)
    assert.equal(got.date, '2021-03-03')
  })

  it('the stamp alone does not date the event of its line', () => {
    const text =
      'Rebels raided a depot.\n\nUpdate March 5 Soldiers killed six rebels near the depot.'
    const start = text.indexOf('Update')
    const got = resolveEventDate(text, findDates(text, PUB), { start, end: text.length }, PUB)
    assert.equal(got.mention, null)
  })
})
