/**
 * @module
 * `GET /api/documents/:id`: a stored document's metadata and text plus its events in text order
 * (by the first evidence span), so a reader can walk the text and its events side by side.
 */
import { Hono } from 'hono'
import { FaultlineError } from '../../errors.js'
import type { EventRecord } from '../../schema/event.js'
import type { Store } from '../../store/store.js'

/** Where an event sits in its document: its earliest evidence offset (no evidence sorts last). */
function textPosition(event: EventRecord): number {
  return event.evidence.reduce((min, span) => Math.min(min, span.start), Number.POSITIVE_INFINITY)
}

/** Events ordered as they appear in the text; ties keep the store's order (sort is stable). */
export function inTextOrder(events: readonly EventRecord[]): EventRecord[] {
  return [...events].sort((a, b) => {
    const pa = textPosition(a)
    const pb = textPosition(b)
    return pa === pb ? 0 : pa < pb ? -1 : 1
  })
}

/** Routes mounted under `/api/documents`. */
export function documentRoutes(store: Store): Hono {
  const app = new Hono()

  app.get('/:id', async (c) => {
    const id = c.req.param('id')
    const doc = await store.getDocument(id)
    if (!doc) {
      throw new FaultlineError('E_NOT_FOUND', `no document with id '${id}'`, {
        hint: 'document ids are the doc_id field of events (GET /api/events)',
      })
    }
    const events = inTextOrder(await store.eventsOfDocument(id))
    return c.json({ ...doc, events })
  })

  return app
}
