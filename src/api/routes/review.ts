/**
 * @module
 * The analyst's review desk over HTTP: `GET /api/review/queue` (unreviewed events, least sure
 * first, with the reasons), `POST /api/events/:id/review` (confirm, correct one field, or reject;
 * answers the event as it now is and the audit row) and `GET /api/events/:id/audit` (the trail,
 * oldest first). Bodies are zod-checked (`schema/review.ts`); writes pass the token middleware
 * (`auth.ts`) mounted in `app.ts`. After a rejection or a correction of date, type or place the
 * document's incidents are relinked, since those fields decide what is the same happening.
 */
import { Hono } from 'hono'
import { FaultlineError } from '../../errors.js'
import { PageSchema } from '../../query/filters.js'
import { resolveActorName } from '../../resolve/actors/index.js'
import { addUserAlias } from '../../resolve/actors/user-aliases.js'
import type { EventRecord } from '../../schema/event.js'
import type { ReviewInput } from '../../schema/review.js'
import { ReviewInputSchema } from '../../schema/review.js'
import type { Store } from '../../store/store.js'
import { raiseAlerts } from '../../watch/raise-alerts.js'
import { jsonBody } from '../json-body.js'

/**
 * With `add_alias` on an actor correction: `alias_text` (words of the document; default the
 * actor's evidence span) becomes an alias of the registry actor the new name resolves to
 * (user-aliases.ts). Null when not asked.
 */
function teachAlias(before: EventRecord, docText: string, input: ReviewInput) {
  const field = input.field
  const actorField = field === 'actor1' || field === 'actor2'
  if (!input.add_alias || input.action !== 'correct' || !actorField) {
    return null
  }
  const text = input.alias_text ?? before.evidence.find((s) => s.field === field)?.text
  const actor = resolveActorName(String(input.value), {
    country: before.country, ...(before.event_date ? { date: before.event_date } : {}),
  })
  if (text === undefined) {
    return { added: false, reason: 'no text names this actor: send alias_text' }
  }
  if (!docText.includes(text)) return { added: false, reason: 'alias_text is not in the document' }
  if (actor === null) return { added: false, reason: 'the new name is not in the actor registry' }
  const added = addUserAlias({ alias: text, actor_id: actor.id, actor: actor.name })
  return { added, alias: text, actor: actor.name,
    reason: added ? 'used by extractions started from now on' : 'already known' }
}

/** Routes mounted under `/api/review`. */
export function reviewQueueRoutes(store: Store): Hono {
  const app = new Hono()
  app.get('/queue', async (c) => {
    const page = PageSchema.strict().parse(c.req.query())
    const { total, items } = await store.reviewQueue(page)
    return c.json({ total, limit: page.limit, offset: page.offset, items })
  })
  return app
}

/** Routes mounted under `/api/events` beside the event reads. */
export function eventReviewRoutes(store: Store): Hono {
  const app = new Hono()

  app.post('/:id/review', async (c) => {
    const input = await jsonBody(c.req.raw, ReviewInputSchema,
      '{"action": "confirm"|"correct"|"reject", "field"?, "value"?} (see /api/docs)')
    const before = await store.getEvent(c.req.param('id'))
    const outcome = await store.reviewEvent(c.req.param('id'), input)
    // A correction or rejection may regroup the incident or change its summary: watchlists
    // then revise their alert (a fatalities correction is news to a watcher too).
    if (before !== null && input.action !== 'confirm') {
      const incidents = await store.updateIncidents(before.doc_id)
      await raiseAlerts(store, incidents, { waitForRetries: false })
    }
    const doc = before === null || !input.add_alias ? null
      : await store.getDocument(before.doc_id)
    const alias = before === null ? null : teachAlias(before, doc?.text ?? '', input)
    return c.json(alias === null ? outcome : { ...outcome, alias })
  })

  app.get('/:id/audit', async (c) => {
    const id = c.req.param('id')
    const items = await store.eventAudit(id)
    if (items.length === 0 && (await store.getEvent(id)) === null) {
      throw new FaultlineError('E_NOT_FOUND', `no event with id '${id}'`, {
        hint: 'list event ids with GET /api/events or GET /api/review/queue',
      })
    }
    return c.json({ event_id: id, items })
  })

  return app
}
