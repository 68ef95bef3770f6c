/**
 * @module
 * Property-based tests of the readers (fast-check). In: random bytes, invalid UTF-8, text with
 * huge lines, deeply nested HTML, PDFs whose `/Length`, xref or bytes lie, and random or broken
 * feed XML. Out: every call ends, quickly, in a RawDoc (or a Feed) or a `FaultlineError` with a
 * hint; never another exception, never a hang. A 1 GB file (sparse: no real bytes) is refused
 * by its size before any byte is read.
 */
import assert from 'node:assert/strict'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import fc from 'fast-check'
import { isFaultlineError } from '../errors.js'
import { makePdf } from './_make-pdf.js'
import { decodeXml, parseFeed } from './feed/index.js'
import { readBytes, readDocument } from './index.js'

/** Runs `fn`; a FaultlineError with a hint is a clean refusal, anything else fails the test. */
async function endsCleanly<T>(label: string, fn: () => T | Promise<T>, maxMs = 5000) {
  const t0 = performance.now()
  try {
    const out = await fn()
    return { ok: true as const, out }
  } catch (e) {
    assert.ok(isFaultlineError(e), `${label}: not a FaultlineError: ${String(e)}`)
    assert.ok(e.hint && e.hint.length > 0, `${label}: ${e.code} without a hint`)
    return { ok: false as const, code: e.code }
  } finally {
    const ms = performance.now() - t0
    assert.ok(ms < maxMs, `${label}: took ${ms.toFixed(0)} ms`)
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const ascii = (s: string) => new TextEncoder().encode(s)
const PROSE =
  'Gunmen attacked the village of Koro on Sunday, killing four civilians, residents said. ' +
  'The army sent reinforcements to the area the next morning, a local official added.'

/** Bytes that are almost UTF-8 prose: text with invalid sequences spliced in. */
const invalidUtf8 = fc
  .tuple(
    fc.string({ maxLength: 200 }),
    fc.array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xe0, 0xed, 0xf5, 0xff, 0xfe), {
      minLength: 1, maxLength: 20,
    }),
    fc.nat(),
  )
  .map(([s, junk, at]) => {
    const b = [...ascii(PROSE + s)]
    b.splice(at % b.length, 0, ...junk)
    return Uint8Array.from(b)
  })

/** A valid one-page PDF whose stream `/Length`, xref offsets or bytes were made to lie. */
const lyingPdf = fc
  .tuple(
    fc.constantFrom('length', 'startxref', 'truncate', 'flip', 'count'),
    fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, 2 ** 31 - 1, 2 ** 53, -1e9)),
    fc.nat(),
  )
  .map(([lie, n, at]) => {
    const good = makePdf([[PROSE.slice(0, 80), PROSE.slice(80)]]).toString('latin1')
    let bad = good
    if (lie === 'length') bad = good.replace(/\/Length \d+/, `/Length ${n}`)
    if (lie === 'startxref') bad = good.replace(/startxref\n\d+/, `startxref\n${n}`)
    if (lie === 'count') bad = good.replace(/\/Count \d+/, `/Count ${n}`)
    if (lie === 'truncate') bad = good.slice(0, at % good.length)
    if (lie === 'flip') {
      const i = at % good.length
      bad = good.slice(0, i) + String.fromCharCode((n >>> 0) % 256) + good.slice(i + 1)
    }
    return Buffer.from(bad, 'latin1')
  })

const nestedHtml = (depth: number, tag: string) =>
  `<!doctype html><html><body>${`<${tag}>`.repeat(depth)}<p>${PROSE}</p>${`</${tag}>`.repeat(depth)}</body></html>`

