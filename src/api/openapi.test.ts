/**
 * @module
 * The OpenAPI document and the docs page: 3.1 basics, every app route documented (and nothing
 * documented that the app lacks), `$ref`s that resolve, query parameters generated from the shared
 * filter schemas, and an offline HTML page that lists each operation.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { EventFilterSchema, PageSchema } from '../query/filters.js'
import { EVENT_TYPES } from '../schema/event.js'
import type { Store } from '../store/store.js'
import { openFixtureStore } from './_fixtures.js'
import { createApp } from './app.js'
import { escapeHtml } from './docs-page.js'
import type { OpenApiDocument } from './openapi.js'
import { buildOpenApi } from './openapi.js'

let store: Store
let app: Hono

before(async () => {
  store = await openFixtureStore()
  app = createApp({ store, version: '1.2.3', log: () => {} })
})
after(() => store.close())

/** Every `$ref` string anywhere in a JSON value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out)
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v)
      else refs(v, out)
    }
  }
  return out
}

describe('GET /api/openapi.json', () => {
  it('serves an OpenAPI 3.1 document with the app version', async () => {
    const res = await app.request('/api/openapi.json')
    assert.equal(res.status, 200)
    const doc = (await res.json()) as OpenApiDocument
    assert.equal(doc.openapi, '3.1.0')
    assert.equal(doc.info.version, '1.2.3')
    assert.equal(doc.info.title, 'Faultline API')
    assert.deepEqual(doc, JSON.parse(JSON.stringify(buildOpenApi('1.2.3'))), 'same as buildOpenApi')
  })

  it('documents exactly the /api routes the app serves', () => {
    const doc = buildOpenApi('x')
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'))
    assert.deepEqual([...new Set(served)].sort(), Object.keys(doc.paths).sort())
  })

  it('has well-formed operations', () => {
    const doc = buildOpenApi('x')
    const ids = new Set<string>()
    for (const [path, ops] of Object.entries(doc.paths)) {
      assert.ok(path.startsWith('/api/'), `${path}: under /api`)
      for (const [method, op] of Object.entries(ops)) {
        const label = `${method} ${path}`
        assert.ok(!ids.has(op.operationId), `${label}: unique operationId`)
        ids.add(op.operationId)
        assert.ok(op.summary.length > 0, `${label}: summary`)
        assert.ok(op.responses['200'], `${label}: 200 response`)
        if (method !== 'get') assert.ok(op.responses['401'], `${label}: documents the token's 401`)
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path')
        assert.deepEqual(pathParams.map((p) => p.name), templated, `${label}: path params`)
        assert.ok(pathParams.every((p) => p.required), `${label}: path params required`)
      }
    }
  })

  it('resolves every $ref to a component', () => {
    const doc = buildOpenApi('x')
    const all = refs(doc)
    assert.ok(all.length > 0)
    for (const ref of all) {
      const m = /^#\/components\/schemas\/(\w+)$/.exec(ref)
      assert.ok(m?.[1] && doc.components.schemas[m[1]], `resolves ${ref}`)
    }
  })

  it('generates list parameters from the shared filter and page schemas', () => {
    const op = buildOpenApi('x').paths['/api/events']?.get
    const params = op?.parameters ?? []
    const expected = [...Object.keys(EventFilterSchema.shape), ...Object.keys(PageSchema.shape),
      'cursor']
    assert.deepEqual(params.map((p) => p.name), expected)
    const incidents = buildOpenApi('x').paths['/api/incidents']?.get?.parameters ?? []
    assert.ok(!incidents.some((p) => p.name === 'cursor'), 'incidents page by offset only')
    assert.ok(params.every((p) => p.in === 'query' && !p.required && p.description))
    const type = params.find((p) => p.name === 'type')
    assert.deepEqual(type?.schema.enum, [...EVENT_TYPES])
    const limit = params.find((p) => p.name === 'limit')
    assert.deepEqual([limit?.schema.minimum, limit?.schema.maximum], [1, 1000])
  })

  it('generates the Event component from EventSchema', () => {
    const event = buildOpenApi('x').components.schemas.Event as {
      properties: Record<string, unknown>
      required: string[]
    }
    for (const field of ['event_id', 'doc_id', 'event_type', 'evidence', 'latitude']) {
      assert.ok(event.properties[field], `property ${field}`)
    }
    assert.ok(event.required.includes('evidence'))
    assert.ok(!('$schema' in event) && !('$id' in event), 'no per-schema $schema/$id')
  })
})

describe('GET /api/docs', () => {
  it('serves a self-contained HTML page listing every operation', async () => {
    const res = await app.request('/api/docs')
    assert.equal(res.status, 200)
    assert.match(res.headers.get('Content-Type') ?? '', /text\/html/)
    const html = await res.text()
    assert.match(html, /^<!doctype html>/)
    for (const [path, ops] of Object.entries(buildOpenApi('x').paths)) {
      for (const method of Object.keys(ops)) {
        assert.ok(html.includes(`${method.toUpperCase()}</span> <code>${path}</code>`), path)
      }
    }
    assert.ok(html.includes('<code>near</code>'), 'parameters listed')
    assert.doesNotMatch(html, /<script|<link|src=|https?:\/\//, 'nothing loaded from elsewhere')
  })

  it('escapes HTML', () => {
    const escaped = '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), escaped)
  })
})
