/**
 * @module
 * The only way the dashboard builds DOM: `h(tag, attrs, ...children)`. String children become text
 * nodes (`document.createTextNode`), attributes go through `setAttribute`, and `href` accepts only
 * same-origin paths (`/…`, `#…`). There is deliberately no way to set `innerHTML`: every string that
 * came from a document (titles, actor names, article text) is displayed as text and can never be
 * parsed as markup or followed as a `javascript:` URL.
 */

export type Child = Node | string | number | null | undefined | false
export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>

/** True for a link target the app may render: an app-relative path or a fragment. */
export function isSafeHref(href: string): boolean {
  return (href.startsWith('/') && !href.startsWith('//')) || href.startsWith('#')
}

/** Creates an element; `on…` keys with a function value become event listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value)
    } else if (key === 'href' && !isSafeHref(String(value))) {
      throw new Error(`refusing unsafe href: ${String(value)}`)
    } else {
      el.setAttribute(key, value === true ? '' : String(value))
    }
  }
  append(el, ...children)
  return el
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)))
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild)
  append(parent, ...children)
}
