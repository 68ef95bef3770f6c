/**
 * @module
 * The OpenAPI entries of the framing lens and actor graph: components generated from the zod
 * schemas of `schema/framing.ts` and the `/api/framing` and `/api/actors/{id}` operations.
 * `openapi.ts` merges them into the document.
 */
import { z } from 'zod'
import {
  ActorEdgeSchema,
  ActorProfileSchema,
  FramingQuerySchema,
  FramingReportSchema,
} from '../schema/framing.js'
import type { Operation, Parameter } from './openapi.js'

/** Components registered beside those of `schemas.ts`. */
export const FRAMING_SCHEMAS = {
  FramingReport: FramingReportSchema,
  ActorEdge: ActorEdgeSchema,
  ActorProfile: ActorProfileSchema,
} as const

const json = (name: keyof typeof FRAMING_SCHEMAS) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
})
const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
const etag = { ETag: { description: 'hash of the body', schema: { type: 'string' } } }
const notModified = { description: 'Not Modified: If-None-Match matched the ETag' }

/** Query parameters generated from `FramingQuerySchema` (what a client sends). */
function framingParameters(): Parameter[] {
  const js = z.toJSONSchema(FramingQuerySchema, { io: 'input', unrepresentable: 'any' })
  const props = (js.properties ?? {}) as Record<string, Record<string, unknown>>
  return Object.entries(props).map(([name, schema]) => ({
    name,
    in: 'query' as const,
    required: false,
    description: String(schema.description ?? name),
    schema,
  }))
}

/** Paths of the framing and actor-profile operations. */
export const FRAMING_PATHS: Record<string, Record<string, Operation>> = {
  '/api/framing': {
    get: {
      operationId: 'getFraming',
      summary: 'How each outlet labels an actor: outlets × labels, with loaded-language rates',
      description: "Give 'actor', 'outlet' or both. Labels are grouped case-insensitively " +
        'without a leading determiner; each row has its count, how many uses are quoted speech, ' +
        'a loaded flag and evidence spans. Unknown or repeated parameters are refused (400).',
      parameters: framingParameters(),
      responses: {
        '200': { description: 'the framing table', content: json('FramingReport'), headers: etag },
        '304': notModified,
        '400': { description: 'no, unknown or repeated parameter', content: error },
      },
    },
  },
  '/api/actors/{id}': {
    get: {
      operationId: 'getActor',
      summary: 'One actor: registry aliases, events summary, relations (with sources), framing',
      parameters: [{ name: 'id', in: 'path', required: true,
        description: 'URL-encoded canonical actor name, or an alias the registry knows',
        schema: { type: 'string' } }],
      responses: {
        '200': { description: 'the actor', content: json('ActorProfile'), headers: etag },
        '304': notModified,
        '400': { description: 'empty or overlong id', content: error },
        '404': { description: 'no such actor', content: error },
      },
    },
  },
}
