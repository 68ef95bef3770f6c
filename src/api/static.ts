/**
 * @module
 * Serves the built dashboard (`web/dist`, made by `npm run build:web`) from the API app: hashed
 * files under `/assets/` with a long cache, and `index.html` for every other non-API GET path
 * without a file extension (the SPA fallback, so `/events/:id` links and reloads work). `/api/…`
 * is never touched, so unknown API routes keep their JSON 404. The HTML carries a strict
 * Content-Security-Policy (scripts and styles from this origin only, no inline script) as a second
 * line of defence behind the dashboard's text-only rendering of document content.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveStatic as nodeServeStatic } from '@hono/node-server/serve-static'
import type { Context, Hono } from 'hono'

/** `web/dist` of this package, both from `src/api` (tsx) and from `dist/api` (built). */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url))

export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/')
}

function htmlHeaders(c: Context): void {
  c.header('Content-Security-Policy', DASHBOARD_CSP)
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Referrer-Policy', 'no-referrer')
  c.header('Cache-Control', 'no-cache')
}

/** Mounts the dashboard in `dir` at `/`; register it after the API routes. */
export function serveStatic(app: Hono, dir: string = DEFAULT_WEB_DIR): void {
  const index = join(dir, 'index.html')
  const files = nodeServeStatic({ root: dir })
  const sendIndex = nodeServeStatic({ path: index })
  const indexPage = (c: Context, next: () => Promise<void>) => {
    htmlHeaders(c)
    return sendIndex(c, next)
  }

  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
  })
  app.get('*', async (c, next) => {
    const path = c.req.path
    if (isApiPath(path)) return next()
    if (!existsSync(index)) {
      if (path !== '/') return next()
      return c.text('The dashboard is not built: run `npm run build` (or `npm run build:web`).', 503)
    }
    if (path === '/' || path === '/index.html') return indexPage(c, next)
    const last = path.slice(path.lastIndexOf('/') + 1)
    if (last.includes('.')) return files(c, next)
    return indexPage(c, next)
  })
}
