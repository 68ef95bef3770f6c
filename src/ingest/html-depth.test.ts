/**
 * @module
 * The nesting guards on invented markup: the raw tag scan counts open tags (not void elements,
 * implied ends or comments) and stops at its limit; pages far deeper than real ones are refused
 * before parsing, in milliseconds; an ordinary article page passes both guards.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isFaultlineError } from '../errors.js'
import { MAX_RAW_DEPTH, assertSaneMarkup, rawTagDepth } from './html-depth.js'
import { extractHtml } from './html.js'

const nested = (tag: string, depth: number, inner = '<p>Gunmen attacked a post near Koro.</p>') =>
  `<html><body>${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}</body></html>`

describe('raw tag depth', () => {
  it('counts open tags, not void elements, implied ends, self-closed tags or comments', () => {
    assert.equal(rawTagDepth('<div><section><b>x</b></section></div>'), 3)
    assert.equal(rawTagDepth('<div><br><img src="a.png"><hr/><p>a<p>b<p>c</div>'), 1)
    assert.equal(rawTagDepth('<div><!-- <div><div><div> --></div>'), 1)
    assert.equal(rawTagDepth('<ul><li>a<li>b</ul><table><tr><td>c</table>'), 1)
    assert.equal(rawTagDepth('</div></div><span>x</span>'), 1, 'stray end tags do not go below 0')
  })

  it('stops once past its limit', () => {
    assert.equal(rawTagDepth(nested('div', 5000), 10), 11)
  })
})

describe('markup guard before parsing', () => {
  it('refuses 20,000 nested tables in milliseconds with a hint', () => {
    const t0 = performance.now()
    assert.throws(() => extractHtml(nested('table', 20_000), 'deep.html'), (e: unknown) =>
      isFaultlineError(e) && e.code === 'E_HTML_NO_ARTICLE' && (e.hint ?? '').length > 0)
    assert.ok(performance.now() - t0 < 1000, 'refused before parsing')
  })

  it('lets an ordinary page through to the parser', () => {
    const para = '<p>Gunmen attacked a military post near Koro on Sunday, killing three soldiers, ' +
      'officials said. The army said it had sent reinforcements to the area.</p>'
    const page = `<html><body><header><nav><ul><li><a href="/">Home</a></ul></nav></header>
      <main><article><h1>Attack near Koro</h1>${para.repeat(3)}</article></main></body></html>`
    assertSaneMarkup(page, 'page.html')
    assert.match(extractHtml(page, 'page.html').text, /Koro/)
    assert.ok(MAX_RAW_DEPTH >= 200)
  })
})
