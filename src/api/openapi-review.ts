/**
 * @module
 * The OpenAPI entries of the review desk and browser ingest: components generated from the zod
 * schemas of `schema/review.ts` and `routes/ingest.ts`, request bodies from their input side, and
 * the operations `/api/review/queue`, `/api/events/{id}/review`, `/api/events/{id}/audit`,
 * `/api/documents` (POST), `/api/documents/{id}/reextract`, and the merge and split of incidents.
 * Writes state the 401 they answer without the token. `openapi.ts` merges them into the document.
 */
import { z } from 'zod'
import { QueuePageSchema, ReviewInputSchema, ReviewOutcomeSchema, ReviewRecordSchema } from '../schema/review.js'
import { EventSchema } from '../schema/event.js'
import { MergeInputSchema, SplitInputSchema } from '../schema/incident-review.js'
import type { Operation, Parameter } from './openapi.js'
import { IngestJsonSchema, MAX_UPLOAD_BYTES } from './routes/ingest.js'

const IngestReplySchema = z.object({
  doc_id: z.string(),
  created: z.boolean().describe('false when the same text was already stored (nothing written)'),
  title: z.string().nullable(),
  events: z.number().int(),
  items: z.array(EventSchema).describe('the document\'s events in text order'),
})

/** Components registered beside those of `schemas.ts`. */
export const REVIEW_SCHEMAS = {
  ReviewQueue: QueuePageSchema,
  ReviewOutcome: ReviewOutcomeSchema,
  ReviewRecord: ReviewRecordSchema,
  AuditTrail: z.object({ event_id: z.string(), items: z.array(ReviewRecordSchema) }),
  IngestReply: IngestReplySchema,
} as const

const json = (name: keyof typeof REVIEW_SCHEMAS) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
})
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
const unauthorized = {
  description: 'FAULTLINE_TOKEN is set and the request has no or a wrong Authorization: Bearer',
  content: error,
}
const idParam = (what: string): Parameter => ({
  name: 'id', in: 'path', required: true, description: `${what} id (':' raw or as %3A)`,
  schema: { type: 'string' },
})
const page = (name: string, description: string): Parameter => ({
  name, in: 'query', required: false, description, schema: { type: 'integer', minimum: 0 },
})

/** A request body's JSON schema as a client writes it. */
function input(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _s, ...js } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return js
}

/** Paths of the review and ingest operations. */
export function reviewPaths(): Record<string, Record<string, Operation>> {
  return {
    '/api/review/queue': {
      get: {
        operationId: 'reviewQueue',
        summary: 'Unreviewed events, those the extractor is least sure of first',
        description: 'Score: hedged wording 3, no point 3, conflicting claims in its incident 3, ' +
          'weak type 2, violence in background text 1; `reasons` names them.',
        parameters: [page('limit', 'page size (1–1000, default 50)'),
          page('offset', 'items to skip')],
        responses: { '200': { description: 'the queue', content: json('ReviewQueue') } },
      },
    },
    '/api/events/{id}/review': {
      post: {
        operationId: 'reviewEvent',
        summary: 'Confirm, correct one field of, or reject an event (an audit row each)',
        description: "Correctable fields and their `value`: `type` {event_type, sub_event_type}, " +
          '`actor1`, `actor2` (text), `event_date` (YYYY-MM-DD or null), `fatalities` (integer), ' +
          '`place` {location, latitude, longitude, admin1?, geo_precision?}. Corrections are kept ' +
          'under a stable key and re-applied when the document is re-extracted; a rejected ' +
          'event leaves lists and exports but keeps its audit trail. Needs the token when set.',
        parameters: [idParam('event')],
        requestBody: { required: true, content: { 'application/json': {
          schema: input(ReviewInputSchema) } } },
        responses: {
          '200': { description: 'the event after the review, and the audit row',
            content: json('ReviewOutcome') },
          '400': { description: 'invalid body or value', content: error },
          '401': unauthorized,
          '404': { description: 'no such event (or already rejected)', content: error },
        },
      },
    },
    '/api/events/{id}/audit': {
      get: {
        operationId: 'eventAudit',
        summary: "An event's audit trail, oldest first (also after rejection or re-extraction)",
        parameters: [idParam('event')],
        responses: {
          '200': { description: 'the reviews', content: json('AuditTrail') },
          '404': { description: 'no such event and no reviews', content: error },
        },
      },
    },
    '/api/documents': {
      post: {
        operationId: 'ingestDocument',
        summary: 'Ingest a document: upload, URL or text, through the full pipeline',
        description: 'multipart/form-data with a `file` (txt, md, html, pdf; optional `outlet`, ' +
          '`published`), or JSON `{url}` (fetched politely, private addresses refused) or ' +
          `\`{text, title?, outlet?, published?}\`. At most ${MAX_UPLOAD_BYTES >> 20} MB. ` +
          'Needs the token when set.',
        requestBody: { required: true, content: {
          'application/json': { schema: input(IngestJsonSchema) },
          'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: {
            file: { type: 'string', format: 'binary' }, outlet: { type: 'string' },
            published: { type: 'string', format: 'date' } } } },
        } },
        responses: {
          '200': { description: 'already stored (same text): nothing written',
            content: json('IngestReply') },
          '201': { description: 'stored, with its events', content: json('IngestReply') },
          '400': { description: 'invalid body', content: error },
          '401': unauthorized,
          '413': { description: 'over the size limit', content: error },
          '422': { description: 'empty, binary or unreadable document', content: error },
        },
      },
    },
    '/api/incidents/merge': {
      post: {
        operationId: 'mergeIncidents',
        summary: 'Merge incidents that describe one happening (an analyst\'s decision)',
        description: 'Kept as a link between the incidents\' first reports: corroboration keeps ' +
          'them together whenever it regroups them. Needs the token when set.',
        requestBody: { required: true, content: { 'application/json': {
          schema: input(MergeInputSchema) } } },
        responses: {
          '200': { description: '{incident}: the merged incident', content: { 'application/json': {
            schema: { type: 'object', properties: { incident: ref('Incident') } } } } },
          '400': { description: 'invalid body', content: error },
          '401': unauthorized,
          '404': { description: 'no such incident', content: error },
        },
      },
    },
    '/api/incidents/{id}/split': {
      post: {
        operationId: 'splitIncident',
        summary: 'Move reports out of an incident into their own (an analyst\'s decision)',
        description: 'Kept as links between the moved and the remaining reports, which ' +
          'corroboration obeys from then on. Needs the token when set.',
        parameters: [idParam('incident')],
        requestBody: { required: true, content: { 'application/json': {
          schema: input(SplitInputSchema) } } },
        responses: {
          '200': { description: '{items}: the remaining and the new incident',
            content: { 'application/json': { schema: { type: 'object', properties: {
              items: { type: 'array', items: ref('Incident') } } } } } },
          '400': { description: 'invalid body, or reports not in the incident', content: error },
          '401': unauthorized,
          '404': { description: 'no such incident', content: error },
        },
      },
    },
    '/api/documents/{id}/reextract': {
      post: {
        operationId: 'reextractDocument',
        summary: "Re-create a stored document's events with the current extractor",
        description: 'Analyst corrections and rejections are re-applied to the new events.',
        parameters: [idParam('document')],
        responses: {
          '200': { description: 'the document\'s events now', content: json('IngestReply') },
          '401': unauthorized,
          '404': { description: 'no such document', content: error },
        },
      },
    },
  }
}
