/**
 * @module
 * The OpenAPI entries of the versioned dataset: components generated from the zod schemas of
 * `schema/changes.ts` and the operations `/api/changes`, `/api/snapshots` (GET, POST),
 * `/api/snapshots/{name}`, `/api/snapshots/{a}/diff/{b}` and `/api/export`. The write states the
 * 401 it answers without the token. `openapi.ts` merges them into the document.
 */
import { z } from 'zod'
import {
  CHANGE_KINDS, ChangePageSchema, SnapshotDiffSchema, SnapshotInputSchema, SnapshotSchema,
} from '../schema/changes.js'
import type { Operation, Parameter } from './openapi.js'

/** Components registered beside those of `schemas.ts`. */
export const CHANGE_SCHEMAS = {
  ChangePage: ChangePageSchema,
  Snapshot: SnapshotSchema,
  SnapshotList: z.object({ total: z.number().int(), items: z.array(SnapshotSchema) }),
  SnapshotDiff: SnapshotDiffSchema,
} as const

const json = (name: keyof typeof CHANGE_SCHEMAS) => ({
  'application/json': { schema: { $ref: `#/components/schemas/${name}` } },
})
const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
const query = (name: string, description: string, schema: Record<string, unknown>): Parameter =>
  ({ name, in: 'query', required: false, description, schema })
const path = (name: string, description: string): Parameter =>
  ({ name, in: 'path', required: true, description, schema: { type: 'string' } })
const notFound = { description: 'no such snapshot', content: error }
const citation = {
  'X-Faultline-Citation': {
    description: 'Cite as: dataset, snapshot and its sha256 (or the time of the live data), date',
    schema: { type: 'string' },
  },
}

/** A request body's JSON schema as a client writes it. */
function input(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _s, ...js } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return js
}

/** Paths of the change log, snapshots and export; `filters` are the `/api/events` filters. */
export function changePaths(
  filters: readonly Parameter[],
): Record<string, Record<string, Operation>> {
  return {
    '/api/changes': {
      get: {
        operationId: 'listChanges',
        summary: 'The change log: every event added, revised, corrected or deleted, oldest first',
        description: 'Each entry has its time, reason and the record before and after. To keep ' +
          'a copy in sync, apply the entries in order and read on with `after=next_after`; ' +
          'deletions are entries like the others.',
        parameters: [
          query('since', 'changes written at or after this ISO date or date-time',
            { type: 'string' }),
          query('after', 'changes after this seq (the cursor)', { type: 'integer', minimum: 0 }),
          query('kind', 'only these kinds (comma-separated or repeated)',
            { type: 'string', enum: [...CHANGE_KINDS] }),
          query('limit', 'at most this many (1–10000, default 1000)',
            { type: 'integer', minimum: 1, maximum: 10_000 }),
        ],
        responses: {
          '200': { description: 'a page of the log', content: json('ChangePage') },
          '400': { description: 'invalid or unknown parameter', content: error },
        },
      },
    },
    '/api/snapshots': {
      get: {
        operationId: 'listSnapshots',
        summary: 'Named, frozen copies of the dataset, oldest first',
        responses: { '200': { description: 'all snapshots', content: json('SnapshotList') } },
      },
      post: {
        operationId: 'createSnapshot',
        summary: 'Freeze the current events under a new name, with a content hash',
        description: 'The hash is the sha256 of the events as canonical JSON lines sorted by ' +
          'event_id. Names are never reused. Needs the token when set.',
        requestBody: { required: true, content: { 'application/json': {
          schema: input(SnapshotInputSchema) } } },
        responses: {
          '200': { description: 'the snapshot', content: json('Snapshot') },
          '400': { description: 'invalid body, or the name is taken', content: error },
          '401': { description: 'FAULTLINE_TOKEN is set and the request has no or a wrong ' +
            'Authorization: Bearer', content: error },
        },
      },
    },
    '/api/snapshots/{name}': {
      get: {
        operationId: 'getSnapshot',
        summary: 'One snapshot: time, event count, content hash, note',
        parameters: [path('name', 'snapshot name')],
        responses: { '200': { description: 'the snapshot', content: json('Snapshot') },
          '404': notFound },
      },
    },
    '/api/snapshots/{a}/diff/{b}': {
      get: {
        operationId: 'diffSnapshots',
        summary: 'Events b added, changed (with the fields) and removed relative to a',
        parameters: [path('a', 'the older snapshot'), path('b', 'the newer snapshot')],
        responses: { '200': { description: 'the diff', content: json('SnapshotDiff') },
          '404': notFound },
      },
    },
    '/api/export': {
      get: {
        operationId: 'exportEvents',
        summary: 'Export events as ACLED-style CSV, GeoJSON or JSON Lines (streamed)',
        description: 'With `snapshot`, the frozen records of that snapshot: the same bytes on ' +
          'every request (filters refused). Without, the live events matching the filters.',
        parameters: [
          { ...query('format', 'csv, geojson or jsonl',
            { type: 'string', enum: ['csv', 'geojson', 'jsonl'] }), required: true },
          query('snapshot', 'export this snapshot', { type: 'string' }),
          ...filters,
        ],
        responses: {
          '200': { description: 'the export', headers: citation, content: {
            'text/csv': { schema: { type: 'string' } },
            'application/geo+json': { schema: { type: 'object' } },
            'application/x-ndjson': { schema: { type: 'string' } },
          } },
          '400': { description: 'invalid parameter, or filters with a snapshot', content: error },
          '404': notFound,
        },
      },
    },
  }
}
