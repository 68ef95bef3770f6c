/**
 * @module
 * Ingest from the browser (`/ingest`): drop files (or pick them), give a URL, or paste text with
 * an optional title, outlet and date. Each document goes to `POST /api/documents`, which runs the
 * same pipeline as the CLI; a progress bar counts the documents and the new events are listed as
 * they come back (links to their detail), without a reload. Writes carry the API token
 * (`review-api.ts` asks for it on a 401).
 */
import './review-view.css'
import { h, replace } from '../dom.js'
import { eventHref, placeLabel } from '../format.js'
import { type IngestReply, postDocument } from './review-api.js'

/** Renders the ingest page into `root`. */
export function showIngest(root: HTMLElement): void {
  const progress = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': 'Ingest progress' })
  const status = h('p', { role: 'status', class: 'ingest-status' })
  const results = h('ul', { class: 'ingest-results', 'aria-label': 'Ingested documents' })
  const fileInput = h('input', { type: 'file', multiple: true, accept: '.txt,.md,.html,.htm,.pdf',
    'aria-label': 'Choose files to ingest' })
  const drop = h('div', { class: 'ingest-drop', tabindex: 0 },
    h('p', {}, 'Drop .txt, .md, .html or .pdf files here, or '), fileInput)
  const url = h('input', { type: 'url', name: 'url', placeholder: 'https://…', size: 50,
    'aria-label': 'Article URL' })
  const text = h('textarea', { name: 'text', 'aria-label': 'Article text',
    placeholder: 'Paste the article text here' })
  const title = h('input', { name: 'title', placeholder: 'Title (optional)', 'aria-label': 'Title' })
  const outlet = h('input', { name: 'outlet', placeholder: 'Outlet (optional)', 'aria-label': 'Outlet' })
  const published = h('input', { name: 'published', type: 'date', 'aria-label': 'Publication date' })

  const view = h('div', { class: 'ingest-view' },
    h('h1', {}, 'Add documents'),
    drop,
    h('form', { class: 'row', onsubmit: (ev: Event) => { ev.preventDefault(); void sendUrl() } },
      url, h('button', { type: 'submit' }, 'Fetch URL')),
    h('form', { class: 'paste', onsubmit: (ev: Event) => { ev.preventDefault(); void sendText() } },
      text, h('div', { class: 'row' }, title, outlet, published,
        h('button', { type: 'submit', class: 'primary' }, 'Ingest text'))),
    progress, status, results)
  root.replaceChildren(view)
  document.title = 'Add documents — Faultline'

  const meta = () => ({
    ...(outlet.value.trim() ? { outlet: outlet.value.trim() } : {}),
    ...(published.value ? { published: published.value } : {}),
  })

  function show(label: string, reply: IngestReply): void {
    const head = `${reply.title ?? label}: ${reply.events} event(s)${reply.created ? '' : ' (already stored)'}`
    results.prepend(h('li', { 'data-doc': reply.doc_id }, h('strong', {}, head),
      reply.items.length > 0
        ? h('ul', {}, ...reply.items.map((e) => h('li', {},
          h('a', { href: eventHref(e.event_id), 'data-link': true },
            `${e.event_date ?? 'undated'} — ${e.event_type} — ${placeLabel(e)}`))))
        : null))
  }

  async function send(jobs: { label: string; body: () => FormData | Record<string, string> }[]) {
    if (jobs.length === 0) return
    progress.hidden = false
    progress.max = jobs.length
    progress.value = 0
    let failed = 0
    for (const [i, job] of jobs.entries()) {
      status.textContent = `Ingesting ${job.label} (${i + 1} of ${jobs.length})…`
      try {
        show(job.label, await postDocument(job.body()))
      } catch (err) {
        failed++
        results.prepend(h('li', { class: 'error' },
          `${job.label}: ${err instanceof Error ? err.message : String(err)}`))
      }
      progress.value = i + 1
    }
    status.textContent = `Done: ${jobs.length - failed} of ${jobs.length} document(s) ingested.`
    view.dataset.done = String(Number(view.dataset.done ?? 0) + 1)
  }

  const sendFiles = (files: readonly File[]) => send(files.map((f) => ({
    label: f.name,
    body: () => {
      const form = new FormData()
      // A file keeps its own metadata (front matter, HTML meta): the fields below are the paste's.
      form.set('file', f)
      return form
    },
  })))

  async function sendUrl(): Promise<void> {
    const u = url.value.trim()
    if (u) await send([{ label: u, body: () => ({ url: u, ...meta() }) }])
  }

  async function sendText(): Promise<void> {
    const t = text.value
    if (!t.trim()) {
      status.textContent = 'Paste some text first.'
      return
    }
    const tt = title.value.trim()
    await send([{ label: tt || 'pasted text', body: () => ({ text: t, ...(tt ? { title: tt } : {}),
      ...meta() }) }])
    text.value = ''
  }

  fileInput.addEventListener('change', () => void sendFiles([...(fileInput.files ?? [])]))
  drop.addEventListener('dragover', (ev) => {
    ev.preventDefault()
    drop.classList.add('over')
  })
  drop.addEventListener('dragleave', () => drop.classList.remove('over'))
  drop.addEventListener('drop', (ev) => {
    ev.preventDefault()
    drop.classList.remove('over')
    void sendFiles([...(ev.dataTransfer?.files ?? [])])
  })
  replace(status, 'Documents go through the same pipeline as `faultline ingest`.')
}
