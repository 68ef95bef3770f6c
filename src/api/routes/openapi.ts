/**
 * @module
 * `GET /api/openapi.json` (the OpenAPI 3.1 document) and `GET /api/docs` (the same, as a browsable
 * offline HTML page). Both are built once per app: they only depend on the schemas and the version.
 */
import { Hono } from 'hono'
import { renderDocsPage } from '../docs-page.js'
import { buildOpenApi } from '../openapi.js'

/** Routes mounted under `/api`. */
export function openApiRoutes(version: string): Hono {
  const doc = buildOpenApi(version)
  const page = renderDocsPage(doc)
  const app = new Hono()
  app.get('/openapi.json', (c) => c.json(doc))
  app.get('/docs', (c) => {
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
    return c.html(page)
  })
  return app
}
