/**
 * @module
 * The OpenAPI entries of the aggregate reads: components generated from the zod schemas of
 * `query/aggregate-schema.ts` and the `/api/aggregate/map` and `/api/aggregate/timeline`
 * operations, whose parameters are the event filters plus each route's own. `openapi.ts` merges
 * them into the document.
 */
import { z } from 'zod'
import {
  MapAggregateSchema,
  MapQuerySchema,
  OutletCompareListSchema,
  TimelineAggregateSchema,
  TimelineQuerySchema,
} from '../query/aggregate-schema.js'
import type { Operation, Parameter } from './openapi.js'

/** Components registered beside those of `schemas.ts`. */
export const AGGREGATE_SCHEMAS = {
  MapAggregate: MapAggregateSchema,
  TimelineAggregate: TimelineAggregateSchema,
  OutletCompareList: OutletCompareListSchema,
} as const

const json = (name: keyof typeof AGGREGATE_SCHEMAS) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
})
const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
const etag = { ETag: { description: 'hash of the body', schema: { type: 'string' } } }
const notModified = { description: 'Not Modified: If-None-Match matched the ETag' }

/** The route's own query parameters, generated from its zod schema. */
function ownParameters(schema: z.ZodObject): Parameter[] {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  const props = (js.properties ?? {}) as Record<string, Record<string, unknown>>
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: 'query' as const,
    required: false,
    description: String(s.description ?? name),
    schema: s,
  }))
}

/** Paths of the aggregate operations; `filters` are the parameters of `GET /api/events`. */
export function aggregatePaths(
  filters: readonly Parameter[],
): Record<string, Record<string, Operation>> {
  return {
    '/api/aggregate/map': {
      get: {
        operationId: 'aggregateMap',
        summary: 'Matching events as map grid cells (counts, fatalities) and sparse points',
        description: 'Cells are about 40 px at `zoom` on a fixed degree grid. A cell with fewer ' +
          'than 5 events comes back as its points; from zoom 11 every event is a point (at ' +
          'most 2,000). Takes the filters of `/api/events`; ' +
          'unknown or repeated parameters are refused (400).',
        parameters: [...ownParameters(MapQuerySchema), ...filters],
        responses: {
          '200': { description: 'cells and points', content: json('MapAggregate'), headers: etag },
          '304': notModified,
          '400': { description: 'invalid or unknown parameter', content: error },
        },
      },
    },
    '/api/aggregate/timeline': {
      get: {
        operationId: 'aggregateTimeline',
        summary: 'Matching events per week or month: counts by event type and fatalities',
        description: 'Consecutive buckets from the first dated event to the last, empty ones ' +
          'included; undated events are counted apart. Takes the filters of `/api/events`.',
        parameters: [...ownParameters(TimelineQuerySchema), ...filters],
        responses: {
          '200': { description: 'the series', content: json('TimelineAggregate'), headers: etag },
          '304': notModified,
          '400': { description: 'invalid or unknown parameter', content: error },
        },
      },
    },
    '/api/aggregate/outlets': {
      get: {
        operationId: 'aggregateOutlets',
        summary: 'Outlets side by side: what each reported of the matching events, who was first',
        description: 'One row per outlet, most events first: documents, events, fatalities, ' +
          'types, event and publication date ranges, and over incidents several outlets ' +
          'reported, how many it published first. Takes the filters of `/api/events`.',
        parameters: filters,
        responses: {
          '200': { description: 'the rows', content: json('OutletCompareList'), headers: etag },
          '304': notModified,
          '400': { description: 'invalid or unknown parameter', content: error },
        },
      },
    },
  }
}
