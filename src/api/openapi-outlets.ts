/**
 * @module
 * The OpenAPI entries of the outlets resource: components generated from the zod schemas of
 * `schema/outlet.ts` (the outlet, the list, the PATCH body as a client sends it) and the
 * `/api/outlets` and `/api/outlets/{name}` operations. `openapi.ts` merges them into the document.
 */
import { z } from 'zod'
import { OutletListSchema, OutletPatchSchema, OutletSchema } from '../schema/outlet.js'
import type { Operation, Parameter } from './openapi.js'

/** Components registered beside those of `schemas.ts`. */
export const OUTLET_SCHEMAS = {
  Outlet: OutletSchema,
  OutletList: OutletListSchema,
} as const

const json = (name: keyof typeof OUTLET_SCHEMAS) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
})
const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
const etag = { ETag: { description: 'hash of the body', schema: { type: 'string' } } }
const notModified = { description: 'Not Modified: If-None-Match matched the ETag' }

const nameParam: Parameter = {
  name: 'name',
  in: 'path',
  required: true,
  description: 'URL-encoded outlet name, any case and spacing',
  schema: { type: 'string' },
}

/** The PATCH body as a client writes it (input side of the schema, no transforms). */
function patchBody(): Record<string, unknown> {
  const { $schema: _s, ...schema } = z.toJSONSchema(OutletPatchSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>
  return { required: true, content: { 'application/json': { schema } } }
}

/** Paths of the outlet operations. */
export function outletPaths(): Record<string, Record<string, Operation>> {
  return {
    '/api/outlets': {
      get: {
        operationId: 'listOutlets',
        summary: 'Outlets of the stored documents, with document and event counts',
        responses: {
          '200': { description: 'every outlet', content: json('OutletList'), headers: etag },
          '304': notModified,
        },
      },
    },
    '/api/outlets/{name}': {
      get: {
        operationId: 'getOutlet',
        summary: 'One outlet: home URL, country, description, counts and dates',
        parameters: [nameParam],
        responses: {
          '200': { description: 'the outlet', content: json('Outlet'), headers: etag },
          '304': notModified,
          '400': { description: 'empty or overlong name', content: error },
          '404': { description: 'no such outlet', content: error },
        },
      },
      patch: {
        operationId: 'updateOutlet',
        summary: "Edit an outlet's home URL, country or description",
        description: 'Absent fields stay as they are; null or an empty string clears one. ' +
          'Unknown fields, a non-http(s) URL or an empty object are refused (400).',
        parameters: [nameParam],
        requestBody: patchBody(),
        responses: {
          '200': { description: 'the outlet after the edit', content: json('Outlet') },
          '400': { description: 'invalid body', content: error },
          '401': { description: 'FAULTLINE_TOKEN is set and the token is missing or wrong',
            content: error },
          '404': { description: 'no such outlet', content: error },
          '413': { description: 'body too large', content: error },
        },
      },
    },
  }
}
