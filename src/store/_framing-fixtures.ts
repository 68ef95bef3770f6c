/**
 * @module
 * Three invented reports of the same fighting from three invented outlets that name the same
 * actors differently ('colonial troops' / 'Barkhane convoy' / 'French forces'; 'the armed
 * resistance' / 'terrorists' / 'militants'), for the framing store, API and CLI tests.
 * @internal
 */
import type { RawDoc } from '../schema/document.js'
import { makeDoc } from './_fixtures.js'

export const JNIM = 'JNIM: Group for Support of Islam and Muslims'
export const FRANCE = 'Military Forces of France (2017-)'

export const FRAMING_TEXTS = [
  {
    outlet: 'Sahel Courier',
    published: '2024-03-05',
    text:
      'On 3 March 2024 colonial troops raided the village of Tessit. JNIM, the armed ' +
      'resistance, repelled the colonial troops near Tessit.',
  },
  {
    outlet: 'Desert Wire',
    published: '2024-03-05',
    text:
      'On 3 March 2024 JNIM terrorists attacked a Barkhane convoy near Tessit, killing two ' +
      'French soldiers. The bloodthirsty jihadists fled.',
  },
  {
    outlet: 'Niger Valley Post',
    published: '2024-03-06',
    text:
      'On 4 March 2024 French forces clashed with JNIM militants near Tessit. JNIM, an ' +
      'affiliate of al-Qaeda, claimed the fighting. Wagner, backed by the Russian state, ' +
      'stayed away.',
  },
] as const

/** The three reports as raw documents. */
export function framingDocs(): RawDoc[] {
  return FRAMING_TEXTS.map((d) =>
    makeDoc(d.text, { outlet: d.outlet, published_at: d.published, source: `test://${d.outlet}` }),
  )
}
