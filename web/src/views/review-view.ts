/**
 * @module
 * The review desk (`/review`): the queue of events the extractor is least sure of (left) and the
 * open item (right): its values, why it is queued, the document with its evidence highlighted,
 * actions — Confirm (c), Reject (r), Edit (e), next/previous (j/k) — and, after a save, the
 * audit trail. Corrections are posted one field at a time (one audit row each) through the token
 * aware client (`review-api.ts`). Document text is only ever inserted as text nodes.
 */
import './review-view.css'
import { getDocument } from '../api.js'
import { typeColor } from '../colors.js'
import { h, replace } from '../dom.js'
import { eventHref, placeLabel } from '../format.js'
import { renderHighlighted } from '../highlight.js'
import {
  type CodedEvent, type QueueItem, getAudit, getCodedEvent, getQueue, postReview,
} from './review-api.js'
import { auditList } from './review-audit.js'
import { createEditForm } from './review-edit.js'

const REASON_LABEL: Record<string, string> = {
  hedged: 'hedged wording', no_point: 'no point on the map', weak_type: 'weak type cue',
  conflicting_claims: 'reports disagree', context_violence: 'violence in background text',
}

const summary = (e: CodedEvent) =>
  `${e.event_date ?? 'undated'} · ${placeLabel(e)} · ${e.fatalities} fatalities · ${e.certainty}`

