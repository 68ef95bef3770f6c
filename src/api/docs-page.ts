/**
 * @module
 * Renders the OpenAPI document as one self-contained HTML page for `GET /api/docs`: each operation
 * with its method, path, summary, parameters and response codes. Inline CSS, no scripts, no CDN, so
 * it works offline and under a strict Content-Security-Policy.
 */
import type { OpenApiDocument, Operation, Parameter } from './openapi.js'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch)
}

/** A short human type for a JSON Schema: `string`, `integer ≥ 1`, `one of: A | B`. */
function describeType(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.join(' | ')}`
  const parts = [String(schema.type ?? 'any')]
  if (typeof schema.pattern === 'string') parts.push(`matching ${schema.pattern}`)
  if (typeof schema.minimum === 'number') parts.push(`≥ ${schema.minimum}`)
  if (typeof schema.maximum === 'number' && schema.maximum < 2 ** 53 - 1) {
    parts.push(`≤ ${schema.maximum}`)
  }
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`)
  return parts.join(', ')
}

function renderParameters(params: readonly Parameter[]): string {
  if (params.length === 0) return ''
  const cell = (html: string) => `<td>${html}</td>`
  const rows = params.map((p) =>
    [
      '<tr>',
      cell(`<code>${escapeHtml(p.name)}</code>`),
      cell(`${p.in}${p.required ? ', required' : ''}`),
      cell(escapeHtml(describeType(p.schema))),
      cell(escapeHtml(p.description)),
      '</tr>',
    ].join(''),
  )
  const head = '<tr><th>parameter</th><th>in</th><th>type</th><th>meaning</th></tr>'
  return `<table>${head}${rows.join('')}</table>`
}

function renderOperation(method: string, path: string, op: Operation): string {
  const codes = Object.entries(op.responses)
    .map(([code, r]) => `<li><code>${code}</code> ${escapeHtml(r.description)}</li>`)
    .join('')
  return [
    `<section id="${escapeHtml(op.operationId)}">`,
    `<h2><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h2>`,
    `<p>${escapeHtml(op.summary)}</p>`,
    op.description ? `<p class="desc">${escapeHtml(op.description)}</p>` : '',
    renderParameters(op.parameters ?? []),
    `<ul class="responses">${codes}</ul>`,
    '</section>',
  ].join('\n')
}

const CSS = [
  'body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}',
  'h2{font-size:1.05rem;margin-top:2rem;border-bottom:1px solid #ddd}',
  '.method{background:#246;color:#fff;padding:0 .4rem;border-radius:3px;font-size:.85rem}',
  'table{border-collapse:collapse;width:100%}',
  'td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left}',
  'code{font-family:ui-monospace,monospace}.desc{color:#444}',
].join('\n')

/** The whole docs page for an OpenAPI document. */
export function renderDocsPage(doc: OpenApiDocument): string {
  const sections: string[] = []
  const toc: string[] = []
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      sections.push(renderOperation(method, path, op))
      const label = `${method.toUpperCase()} ${path}`
      toc.push(`<li><a href="#${escapeHtml(op.operationId)}">${escapeHtml(label)}</a></li>`)
    }
  }
  const title = `${escapeHtml(doc.info.title)} ${escapeHtml(doc.info.version)}`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title><style>${CSS}</style></head>
<body><h1>${title}</h1><p>${escapeHtml(doc.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${doc.openapi})</p>
<ul>${toc.join('')}</ul>
${sections.join('\n')}
</body></html>
`
}
