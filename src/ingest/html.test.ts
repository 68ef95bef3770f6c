/**
 * @module
 * Tests for extractHtml and looksLikeHtml on invented pages with page furniture and metadata.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractHtml, looksLikeHtml } from './html.js'

/** An invented news page with navigation, share bars, a footer and metadata. */
const NEWS_PAGE = `<!doctype html><html lang="en"><head>
<title>Attack near Menaka - Sahel Wire</title>
<meta property="og:site_name" content="Sahel Wire">
<meta property="og:title" content="Attack near Menaka leaves five dead">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"datePublished":"2023-04-12T21:30:00-01:00","author":[{"@type":"Person","name":"A. Traore"},
{"@type":"Person","name":"M. Diallo"}],
"publisher":{"@type":"Organization","name":"Sahel Wire Ltd"}}</script>
<script>globalThis.__faultlineInjected = true; document.write('<p>INJECTED</p>')</script>
<style>p { color: red }</style>
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sahel">Sahel</a></nav>
<div class="share-bar social"><a>Share on Facebook</a> <a>Tweet this</a> <a>Email</a></div>
<article><h1>Attack near Menaka leaves five dead</h1>
<p>Armed men on motorbikes attacked a livestock market near Menaka on Tuesday, killing five
civilians and wounding several others, local officials said.</p>
<p>The assailants set fire to several shops before withdrawing towards the border. No group has
claimed responsibility for the attack.</p>
<p>A regional security source said troops were deployed to the area<br>on Wednesday morning.</p>
</article>
<div class="share-bar social"><a>Share on Facebook</a> <a>Tweet this</a></div>
<footer>Copyright 2023 Sahel Wire. All rights reserved. <a>Privacy</a> <a>Terms</a></footer>
</body></html>`

test('extractHtml: article text and metadata', async (t) => {
  const got = extractHtml(NEWS_PAGE, 'page.html')
  await t.test('paragraphs are separated by blank lines, <br> by a newline', () => {
    const paras = got.text.split('\n\n')
    assert.equal(paras.length, 3)
    assert.match(paras[0] ?? '', /^Armed men on motorbikes .* local officials said\.$/)
    assert.equal(
      paras[2],
      'A regional security source said troops were deployed to the area\non Wednesday morning.',
    )
  })
  await t.test('nav, share bars, footer and scripts are left out', () => {
    const junks = ['Home', 'Share on Facebook', 'Tweet', 'Copyright', 'INJECTED', 'color: red']
    for (const junk of junks) {
      assert.ok(!got.text.includes(junk), `text should not contain ${junk}`)
    }
  })
  await t.test('scripts are never run', () => {
    assert.equal((globalThis as Record<string, unknown>)['__faultlineInjected'], undefined)
  })
  await t.test('metadata from og and JSON-LD', () => {
    assert.deepEqual(
      { title: got.title, outlet: got.outlet, author: got.author, published: got.published },
      {
        title: 'Attack near Menaka leaves five dead',
        outlet: 'Sahel Wire',
        author: 'A. Traore, M. Diallo',
        published: '2023-04-12',
      },
    )
  })
})

const para = (s: string) =>
  `<p>${s} Soldiers and militants exchanged fire for several hours near the town.</p>`
type Found = { outlet: string | null; published: string | null; author: string | null }

test('extractHtml: metadata sources in order', async (t) => {
  // prettier-ignore
  const cases: [string, string, Found][] = [
    [
      'article:published_time and meta author',
      '<meta property="article:published_time" content="2021-06-03T08:00:00Z"><meta name="author" content="C. Coulibaly">',
      { outlet: null, published: '2021-06-03', author: 'C. Coulibaly' },
    ],
    ['meta name=date', '<meta name="date" content="2020-11-30">', { outlet: null, published: '2020-11-30', author: null }],
    [
      'JSON-LD @graph with publisher and string author',
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle",' +
        '"datePublished":"2019-02-01","author":"D. Sangare","publisher":{"name":"Radio Mopti"}}]}</script>',
      { outlet: 'Radio Mopti', published: '2019-02-01', author: 'D. Sangare' },
    ],
    ['broken JSON-LD is ignored', '<script type="application/ld+json">{oops</script>', { outlet: null, published: null, author: null }],
  ]
  for (const [label, head, want] of cases) {
    await t.test(label, () => {
      const paras = para('Clashes erupted on Monday.') + para('Residents fled.')
      const body = `<article>${paras}</article>`
      const html = `<html><head>${head}</head><body>${body}</body></html>`
      const got = extractHtml(html, 'x.html')
      assert.deepEqual({ outlet: got.outlet, published: got.published, author: got.author }, want)
    })
  }
  await t.test('parsely-pub-date, read through Readability', () => {
    const head = '<meta name="parsely-pub-date" content="2017-05-06T09:00:00Z">'
    const html = `<html><head>${head}</head><body><article>${para('Clashes.')}</article></body></html>`
    assert.equal(extractHtml(html, 'x.html').published, '2017-05-06')
  })
  await t.test('<time datetime> inside the page', () => {
    const time = '<time datetime="2018-09-09T10:00">9 Sept</time>'
    const article = `<article>${time}${para('A convoy was ambushed.')}</article>`
    const html = `<html><body>${article}</body></html>`
    assert.equal(extractHtml(html, 'x.html').published, '2018-09-09')
  })
})

test('extractHtml: no article', async (t) => {
  // prettier-ignore
  const cases: [string, string][] = [
    ['only navigation and footer', '<html><body><nav><a>Home</a> <a>News</a></nav><footer>Copyright 2023</footer></body></html>'],
    ['empty body', '<!doctype html><html><head><title>Loading</title></head><body></body></html>'],
    ['only a script', '<html><body><script>render("article")</script></body></html>'],
  ]
  for (const [label, html] of cases) {
    await t.test(label, () =>
      assert.throws(() => extractHtml(html, 'index.html'), {
        code: 'E_HTML_NO_ARTICLE',
        message: 'index.html: no article text found in the page',
      }),
    )
  }
})

test('looksLikeHtml', async (t) => {
  const cases: [string, string, boolean][] = [
    ['doctype', '  <!DOCTYPE html><title>x</title>', true],
    ['html tag', '<html lang="fr">', true],
    ['body tag', 'junk <body class="a">text</body>', true],
    ['paragraph tags', 'Intro\n<p>First.</p>', true],
    ['plain prose with a < sign', 'Fewer than 5 people <3 were hurt.', false],
    ['markdown', '# Title\n\nText with <b>bold</b>.', false],
  ]
  for (const [label, text, want] of cases) {
    await t.test(label, () => assert.equal(looksLikeHtml(text), want))
  }
})
