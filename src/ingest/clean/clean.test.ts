/**
 * @module
 * Tests for lead cleaning on invented pages: a mirror's header in another script with its site
 * address, section label and e-mail above a "Name DD.MM.YYYY" byline; a French page with a
 * subscribe line and "Par … Publié le …"; bylines and dates parsed alone (table-driven);
 * and what must stay: titles, prose starting with "By", furniture-looking lines after the lead.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseBylineDate } from './byline-date.js'
import { parseByline } from './byline.js'
import { cleanLead } from './clean-lead.js'

const BODY =
  'Fighters attacked an army post near the village of Tinbarka on Tuesday, killing three ' +
  'soldiers, according to a regional official who spoke on condition of anonymity.'

describe('cleanLead', () => {
  it('mirror: foreign-script motto, address, section, e-mail and byline go; title stays', () => {
    const page = [
      'Кочевой вестник — правда степей', '', 'Голос свободных людей', '',
      'www.nomad-herald.example', '', 'European Languages', '', 'desk@nomad-herald.example', '',
      'Mariam Keïta 04.11.2023', '', 'Army post attacked near Tinbarka', '', BODY,
    ].join('\n')
    const out = cleanLead(page)
    assert.equal(out.text, `Army post attacked near Tinbarka\n\n${BODY}`)
    assert.equal(out.author, 'Mariam Keïta')
    assert.equal(out.published, '2023-11-04')
    assert.deepEqual(out.removed.map((r) => r.why), [
      'foreign-script', 'foreign-script', 'address', 'menu', 'email', 'byline',
    ])
  })

  it('a Latin-script motto between header lines goes too', () => {
    const page = ['Sahel Open Press', '', 'Truth from the dunes', '', 'https://sop.example/',
      '', 'By Oumar Cissé | 2 February 2024', '', 'Convoy ambushed', '', BODY].join('\n')
    const out = cleanLead(page)
    assert.equal(out.text, `Convoy ambushed\n\n${BODY}`)
    assert.deepEqual([out.author, out.published], ['Oumar Cissé', '2024-02-02'])
  })

  it('French page: subscribe line and "Par … - Publié le …" byline', () => {
    const corps = 'Des hommes armés ont attaqué le poste de Tinbarka mardi, tuant trois ' +
      'soldats, selon une source sécuritaire.'
    const page = ['Abonnez-vous à notre lettre d’information', '', 'Attaque contre un poste',
      '', 'Par Awa Diallo - Publié le 12/03/2022 à 14h05', '', corps].join('\n')
    const out = cleanLead(page)
    assert.equal(out.text, `Attaque contre un poste\n\n${corps}`)
    assert.deepEqual([out.author, out.published], ['Awa Diallo', '2022-03-12'])
  })

  it('site label and print links around the title go; the title stays', () => {
    const page = ['Regional desks of the Network:', '', 'Niger: strike and curfew', '',
      'Printer-friendly versionPDF version', '', BODY].join('\n')
    const out = cleanLead(page)
    assert.equal(out.text, `Niger: strike and curfew\n\n${BODY}`)
    assert.deepEqual(out.removed.map((r) => r.why), ['menu', 'subscribe'])
  })

  it('an update stamp is used only when no publication date is stated', () => {
    const both = ['Updated March 14, 2022', 'Published on March 12, 2022', BODY].join('\n')
    assert.equal(cleanLead(both).published, '2022-03-12')
    const updated = cleanLead(['Mis à jour le 14 mars 2022', BODY].join('\n'))
    assert.equal(updated.published, '2022-03-14')
  })

  it('leaves plain articles, prose starting with "By", and lines after the lead alone', () => {
    const cases: [string, string][] = [
      ['title then prose', `Army post attacked\n\n${BODY}`],
      ['prose by', `By nightfall the fighters had left the village, residents said.\n\n${BODY}`],
      ['after the lead', `${BODY}\n\nwww.example.org\n\nBy Jane Roe, Reuters`],
      ['title and place line', `Army post attacked\n\nTinbarka, Mali\n\n${BODY}`],
    ]
    for (const [label, text] of cases) {
      const out = cleanLead(text)
      assert.equal(out.text, text, label)
      assert.equal(out.author, null, label)
    }
    const share = cleanLead(`Army post attacked\n\nShare this\n\n${BODY}`)
    assert.equal(share.text, `Army post attacked\n\n${BODY}`, 'title kept, share line gone')
  })
})

describe('parseByline', () => {
  const cases: [string, { author: string | null; published: string | null } | null][] = [
    ['By Jane Roe', { author: 'Jane Roe', published: null }],
    ['By Jane Roe and Ali Sow, Reuters', { author: 'Jane Roe and Ali Sow', published: null }],
    ['BY JANE ROE | 12 March 2022', { author: 'Jane Roe', published: '2022-03-12' }],
    ['By AFP', { author: 'AFP', published: null }],
    ['Par Awa Diallo', { author: 'Awa Diallo', published: null }],
    ['Mariam Keïta 04.11.2023', { author: 'Mariam Keïta', published: '2023-11-04' }],
    ['Oumar Ould Ahmed, 1er mars 2022', { author: 'Oumar Ould Ahmed', published: '2022-03-01' }],
    ['Publié le 12/03/2022', { author: null, published: '2022-03-12' }],
    ['Posted: Tuesday 5 April 2022 at 10:15 GMT', { author: null, published: '2022-04-05' }],
    ['28.09.2021', { author: null, published: '2021-09-28' }],
    ['By the end of the year', null],
    ['Jane Roe', null],
    ['Gunmen Kill Villagers in Mopti', null],
    ['Mali Army Says 12 Militants Killed', null],
    ['By Jane Roe, who covered the war for a decade', null],
    ['31.02.2022', null],
  ]
  for (const [line, want] of cases) {
    it(line, () => {
      const got = parseByline(line)
      assert.deepEqual(got && { author: got.author, published: got.published }, want)
    })
  }
})

describe('parseBylineDate', () => {
  const cases: [string, string | null][] = [
    ['28.09.2021', '2021-09-28'],
    ['12/03/2022', '2022-03-12'],
    ['03/25/2022', '2022-03-25'],
    ['2022-03-12', '2022-03-12'],
    ['12 mars 2022 à 14h05', '2022-03-12'],
    ['March 12, 2022, 9:30 am', '2022-03-12'],
    ['jeudi 3 février 2022', '2022-02-03'],
    ['12 March 2022 in Gao', null],
    ['2022', null],
  ]
  for (const [raw, want] of cases) it(raw, () => assert.equal(parseBylineDate(raw), want))
})
