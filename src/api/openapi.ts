/**
 * @module
 * Builds the OpenAPI 3.1 document of the REST API. Nothing here is hand-written JSON Schema: the
 * component schemas come from the response zod schemas (`schemas.ts`) and the query parameters
 * from the shared `EventFilterSchema`/`PageSchema`, all through zod 4's `z.toJSONSchema`, so the
 * document changes when the schemas do. Only the prose (summaries, descriptions) lives here.
 */
import { z } from 'zod'
import { ClaimSchema, IncidentPageSchema, IncidentSchema } from '../corroborate/incident.js'
import { CursorPageSchema, EventFilterSchema, PageSchema } from '../query/filters.js'
import { AGGREGATE_SCHEMAS, aggregatePaths } from './openapi-aggregate.js'
import { FRAMING_PATHS, FRAMING_SCHEMAS } from './openapi-framing.js'
import { OUTLET_SCHEMAS, outletPaths } from './openapi-outlets.js'
import { REVIEW_SCHEMAS, reviewPaths } from './openapi-review.js'
import { CHANGE_SCHEMAS, changePaths } from './openapi-changes.js'
import { WATCHLIST_SCHEMAS, watchlistPaths } from './openapi-watchlists.js'
import type { ComponentName } from './schemas.js'
import { COMPONENT_SCHEMAS } from './schemas.js'

type JsonSchema = Record<string, unknown>

export interface Parameter {
  readonly name: string
  readonly in: 'query' | 'path'
  readonly required: boolean
  readonly description: string
  readonly schema: JsonSchema
}

export interface ApiResponse {
  readonly description: string
  readonly content?: JsonSchema
  readonly headers?: JsonSchema
}

export interface Operation {
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly parameters?: readonly Parameter[]
  readonly requestBody?: JsonSchema
  readonly responses: Record<string, ApiResponse>
}

export interface OpenApiDocument {
  readonly openapi: '3.1.0'
  readonly info: { title: string; version: string; description: string }
  readonly paths: Record<string, Record<string, Operation>>
  readonly components: { schemas: Record<string, JsonSchema> }
}

const PARAM_DOCS: Record<string, string> = {
  since: 'events on or after this date (YYYY-MM-DD)',
  until: 'events on or before this date (YYYY-MM-DD)',
  type: 'ACLED event type',
  actor: 'actor name (actor1, actor2 or associated actors)',
  country: 'country name',
  near: 'LAT,LON,KM: events within KM kilometres of the point, e.g. 16.27,-0.04,50',
  doc_id: 'only events of this document',
  q: 'free-text search',
  admin1: 'first-level region (whole name, any case)',
  sub_type: 'ACLED sub-event type (whole name, any case)',
  outlet: "the reporting document's outlet (whole name, any case)",
  certainty: "'reported' or 'hedged'",
  tier: "'news' or 'context' (background)",
  limit: 'page size (1–1000)',
  offset: 'number of matching events to skip',
  cursor: "the previous page's `next_cursor`: the page after its last row, stable under inserts " +
    '(not with a non-zero offset)',
}

/** Incident components (corroboration), registered beside those of `schemas.ts`. */
const INCIDENT_SCHEMAS = {
  Claim: ClaimSchema,
  Incident: IncidentSchema,
  IncidentPage: IncidentPageSchema,
} as const
type SchemaName = ComponentName | keyof typeof INCIDENT_SCHEMAS

const STRING = { type: 'string' }
const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` })
const json = (name: SchemaName) => ({ 'application/json': { schema: ref(name) } })
const etagHeader = { ETag: { description: 'hash of the body', schema: { type: 'string' } } }
const notModified = { description: 'Not Modified: If-None-Match matched the ETag' }
const badRequest = { description: 'invalid or unknown parameter', content: json('Error') }
const notFound = { description: 'no such resource', content: json('Error') }

/** Component schemas generated from the zod schemas, cross-referenced with `$ref`. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>()
  const all = {
    ...COMPONENT_SCHEMAS, ...INCIDENT_SCHEMAS, ...FRAMING_SCHEMAS, ...AGGREGATE_SCHEMAS,
    ...OUTLET_SCHEMAS, ...REVIEW_SCHEMAS, ...WATCHLIST_SCHEMAS, ...CHANGE_SCHEMAS,
  }
  for (const [id, schema] of Object.entries(all)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` })
  const out: Record<string, JsonSchema> = {}
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema
    out[id] = rest
  }
  return out
}

