/**
 * @module
 * robots.txt as RFC 9309 reads it. In: the file's text and our product token. Out: the rules of
 * the groups naming us (or of the `*` groups when none does), and whether a path may be
 * fetched: the longest matching pattern wins, `allow` on a tie; `*` matches any run of
 * characters and a final `$` anchors the end. Pure, so the cache and the tests share it.
 */

export interface RobotsRule {
  readonly allow: boolean
  readonly pattern: string
}

export interface RobotsRules {
  readonly rules: readonly RobotsRule[]
  /** Set when the whole site is off limits for a reason other than its rules (robots.txt 5xx). */
  readonly unavailable?: string
}

export const ALLOW_ALL: RobotsRules = { rules: [] }

interface Group {
  readonly agents: string[]
  readonly rules: RobotsRule[]
}

/** The groups of a robots.txt, in order. */
function parseGroups(text: string): Group[] {
  const groups: Group[] = []
  let current: Group | null = null
  let inAgents = false
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim()
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const key = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (key === 'user-agent') {
      if (!inAgents || !current) {
        current = { agents: [], rules: [] }
        groups.push(current)
      }
      current.agents.push(value.toLowerCase())
      inAgents = true
    } else if ((key === 'allow' || key === 'disallow') && current) {
      inAgents = false
      // An empty `Disallow:` allows everything: it adds no rule.
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: value })
    }
  }
  return groups
}

/** The rules that apply to `agent` (a product token such as `faultline`). */
export function parseRobots(text: string, agent: string): RobotsRules {
  const groups = parseGroups(text)
  const token = agent.toLowerCase()
  const named = groups.filter((g) => g.agents.some((a) => (a.split('/')[0] ?? '').trim() === token))
  const chosen = named.length ? named : groups.filter((g) => g.agents.includes('*'))
  return { rules: chosen.flatMap((g) => g.rules) }
}

function patternRegExp(pattern: string): RegExp {
  const anchored = pattern.endsWith('$')
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${body}${anchored ? '$' : ''}`)
}

/** Whether `path` (path and query, e.g. `/news?id=3`) may be fetched under `robots`. */
export function isAllowed(robots: RobotsRules, path: string): boolean {
  if (path === '/robots.txt') return true
  if (robots.unavailable) return false
  let best: RobotsRule | null = null
  for (const rule of robots.rules) {
    if (!patternRegExp(rule.pattern).test(path)) continue
    const longer = !best || rule.pattern.length > best.pattern.length
    const tieAllow = best && rule.pattern.length === best.pattern.length && rule.allow
    if (longer || tieAllow) best = rule
  }
  return best?.allow ?? true
}