/** Renders the review desk into `root`. */
export async function showReview(root: HTMLElement): Promise<void> {
  const status = h('p', { role: 'status', class: 'review-status' }, 'Loading the review queue…')
  const list = h('ol', { class: 'review-queue', 'aria-label': 'Events to review' })
  const detail = h('section', { class: 'review-detail', 'aria-live': 'polite' })
  const view = h('div', { class: 'review-view' },
    h('h1', {}, 'Review queue'),
    h('p', { class: 'muted keys' }, 'Keys: j / k next / previous · c confirm · r reject · e edit'),
    status, h('div', { class: 'review-grid' }, h('nav', { class: 'review-list' }, list), detail))
  root.replaceChildren(view)
  document.title = 'Review queue — Faultline'

  let items: QueueItem[] = []
  let index = -1
  let busy = false
  let editing = false
  let shown: { e: CodedEvent; rejected: boolean } | null = null
  const done = new Set<string>()
  const current = () => items[index]

  const say = (text: string, isError = false) => {
    status.textContent = text
    status.classList.toggle('error', isError)
  }

  async function run(label: string, action: () => Promise<void>): Promise<void> {
    if (busy) return
    busy = true
    say(`${label}…`)
    try {
      await action()
    } catch (err) {
      say(`${label} failed: ${err instanceof Error ? err.message : String(err)}`, true)
    } finally {
      busy = false
    }
  }

  function renderList(): void {
    replace(list, ...items.map((it, i) => {
      const e = it.event
      const dot = h('span', { class: 'type-dot', 'aria-hidden': 'true' })
      dot.style.setProperty('background', typeColor(e.event_type))
      return h('li', { class: [i === index ? 'active' : '', done.has(e.event_id) ? 'done' : '']
        .join(' ').trim() || null },
      h('button', { type: 'button', 'aria-current': i === index ? 'true' : null,
        onclick: () => void open(i) },
      dot, h('span', { class: 'q-title' }, `${e.event_type} — ${placeLabel(e)}`),
      h('span', { class: 'q-meta' }, `${e.event_date ?? 'undated'} · score ${it.score}`),
      h('span', { class: 'q-reasons' }, it.reasons.map((r) => REASON_LABEL[r] ?? r).join(', '))))
    }))
  }

  async function showItem(e: CodedEvent, rejected = false): Promise<void> {
    const it = current()
    shown = { e, rejected }
    const [doc, audit] = await Promise.all([getDocument(e.doc_id), getAudit(e.event_id)])
    const buttons = rejected ? [] : [
      h('button', { type: 'button', class: 'primary', 'data-key': 'c', onclick: () => void confirm() },
        'Confirm (c)'),
      h('button', { type: 'button', 'data-key': 'e', onclick: () => edit(e) }, 'Edit (e)'),
      h('button', { type: 'button', class: 'danger', 'data-key': 'r', onclick: () => void reject() },
        'Reject (r)'),
    ]
    replace(detail,
      h('h2', {}, `${e.event_type} — ${e.sub_event_type}`),
      h('p', { class: 'summary' }, summary(e), ' · ',
        h('span', { class: `coded-by ${e.coded_by ?? 'machine'}` },
          rejected ? 'rejected' : `coded by ${e.coded_by ?? 'machine'}`)),
      h('p', { class: 'actors' }, `${e.actor1}${e.actor2 ? ` vs ${e.actor2}` : ''}`),
      it ? h('p', { class: 'reasons' }, 'Queued for: ',
        it.reasons.map((r) => REASON_LABEL[r] ?? r).join(', ') || 'routine check') : null,
      h('div', { class: 'review-actions' }, ...buttons,
        rejected ? null : h('a', { href: eventHref(e.event_id), 'data-link': true }, 'Full detail')),
      h('div', { class: 'review-form-host' }),
      h('h3', {}, 'Audit trail'), auditList(audit),
      h('h3', {}, doc.title ?? 'Document'),
      h('div', { class: 'doc-text', tabindex: 0, 'aria-label': 'Document text, evidence highlighted' },
        renderHighlighted(doc.text, e.evidence)))
    detail.dataset.eventId = e.event_id
    detail.querySelector<HTMLElement>('mark.evidence')?.scrollIntoView({ block: 'nearest' })
  }

  async function open(i: number): Promise<void> {
    if (i < 0 || i >= items.length) return
    index = i
    editing = false
    renderList()
    const e = current()!.event
    await run('Loading', async () => {
      await showItem(done.has(e.event_id) ? await getCodedEvent(e.event_id).catch(() => e) : e)
      say(`${i + 1} of ${items.length}`)
    })
  }

  async function after(id: string, verb: string, rejected: boolean): Promise<void> {
    done.add(id)
    const it = current()!
    const fresh = rejected ? it.event : await getCodedEvent(id)
    items[index] = { ...it, event: fresh }
    renderList()
    await showItem(fresh, rejected)
    say(`${verb}. Saved to the audit trail.`)
  }

  const confirm = () => run('Confirming', async () => {
    const id = current()!.event.event_id
    await postReview(id, { action: 'confirm' })
    await after(id, 'Confirmed', false)
  })

  const reject = () => run('Rejecting', async () => {
    const id = current()!.event.event_id
    await postReview(id, { action: 'reject' })
    await after(id, 'Rejected: hidden from lists and exports', true)
  })

  function edit(e: CodedEvent): void {
    const host = detail.querySelector<HTMLElement>('.review-form-host')
    if (!host || editing) return
    editing = true
    const form = createEditForm(e, () => void save(), () => {
      editing = false
      host.replaceChildren()
    })
    const save = () => run('Saving', async () => {
      const changes = form.collectCorrections()
      if (changes.length === 0) {
        say('Nothing changed.')
        return
      }
      for (const c of changes) await postReview(e.event_id, { action: 'correct', ...c } as never)
      editing = false
      await after(e.event_id, `Corrected ${changes.map((c) => c.field).join(', ')}`, false)
    })
    host.replaceChildren(form.el)
    form.mountMap()
    form.el.querySelector<HTMLElement>('select, input')?.focus()
  }

  const onKey = (ev: KeyboardEvent) => {
    if (!view.isConnected) {
      document.removeEventListener('keydown', onKey)
      return
    }
    const t = ev.target as HTMLElement | null
    if (editing || ev.ctrlKey || ev.metaKey || ev.altKey) return
    if (t && /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) return
    if (ev.key === 'j') void open(index + 1)
    else if (ev.key === 'k') void open(index - 1)
    else if (shown === null || shown.rejected) return
    else if (ev.key === 'c') void confirm()
    else if (ev.key === 'r') void reject()
    else if (ev.key === 'e') edit(shown.e)
    else return
    ev.preventDefault()
  }
  document.addEventListener('keydown', onKey)

  try {
    const q = await getQueue()
    items = q.items
    if (items.length === 0) say('Nothing to review: every event has been reviewed.')
    else await open(0)
    view.dataset.ready = 'true'
  } catch (err) {
    say(`Could not load the queue: ${err instanceof Error ? err.message : String(err)}`, true)
  }
}
