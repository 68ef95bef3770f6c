/**
 * @module
 * Front matter for plain text and markdown. In: normalised text that may open with a
 * `---` block of `key: value` lines (title, outlet, published, author, url). Out: those values
 * and the body with the block removed. Anything else at the top is left alone.
 */

export interface FrontMatter {
  readonly title?: string
  readonly outlet?: string
  readonly published?: string
  readonly author?: string
  readonly url?: string
}

const KEYS: Record<string, keyof FrontMatter> = {
  title: 'title',
  outlet: 'outlet',
  source: 'outlet',
  published: 'published',
  date: 'published',
  author: 'author',
  url: 'url',
}

/** Splits a leading `---` block off the text; `meta` is empty when there is none. */
export function parseFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text)
  if (!m) return { meta: {}, body: text }
  const lines = (m[1] ?? '').split('\n')
  // Only a block of `key: value` lines is front matter; a markdown rule around prose is not.
  if (!lines.every((l) => l.trim() === '' || /^[A-Za-z_][\w-]*\s*:/.test(l))) {
    return { meta: {}, body: text }
  }
  const meta: Record<string, string> = {}
  for (const line of lines) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line)
    const key = kv && KEYS[(kv[1] ?? '').toLowerCase()]
    const value = unquote(kv?.[2] ?? '')
    if (key && value && meta[key] === undefined) meta[key] = value
  }
  return { meta, body: text.slice(m[0].length) }
}

function unquote(v: string): string {
  const t = v.trim()
  const q = /^(['"])(.*)\1$/.exec(t)
  return (q ? (q[2] ?? '') : t).trim()
}