/** Query parameters generated from a zod object schema (input side: what a client sends). */
function queryParameters(schema: z.ZodType): Parameter[] {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const props = (js.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((js.required ?? []) as string[])
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: 'query' as const,
    required: required.has(name),
    description: PARAM_DOCS[name] ?? name,
    schema: s,
  }))
}

const idParam = (what: string): Parameter => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `${what} id (':' may be sent raw or as %3A)`,
  schema: { type: 'string' },
})

/** The OpenAPI 3.1 document for `createApp`'s routes. */
export function buildOpenApi(version: string): OpenApiDocument {
  const listParams = [...queryParameters(EventFilterSchema), ...queryParameters(PageSchema)]
  const eventListParams = [...queryParameters(EventFilterSchema),
    ...queryParameters(CursorPageSchema)]
  return {
    openapi: '3.1.0',
    info: {
      title: 'Faultline API',
      version,
      description: 'ACLED-style conflict events extracted from reporting, with evidence spans.',
    },
    paths: {
      '/api/health': {
        get: {
          operationId: 'getHealth',
          summary: 'Liveness and store counts',
          responses: { '200': { description: 'OK', content: json('Health') } },
        },
      },
      '/api/events': {
        get: {
          operationId: 'listEvents',
          summary: 'List events matching filters, one page at a time',
          description: 'Unknown parameters are refused (400). A `Link: <…>; rel="next"` header ' +
            'and the `next` field (an offset) or `next_cursor` (keyset, stable while new events ' +
            'arrive) give the following page.',
          parameters: eventListParams,
          responses: {
            '200': {
              description: 'a page of events',
              content: json('EventPage'),
              headers: { ...etagHeader, Link: { description: 'next page', schema: STRING } },
            },
            '304': notModified,
            '400': badRequest,
          },
        },
      },
      '/api/events/{id}': {
        get: {
          operationId: 'getEvent',
          summary: 'One event with its evidence spans',
          parameters: [idParam('event')],
          responses: {
            '200': { description: 'the event', content: json('Event'), headers: etagHeader },
            '304': notModified,
            '404': notFound,
          },
        },
      },
      '/api/documents/{id}': {
        get: {
          operationId: 'getDocument',
          summary: 'A document: metadata, text and its events in text order',
          parameters: [idParam('document')],
          responses: {
            '200': { description: 'the document', content: json('Document'), headers: etagHeader },
            '304': notModified,
            '404': notFound,
          },
        },
      },
      '/api/actors': {
        get: {
          operationId: 'listActors',
          summary: 'Actors named in stored events, with event counts',
          responses: {
            '200': { description: 'all actors', content: json('ActorList'), headers: etagHeader },
            '304': notModified,
          },
        },
      },
      '/api/incidents': {
        get: {
          operationId: 'listIncidents',
          summary: 'List incidents (one happening, many reports) matching filters, paginated',
          description: 'An incident is listed when one of its reports matches the filters (the ' +
            'parameters of `/api/events`). Each has every claim side by side with its outlet, ' +
            'summary values with the rule that chose them and a `conflict` flag, and the count ' +
            'of independent sources. Unknown parameters are refused (400).',
          parameters: listParams,
          responses: {
            '200': {
              description: 'a page of incidents, newest first',
              content: json('IncidentPage'),
              headers: { ...etagHeader, Link: { description: 'next page', schema: STRING } },
            },
            '304': notModified,
            '400': badRequest,
          },
        },
      },
      '/api/incidents/{id}': {
        get: {
          operationId: 'getIncident',
          summary: 'One incident with all its claims',
          parameters: [idParam('incident')],
          responses: {
            '200': { description: 'the incident', content: json('Incident'), headers: etagHeader },
            '304': notModified,
            '404': notFound,
          },
        },
      },
      ...FRAMING_PATHS,
      ...outletPaths(),
      ...reviewPaths(),
      ...changePaths(queryParameters(EventFilterSchema)),
      ...watchlistPaths(),
      ...aggregatePaths(queryParameters(EventFilterSchema)),
      '/api/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This OpenAPI 3.1 document',
          responses: {
            '200': {
              description: 'OpenAPI document',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/api/docs': {
        get: {
          operationId: 'getDocs',
          summary: 'Browsable documentation of these operations (HTML, works offline)',
          responses: {
            '200': { description: 'HTML page', content: { 'text/html': { schema: STRING } } },
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  }
}