describe('readers under hostile input (property)', () => {
  it('readBytes: random bytes give a RawDoc or a FaultlineError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await endsCleanly('random bytes', () => readBytes(bytes, 'random.bin'))
      }),
      { numRuns: 200 },
    )
  })

  it('readBytes: invalid UTF-8 inside prose is decoded or refused, and the text is valid', async () => {
    await fc.assert(
      fc.asyncProperty(invalidUtf8, async (bytes) => {
        const r = await endsCleanly('invalid utf-8', () => readBytes(bytes, 'bad.txt'))
        if (r.ok) assert.doesNotMatch(r.out.text, LONE_SURROGATE, 'no lone surrogates in stored text')
      }),
      { numRuns: 150 },
    )
  })

  it('readBytes: a huge single line (4 MB) or a million blank lines ends in time', async () => {
    const cases: [string, string][] = [
      ['one 4 MB line', `${PROSE} ${'a'.repeat(4_000_000)}`],
      ['4 MB line of words', `${PROSE} ${'word '.repeat(800_000)}`],
      ['a million newlines', `${PROSE}${'\n'.repeat(1_000_000)}${PROSE}`],
      ['4 MB of <p>', `<p>${PROSE}</p>${'<p>'.repeat(1_000_000)}`],
    ]
    for (const [label, text] of cases) {
      const r = await endsCleanly(label, () => readBytes(ascii(text), 'huge.txt'), 20_000)
      if (r.ok) assert.ok(r.out.text.length > 0, label)
    }
  })

  it('HTML: deeply nested elements give a RawDoc or a FaultlineError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(10, 150, 201, 1000, 20_000),
        fc.constantFrom('div', 'span', 'table', 'b', 'section'),
        async (depth, tag) => {
          const html = ascii(nestedHtml(depth, tag))
          const r = await endsCleanly(`${tag}×${depth}`, () => readBytes(html, 'nested.html'))
          if (depth > 200) assert.equal(r.ok ? 'read' : r.code, 'E_HTML_NO_ARTICLE', `${depth}`)
          if (depth <= 150) assert.ok(r.ok && r.out.text.includes('Koro'), `${tag}×${depth}: read`)
        },
      ),
      { numRuns: 25 },
    )
  })

  it('PDF: a lying /Length, xref, page count, truncation or flipped byte is handled', async () => {
    const seen = new Set<string>()
    await fc.assert(
      fc.asyncProperty(lyingPdf, async (pdf) => {
        const r = await endsCleanly('lying pdf', () => readBytes(pdf, 'lie.pdf'))
        seen.add(r.ok ? 'doc' : r.code)
      }),
      { numRuns: 120 },
    )
    assert.ok(seen.size >= 2, `both outcomes seen: ${[...seen].join(', ')}`)
  })

  it('feeds: random text, bytes and broken XML give a Feed or E_FEED_MALFORMED', async () => {
    const xmlish = fc
      .array(
        fc.constantFrom('<rss>', '<channel>', '<item>', '<title>', 'Koro', '</item>', '<feed ',
          'xmlns="http://www.w3.org/2005/Atom">', '<entry>', '<![CDATA[', ']]>', '&amp;', '&#0;',
          '&bogus;', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '<?xml version="1.0"?>', '<a b=">'),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(''))
    const input = fc.oneof(
      xmlish,
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.uint8Array({ maxLength: 500 }).map((b) => decodeXml(b)),
      fc.constantFrom(10, 1000, 20_000).map((d) => `<rss><channel>${'<x>'.repeat(d)}</channel></rss>`),
    )
    await fc.assert(
      fc.property(input, (xml) => {
        try {
          const feed = parseFeed(xml, 'https://example.org/feed')
          assert.ok(Array.isArray(feed.items))
        } catch (e) {
          assert.ok(isFaultlineError(e), `not a FaultlineError: ${String(e)}`)
          assert.equal(e.code, 'E_FEED_MALFORMED')
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('a 1 GB file is refused by its size, unread', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'faultline-huge-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  for (const ext of ['txt', 'html', 'pdf']) {
    it(`.${ext}: E_TOO_LARGE in milliseconds, memory unchanged`, async () => {
      const path = join(dir, `huge.${ext}`)
      await writeFile(path, ext === 'pdf' ? '%PDF-1.4\n' : PROSE)
      const fh = await open(path, 'r+')
      await fh.truncate(1024 ** 3) // sparse: the size says 1 GB, the disk holds a few bytes
      await fh.close()
      const rss = process.memoryUsage().rss
      const r = await endsCleanly(`1 GB .${ext}`, () => readDocument(path), 1000)
      assert.equal(r.ok ? 'read' : r.code, 'E_TOO_LARGE')
      const grew = (process.memoryUsage().rss - rss) / 1e6
      assert.ok(grew < 50, `resident memory grew ${grew.toFixed(0)} MB`)
    })
  }
})
